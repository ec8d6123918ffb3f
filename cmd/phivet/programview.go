package main

import (
	"go/types"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/taint"
)

// programView is the program index as one package judged again sees it
// (taint.Program): the indexed methods its interface calls reach, each
// as a function standing for it. The stand-ins take the signature of
// the interface method called, which belongs to that package's types, so
// they live with the view and go with it when the package is done.
type programView struct {
	x        *programIndex
	standIns map[standInKey]*types.Func
	methods  map[*types.Func]*indexedMethod
}

type standInKey struct {
	m      *indexedMethod
	called *types.Func
}

func newProgramView(x *programIndex) *programView {
	return &programView{x: x, standIns: map[standInKey]*types.Func{}, methods: map[*types.Func]*indexedMethod{}}
}

// Implementations returns the indexed methods named like m of the types
// whose method sets hold every method of iface.
func (v *programView) Implementations(iface *types.Interface, m *types.Func) []*types.Func {
	var out []*types.Func
	for _, im := range v.x.implementing(taint.MethodKey(m), taint.InterfaceKeys(iface)) {
		out = append(out, v.standIn(im, m))
	}
	return out
}

// ImplementationsOf returns the indexed methods of key mk of the types
// whose method sets hold every key of keys, with their summaries.
func (v *programView) ImplementationsOf(mk string, keys []string) []taint.ProgramImpl {
	var out []taint.ProgramImpl
	for _, im := range v.x.implementing(mk, keys) {
		out = append(out, taint.ProgramImpl{Name: im.displayName(), Sum: im.summary, Mark: im.mark})
	}
	return out
}

// standIn returns a function standing for im, with the signature of the
// interface method called (which it implements).
func (v *programView) standIn(im *indexedMethod, called *types.Func) *types.Func {
	k := standInKey{im, called}
	if fn, ok := v.standIns[k]; ok {
		return fn
	}
	fn := taint.StandInMethod(im.owner.pkg, im.owner.name, im.name, im.pointer, called)
	v.standIns[k] = fn
	v.methods[fn] = im
	return fn
}

// Summary returns the summary of a method Implementations returned, or
// of a function SlotFuncs returned, or nil.
func (v *programView) Summary(fn *types.Func) *taint.Summary {
	if im := v.methods[fn]; im != nil {
		return im.summary
	}
	return v.x.summaries[fn]
}

// Mark returns the marks of a method Implementations returned, or of a
// function SlotFuncs returned, or nil.
func (v *programView) Mark(fn *types.Func) *model.MarkFact {
	if im := v.methods[fn]; im != nil {
		return im.mark
	}
	return v.x.marks[fn]
}

// SlotFuncs is what the program's packages store under slot k.
func (v *programView) SlotFuncs(k string) []taint.ProgramFunc { return v.x.slots[k] }
