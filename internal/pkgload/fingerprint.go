package pkgload

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Fingerprint writes to w everything the graph's types and syntax follow
// from: each package's identity, imports and errors as the go command
// listed them, the bytes of every file Check would parse, and, for a
// standard package read from export data, the name of the export data's
// file (its content's hash, in the build cache). Two graphs with the same
// fingerprint type-check to the same packages, so a caller can key
// results of analysing them on it, with its own inputs beside it.
//
// It reports an error, and the caller should not cache, when a file
// cannot be read or the go command listed an error.
func (g *Graph) Fingerprint(w io.Writer) error {
	var all []*packages.Package
	packages.Visit(g.Roots, nil, func(p *packages.Package) { all = append(all, p) })
	slices.SortFunc(all, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	fmt.Fprintf(w, "sizes %v\n", g.sizes)
	for _, p := range all {
		if len(p.Errors) > 0 {
			return fmt.Errorf("%s: %s", p.PkgPath, p.Errors[0].Msg)
		}
		fmt.Fprintf(w, "package %q %q %q root=%v\n", p.ID, p.PkgPath, p.Name, g.roots[p])
		if p.Module != nil {
			fmt.Fprintf(w, " module %q %q %q\n", p.Module.Path, p.Module.Version, p.Module.GoVersion)
		}
		imports := make([]string, 0, len(p.Imports))
		for path, imp := range p.Imports {
			imports = append(imports, path+"="+imp.ID)
		}
		slices.Sort(imports)
		fmt.Fprintf(w, " imports %q\n", imports)
		if g.fromExportData(p) {
			// The build cache names a file by its content's hash; the
			// directory is left out so that a cache restored elsewhere
			// (as CI jobs do) still matches.
			fmt.Fprintf(w, " export %q\n", filepath.Base(g.export[p.PkgPath]))
			continue
		}
		for _, name := range p.CompiledGoFiles {
			data, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, " file %q %x\n", name, sha256.Sum256(data))
		}
	}
	return nil
}
