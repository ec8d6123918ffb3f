package taint

import (
	"go/types"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// TestSetPortable checks that a fact shares a set that needs no change,
// and otherwise gets a copy without types and with placed origins,
// leaving the engine's set as it was.
func TestSetPortable(t *testing.T) {
	placedHere := &Step{Where: "a.go:1:1"}
	place := func(o *Step) *Step {
		if o.Pos.IsValid() {
			return placedHere
		}
		return o
	}

	plain := Set{paramLabel(1, ".A"), paramLabel(2, "")}
	if got := plain.Portable(place); &got[0] != &plain[0] {
		t.Errorf("a set with nothing to change was copied")
	}

	origin := &Step{Pos: 7, Msg: "read here"}
	typed := Label{Name: "Patient", Class: vocab.ClassDirect, Record: true, Origin: origin, typ: types.Typ[types.String]}
	s := Set{typed, paramLabel(1, ".A")}
	got := s.Portable(place)
	if &got[0] == &s[0] {
		t.Fatalf("a set with a typed, positioned label was not copied")
	}
	if got[0].typ != nil || got[0].Origin != placedHere {
		t.Errorf("portable label = %+v, want no type and the placed origin", got[0])
	}
	if got[1] != s[1] {
		t.Errorf("an unchanged label changed: %+v", got[1])
	}
	if s[0].typ == nil || s[0].Origin != origin {
		t.Errorf("the engine's set was changed: %+v", s[0])
	}
}
