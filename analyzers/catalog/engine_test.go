package catalog_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
)

// enginePackages are the packages that must know libraries only through
// the catalog.
var enginePackages = []string{"taint", "model", "phiflow"}

// libraryPrinters are the printers named after a library whose behaviour
// the engine must read through the Printer's properties (Methods,
// ExportedOnly, Hides…). Fmt is the default, how phivet renders what no
// row describes (a //phi:sink's arguments); Raw is no printer.
var libraryPrinters = map[string]bool{"JSON": true, "Slog": true, "Zap": true, "Zerolog": true, "Template": true}

// TestEngineNamesNoLibrary checks that no string constant in the engine's
// code (tests aside) is a package path or a function, method or type a
// catalog table names, and that the engine names no library's printer:
// library knowledge is the catalog's rows and properties, read through
// its lookups, so that adding a library touches no engine file.
func TestEngineNamesNoLibrary(t *testing.T) {
	names := map[string]string{}
	for _, tb := range catalog.Tables() {
		for _, p := range strings.Split(tb.Package, ", ") {
			names[p] = tb.Package
		}
		for _, n := range tableNames(tb) {
			names[n] = tb.Package
		}
		for _, p := range tb.IO {
			names[p.Path] = tb.Package
		}
	}
	fset := token.NewFileSet()
	for _, dir := range enginePackages {
		files, err := filepath.Glob(filepath.Join("..", dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			imports := map[*ast.BasicLit]bool{}
			for _, spec := range f.Imports {
				imports[spec.Path] = true
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok && libraryPrinters[sel.Sel.Name] {
					if x, ok := sel.X.(*ast.Ident); ok && x.Name == "catalog" {
						t.Errorf("%s: catalog.%s names a library's printer: ask the printer for the property instead", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				}
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING || imports[lit] {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					return true
				}
				if table, ok := names[s]; ok {
					t.Errorf("%s: %q is library knowledge (table %s): make it a catalog row", fset.Position(lit.Pos()), s, table)
				}
				return true
			})
		}
	}
}

// tableNames lists the functions, methods and types a table's rows name,
// qualified by their package (built-ins, named bare, are the language's).
func tableNames(tb catalog.Table) []string {
	all := slices.Concat(
		namesOf(tb.Sinks, func(s catalog.Sink) string { return s.Func }),
		namesOf(tb.Writers, func(w catalog.Writer) string { return w.Func }),
		namesOf(tb.Wrappers, func(w catalog.Wrapper) string { return w.Func }),
		namesOf(tb.Destinations, func(d catalog.Destination) string { return d.Name }),
		namesOf(tb.DestinationTypes, func(d catalog.DestinationType) string { return d.Type }),
		namesOf(tb.Propagators, func(p catalog.Propagator) string { return p.Func }),
		namesOf(tb.RequestReads, func(r catalog.RequestRead) string { return r.Func }),
		namesOf(tb.TestDoubles, func(d catalog.TestDouble) string { return d.Type }),
		namesOf(tb.ProgramParts, func(p catalog.ProgramPart) string { return p.Type }),
		namesOf(tb.Nameless, func(n catalog.NamelessArg) string { return n.Func }),
		namesOf(tb.WriterCallbacks, func(w catalog.WriterCallback) string { return w.Func }),
		namesOf(tb.CarriedFuncs, func(c catalog.CarriedFunc) string { return c.Func }),
		namesOf(tb.KeyPaths, func(k catalog.KeyPathLookup) string { return k.Func }),
		tb.Opaque, tb.NoReturns, tb.RequestFields, tb.WriterFields, tb.NewErrors, tb.ContextTypes)
	return slices.DeleteFunc(all, func(n string) bool { return !strings.Contains(n, ".") })
}

func namesOf[T any](rows []T, name func(T) string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = name(r)
	}
	return out
}
