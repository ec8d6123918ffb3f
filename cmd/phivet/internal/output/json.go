package output

import (
	"encoding/json"
	"io"
)

// JSONVersion is the version of the JSON schema below. It changes only when
// a field is removed or changes meaning; adding a field does not change it.
const JSONVersion = 1

// JSON writes the findings as one JSON object and a newline, for scripts,
// baselines and other tools. The schema is stable (version 1):
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {
//	      "code":        "PHI1001",
//	      "message":     "Patient.Name (direct) reaches log.Printf without a check or audit",
//	      "file":        "internal/ward/admit.go",  // relative to the repository root, "/" separators
//	      "line":        42,                        // 1-based
//	      "column":      2,                         // 1-based, in bytes
//	      "package":     "example.com/ehr/internal/ward",
//	      "function":    "(*Ward).Admit",           // "" at package level
//	      "path": [                                 // source to sink; [] when there are no steps
//	        {"file": "internal/model/patient.go", "line": 9, "column": 2, "message": "Patient.Name is marked phi:\"direct\""}
//	      ],
//	      "considered": [                           // checks, audits and sanitizers considered; [] when none
//	        {"file": "internal/ward/admit.go", "line": 40, "column": 5, "message": "check consent.Allowed is called after the sink (admit.go:42:2), so it cannot guard it"}
//	      ],
//	      "fingerprint": "3f0c…"                     // as SARIF partialFingerprints["phivet/v1"]
//	    }
//	  ]
//	}
//
// Findings are sorted as Text sorts them, and a run without findings prints
// {"version":1,"findings":[]}: "findings", "path" and "considered" are always arrays, never
// null, and "function" is always present, so consumers need no null checks.
// Files outside the root are absolute. Fingerprints are unique within the
// output (see Fingerprint). The object is written on one line; pipe it to
// jq to read it.
func JSON(w io.Writer, fs []Finding, o Options) error {
	p := newPaths(o)
	fs = sorted(fs)
	fps := uniqueFingerprints(fs, p)
	out := jsonOutput{Version: JSONVersion, Findings: make([]jsonFinding, len(fs))}
	for i, f := range fs {
		path := make([]jsonStep, len(f.Steps))
		for j, s := range f.Steps {
			path[j] = jsonStep{File: p.repoFile(s.Pos.File), Line: s.Pos.Line, Column: s.Pos.Column, Message: s.Message}
		}
		considered := make([]jsonStep, len(f.Considered))
		for j, s := range f.Considered {
			considered[j] = jsonStep{File: p.repoFile(s.Pos.File), Line: s.Pos.Line, Column: s.Pos.Column, Message: s.Message}
		}
		out.Findings[i] = jsonFinding{
			Code:        string(f.Code),
			Message:     f.Message,
			File:        p.repoFile(f.Pos.File),
			Line:        f.Pos.Line,
			Column:      f.Pos.Column,
			Package:     f.Package,
			Function:    f.Func,
			Path:        path,
			Considered:  considered,
			Fingerprint: fps[i],
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // messages quote Go code: keep "<-ch" and "&p" readable
	return enc.Encode(out)
}

type jsonOutput struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Code        string     `json:"code"`
	Message     string     `json:"message"`
	File        string     `json:"file"`
	Line        int        `json:"line"`
	Column      int        `json:"column"`
	Package     string     `json:"package"`
	Function    string     `json:"function"`
	Path        []jsonStep `json:"path"`
	Considered  []jsonStep `json:"considered"`
	Fingerprint string     `json:"fingerprint"`
}

type jsonStep struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}
