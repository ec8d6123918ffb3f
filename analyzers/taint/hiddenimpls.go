package taint

import (
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
)

// Contract §3: a call through an interface reaches every implementation,
// unexported implementing types returned by exported constructors
// included. Such a type is missing from its package's export data (no
// exported declaration names it), so a package importing it sees neither
// the type nor the facts on its methods: an interface call there reached
// none of them, under go vet and in the phivet command's first judgement
// alike, and a helper passing its arguments on through the interface
// summarised to nothing, which no later step mended for the helper's
// callers. The declaring package exports these types instead, with their
// methods' summaries and marks, as a package fact; an importer's
// interface call reaches them as it reaches the types in its sight.

// HiddenImplsFact lists a package's hidden implementations: the
// unexported named types it converts to an interface.
type HiddenImplsFact struct{ Types []HiddenType }

// HiddenType is one hidden implementation.
type HiddenType struct {
	Name string
	// Keys spell every method of its pointer's method set (MethodKey),
	// to match interfaces by.
	Keys []string
	// Methods are the methods it declares, each with its summary (empty
	// when the method does nothing phivet tracks: it still counts when
	// every implementation must check or audit).
	Methods []HiddenMethod
}

// HiddenMethod is a method of a hidden implementation.
type HiddenMethod struct {
	Name    string
	Key     string // MethodKey
	Pointer bool   // declared on the pointer
	Summary *Summary
	Mark    *model.MarkFact // nil: none
}

func (*HiddenImplsFact) AFact() {}

func (f *HiddenImplsFact) String() string {
	var parts []string
	for _, t := range f.Types {
		for _, m := range t.Methods {
			recv := t.Name
			if m.Pointer {
				recv = "*" + recv
			}
			s := "(" + recv + ")." + m.Name + ": " + m.Summary.describe()
			if m.Mark != nil {
				s += " " + m.Mark.String()
			}
			parts = append(parts, s)
		}
	}
	return "hidden(" + strings.Join(parts, "; ") + ")"
}

// HiddenTypes returns the package's hidden implementations among funcs
// and the literals they hold: its unexported package-level named types,
// not generic, not interfaces nor test doubles, that it converts to an
// interface with methods. A type never converted cannot be reached through one, and an
// exported one is in the export data already.
func HiddenTypes(pkg *types.Package, funcs []*ssa.Function, c *catalog.Catalog) []*types.Named {
	seen := map[*types.Named]bool{}
	var out []*types.Named
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mi, ok := instr.(*ssa.MakeInterface)
				if !ok || types.NewMethodSet(mi.Type()).Len() == 0 {
					// Boxed into any (a printer's operand), the type is
					// called through no interface method.
					continue
				}
				t := mi.X.Type()
				if p, ok := t.(*types.Pointer); ok {
					t = p.Elem()
				}
				n, ok := t.(*types.Named)
				if !ok || seen[n] {
					continue
				}
				seen[n] = true
				obj := n.Obj()
				if obj.Pkg() != pkg || obj.Exported() || obj.Parent() != pkg.Scope() ||
					n.TypeParams().Len() > 0 || types.IsInterface(n) || IsTestDouble(c, n) {
					continue
				}
				out = append(out, n)
			}
		}
		for _, anon := range fn.AnonFuncs {
			visit(anon)
		}
	}
	for _, fn := range funcs {
		visit(fn)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Obj().Name() < out[j].Obj().Name() })
	return out
}

// HiddenTypeOf describes n for the fact: summary gives a method's
// summary as facts carry it (nil: none), mark its marks (nil: none).
func HiddenTypeOf(n *types.Named, summary func(*types.Func) *Summary, mark func(*types.Func) *model.MarkFact) HiddenType {
	ht := HiddenType{Name: n.Obj().Name()}
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := 0; i < ms.Len(); i++ {
		ht.Keys = append(ht.Keys, MethodKey(ms.At(i).Obj().(*types.Func)))
	}
	for i := 0; i < n.NumMethods(); i++ {
		fn := n.Method(i)
		hm := HiddenMethod{Name: fn.Name(), Key: MethodKey(fn), Summary: summary(fn), Mark: mark(fn)}
		if hm.Summary == nil {
			hm.Summary = &Summary{}
		}
		_, hm.Pointer = fn.Signature().Recv().Type().(*types.Pointer)
		ht.Methods = append(ht.Methods, hm)
	}
	return ht
}

// hiddenImplementations returns the methods named like m of the hidden
// implementations of iface its imports declare, each as a function of
// its own (hiddenFunc).
func (e *Engine) hiddenImplementations(iface *types.Interface, m *types.Func) []*types.Func {
	if e.ImportHiddenImpls == nil {
		return nil
	}
	var keys []string
	mk := MethodKey(m)
	var out []*types.Func
	for _, imp := range e.Pkg.Imports() {
		fact := e.ImportHiddenImpls(imp)
		if fact == nil {
			continue
		}
		if keys == nil {
			keys = InterfaceKeys(iface)
		}
		for i := range fact.Types {
			ht := &fact.Types[i]
			if !holdsAll(ht.Keys, keys) {
				continue
			}
			for j := range ht.Methods {
				if hm := &ht.Methods[j]; hm.Key == mk {
					out = append(out, e.hiddenFunc(imp, ht.Name, hm, m))
				}
			}
		}
	}
	return out
}

func holdsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hiddenFunc returns a function standing for the hidden method hm of the
// type named typeName in pkg, with m's signature (which it implements):
// the importer has no object for it. Messages name it as they would the
// method ("(*q.notifier).Notify"), the configuration's marks find it by
// that name, and its summary and directives' marks come from the fact.
func (e *Engine) hiddenFunc(pkg *types.Package, typeName string, hm *HiddenMethod, m *types.Func) *types.Func {
	key := hiddenKey{pkg, typeName, hm.Name}
	if fn, ok := e.hiddenByKey[key]; ok {
		return fn
	}
	fn := StandInMethod(pkg, typeName, hm.Name, hm.Pointer, m)
	if e.hiddenByKey == nil {
		e.hiddenByKey = map[hiddenKey]*types.Func{}
		e.hiddenFuncs = map[*types.Func]*HiddenMethod{}
	}
	e.hiddenByKey[key] = fn
	e.hiddenFuncs[fn] = hm
	return fn
}

// StandInMethod returns a method named name of a type named typeName in
// pkg (declared on its pointer if pointer), with the signature of the
// interface method m it implements: a function standing for a method
// whose type the caller has no object for. Its full name is the
// method's, which is how messages and the configuration's marks name it.
func StandInMethod(pkg *types.Package, typeName, name string, pointer bool, m *types.Func) *types.Func {
	named := types.NewNamed(types.NewTypeName(token.NoPos, pkg, typeName, nil), types.NewStruct(nil, nil), nil)
	var recvType types.Type = named
	if pointer {
		recvType = types.NewPointer(named)
	}
	sig := m.Signature()
	recv := types.NewParam(token.NoPos, pkg, "", recvType)
	return types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(recv, nil, nil, sig.Params(), sig.Results(), sig.Variadic()))
}

type hiddenKey struct {
	pkg            *types.Package
	typeName, name string
}
