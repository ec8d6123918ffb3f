package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A slice is empty on the branch of `if len(x) == 0` (len(x) < 1,
// 0 == len(x), the else of len(x) > 0…): a list endpoint answering "none
// found" with the very slice it would have filled sends no element, so
// none of the data its elements would hold (contract: FALSE when the path
// is impossible). The SSA value x is the same everywhere it is used, so
// the engine cannot tell its uses apart by value; it tells them apart by
// where they are: a use by an instruction in a block the empty branch
// dominates reads x as holding nothing, neither its own data nor its
// elements'. Values made there from x (a map or struct literal holding
// it, a box for an encoder) hold nothing of it either. Only slices: a
// slice value's length cannot change, and an append makes a new value
// (with its own memory), so what is appended inside the branch is still
// followed; a map or a channel can be filled after the test.

// noteEmptyBranch records the branch of the conditional jump on which the
// slice its condition measures is empty, if it is one of the forms above.
// The branch must be entered only from the jump, so that it dominates
// exactly the code run after the test held.
func (f *family) noteEmptyBranch(jump *ssa.If) {
	cmp, ok := jump.Cond.(*ssa.BinOp)
	if !ok {
		return
	}
	x, empty, ok := lenTest(cmp)
	if !ok {
		return
	}
	b := jump.Block()
	to := b.Succs[1]
	if empty {
		to = b.Succs[0]
	}
	if len(to.Preds) != 1 {
		return
	}
	if f.emptyIn == nil {
		f.emptyIn = make(map[ssa.Value][]*ssa.BasicBlock)
	}
	f.emptyIn[x] = append(f.emptyIn[x], to)
}

// lenTest reports whether cmp compares len(x) of a slice x with an
// integer constant, and whether x is empty where cmp is true (else where
// it is false); ok is false when neither branch says x is empty.
func lenTest(cmp *ssa.BinOp) (x ssa.Value, emptyIfTrue, ok bool) {
	op, l, k := cmp.Op, cmp.X, cmp.Y
	if _, isConst := l.(*ssa.Const); isConst {
		// 0 == len(x): read as len(x) == 0, the operator mirrored.
		l, k = k, l
		switch op {
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		case token.GEQ:
			op = token.LEQ
		}
	}
	c, isConst := k.(*ssa.Const)
	if !isConst || c.Value == nil || c.Value.Kind() != constant.Int {
		return nil, false, false
	}
	n, exact := constant.Int64Val(c.Value)
	if !exact {
		return nil, false, false
	}
	x = lenOperand(l)
	if x == nil {
		return nil, false, false
	}
	// Where the comparison is true (false), the length is in a range;
	// the branch empties x if that range is {0} (lengths are >= 0).
	switch op {
	case token.EQL: // len == n
		return x, true, n == 0
	case token.NEQ: // false: len == n
		return x, false, n == 0
	case token.LSS: // len < n
		return x, true, n == 1
	case token.LEQ: // len <= n
		return x, true, n == 0
	case token.GTR: // false: len <= n
		return x, false, n == 0
	case token.GEQ: // false: len < n
		return x, false, n == 1
	}
	return nil, false, false
}

// lenOperand is the slice v measures, if v is a call of len on a slice.
func lenOperand(v ssa.Value) ssa.Value {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	if b, ok := call.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" || len(call.Call.Args) != 1 {
		return nil
	}
	x := call.Call.Args[0]
	if _, ok := x.Type().Underlying().(*types.Slice); !ok {
		return nil
	}
	return x
}

// emptyAt reports whether x is a slice known empty in block b.
func (f *family) emptyAt(x ssa.Value, b *ssa.BasicBlock) bool {
	if b == nil {
		return false
	}
	for _, to := range f.emptyIn[x] {
		if to.Parent() == b.Parent() && to.Dominates(b) {
			return true
		}
	}
	return false
}

// emptyHere reports whether x is known empty where the running
// instruction (f.at) reads it.
func (f *family) emptyHere(x ssa.Value) bool {
	return f.at != nil && f.emptyAt(x, f.at.Block())
}

// emptyFor reports whether x is known empty where the value v made from
// it is made.
func (f *family) emptyFor(x, v ssa.Value) bool {
	in, ok := v.(ssa.Instruction)
	return ok && f.emptyAt(x, in.Block())
}
