package phidiscover

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/phidirective"
)

// report reports a finding of code at pos, with the message message
// builds, unless a //phi:ignore suppresses it there (its reason is
// returned) or shown is false (turned off by -checks, or in a file
// whose findings are not shown). Both of phidiscover's findings are
// listed in the Result whether reported or not, so reviewers see what
// was suppressed.
func (res *Result) report(pass *analysis.Pass, dir *phidirective.Result, shown bool, pos token.Pos, code codes.Code, url string, message func() string) (suppressed string, reported bool) {
	if reason, ok := dir.Suppressed(pass.Fset, pos); ok {
		return reason, false
	}
	if !shown {
		return "", false
	}
	d := analysis.Diagnostic{Pos: pos, Category: string(code), Message: codes.Tag(message(), code), URL: url}
	res.Diagnostics = append(res.Diagnostics, d)
	pass.Report(d)
	return "", true
}
