package taint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// coveredBy reports whether path lies at or below one of the prefixes.
func coveredBy(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPathPrefix(path, p) {
			return true
		}
	}
	return false
}

func TestWidenOutsBoundsPathsPerParameter(t *testing.T) {
	var outs []PathTaint
	// Parameter 0: a recursive walker's spares, one path per level.
	for i := range 60 {
		path := strings.Repeat(".spares[]", i%6+1) + fmt.Sprintf(".F%d", i)
		outs = append(outs, PathTaint{Index: 0, Path: path, Taint: Taint{Data: Set{paramLabel(2, fmt.Sprintf(".G%d", i))}}})
	}
	// Parameter 1: a setter's few paths, which must be left as they are.
	few := []string{".A.B.C.D", ".A.B.C.E", ".Z"}
	for _, p := range few {
		outs = append(outs, PathTaint{Index: 1, Path: p, Taint: Taint{Data: Set{paramLabel(2, "")}}})
	}
	got := widenOuts(append([]PathTaint(nil), outs...))

	var kept, written []string
	for _, o := range got {
		if o.Index == 0 {
			kept = append(kept, o.Path)
			for _, l := range o.Taint.Data {
				written = append(written, l.Path)
			}
		}
	}
	if len(kept) > maxParamPaths {
		t.Fatalf("widenOuts kept %d paths of parameter 0, want at most %d", len(kept), maxParamPaths)
	}
	for i, o := range outs[:60] {
		if !coveredBy(o.Path, kept) {
			t.Errorf("nothing covers %s after widening: %v", o.Path, kept)
		}
		// The merged sets may widen in turn: a label at or above each
		// path written must remain.
		if !coveredBy(fmt.Sprintf(".G%d", i), written) {
			t.Errorf("what was written at %s was lost in the merge", o.Path)
		}
	}
	var rest []string
	for _, o := range got {
		if o.Index == 1 {
			rest = append(rest, o.Path)
		}
	}
	if strings.Join(rest, " ") != strings.Join(few, " ") {
		t.Errorf("an uncrowded parameter's paths were changed: %v, want %v", rest, few)
	}
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.Index > b.Index || a.Index == b.Index && a.Path >= b.Path {
			t.Fatalf("widened outs not sorted and distinct: %v before %v", a, b)
		}
	}
}

// Paths a cut makes equal need not be neighbours in sorted order
// (".a.b.c" and ".a.b[]" both cut to ".a.b", with ".a.b0" between them):
// they must still merge.
func TestWidenOutsMergesCutPathsThatWereApart(t *testing.T) {
	var outs []PathTaint
	for i := range 26 {
		outs = append(outs, PathTaint{Index: 0, Path: fmt.Sprintf(".a.b.c%d", i), Taint: Taint{Data: Set{paramLabel(2, "")}}})
	}
	outs = append(outs,
		PathTaint{Index: 0, Path: ".a.b[]", Taint: Taint{Data: Set{paramLabel(3, "")}}},
		PathTaint{Index: 0, Path: ".a.b0", Taint: Taint{Data: Set{paramLabel(4, "")}}})
	got := widenOuts(outs)
	var paths []string
	for _, o := range got {
		paths = append(paths, o.Path)
	}
	if strings.Join(paths, " ") != ".a.b .a.b0" {
		t.Fatalf("widened paths = %q, want \".a.b .a.b0\": one entry per path", paths)
	}
	if len(got[0].Taint.Data) != 2 {
		t.Errorf("what was written below .a.b was not merged there: %v", got[0].Taint.Data)
	}
}

func TestWidenSinksBoundsPathsPerSink(t *testing.T) {
	logSink := SinkDesc{Name: "log.Println", Kind: vocab.KindLog}
	panicSink := SinkDesc{Name: "panic", Kind: vocab.KindLog}
	var sinks []ParamSink
	for i := range 40 {
		sinks = append(sinks, ParamSink{Param: 0, Path: fmt.Sprintf(".state.F%d.G", i), Sink: logSink, Steps: []Step{{Msg: fmt.Sprint(i)}}})
	}
	// The same paths to another sink, or under a guard, are counted
	// apart; a second parameter with one path is left alone.
	sinks = append(sinks,
		ParamSink{Param: 0, Path: ".state.F1.G", Sink: panicSink},
		ParamSink{Param: 0, Path: ".state.F2.G", Sink: logSink, Guards: Guards{Check: true}},
		ParamSink{Param: 1, Path: ".A.B.C", Sink: logSink},
	)
	got := widenSinks(append([]ParamSink(nil), sinks...))

	var crowded []string
	for _, ps := range got {
		if ps.Param == 0 && ps.Sink == logSink && ps.Guards == (Guards{}) {
			crowded = append(crowded, ps.Path)
			if len(ps.Steps) == 0 {
				t.Errorf("the widened sink at %q lost its steps", ps.Path)
			}
		}
	}
	if len(crowded) > maxParamPaths {
		t.Fatalf("widenSinks kept %d paths to one sink, want at most %d", len(crowded), maxParamPaths)
	}
	for _, ps := range sinks[:40] {
		if !coveredBy(ps.Path, crowded) {
			t.Errorf("nothing covers %s after widening: %v", ps.Path, crowded)
		}
	}
	for _, want := range sinks[40:] {
		found := false
		for _, ps := range got {
			found = found || ps.Param == want.Param && ps.Path == want.Path && ps.Sink == want.Sink && ps.Guards == want.Guards
		}
		if !found {
			t.Errorf("an uncrowded sink entry was changed or dropped: %+v", want)
		}
	}
}
