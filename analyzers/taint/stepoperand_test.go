package taint

import (
	"go/constant"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
)

// stepOperand relies on X being the first operand of each value it
// steps through; this holds it to that for every one.
func TestStepOperand(t *testing.T) {
	x := ssa.NewConst(constant.MakeInt64(1), types.Typ[types.Int])
	i := ssa.NewConst(constant.MakeInt64(2), types.Typ[types.Int])
	e := &Engine{}
	for _, v := range []ssa.Value{
		&ssa.FieldAddr{X: x}, &ssa.Field{X: x}, &ssa.IndexAddr{X: x, Index: i}, &ssa.Index{X: x, Index: i},
		&ssa.Slice{X: x, Low: i, High: i, Max: i}, &ssa.Convert{X: x}, &ssa.ChangeType{X: x},
		&ssa.MakeInterface{X: x}, &ssa.ChangeInterface{X: x},
	} {
		if got := e.stepOperand(v); got != x {
			t.Errorf("stepOperand(%T) = %v, want its X", v, got)
		}
	}
	for _, v := range []ssa.Value{&ssa.UnOp{X: x}, &ssa.Lookup{X: x, Index: i}, x} {
		if got := e.stepOperand(v); got != nil {
			t.Errorf("stepOperand(%T) = %v, want nil", v, got)
		}
	}
}
