package driver

import (
	"bytes"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
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
// the new types; a package with errors keeps its own.
func (r *run) compact(st *pkgState) {
	p := st.pkg
	old := p.Types
	if old == nil || old == types.Unsafe || p.TypesInfo == nil || len(p.Errors) > 0 {
		return
	}
	var buf bytes.Buffer
	if err := gcexportdata.Write(&buf, p.Fset, old); err != nil {
		return
	}
	view := map[string]*types.Package{}
	packages.Visit(importsOf(p), nil, func(q *packages.Package) {
		if q.Types != nil {
			view[q.PkgPath] = q.Types
		}
	})
	fresh, err := gcexportdata.Read(&buf, p.Fset, view, p.PkgPath)
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

func importsOf(p *packages.Package) []*packages.Package {
	out := make([]*packages.Package, 0, len(p.Imports))
	for _, imp := range p.Imports {
		out = append(out, imp)
	}
	return out
}
