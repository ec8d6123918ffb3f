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
	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := []byte("<!-- libraries: generated from analyzers/catalog by `go test ./analyzers/catalog -update` -->\n")
	end := []byte("<!-- end libraries -->\n")
	i, j := bytes.Index(readme, start), bytes.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("%s has no generated list of libraries between %q and %q", path, start, end)
	}
	i += len(start)
	got := catalog.Libraries()
	if *update {
		out := append(append(append([]byte{}, readme[:i]...), got...), readme[j:]...)
		if err := os.WriteFile(path, out, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(readme[i:j], got) {
		t.Errorf("%s lists other libraries than the catalog: run go test ./analyzers/catalog -update", path)
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
