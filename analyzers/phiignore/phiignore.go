// Package phiignore defines an Analyzer that reports //phi:ignore
// directives that suppress nothing (PHI2004).
//
// # Analyzer phiignore
//
// phiignore: report //phi:ignore directives that suppress nothing
//
// A //phi:ignore REASON covers its own line, or the next line when it is
// alone on its line. It is stale when no finding of any code is on the
// line it covers, reported or not: the flow it silenced was fixed, the
// code moved, or it never covered the right line. A stale suppression
// misleads its reader, and would silently swallow an unrelated finding
// that later lands on its line. What counts is every finding phivet
// judges there, whatever -checks enables and including flows the policy
// accepts only because it allows their whole sink kind, so that
// narrowing -checks or loosening the policy never makes a suppression
// look stale.
//
// The finding is reported on the directive's line. Findings in _test.go
// files are reported only with -tests; generated files get none.
//
// Under go vet, golangci-lint and nogo, which analyse one package at a
// time, a flow through an interface implementation in a package the
// caller does not import is out of sight (docs/go-vet.md): a suppression
// of such a flow is reported stale there, and not by the phivet command.
package phiignore

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// Analyzer is the phiignore analyzer.
var Analyzer = &analysis.Analyzer{
	Name:       "phiignore",
	Doc:        doc,
	URL:        docURL,
	Run:        run,
	Requires:   []*analysis.Analyzer{phidirective.Analyzer, phiflow.Analyzer, phidiscover.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

const docURL = "https://github.com/phivet/phivet/blob/main/docs/codes/PHI2004.md"

const doc = `report //phi:ignore directives that suppress nothing

Reports PHI2004 for a //phi:ignore whose line holds no finding of any
code, reported or not: the flow it silenced is gone, or it never covered
the right line.`

// TestsFlag is the name of the flag that reports findings in _test.go
// files too.
const TestsFlag = "tests"

func init() {
	Analyzer.Flags.Bool(TestsFlag, false, "also report findings in _test.go files")
}

// Result is what phiignore reported.
type Result struct {
	Diagnostics []analysis.Diagnostic
}

// Reported returns the diagnostics phiignore reported.
func (r *Result) Reported() []analysis.Diagnostic { return r.Diagnostics }

func run(pass *analysis.Pass) (any, error) {
	dir := pass.ResultOf[phidirective.Analyzer].(*phidirective.Result)
	flow := pass.ResultOf[phiflow.Analyzer].(*phiflow.Result)
	disc := pass.ResultOf[phidiscover.Analyzer].(*phidiscover.Result)
	res := &Result{}
	if !dir.Checks.Enabled(codes.UselessEntry) {
		return res, nil
	}
	tests := pass.Analyzer.Flags.Lookup(TestsFlag).Value.String() == "true"
	generated := map[string]bool{}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			generated[pass.Fset.File(f.Pos()).Name()] = true
		}
	}
	for _, ig := range Stale(pass.Fset, dir, flow, disc) {
		d := Diagnostic(pass.Fset, ig)
		file := pass.Fset.File(d.Pos)
		if file == nil || generated[file.Name()] || !tests && strings.HasSuffix(file.Name(), "_test.go") {
			continue
		}
		res.Diagnostics = append(res.Diagnostics, d)
		pass.Report(d)
	}
	return res, nil
}

// Stale returns the //phi:ignore directives of dir that cover no finding
// of flow or disc (either may be nil), in source order. The phivet
// command calls it again when it judges a package's flows over the whole
// program.
func Stale(fset *token.FileSet, dir *phidirective.Result, flow *phiflow.Result, disc *phidiscover.Result) []phidirective.Ignore {
	ignores := dir.Ignores()
	if len(ignores) == 0 {
		return nil
	}
	used := map[string]map[int]bool{}
	use := func(pos token.Pos) {
		if !pos.IsValid() {
			return
		}
		p := fset.Position(pos)
		if ignores[p.Filename][p.Line] == nil {
			return
		}
		if used[p.Filename] == nil {
			used[p.Filename] = map[int]bool{}
		}
		used[p.Filename][p.Line] = true
	}
	if flow != nil {
		for _, v := range flow.Verdicts {
			if !v.Acceptable || allowedByPolicy(dir.Config, v) {
				use(v.Flow.Pos)
			}
		}
		if flow.Result != nil {
			for _, ic := range flow.Ignored {
				use(ic.Pos)
			}
		}
	}
	if disc != nil {
		for _, u := range disc.Fields {
			use(u.Pos)
		}
		for _, l := range disc.Literals {
			use(l.Pos)
		}
	}
	var stale []phidirective.Ignore
	for file, lines := range ignores {
		for line, igs := range lines {
			if !used[file][line] {
				stale = append(stale, igs...)
			}
		}
	}
	sort.Slice(stale, func(i, j int) bool { return stale[i].Pos < stale[j].Pos })
	return stale
}

// allowedByPolicy reports whether v is acceptable only because the
// policy allows every flow of its sink kind: a blanket setting, like
// -checks, that a team may change back, under which the suppression is
// needed again. A flow made acceptable by a guard or a sanitizer in the
// code needs no suppression.
func allowedByPolicy(c *config.Config, v phiflow.Verdict) bool {
	fl := v.Flow
	return c != nil && fl.Requires == "" && !fl.Sanitized && !fl.Sink.URL &&
		c.Policy.For(config.Kind(fl.Sink.Kind.String())) == config.PolicyAllow
}

// Diagnostic is the PHI2004 finding for a stale //phi:ignore.
func Diagnostic(fset *token.FileSet, ig phidirective.Ignore) analysis.Diagnostic {
	where := "its own line"
	if fset.Position(ig.Pos).Line != ig.Line {
		where = "the next line"
	}
	return analysis.Diagnostic{
		Pos:      ig.Pos,
		Category: string(codes.UselessEntry),
		Message: codes.Tag(fmt.Sprintf("//phi:ignore suppresses nothing: no finding is on %s (line %d); remove it, or move it to the line it is meant for",
			where, ig.Line), codes.UselessEntry),
		URL: docURL,
	}
}
