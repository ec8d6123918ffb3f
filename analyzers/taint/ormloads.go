package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Contract §3: an ORM model's association holds data only where the
// query loads it. A load fills the associations its query names and no
// deeper: after db.Preload("Patient").Find(&appts) each appointment's
// patient holds its columns, not its user, which only
// Preload("Patient.User") loads. A record read whole out of a local the
// ORM's loads alone fill (see ormparts.go) is labelled with what they
// load (Label.Loads), so printing it shows no association they leave
// empty; the label keeps that in the summaries, so a repository's
// query decides what its caller in another package sends.

// loadsOf returns what v, whose type's label is tl, holds of the
// associations below it, as Label.Loads says it, when v is read out of
// a local (or a part of one) the ORM's loads fill, is that local's
// address, or is returned by a call that returns such a value (see
// returnedLoads); "" when that is its whole type (v is no such value,
// the code writes there, or a part on the way is a column or unloaded).
func (f *family) loadsOf(v ssa.Value, tl *Label) string {
	if loads := f.returnedLoads(v, tl); loads != "" {
		return loads
	}
	st := f.ownSt
	if st == nil || !st.loads {
		return ""
	}
	var root *ssa.Alloc
	var fields []*ssa.FieldAddr
	switch x := v.(type) {
	case *ssa.Alloc: // the local's address: a pointer to what is loaded
		root = x
	case *ssa.UnOp:
		if x.Op == token.MUL {
			root, fields = modelPart(x.X)
		}
	}
	if root == nil {
		return ""
	}
	m, names, loaded := f.loadedBelow(root, fields)
	if m == nil || !loaded {
		return "" // written, a column, or empty (unloadedPart's)
	}
	names = slices.Clone(names)
	slices.Sort(names)
	return m.orm.Library + "|" + strings.Join(slices.Compact(names), ",")
}

// returnedLoads returns, for v the result of a call, what every callee's
// summary says that result loads (a repository's function returning
// the appointments its query fills, in another package): the Loads of
// the record label of v's type (tl) the result carries, when each
// callee's result carries that label with Loads alone, the same; ""
// otherwise.
func (f *family) returnedLoads(v ssa.Value, tl *Label) string {
	call, i := queryCall(v)
	if call == nil {
		return ""
	}
	s := f.site(call)
	if s.anon != nil || !s.entry.Empty() {
		return ""
	}
	loads := ""
	sums := f.calleeSummaries(s)
	for _, sum := range sums {
		if i >= len(sum.Results) {
			return ""
		}
		found := ""
		for _, l := range sum.Results[i].Data {
			if !l.Concrete() || !l.Record || l.Name != tl.Name || l.Pkg != tl.Pkg {
				continue
			}
			if l.Loads == "" || found != "" && found != l.Loads {
				return ""
			}
			found = l.Loads
		}
		if found == "" || loads != "" && loads != found {
			return ""
		}
		loads = found
	}
	return loads
}

// loadedKey is what printing a value of type t filled by loads (loads,
// see Label.Loads) with p emits, cached.
type loadedKey struct {
	t     types.Type
	p     catalog.Printer
	loads string
}

// emittedLoaded is what printing a value of type t, filled by the loads
// loads says, with p emits: what its type shows, but nothing of an
// association the loads leave empty. The whole type when the ORM is
// not known.
func (e *Engine) emittedLoaded(t types.Type, p catalog.Printer, loads string) Set {
	key := loadedKey{t, p, loads}
	if s, ok := e.loadedPrints[key]; ok {
		return s
	}
	library, paths, _ := strings.Cut(loads, "|")
	o := e.Catalog.ORMOf(library)
	var s Set
	if o == nil {
		s = e.emittedByType(t, p)
	} else {
		var names []string
		if paths != "" {
			names = strings.Split(paths, ",")
		}
		s = e.loadedWalk(t, p, o, names, false, 0)
	}
	if !e.cycles.provisional() { // as emittedByType keeps only final answers
		e.loadedPrints[key] = s
	}
	return s
}

// loadedWalk is emittedLoaded below a model of type t whose association
// paths names are loaded (edges: t is a model's edges, whose fields are
// its associations). Each step into an association drops the first
// part of the paths; past maxLoadedWalk steps a part prints as its
// whole type.
func (e *Engine) loadedWalk(t types.Type, p catalog.Printer, o *catalog.ORM, names []string, edges bool, depth int) Set {
	if depth > maxLoadedWalk || e.hasRenderingMethod(t) || e.Model.TypeClass(t) != vocab.ClassUnset {
		return e.emittedByType(t, p) // its method, or its class, decides
	}
	if el := model.Elem(t); el != nil {
		if _, isMap := t.Underlying().(*types.Map); !isMap {
			return e.loadedWalk(el, p, o, names, edges, depth+1)
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return e.emittedByType(t, p)
	}
	named, _ := types.Unalias(t).(*types.Named)
	owner, pkg := e.ownerName(named)
	var out []Label
	for i := 0; i < st.NumFields(); i++ {
		fld := st.Field(i)
		if p.ExportedOnly() && !fld.Exported() && !fld.Embedded() || p.Hides(st.Tag(i)) {
			continue
		}
		switch class := e.Model.FieldClass(named, st, i); {
		case class == vocab.ClassNone:
			continue
		case class != vocab.ClassUnset:
			out = append(out, Label{Name: owner + "." + fld.Name(), Pkg: pkg, Class: class})
			continue
		}
		switch {
		case !edges && o.IsEdges(st, i):
			out = append(out, e.loadedWalk(fld.Type(), p, o, names, true, depth+1)...)
		case edges || o.IsAssociation(st, i):
			if sub, loaded := subPaths(names, fld.Name(), o.AllAssociations); loaded {
				out = append(out, e.loadedWalk(fld.Type(), p, o, sub, false, depth+1)...)
			}
		default:
			out = append(out, e.emittedByType(fld.Type(), p)...)
		}
	}
	return setOf(out)
}
