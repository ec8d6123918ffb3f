package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// keyedMark returns the marks of a call of a keyed source (a DICOM
// dataset's FindElementByTag, an HL7 message's Find): those of its callee,
// with the class of the key its argument names as the source class. An
// argument that names no key (not a key, or not a constant or a
// package-level variable at all) gives no class: keyed APIs are called
// with constants, and taking any other argument as the most identifiable
// key would mark every lookup.
func (f *family) keyedMark(s *callSite, k *model.KeyedSource) *model.MarkFact {
	i := k.Arg + receiverCount(s.fn)
	if i >= len(s.args) {
		return s.mark
	}
	if unwrapCut(s.args[i]) {
		f.reachLimit("maxUnwrap")
	}
	names, str, isStr := keyOf(s.args[i])
	class := k.Class(names, str, isStr)
	if class == vocab.ClassUnset {
		return s.mark
	}
	m := *s.mark
	m.Source = class
	return &m
}

// keyOf says what key v names: the pkgname.Name of the package-level
// variable it is loaded from or of the constant it is (a constant is found
// by name when its type is a named type declared with it), and its value
// when it is a string constant.
func keyOf(v ssa.Value) (names []string, str string, isStr bool) {
	v = unwrap(v)
	switch x := v.(type) {
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			if obj := g.Object(); obj != nil && obj.Pkg() != nil {
				names = append(names, obj.Pkg().Name()+"."+obj.Name())
			}
		}
	case *ssa.Const:
		if x.Value == nil {
			return nil, "", false
		}
		if x.Value.Kind() == constant.String {
			str, isStr = constant.StringVal(x.Value), true
		}
		names = constNames(x)
	}
	return names, str, isStr
}

// constNames returns the pkgname.Name of the constants of c's named type,
// declared in that type's package, whose value is c's.
func constNames(c *ssa.Const) []string {
	n, ok := types.Unalias(c.Type()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	pkg := n.Obj().Pkg()
	var names []string
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		k, ok := scope.Lookup(name).(*types.Const)
		if ok && types.Identical(k.Type(), c.Type()) && constant.Compare(k.Val(), token.EQL, c.Value) {
			names = append(names, pkg.Name()+"."+name)
		}
	}
	return names
}
