package flowmap

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/url"
	"path"
	"strings"

	"github.com/phivet/phivet/analyzers/taint"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Unknown is the recipient of a flow whose sink call does not show who
// receives the data.
const Unknown = "unknown"

// recipient says who receives the data of a flow, from what the sink
// call shows: a URL host or a file path given as a constant, the logger
// it is called on, the response to the caller; Unknown otherwise. The
// sink call is the path's last step in the package, else the call where
// the flow is judged; a package's logging function names its logger by
// itself, wherever it is called.
func recipient(p Package, fl taint.Flow) string {
	kind := fl.Sink.Kind
	switch {
	case kind == vocab.KindRespond && !fl.Sink.URL:
		return "the caller (the response)"
	case kind == vocab.KindLog && !strings.HasPrefix(fl.Sink.Name, "("):
		return packageLogger(p, fl)
	}
	call := sinkCallOf(p, fl)
	if call == nil {
		return Unknown
	}
	switch {
	case fl.Sink.URL || kind == vocab.KindTransmit:
		for _, a := range call.Args {
			if s, ok := leadingString(p.Info, a); ok {
				if u, err := url.Parse(s); err == nil && u.Host != "" && u.Scheme != "" {
					return "host " + u.Hostname()
				}
			}
		}
	case kind == vocab.KindExport:
		for _, a := range call.Args {
			if s, ok := leadingString(p.Info, a); ok && looksLikeFile(s) {
				return "file " + s
			}
		}
	case kind == vocab.KindLog:
		// A method: the logger is what it is called on, when the call
		// found is the sink's (not a wrapper it is reached through).
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && strings.HasSuffix(fl.Sink.Name, "."+sel.Sel.Name) {
			return "logger " + types.ExprString(sel.X)
		}
	}
	return Unknown
}

// packageLogger names the logger of a package's logging function
// ("log.Printf", "slog.Error"): the package's default logger, or
// standard output or error for fmt's printing functions.
func packageLogger(p Package, fl taint.Flow) string {
	pkg, fn, _ := strings.Cut(fl.Sink.Name, ".")
	if pkg != "fmt" {
		return "logger " + pkg + " (package default)"
	}
	if !strings.HasPrefix(fn, "F") {
		return "standard output"
	}
	if call := sinkCallOf(p, fl); call != nil && len(call.Args) > 0 {
		switch types.ExprString(call.Args[0]) {
		case "os.Stderr":
			return "standard error"
		case "os.Stdout":
			return "standard output"
		}
	}
	return Unknown
}

// sinkCallOf is the sink call of a flow as far as the package shows it:
// the path's last step in the package, else the call where the flow is
// judged.
func sinkCallOf(p Package, fl taint.Flow) *ast.CallExpr {
	if p.Info == nil {
		return nil
	}
	for i := len(fl.Steps) - 1; i >= 0; i-- {
		if c := CallAt(p.Files, fl.Steps[i].Pos); c != nil {
			return c
		}
	}
	return CallAt(p.Files, fl.Pos)
}

// leadingString is the constant string an argument is, or begins with
// when it is a concatenation: "https://host/path" + id.
func leadingString(info *types.Info, e ast.Expr) (string, bool) {
	for {
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		b, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return "", false
		}
		e = b.X
	}
}

// looksLikeFile reports whether a constant string looks like a file
// path: absolute, or a name with an extension of a few letters
// ("exports/patients.csv", "out.json").
func looksLikeFile(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\n%") {
		return false
	}
	if strings.HasPrefix(s, "/") {
		return true
	}
	ext := path.Ext(s)
	return len(ext) >= 2 && len(ext) <= maxExtension && ext != s && isAlnum(ext[1:])
}

// maxExtension is the longest file name extension, dot included, that
// makes a constant look like a file name ("document.xlsx"): longer ones
// are dotted identifiers ("patient.registered").
const maxExtension = 5

func isAlnum(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// CallAt is the call expression at pos in files: the one starting there,
// else the innermost one containing it; nil if none.
func CallAt(files []*ast.File, pos token.Pos) *ast.CallExpr {
	if !pos.IsValid() {
		return nil
	}
	var best *ast.CallExpr
	for _, f := range files {
		if pos < f.Pos() || pos > f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil || pos < n.Pos() || pos >= n.End() {
				return false
			}
			if c, ok := n.(*ast.CallExpr); ok && (best == nil || best.Pos() != pos) {
				best = c
			}
			return true
		})
	}
	return best
}
