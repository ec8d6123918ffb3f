// Package phiflow defines an Analyzer that finds identifiable patient data
// reaching logs, exports, transmissions and URLs without an acceptable
// guard.
//
// # Analyzer phiflow
//
// phiflow: report identifiable data that is logged, exported or transmitted without a disclosure check, an audit call or a sanitizer
//
// Reports PHI1001 (log), PHI1002 (export), PHI1003 (transmit, respond),
// PHI1004 (identifiable data in a URL), PHI2001 (a disclosure check's result
// ignored) and PHI2003 (a function marked requires called where its guard
// does not hold).
//
// # How flows are judged
//
// Data is identifiable when it is read from a field marked `phi:"direct"`,
// `phi:"indirect"` or `phi:"clinical"` (or by a //phi:source directive or
// a phivet.yaml source), returned by a source function, held in a source
// variable, of a source type, or derived from such a value. A record (a
// struct with marked fields) is identifiable when printed, encoded or sent
// whole; a type whose String, MarshalJSON or LogValue method emits no
// identifiable data prints clean.
//
// A flow is acceptable when the data went through a sanitizer, or when
// the policy for its sink kind is met where it is judged: a disclosure
// check holds when the place is reached only on the check's success
// branch; an audit holds when an audit call is on every path to it or
// from it to a normal return.
//
// PHI1004 is reported even when guarded, unless the data was sanitized.
//
// Findings in _test.go files are reported only with -tests; generated
// files get none.
package phiflow

import _ "embed"

// docFile is this file's source: its package doc comment holds the
// analyzer's Doc (see analyzerdoc.Describe).
//
//go:embed doc.go
var docFile string
