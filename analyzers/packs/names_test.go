package packs_test

import (
	"encoding/json"
	"go/ast"
	"go/types"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/packs"
)

// TestTablesAreValid checks every table: its pack is one the packs:
// block names, its profile words are valid, and its sources are
// well-formed configuration entries (the checks phivet.yaml gets).
func TestTablesAreValid(t *testing.T) {
	for _, tb := range packs.Tables {
		if !slices.Contains(config.PackNames, tb.Pack) {
			t.Errorf("%s: pack %q is not one of %v", tb.Library, tb.Pack, config.PackNames)
		}
		if tb.Library == "" || tb.Version == "" || len(tb.Marks) == 0 {
			t.Errorf("%s: a table needs a library, a version and marks", tb.Library)
		}
		var srcs []config.Source
		for _, m := range tb.Marks {
			if m.Profile != packs.ProfilePatient && m.Profile != packs.ProfileStrict {
				t.Errorf("%s: %s: profile %q (want patient or strict)", tb.Library, m.Source.Name(), m.Profile)
			}
			if m.Why == "" {
				t.Errorf("%s: %s: no reason given", tb.Library, m.Source.Name())
			}
			// A tag rule names no declaration; a method's name starts with
			// its receiver's parenthesis.
			if m.Source.Key() != "tag" && !strings.HasPrefix(strings.TrimLeft(m.Source.Name(), "(*"), tb.Library) {
				t.Errorf("%s: %s is not in the library", tb.Library, m.Source.Name())
			}
			srcs = append(srcs, m.Source)
		}
		b, err := json.Marshal(&config.Config{Sources: srcs})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := config.Decode(string(b)); err != nil {
			t.Errorf("%s: %v", tb.Library, err)
		}
	}
}

// TestFHIRNames checks that every mark of the FHIR family's tables names
// a field the pinned library declares, so that an upstream rename fails
// here instead of silently losing findings.
func TestFHIRNames(t *testing.T) {
	needCases(t)
	decl := declaredFields(t, fhirLibraryPaths()...)
	for _, tb := range packs.Tables {
		if _, ok := fhirLibraries[tb.Library]; !ok {
			continue
		}
		for _, m := range tb.Marks {
			pat, err := config.CompilePattern(m.Source.Name())
			if err != nil {
				t.Errorf("%s: %v", m.Source.Name(), err)
				continue
			}
			if m.Source.Key() != "field" || !slices.ContainsFunc(decl, pat.Match) {
				t.Errorf("%s@%s: %s %s names no field the library declares", tb.Library, tb.Version, m.Source.Key(), m.Source.Name())
			}
		}
	}
}

func fhirLibraryPaths() []string {
	var out []string
	for lib := range fhirLibraries {
		out = append(out, lib)
	}
	slices.Sort(out)
	return out
}

// declaredFields loads the packages at the case module's pinned versions
// and returns the configuration name (pkg.Type.Field) of every field of
// their named struct types.
func declaredFields(t *testing.T, paths ...string) []string {
	t.Helper()
	var out []string
	for _, p := range phitest.LoadTypes(t, casesDir, paths...) {
		out = append(out, phitest.StructFields(p)...)
	}
	return out
}

// TestFHIRCoverage checks that the case packages use every mark of each
// FHIR table: in the patient cases, a patient mark in a statement with a
// finding and in one that stays clean, and a strict mark in one that stays
// clean; in the strict cases, a strict mark in a statement with a finding.
func TestFHIRCoverage(t *testing.T) {
	dir := fhirCases(t)
	var patterns []string
	for _, lib := range fhirLibraries {
		patterns = append(patterns, "./"+lib.pkg, "./"+lib.pkg+"strict")
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	// uses[package name][field name] = {with a finding, clean}
	uses := map[string]map[string]*[2]bool{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
		uses[p.Name] = fieldUses(p)
	}
	for _, tb := range packs.Tables {
		lib, ok := fhirLibraries[tb.Library]
		if !ok {
			continue
		}
		pkg := lib.pkg
		for _, m := range tb.Marks {
			pat, _ := config.CompilePattern(m.Source.Name())
			has := func(pkg string, positive bool) bool {
				for name, u := range uses[pkg] {
					if pat.Match(name) && (positive && u[0] || !positive && u[1]) {
						return true
					}
				}
				return false
			}
			name := m.Source.Name()
			switch m.Profile {
			case packs.ProfilePatient:
				if !has(pkg, true) || !has(pkg, false) {
					t.Errorf("%s: patient mark %s needs a statement with a finding and one that stays clean in ./%s", tb.Library, name, pkg)
				}
			case packs.ProfileStrict:
				if !has(pkg, false) {
					t.Errorf("%s: strict mark %s needs a statement that stays clean in ./%s", tb.Library, name, pkg)
				}
				if !has(pkg+"strict", true) {
					t.Errorf("%s: strict mark %s needs a statement with a finding in ./%sstrict", tb.Library, name, pkg)
				}
			}
		}
	}
}

// fieldUses records, for each field of another package's named struct
// that p's code selects, whether a statement with a `// want` (a finding)
// and one without (clean) select it.
func fieldUses(p *packages.Package) map[string]*[2]bool {
	out := map[string]*[2]bool{}
	for _, f := range p.Syntax {
		wants := map[int]bool{}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "// want") {
					wants[p.Fset.Position(c.Pos()).Line] = true
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			s := p.TypesInfo.Selections[sel]
			if s == nil || s.Kind() != types.FieldVal {
				return true
			}
			recv := s.Recv()
			if ptr, ok := recv.(*types.Pointer); ok {
				recv = ptr.Elem()
			}
			named, ok := types.Unalias(recv).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == p.Types {
				return true
			}
			name := named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + sel.Sel.Name
			u := out[name]
			if u == nil {
				u = new([2]bool)
				out[name] = u
			}
			if wants[p.Fset.Position(sel.Pos()).Line] {
				u[0] = true
			} else {
				u[1] = true
			}
			return true
		})
	}
	return out
}
