package packs_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/phivet/phivet/internal/e2e"
)

// fhirCasesDir holds the FHIR case packages once for every library:
// patient/ (the patient profile's cases) and strict/ (the strict
// profile's), each written against fhirLibraryPlaceholder in package
// fhirCasesPackage. The libraries declare the same resources, so that
// one copy of the cases checks each table (see fhirCases).
var fhirCasesDir = filepath.Join("testdata", "fhircases")

const (
	fhirLibraryPlaceholder = `"example.com/packcases/fhirlibrary"`
	fhirCasesPackage       = "package fhircases"
	// fhirContainedFile holds the cases of the Contained field, which
	// only the libraries marked contained declare.
	fhirContainedFile = "contained.go"
)

// fhirCases returns a copy of the case module in a temporary directory,
// with each FHIR library's case packages written from the templates in
// fhirCasesDir: ./pkg from patient/ and ./pkgstrict from strict/, each
// importing the library at the version the module pins.
func fhirCases(t *testing.T) string {
	t.Helper()
	needCases(t)
	dir := t.TempDir()
	e2e.CopyTree(t, casesDir, dir)
	for path, lib := range fhirLibraries {
		for profile, pkg := range map[string]string{"patient": lib.pkg, "strict": lib.pkg + "strict"} {
			files, err := filepath.Glob(filepath.Join(fhirCasesDir, profile, "*.go"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no case templates in %s: %v", filepath.Join(fhirCasesDir, profile), err)
			}
			for _, file := range files {
				if filepath.Base(file) == fhirContainedFile && !lib.contained {
					continue
				}
				e2e.WriteFile(t, filepath.Join(dir, pkg, filepath.Base(file)), fhirCaseFile(t, file, path, pkg))
			}
		}
	}
	return dir
}

// fhirCaseFile is the template file with the library's import path and
// the package's name in place of the placeholders.
func fhirCaseFile(t *testing.T, file, library, pkg string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	for _, placeholder := range []string{fhirLibraryPlaceholder, fhirCasesPackage} {
		if n := strings.Count(src, placeholder); n != 1 {
			t.Fatalf("%s: %d occurrences of %s (want 1)", file, n, placeholder)
		}
	}
	src = strings.Replace(src, fhirLibraryPlaceholder, strconv.Quote(library), 1)
	return strings.Replace(src, fhirCasesPackage, "package "+pkg, 1)
}
