package phiflow_test

// Tests of the pack tables for HL7 v2 and DICOM against the real libraries
// (testdata/thirdparty pins them): every mark names something the library
// declares, so that an upstream rename fails here, and each library's
// package has cases with findings and look-alikes that stay clean under
// the table's marks, given as configuration until the packs: wiring
// applies them by itself.

import (
	"go/token"
	"go/types"
	"sort"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/internal/phitest"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/analyzers/phidirective"
	"github.com/phivet/phivet/analyzers/phiflow"
)

// packCases are the test module's packages with the cases of a pack
// table, by the table's library.
var packCases = map[string]string{
	"github.com/suyashkumar/dicom": "./dicomleaks",
	"github.com/lenaten/hl7":       "./hl7leaks",
}

// packTable returns the table of library lib.
func packTable(t *testing.T, lib string) *packs.Table {
	t.Helper()
	for _, tb := range packs.Tables {
		if tb.Library == lib {
			return tb
		}
	}
	t.Fatalf("no pack table for %s", lib)
	return nil
}

// withPackMarks turns tb's pack on in profile, through the packs: block
// as a user would, so that the cases go through the model's own
// resolution of pack marks.
func withPackMarks(t *testing.T, tb *packs.Table, profile packs.Profile) {
	t.Helper()
	cfg := config.Default()
	cfg.Packs = map[string]config.PackProfile{tb.Pack: profile}
	enc := cfg.Encode()
	if _, err := config.Decode(enc); err != nil {
		t.Fatalf("%s table: %v", tb.Library, err)
	}
	phitest.SetFlag(t, phidirective.Analyzer, phidirective.ConfigFlag, enc)
}

func TestPackTables(t *testing.T) {
	needThirdParty(t)
	libs := make([]string, 0, len(packCases))
	for lib := range packCases {
		libs = append(libs, lib)
	}
	sort.Strings(libs)
	for _, lib := range libs {
		t.Run(strings.TrimPrefix(packCases[lib], "./"), func(t *testing.T) {
			withPackMarks(t, packTable(t, lib), packs.ProfileStrict)
			phitest.RunModule(t, thirdPartyDir, phiflow.Analyzer, packCases[lib])
		})
	}
}

// TestPackTableNames checks that every mark of the tables tested here
// names a function, type or field the library declares, and every named
// key a package-level variable or constant of one of its packages.
func TestPackTableNames(t *testing.T) {
	needThirdParty(t)
	for lib := range packCases {
		tb := packTable(t, lib)
		decl := map[string]*types.Signature{}
		keys := map[string]bool{}
		for _, p := range phitest.LoadTypes(t, thirdPartyDir, lib+"/...") {
			declare(p, decl)
			for _, f := range phitest.StructFields(p) {
				decl[f] = nil
			}
			scope := p.Scope()
			for _, n := range scope.Names() {
				switch scope.Lookup(n).(type) {
				case *types.Var, *types.Const:
					keys[p.Name()+"."+n] = true
				}
			}
		}
		for _, m := range tb.Marks {
			if m.Why == "" {
				t.Errorf("%s: %s %s has no Why", lib, m.Source.Key(), m.Source.Name())
			}
			if m.Source.Tag != "" {
				continue // a rule over the user's struct tags names nothing of the library
			}
			if _, ok := decl[m.Source.Name()]; !ok {
				t.Errorf("%s: %s %s is not declared by the library", lib, m.Source.Key(), m.Source.Name())
			}
			for k := range m.Source.Keys {
				pkg, name, named := strings.Cut(k, ".")
				if named && token.IsIdentifier(pkg) && token.IsIdentifier(name) && !keys[k] {
					t.Errorf("%s: key %s of %s is not a variable or constant of the library", lib, k, m.Source.Name())
				}
			}
		}
	}
}
