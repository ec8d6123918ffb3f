package driver

import (
	"fmt"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// factSet holds the facts a package's passes exported. It is written
// only while the package is analysed and read by importers after.
type factSet struct {
	objects  map[objectKey]analysis.Fact
	packages map[packageKey]analysis.Fact
}

type objectKey struct {
	analyzer *analysis.Analyzer
	obj      types.Object
	typ      reflect.Type
}

type packageKey struct {
	analyzer *analysis.Analyzer
	typ      reflect.Type
}

// factView is one pass's access to facts: its own package's, and those
// its imports pass on.
type factView struct {
	run      *run
	analyzer *analysis.Analyzer
	own      *pkgState
}

func (v *factView) importObject(obj types.Object, ptr analysis.Fact) bool {
	if obj == nil {
		panic("nil object")
	}
	from := v.stateOf(obj.Pkg())
	if from == nil || from != v.own && !v.passedOn(obj, from) {
		return false
	}
	f, ok := from.facts.objects[objectKey{v.analyzer, obj, factType(ptr)}]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
}

func (v *factView) exportObject(obj types.Object, f analysis.Fact) {
	if obj.Pkg() != v.own.pkg.Types {
		panic(fmt.Sprintf("analyzer %s on package %s: cannot set a fact on %s, which belongs to another package", v.analyzer.Name, v.own.pkg.PkgPath, obj))
	}
	if v.own.facts.objects == nil {
		v.own.facts.objects = map[objectKey]analysis.Fact{}
	}
	v.own.facts.objects[objectKey{v.analyzer, obj, factType(f)}] = f
}

func (v *factView) importPackage(pkg *types.Package, ptr analysis.Fact) bool {
	if pkg == nil {
		panic("nil package")
	}
	from := v.stateOf(pkg)
	if from == nil {
		return false
	}
	f, ok := from.facts.packages[packageKey{v.analyzer, factType(ptr)}]
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
	}
	return ok
}

func (v *factView) exportPackage(f analysis.Fact) {
	if v.own.facts.packages == nil {
		v.own.facts.packages = map[packageKey]analysis.Fact{}
	}
	v.own.facts.packages[packageKey{v.analyzer, factType(f)}] = f
}

// allObjects returns the facts of the package and of its transitive
// imports that reach it.
func (v *factView) allObjects() []analysis.ObjectFact {
	var out []analysis.ObjectFact
	v.closure(func(st *pkgState) {
		for k, f := range st.facts.objects {
			if k.analyzer == v.analyzer && (st == v.own || v.passedOn(k.obj, st)) {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	})
	return out
}

func (v *factView) allPackages() []analysis.PackageFact {
	var out []analysis.PackageFact
	v.closure(func(st *pkgState) {
		for k, f := range st.facts.packages {
			if k.analyzer == v.analyzer {
				out = append(out, analysis.PackageFact{Package: st.pkg.Types, Fact: f})
			}
		}
	})
	return out
}

// closure calls fn for the package and each of its transitive imports,
// in no particular order. (packages.Visit sorts every package's imports
// to give a stable order; callers here collect into maps and need none,
// and at 1M lines that sorting was most of phidirective's time.)
func (v *factView) closure(fn func(*pkgState)) {
	seen := map[*packages.Package]bool{v.own.pkg: true}
	stack := []*packages.Package{v.own.pkg}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if st := v.run.state[p]; st != nil {
			fn(st)
		}
		for _, imp := range p.Imports {
			if !seen[imp] {
				seen[imp] = true
				stack = append(stack, imp)
			}
		}
	}
}

// stateOf returns the state of the package pkg, or nil if it is not in
// the graph.
func (v *factView) stateOf(pkg *types.Package) *pkgState {
	if pkg == nil {
		return nil
	}
	if pkg == v.own.pkg.Types {
		return v.own
	}
	st, _ := v.run.byTypes.Load(pkg)
	s, _ := st.(*pkgState)
	return s
}

// passedOn reports whether a fact about obj, exported by the package
// from, reaches the package of the view — the rule go/analysis/checker
// applies as facts pass from each import to its importer: facts about
// package-level functions and variables stop after one step (and for
// functions, only exported ones pass), while facts about types,
// constants, fields and methods travel on, since they can reach any
// importer through the API.
func (v *factView) passedOn(obj types.Object, from *pkgState) bool {
	switch obj := obj.(type) {
	case *types.Func:
		if obj.Signature().Recv() != nil {
			return true
		}
		return obj.Exported() && v.directImport(from)
	case *types.Var:
		return obj.IsField() || v.directImport(from)
	case *types.TypeName, *types.Const:
		return true
	}
	return false
}

func (v *factView) directImport(st *pkgState) bool {
	for _, imp := range v.own.pkg.Imports { // keyed by import path, which vendoring can change
		if imp == st.pkg {
			return true
		}
	}
	return false
}

func factType(f analysis.Fact) reflect.Type {
	t := reflect.TypeOf(f)
	if t.Kind() != reflect.Pointer {
		panic(fmt.Sprintf("invalid fact type %T: want a pointer", f))
	}
	return t
}
