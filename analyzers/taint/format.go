package taint

import (
	"go/constant"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/phivet/phivet/analyzers/catalog"
)

// formatOperands returns, for a printf-style call with a constant format
// and operands passed as a literal list, the data of the operands the
// format prints, and the index of the argument that holds them; ok is
// false for any other call, whose arguments then count whole. An
// operand shown only by %T or %p (its type, its address) prints none of
// its data.
func (f *family) formatOperands(s *callSite) (data Set, slice int, ok bool) {
	if !s.formatDone {
		s.formatDone = true
		s.printed, s.operandsAt = printedOperands(s)
	}
	if s.printed == nil {
		return nil, 0, false
	}
	for _, v := range s.printed {
		shown, ok := f.besideContext(v, catalog.Fmt)
		if !ok {
			shown = f.taintOf(v).Data
		}
		data, _ = data.Union(shown)
	}
	return data, s.operandsAt, true
}

// printedOperands returns the operands of a printf-style call whose data
// its constant format prints, and the index of the argument holding
// them; nil when the call is not one whose operands can be told apart.
func printedOperands(s *callSite) ([]ssa.Value, int) {
	if s.fn == nil {
		return nil, 0
	}
	fi := catalog.FormatArg(s.fn)
	if fi < 0 || fi+1 >= len(s.args) {
		return nil, 0
	}
	c, isConst := s.args[fi].(*ssa.Const)
	if !isConst || c.Value == nil || c.Value.Kind() != constant.String {
		return nil, 0
	}
	operands, ok := varargValues(s.args[fi+1])
	if !ok {
		return nil, 0
	}
	silent := silentOperands(constant.StringVal(c.Value), len(operands))
	printed := []ssa.Value{}
	for i, v := range operands {
		if v != nil && !silent[i] {
			printed = append(printed, v)
		}
	}
	return printed, fi + 1
}

// varargValues returns the values stored into the elements of the array
// the compiler builds for a call's variadic operands (nil for an element
// nothing is stored into), or false when v is not such a list (args...).
func varargValues(v ssa.Value) ([]ssa.Value, bool) {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok || arr.Comment != "varargs" {
		return nil, false
	}
	at, ok := types.Unalias(arr.Type().(*types.Pointer).Elem()).(*types.Array)
	if !ok {
		return nil, false
	}
	n := int(at.Len())
	out := make([]ssa.Value, n)
	for _, r := range *arr.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil, false
		}
		i, exact := constant.Int64Val(constant.ToInt(idx.Value))
		if !exact || i < 0 || int(i) >= n {
			return nil, false
		}
		for _, u := range *ia.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ia {
				out[i] = st.Val
			}
		}
	}
	return out, true
}

// silentOperands marks the operands (by index) that format shows only
// through %T or %p. An operand no verb refers to is printed all the same
// (fmt appends it as %!(EXTRA type=value)), so it is not silent; nor is
// one used as a * width or precision and also printed. A bad operand
// index makes fmt's use of operands unpredictable: then none is silent.
func silentOperands(format string, n int) []bool {
	printed := make([]bool, n)
	typeOnly := make([]bool, n)
	silent := make([]bool, n)
	arg := 0
	use := func(verb byte) {
		if arg >= 0 && arg < n {
			if verb == 'T' || verb == 'p' {
				typeOnly[arg] = true
			} else {
				printed[arg] = true
			}
		}
		arg++
	}
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format); i++ {
			ch := format[i]
			if ch == '[' {
				end := i + 1
				for end < len(format) && format[end] != ']' {
					end++
				}
				k, err := strconv.Atoi(format[i+1 : end])
				if err != nil || k < 1 {
					return silent
				}
				arg, i = k-1, end
				continue
			}
			if ch == '*' {
				use('d')
				continue
			}
			if !isVerbFlag(ch) {
				if ch != '%' {
					use(ch)
				}
				break
			}
		}
	}
	for i := range silent {
		silent[i] = typeOnly[i] && !printed[i]
	}
	return silent
}

// isVerbFlag reports whether ch may stand between % and its verb: a
// flag, a width or a precision.
func isVerbFlag(ch byte) bool {
	switch ch {
	case '+', '-', '#', ' ', '.':
		return true
	}
	return ch >= '0' && ch <= '9'
}
