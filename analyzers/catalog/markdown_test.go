package catalog_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/internal/phitest"
)

var update = flag.Bool("update", false, "rewrite docs/catalog.md from the tables")

// TestCatalogDoc checks that docs/catalog.md is the catalog rendered:
// run `go test ./analyzers/catalog -update` after changing a table.
func TestCatalogDoc(t *testing.T) {
	path := filepath.Join("..", "..", "docs", "catalog.md")
	phitest.CheckGenerated(t, path, catalog.Markdown(), *update, "go test ./analyzers/catalog -update")
}

// TestReadmeLibraries checks that README.md's list of the libraries
// phivet knows is the catalog's: run `go test ./analyzers/catalog -update`
// after adding a table.
func TestReadmeLibraries(t *testing.T) {
	checkSection(t, filepath.Join("..", "..", "README.md"),
		"<!-- libraries: generated from analyzers/catalog by `go test ./analyzers/catalog -update` -->\n",
		"<!-- end libraries -->\n", catalog.Libraries())
}

// TestLogSinksDoc checks that the first paragraph of PHI1001's page,
// which names the logging libraries, is the catalog's: run
// `go test ./analyzers/catalog -update` after adding a table with log
// sinks.
func TestLogSinksDoc(t *testing.T) {
	checkSection(t, filepath.Join("..", "..", "docs", "codes", "PHI1001.md"),
		"## What it means\n\n", "\n\n", catalog.LogSinks())
}

// checkSection checks that the part of the file at path between the
// first start and the end after it is want, or with -update writes it.
func checkSection(t *testing.T, path, start, end string, want []byte) {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(text, []byte(start))
	if i < 0 {
		t.Fatalf("%s has no %q to find its generated part by", path, start)
	}
	i += len(start)
	j := bytes.Index(text[i:], []byte(end))
	if j < 0 {
		t.Fatalf("%s has no %q after %q", path, end, start)
	}
	j += i
	if *update {
		out := append(append(append([]byte{}, text[:i]...), want...), text[j:]...)
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(text[i:j], want) {
		t.Errorf("%s is out of date with the catalog: run go test ./analyzers/catalog -update", path)
	}
}

// TestNoDuplicateRows checks that no two rows of one role name the same
// function: a later row would silently replace an earlier one.
func TestNoDuplicateRows(t *testing.T) {
	seen := map[string]string{}
	check := func(role, name, table string) {
		key := role + " " + name
		if prev, ok := seen[key]; ok {
			t.Errorf("%s %s is in both %s and %s", role, name, prev, table)
		}
		seen[key] = table
	}
	for _, tb := range catalog.Tables() {
		for _, s := range tb.Sinks {
			check("sink", s.Func, tb.Package)
		}
		for _, w := range tb.Writers {
			check("writer", w.Func, tb.Package)
		}
		for _, w := range tb.Wrappers {
			check("wrapper", w.Func, tb.Package)
		}
	}
}

// TestDestinationTypesAreNamed checks that every destination type is a
// named type or a pointer to one, which is all the engine looks up (it
// skips composite types without spelling them).
func TestDestinationTypesAreNamed(t *testing.T) {
	named := regexp.MustCompile(`^\*?[\w./-]+\.\w+$`)
	for _, tb := range catalog.Tables() {
		for _, d := range tb.DestinationTypes {
			if !named.MatchString(d.Type) {
				t.Errorf("%s: destination type %q is not a named type or a pointer to one", tb.Package, d.Type)
			}
		}
	}
}
