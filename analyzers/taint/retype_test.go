package taint

import (
	"go/types"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// TestSummaryRetyped checks that Retyped replaces the types of a
// summary's labels in a copy, shares a summary with nothing to change,
// and refuses when a type cannot be replaced.
func TestSummaryRetyped(t *testing.T) {
	from, to := types.Typ[types.String], types.Typ[types.Int]
	typed := Label{Name: "Patient", Class: vocab.ClassDirect, Record: true, typ: from}
	sum := &Summary{
		Results: []Taint{{Data: Set{typed}}},
		Outs:    []PathTaint{{Index: 0, Taint: Taint{Data: Set{typed, paramLabel(1, ".A")}}}},
		Writes:  []WriterSink{{Data: Set{typed}}},
	}
	swap := func(t types.Type) (types.Type, bool) {
		if t == from {
			return to, true
		}
		return t, true
	}
	got, ok := sum.Retyped(swap)
	if !ok || got == sum {
		t.Fatalf("Retyped = %p, %v; want a copy", got, ok)
	}
	for _, s := range []Set{got.Results[0].Data, got.Outs[0].Taint.Data, got.Writes[0].Data} {
		if s[0].typ != to {
			t.Errorf("label type %v, want %v", s[0].typ, to)
		}
	}
	if sum.Results[0].Data[0].typ != from || sum.Outs[0].Taint.Data[0].typ != from {
		t.Errorf("the original summary was changed")
	}
	if same, ok := sum.Retyped(func(t types.Type) (types.Type, bool) { return t, true }); !ok || same != sum {
		t.Errorf("a summary with nothing to change was copied")
	}
	if _, ok := sum.Retyped(func(types.Type) (types.Type, bool) { return nil, false }); ok {
		t.Errorf("Retyped succeeded with a type it could not replace")
	}
}

// TestSummaryUntyped checks that Untyped drops the types of a summary's
// labels in a copy, as a fact carries them (TypeLost), keeps their
// origins and the summary's steps, reaches the summaries of returned
// literals, and shares a summary with no type to drop.
func TestSummaryUntyped(t *testing.T) {
	origin := &Step{Pos: 42, Msg: "Patient.Name read here"}
	typed := Label{Name: "Patient", Class: vocab.ClassDirect, Record: true, typ: types.Typ[types.String], Origin: origin}
	lit := &Summary{Results: []Taint{{Data: Set{typed}}}}
	sum := &Summary{
		Results:     []Taint{{Data: Set{typed}}},
		Outs:        []PathTaint{{Index: 0, Taint: Taint{Data: Set{typed, paramLabel(1, ".A")}}}},
		Writes:      []WriterSink{{Data: Set{typed}, Steps: []Step{*origin}}},
		ResultFuncs: []ResultFunc{{Result: 0, Summary: lit}},
	}
	got := sum.Untyped()
	if got == sum {
		t.Fatalf("Untyped returned the summary itself; want a copy")
	}
	for _, s := range []Set{got.Results[0].Data, got.Outs[0].Taint.Data, got.Writes[0].Data, got.ResultFuncs[0].Summary.Results[0].Data} {
		if l := s[0]; l.typ != nil || !l.TypeLost || l.Origin != origin {
			t.Errorf("label %+v: want no type, TypeLost and its origin", l)
		}
	}
	if got.Writes[0].Steps[0].Pos != 42 {
		t.Errorf("steps changed: %+v", got.Writes[0].Steps)
	}
	if sum.Results[0].Data[0].typ == nil || lit.Results[0].Data[0].typ == nil {
		t.Errorf("the original summary was changed")
	}
	if again := got.Untyped(); again != got {
		t.Errorf("a summary with no type to drop was copied")
	}
}
