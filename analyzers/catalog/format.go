package catalog

import (
	"go/types"
	"strings"
)

// FormatArg returns the index (receiver = 0) of the format argument of a
// printf-style function, or -1. The convention is fmt's, which logging
// libraries follow and go vet's printf check relies on: the name ends
// in "f" and the parameters end with a format string followed by
// ...any. The operands after the format print as its verbs say, so an
// operand shown only by %T or %p shows none of its data.
func FormatArg(fn *types.Func) int {
	if !strings.HasSuffix(fn.Name(), "f") {
		return -1
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || sig.Params().Len() < 2 {
		return -1
	}
	ps := sig.Params()
	last, ok := ps.At(ps.Len() - 1).Type().(*types.Slice)
	if !ok {
		return -1
	}
	if it, ok := last.Elem().Underlying().(*types.Interface); !ok || !it.Empty() {
		return -1
	}
	if b, ok := ps.At(ps.Len() - 2).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return -1
	}
	i := ps.Len() - 2
	if sig.Recv() != nil {
		i++
	}
	return i
}
