package taint

import (
	"go/constant"
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
