package driver

import (
	"bytes"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/phivet/phivet/internal/pkgload"
)

// compact replaces the types of a package checked from source, once it
// is analysed, with the same types read back from export data, and
// moves its facts onto the new objects.
//
// A types.Package checked from source keeps every local scope and
// variable of every function body, reachable from the package scope;
// its importers need only the declarations. On a large program those
// bodies are most of what would stay alive to the end of the run. The
// export data round trip is the view importers get under go vet's
// unitchecker, and a fact moves by its object path exactly as it does
// there: a fact about an object no importer can name (a local type's
// method) is dropped, as it would be there.
//
// Importers start only after the package is done, so all of them see
// the new types; a package with errors, or importing one, keeps its own
// (export data of broken types is not worth the risk).
func (r *run) compact(st *pkgState) {
	p := st.pkg
	old := p.Types
	if old == nil || old == types.Unsafe || p.TypesInfo == nil || p.IllTyped {
		return
	}
	var buf bytes.Buffer
	if err := gcexportdata.Write(&buf, p.Fset, old); err != nil {
		return
	}
	fresh, err := gcexportdata.Read(&buf, p.Fset, pkgload.ImportView(p), p.PkgPath)
	if err != nil {
		return
	}
	var enc objectpath.Encoder
	moved := make(map[objectKey]analysis.Fact, len(st.facts.objects))
	for k, f := range st.facts.objects {
		path, err := enc.For(k.obj)
		if err != nil {
			continue
		}
		obj, err := objectpath.Object(fresh, path)
		if err != nil {
			continue
		}
		k.obj = obj
		moved[k] = f
	}
	st.facts.objects = moved
	p.Types = fresh
	r.byTypes.Store(fresh, st)
	r.byTypes.Delete(old)
}
