package taint

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// randomSet draws a set like those a deep read unions: concrete labels,
// and paths into a few parameters, some above others, sometimes
// sanitized, in numbers that now and then pass maxParamPaths.
func randomSet(r *rand.Rand) Set {
	var ls []Label
	for range r.IntN(12) {
		switch r.IntN(4) {
		case 0:
			ls = append(ls, Label{Name: fmt.Sprintf("Patient.F%d", r.IntN(6)), Class: vocab.ClassDirect,
				Origin: &Step{Msg: fmt.Sprintf("read %d", r.IntN(100))}})
		default:
			path := ""
			for range r.IntN(4) {
				path += fmt.Sprintf(".F%d", r.IntN(5))
			}
			l := paramLabel(1+r.IntN(3), path)
			l.Sanitized = r.IntN(5) == 0
			l.Origin = &Step{Msg: fmt.Sprintf("param %d", r.IntN(100))}
			ls = append(ls, l)
		}
	}
	return setOf(ls)
}

func foldUnion(sets []Set) Set {
	var u Set
	for _, s := range sets {
		u, _ = u.Union(s)
	}
	return u
}

// TestSetBuilderMatchesRepeatedUnion checks the builder against the
// sequence of Unions it replaces, label for label (origins included),
// and that it leaves its inputs and earlier results as they were.
func TestSetBuilderMatchesRepeatedUnion(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var pool scratchPool
	var earlier []Set
	var earlierCopies []Set
	for run := range 2000 {
		sets := make([]Set, 1+r.IntN(30))
		copies := make([]Set, len(sets))
		for i := range sets {
			sets[i] = randomSet(r)
			copies[i] = slices.Clone(sets[i])
		}
		want := foldUnion(sets)

		b := setBuilder{pool: &pool}
		// A second builder open at the same time, as when a read
		// computes another read before it is done.
		nested := setBuilder{pool: &pool}
		for i, s := range sets {
			b.add(s)
			if i%3 == 0 {
				nested.add(s)
			}
		}
		_ = nested.set()
		got := b.set()

		if !slices.Equal(got, want) {
			t.Fatalf("run %d: builder gave\n%v\nrepeated Union gave\n%v", run, got, want)
		}
		for i := range sets {
			if !slices.Equal(sets[i], copies[i]) {
				t.Fatalf("run %d: input %d changed", run, i)
			}
		}
		earlier = append(earlier, got)
		earlierCopies = append(earlierCopies, slices.Clone(got))
	}
	for i := range earlier {
		if !slices.Equal(earlier[i], earlierCopies[i]) {
			t.Fatalf("result of run %d changed by a later run", i)
		}
	}
}

// BenchmarkDeepRead measures unioning what is stored at 40 paths of one
// root, as a read of the whole root does.
func BenchmarkDeepRead(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	sets := make([]Set, 40)
	for i := range sets {
		sets[i] = randomSet(r)
	}
	b.Run("Union", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = foldUnion(sets)
		}
	})
	b.Run("setBuilder", func(b *testing.B) {
		var pool scratchPool
		b.ReportAllocs()
		for b.Loop() {
			sb := setBuilder{pool: &pool}
			for _, s := range sets {
				sb.add(s)
			}
			_ = sb.set()
		}
	})
}

// TestAddTempKeepsNoBorrowedArray checks that a builder given sets in an
// array its caller then overwrites (addTemp) ends with the union of what
// the sets held when given, whether the array became the union so far
// or was merged into another.
func TestAddTempKeepsNoBorrowedArray(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	e := &Engine{}
	var buf Set
	for range 2000 {
		sets := make([]Set, 1+r.IntN(4))
		for i := range sets {
			sets[i] = randomSet(r)
		}
		b := e.setBuilder()
		for _, s := range sets {
			buf = append(buf[:0], s...)
			b.addTemp(buf)
			clear(buf) // the caller's next use
		}
		if got, want := b.set(), foldUnion(sets); !sameSet(got, want) {
			t.Fatalf("union of %v through addTemp = %v, want %v", sets, got, want)
		}
	}
}
