package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
)

// Contract §3: an ORM model's association holds data only where the
// query loads it or the code assigns it. A load whose columns hold
// marked data makes the whole destination a record (orm.go's rule is
// per destination), but a part of it below an association the query
// does not load, or whose loaded part holds nothing marked, is still
// empty: after user.PreloadDoctor(db).First(&user), user.Doctor holds
// the doctor's columns and no account, and a slot given it
// (s.Doctor = user.Doctor) is given nothing identifiable. Only a local
// the code declared and the ORM's loads fill is read so, and only at a
// part no code writes into (a store, or a call that may write through
// its address, at that part or around it).

// unloadedPart reports whether v is read out of such a part (see above).
func (f *family) unloadedPart(v ssa.Value) bool {
	st := f.ownSt
	if st == nil || !st.loads {
		return false
	}
	addr := v
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return false
		}
		addr = x.X
	case *ssa.FieldAddr:
	default:
		return false
	}
	if got, ok := st.unloaded[v]; ok {
		return got
	}
	got := f.readsUnloaded(v, addr)
	if st.unloaded == nil {
		st.unloaded = map[ssa.Value]bool{}
	}
	st.unloaded[v] = got
	return got
}

// readsUnloaded is unloadedPart for v, read from addr or addr itself.
func (f *family) readsUnloaded(v, addr ssa.Value) bool {
	root, fields := modelPart(addr)
	if root == nil || len(fields) == 0 {
		return false
	}
	m, names, loaded := f.loadedBelow(root, fields)
	if m == nil {
		return false
	}
	return !loaded || !f.e.loadedHolds(v.Type(), names, m.orm)
}

// loadedBelow returns, for the part of the local root the fields lead
// to, what the ORM's loads into root write there and the association
// paths they load below the part; loaded is false when an association
// on the way is not loaded. m is nil when root is not filled by known
// loads alone, the code writes at the part or around it, or a field on
// the way is a column (the load wrote it whole).
func (f *family) loadedBelow(root *ssa.Alloc, fields []*ssa.FieldAddr) (m *loadedModel, names []string, loaded bool) {
	m = f.loadedModel(root)
	if m == nil {
		return nil, nil, false
	}
	at := partKey(fields)
	for _, w := range m.written {
		if overlaps(w, at) {
			return nil, nil, false
		}
	}
	names = m.names
	for _, fa := range fields {
		st, ok := deref(fa.X.Type()).Underlying().(*types.Struct)
		if !ok || m.orm.IsEdges(st, fa.Field) || !m.orm.IsAssociation(st, fa.Field) {
			return nil, nil, false
		}
		sub, loaded := subPaths(names, st.Field(fa.Field).Name(), m.orm.AllAssociations)
		if !loaded {
			return m, nil, false
		}
		names = sub
	}
	return m, names, true
}

// modelPart returns the local addr is a part of, and the fields (outer
// first) that lead there through the local and the pointers its fields
// hold; nil when addr is not such a part.
func modelPart(addr ssa.Value) (*ssa.Alloc, []*ssa.FieldAddr) {
	var fields []*ssa.FieldAddr
	for range maxLocDepth {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			fields = append(fields, a)
			addr = a.X
			// A pointer loaded from a field: the part it points to.
			if u, ok := addr.(*ssa.UnOp); ok && u.Op == token.MUL {
				if _, isField := u.X.(*ssa.FieldAddr); isField {
					addr = u.X
				}
			}
		case *ssa.Alloc:
			for i, j := 0, len(fields)-1; i < j; i, j = i+1, j-1 {
				fields[i], fields[j] = fields[j], fields[i]
			}
			return a, fields
		default:
			return nil, nil
		}
	}
	return nil, nil
}

// loadedModel is what the ORM's loads into a local write there, and the
// parts of it the code writes into.
type loadedModel struct {
	orm     *catalog.ORM
	names   []string // the association paths the loads name
	written []string // partKeys of the parts written
}

// loadedModel returns what the ORM's loads into root write there, or nil
// when root is not filled by known loads alone (a load whose query
// phivet cannot follow, none at all, or its address handed on).
func (f *family) loadedModel(root *ssa.Alloc) *loadedModel {
	st := f.ownSt
	if m, ok := st.loadedModels[root]; ok {
		return m
	}
	if st.loadedModels == nil {
		st.loadedModels = map[*ssa.Alloc]*loadedModel{}
	}
	st.loadedModels[root] = nil // a cycle of parts adds nothing
	if !holdsStruct(root.Type().(*types.Pointer).Elem()) || !f.loadedInto(root) {
		return nil
	}
	m := &loadedModel{}
	ok := f.walkModelParts(root, "", m, 0)
	if !ok || m.orm == nil {
		m = nil
	}
	st.loadedModels[root] = m
	return m
}

