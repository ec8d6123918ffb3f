package taint

import (
	"go/token"
	"testing"
)

// A helper logging its parameter at many places keeps a few of them
// apart, each once however many paths reach it.
func TestAddSinkKeepsPlacesApartUpToBound(t *testing.T) {
	f := &family{sum: &Summary{}}
	sink := SinkDesc{Name: "log.Println"}
	for i := range 3 * maxSinkPlaces {
		at := token.Pos(100 + i%(2*maxSinkPlaces))
		f.addSink(ParamSink{Param: 0, Sink: sink, Steps: []Step{{Pos: 1, Msg: "passed"}, {Pos: at, Msg: "reaches"}}})
	}
	if got := len(f.sum.Sinks); got != maxSinkPlaces {
		t.Fatalf("kept %d places, want %d", got, maxSinkPlaces)
	}
	seen := map[Place]bool{}
	for _, ps := range f.sum.Sinks {
		at := SinkPlace(ps.Steps)
		if seen[at] {
			t.Errorf("place %v kept twice", at)
		}
		seen[at] = true
	}
	f.addSink(ParamSink{Param: 1, Sink: sink, Steps: []Step{{Where: "notify.go:14:3", Msg: "reaches"}}})
	if got := len(f.sum.Sinks); got != maxSinkPlaces+1 {
		t.Errorf("another parameter's sink merged: %d entries", got)
	}
}
