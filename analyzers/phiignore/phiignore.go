package phiignore

import (
	"fmt"
	"go/token"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/phivet/phivet/analyzers/codes"
	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/analyzerdoc"
	"github.com/phivet/phivet/analyzers/internal/shown"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phidiscover"
	"github.com/phivet/phivet/analyzers/phiflow"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Analyzer is the phiignore analyzer; init gives it its Doc and URL.
var Analyzer = &analysis.Analyzer{
	Name:       "phiignore",
	Requires:   []*analysis.Analyzer{phidirective.Analyzer, phiflow.Analyzer, phidiscover.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// TestsFlag is the name of the flag that reports findings in _test.go
// files too.
const TestsFlag = shown.TestsFlag

func init() { shown.AddTestsFlag(analyzerdoc.Describe(Analyzer, docFile, docURL)) }

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
	if !dir.Codes.Enabled(codes.UselessEntry) {
		return res, nil
	}
	rule := shown.New(pass)
	for _, ig := range Stale(pass.Fset, dir, flow, disc) {
		d := Diagnostic(pass.Fset, ig)
		if !rule.Shown(d.Pos) {
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
	return c != nil && fl.Requires == vocab.GuardNone && !fl.Sanitized && !fl.Sink.URL &&
		c.Policy.For(fl.Sink.Kind) == config.PolicyAllow
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