// holdsStruct reports whether t is a struct, or a collection or pointer
// of structs: a model, or models a load fills.
func holdsStruct(t types.Type) bool {
	for range maxModelDerefs {
		if _, ok := t.Underlying().(*types.Struct); ok {
			return true
		}
		if t = model.Elem(t); t == nil {
			return false
		}
	}
	return false
}

// loadedInto reports whether root is an ORM load's destination: most
// locals are not, and the walk of their parts is skipped.
func (f *family) loadedInto(root *ssa.Alloc) bool {
	for _, r := range *root.Referrers() {
		if b, ok := r.(*ssa.MakeInterface); ok && slices.ContainsFunc(*b.Referrers(), f.isQueryLoad) || f.isQueryLoad(r) {
			return true
		}
	}
	return false
}

// isQueryLoad reports whether instr is a call loading an ORM query into
// a destination.
func (f *family) isQueryLoad(instr ssa.Instruction) bool {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return false
	}
	q := f.site(call).entry.Query
	return q != nil && q.Role == catalog.QueryLoad
}

// walkModelParts visits the uses of v, the address of part at of a
// local, noting the loads into it and the parts written; ok is false
// when the parts nest deeper than the walk follows.
func (f *family) walkModelParts(v ssa.Value, at string, m *loadedModel, depth int) bool {
	if depth > maxLocDepth {
		return false
	}
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.DebugRef:
		case *ssa.FieldAddr:
			if !f.walkModelParts(x, at+"/"+strconv.Itoa(x.Field), m, depth+1) {
				return false
			}
		case *ssa.UnOp:
			// A read; a pointer read from a field leads on to its part.
			if x.Op == token.MUL && isPointer(x.Type()) && at != "" {
				if !f.walkModelParts(x, at, m, depth+1) {
					return false
				}
			}
		case *ssa.Store:
			if x.Addr == v && !isConst(x.Val) {
				m.written = append(m.written, at)
			}
			// An address kept elsewhere may be written through later; a
			// pointer read out of a field and copied (s.Doctor =
			// user.Doctor) is read, as the part is (aliases written
			// through are not followed, as for any pointer).
			if _, read := v.(*ssa.UnOp); x.Val == v && !read {
				m.written = append(m.written, at)
			}
		case *ssa.MakeInterface:
			f.boxedModelPart(x, at, m)
		case ssa.CallInstruction:
			f.modelPartCall(x, v, at, m)
		default:
			m.written = append(m.written, at)
		}
	}
	return true
}

// boxedModelPart notes what the calls the boxed address b is passed to do
// to it (a load's destination is an interface{}); anywhere else it goes,
// it may be written through.
func (f *family) boxedModelPart(b *ssa.MakeInterface, at string, m *loadedModel) {
	for _, r := range *b.Referrers() {
		switch x := r.(type) {
		case *ssa.DebugRef:
		case ssa.CallInstruction:
			f.modelPartCall(x, b, at, m)
		default:
			m.written = append(m.written, at)
		}
	}
}

// modelPartCall notes what the call does to the part at of a local whose
// address (or boxed address) is v: a load of a query phivet follows, or
// a write when the call may write into it.
func (f *family) modelPartCall(call ssa.CallInstruction, v ssa.Value, at string, m *loadedModel) {
	s := f.site(call)
	var sums []*Summary
	for j, a := range s.args {
		if a != v {
			continue
		}
		if q := s.entry.Query; q != nil && q.Role == catalog.QueryLoad && q.Arg == j && at == "" {
			names, known := f.loadedAssociations(s.args[0], q.ORM.InPlace)
			if known && (m.orm == nil || m.orm == q.ORM) {
				m.orm = q.ORM
				m.names = append(m.names, names...)
				continue
			}
		}
		// A literal of the family writes as its instructions do, which
		// this walk does not follow; a request decoded into the model
		// writes what the caller sent.
		if s.anon == nil && len(s.entry.RequestReads) == 0 &&
			(readsOnly(s, j) || !f.callMayWrite(s, j, &sums)) && f.callKeeps(s, j, &sums) {
			continue
		}
		m.written = append(m.written, at)
	}
}

// partKey paths are "/"-separated field indices from the local.
func partKey(fields []*ssa.FieldAddr) string {
	var b strings.Builder
	for _, fa := range fields {
		b.WriteString("/" + strconv.Itoa(fa.Field))
	}
	return b.String()
}

// overlaps reports whether one part is the other or contains it.
func overlaps(a, b string) bool {
	return a == b || strings.HasPrefix(b, a+"/") || strings.HasPrefix(a, b+"/") || a == "" || b == ""
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := t.Underlying().(*types.Pointer)
	return ok
}
