package phiflow_test

// Tests of the fhir pack's table for Google's FHIR protos
// (analyzers/packs/googlefhir.go) against the real module, at the version
// testdata/thirdparty pins: every mark names a field the module declares,
// and is read in a case with a finding and in one that stays clean, in
// the profile that has it.

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// googleFHIRPackCases are the test module's packages with the cases of
// each profile.
var googleFHIRPackCases = []struct {
	pkg     string
	profile packs.Profile
	table   string // the catalog table whose rows the package covers, if any
}{
	{"./googlefhirpatient", packs.ProfilePatient, googleFHIRJSONTable},
	{"./googlefhirstrict", packs.ProfileStrict, ""},
}

// googleFHIRJSONTable is the catalog table of the module's JSON
// marshaller, whose cases need the pack's marks.
const googleFHIRJSONTable = "github.com/google/fhir/go/jsonformat"

func TestPackGoogleFHIR(t *testing.T) {
	needThirdParty(t)
	table := packTable(t, "github.com/google/fhir/go")
	for _, c := range googleFHIRPackCases {
		t.Run(subtestName(c.pkg), func(t *testing.T) {
			withPackMarks(t, table, c.profile)
			results := phitest.RunModule(t, thirdPartyDir, phiflow.Analyzer, c.pkg)
			if t.Failed() {
				return
			}
			for _, msg := range packMarksMissing(table, c.profile, results) {
				t.Error(msg)
			}
			if c.table == "" {
				return
			}
			cov := newCoverage(map[string]bool{c.table: true})
			for _, r := range results {
				cov.add(r)
			}
			for _, msg := range cov.missing() {
				t.Error(msg)
			}
		})
	}
}

// TestPackGoogleFHIRNames checks that every mark of the table names a
// field the module declares.
func TestPackGoogleFHIRNames(t *testing.T) {
	needThirdParty(t)
	for _, msg := range packFieldsUndeclared(t, packTable(t, "github.com/google/fhir/go")) {
		t.Error(msg)
	}
}

// packMarksMissing lists the field marks that the profile adds (strict:
// those patient does not have) without a read of the field, or of its
// generated getter, in a statement with a finding and in one without.
func packMarksMissing(table *packs.Table, profile packs.Profile, results []*analysistest.Result) []string {
	found := map[string]*[2]bool{} // field mark -> [positive, clean]
	var names []string
	for _, m := range table.Marks {
		if m.Profile == profile && m.Source.Field != "" {
			found[m.Source.Field] = new([2]bool)
			names = append(names, m.Source.Field)
		}
	}
	for _, r := range results {
		pkg := r.Action.Package
		var diags []token.Pos
		for _, d := range r.Action.Diagnostics {
			diags = append(diags, d.Pos)
		}
		for _, f := range pkg.Syntax {
			inspectInStatements(f, func(n ast.Node, cur ast.Stmt) {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return
				}
				if f, ok := found[readField(pkg.TypesInfo, sel)]; ok {
					positive := false
					for _, p := range diags {
						if cur.Pos() <= p && p < cur.End() {
							positive = true
						}
					}
					if positive {
						f[0] = true
					} else {
						f[1] = true
					}
				}
			})
		}
	}
	var out []string
	for _, n := range names {
		switch f := found[n]; {
		case !f[0] && !f[1]:
			out = append(out, "mark "+n+" has no test case")
		case !f[0]:
			out = append(out, "mark "+n+" has no case with a finding")
		case !f[1]:
			out = append(out, "mark "+n+" has no case that stays clean")
		}
	}
	return out
}

// readField returns the field mark name ("pkg/path.Type.Field") of the
// field a selector reads: the field itself, or the message's generated
// getter GetField.
func readField(info *types.Info, sel *ast.SelectorExpr) string {
	s := info.Selections[sel]
	if s == nil {
		return ""
	}
	recv := s.Recv()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := types.Unalias(recv).(*types.Named)
	if !ok {
		return ""
	}
	field := s.Obj().Name()
	if s.Kind() == types.MethodVal {
		var cut bool
		if field, cut = strings.CutPrefix(field, "Get"); !cut {
			return ""
		}
	}
	return types.TypeString(named, nil) + "." + field
}

// packFieldsUndeclared lists the field marks of the table whose type or
// field the library does not declare.
func packFieldsUndeclared(t *testing.T, table *packs.Table) []string {
	t.Helper()
	paths := map[string]bool{}
	for _, m := range table.Marks {
		if m.Source.Field != "" {
			paths[pkgOf(m.Source.Field[:strings.LastIndex(m.Source.Field, ".")])] = true
		}
	}
	var patterns []string
	for p := range paths {
		patterns = append(patterns, p)
	}
	sort.Strings(patterns)
	byPath := map[string]*types.Package{}
	for _, p := range phitest.LoadTypes(t, thirdPartyDir, patterns...) {
		byPath[p.Path()] = p
	}
	var out []string
	for _, m := range table.Marks {
		name := m.Source.Field
		if name == "" {
			continue
		}
		typ, field := name[:strings.LastIndex(name, ".")], name[strings.LastIndex(name, ".")+1:]
		pkg := byPath[pkgOf(typ)]
		var obj types.Object
		if pkg != nil {
			obj = pkg.Scope().Lookup(typ[strings.LastIndex(typ, ".")+1:])
		}
		st, ok := types.Type(nil), false
		if obj != nil {
			st = obj.Type().Underlying()
			_, ok = st.(*types.Struct)
		}
		if !ok {
			out = append(out, "mark "+name+": "+table.Library+" declares no struct "+typ)
			continue
		}
		f, _, _ := types.LookupFieldOrMethod(obj.Type(), false, pkg, field)
		if _, isField := f.(*types.Var); !isField {
			out = append(out, "mark "+name+": "+typ+" has no field "+field)
		}
	}
	return out
}
