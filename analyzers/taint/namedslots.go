package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// A holder with named slots (an embedded interpreter's globals) keeps
// what is set under each name apart, at the name's keyed path, as a map
// does under a constant key (keyedPath): a script reads the globals it
// names, so a runtime shared by two conversions does not give the first
// one's input to the second one's script.

// slotPaths are the paths below the holder of the slots the call's
// argument sl.Arg names: one for a constant name (elemPath, every slot,
// for a name no path spells or one not constant), one per identifier of
// a constant script, and the whole holder ("") for a script not
// constant, which may name anything.
func (f *family) slotPaths(s *callSite, sl *catalog.Slot) []string {
	if sl.Arg >= len(s.args) {
		return []string{""}
	}
	if unwrapCut(s.args[sl.Arg]) {
		f.reachLimit("maxUnwrap")
	}
	if sl.Identity {
		return []string{keyedPath(identityName(unwrap(s.args[sl.Arg])))}
	}
	c, ok := unwrap(s.args[sl.Arg]).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		if sl.Script {
			return []string{""}
		}
		return []string{elemPath}
	}
	text := constant.StringVal(c.Value)
	if !sl.Script {
		return []string{keyedPath(text)}
	}
	var paths []string
	for _, name := range scriptNames(text) {
		if p := keyedPath(name); !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	return paths
}

// identityName names the key v is, compared as a value of any type: a
// constant by its type and value (a typed "user" is not the string
// "user"), a zero-size value by its type (the usual ctxKey{}), a
// package variable by its name; "" for any other key, which may be any.
func identityName(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.Const:
		name := typeKeyName(x.Type())
		if x.Value == nil {
			if isZeroSize(x.Type()) {
				return name
			}
			return ""
		}
		switch x.Value.Kind() {
		case constant.String:
			return name + "=" + constant.StringVal(x.Value)
		case constant.Int, constant.Bool:
			return name + "=" + x.Value.ExactString()
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
			return "var " + g.Name()
		}
	}
	return ""
}

// typeKeyName is the name of a key's type in its slot's name: the
// named type's own name (two packages' ctxKey share slots, which only
// reads more), or the basic type's.
func typeKeyName(t types.Type) string {
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return types.TypeString(t, nil)
}

func isZeroSize(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if !isZeroSize(u.Field(i).Type()) {
				return false
			}
		}
		return true
	case *types.Array:
		return u.Len() == 0 || isZeroSize(u.Elem())
	}
	return false
}

// scriptNames are the identifiers a script names on their own, not as a
// property after a dot: the globals it may read. Over-reading is safe (a
// keyword or a local names a slot nobody set); a name inside a string
// literal is read too, which only adds.
func scriptNames(src string) []string {
	var names []string
	afterDot := false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case isIdentStart(c):
			j := i + 1
			for j < len(src) && (isIdentStart(src[j]) || isDigit(src[j])) {
				j++
			}
			if !afterDot && !slices.Contains(names, src[i:j]) {
				names = append(names, src[i:j])
			}
			afterDot = false
			i = j
		case isDigit(c):
			j := i + 1 // a number, with its exponent or hex digits
			for j < len(src) && (isIdentStart(src[j]) || isDigit(src[j]) || src[j] == '.') {
				j++
			}
			afterDot = false
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		default:
			afterDot = c == '.'
			i++
		}
	}
	return names
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// storedSlot is the path below the holder a propagator storing into a
// named slot stores at: "" (the whole holder) when it names no slot.
func (f *family) storedSlot(s *callSite, sl *catalog.Slot) string {
	if sl == nil {
		return ""
	}
	if paths := f.slotPaths(s, sl); len(paths) == 1 {
		return paths[0]
	}
	return elemPath
}

// slotData is what the selected arguments of a propagator reading named
// slots hold in those slots, as its printer renders it.
func (f *family) slotData(s *callSite, p catalog.Propagator) Set {
	paths := f.slotPaths(s, p.Slot)
	var data Set
	for i, a := range s.args {
		if !p.From.Has(i) {
			continue
		}
		for _, path := range paths {
			data, _ = data.Union(f.printedArg(a, path, p.Printer))
		}
	}
	return data
}
