package taint

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

func paramLabel(param int, path string) Label {
	return Label{Name: fmt.Sprintf("parameter p%d", param-1), Param: param, Path: path}
}

// manyPaths returns n distinct three-part paths below parameter 1, the
// shape a generic value package reads from its arguments.
func manyPaths(n int) Set {
	var ls []Label
	for i := range n {
		ls = append(ls, paramLabel(1, fmt.Sprintf(".F%d.G%d[]", i%7, i)))
	}
	return setOf(ls)
}

func sorted(s Set) bool {
	return sort.SliceIsSorted(s, func(i, j int) bool { return s[i].less(s[j]) })
}

func TestUnionKeepsSetSortedAndDeduplicated(t *testing.T) {
	a := Set{paramLabel(1, ".A"), paramLabel(2, "")}
	b := Set{{Name: "Patient.Name", Class: vocab.ClassDirect}, paramLabel(1, ".A"), paramLabel(1, ".B")}
	u, changed := a.Union(b)
	if !changed {
		t.Fatal("Union reported no change after adding two labels")
	}
	if len(u) != 4 || !sorted(u) {
		t.Fatalf("Union = %v, want 4 sorted labels", u)
	}
	if _, changed := u.Union(b); changed {
		t.Error("adding labels already in the set reported a change")
	}
}

func TestUnionDropsLabelsAPathAboveAlreadyCovers(t *testing.T) {
	whole := Set{paramLabel(1, ".Items")}
	for _, p := range []string{".Items[]", ".Items[].Name", ".Items.Count"} {
		if u, changed := whole.Union(Set{paramLabel(1, p)}); changed || len(u) != 1 {
			t.Errorf("Union(%q) = %v, %v; want the set unchanged: .Items is a deep read", p, u, changed)
		}
	}
	// A sibling whose name merely starts the same is not below .Items.
	if _, changed := whole.Union(Set{paramLabel(1, ".ItemsCount")}); !changed {
		t.Error(".ItemsCount was treated as lying below .Items")
	}
	// Nor is another parameter's, or a sanitized label's, path.
	if _, changed := whole.Union(Set{paramLabel(2, ".Items[]")}); !changed {
		t.Error("parameter 2's path was treated as covered by parameter 1's")
	}
	san := paramLabel(1, ".Items[]")
	san.Sanitized = true
	if _, changed := whole.Union(Set{san}); !changed {
		t.Error("a sanitized label was treated as covered by an identifying one")
	}
}

func TestWideningBoundsPathsPerParameter(t *testing.T) {
	s := manyPaths(3000)
	perParam := map[int]int{}
	for _, l := range s {
		perParam[l.Param]++
	}
	if perParam[1] > maxParamPaths {
		t.Fatalf("setOf kept %d paths of one parameter, want at most %d", perParam[1], maxParamPaths)
	}
	// Cut paths keep their leading parts: every original path still has a
	// label at or above it.
	for i := range 3000 {
		p := fmt.Sprintf(".F%d.G%d[]", i%7, i)
		if !s.subsumes(paramLabel(1, p)) && !containsPath(s, p) {
			t.Fatalf("after widening nothing covers %s: %v", p, s)
		}
	}
	// A parameter with few paths and concrete data are left alone.
	mixed, _ := s.Union(Set{{Name: "Patient.Name", Class: vocab.ClassDirect}, paramLabel(2, ".A.B.C")})
	if !containsPath(mixed, ".A.B.C") || mixed[0].Name != "Patient.Name" {
		t.Errorf("widening touched an uncrowded parameter or concrete data: %v", mixed)
	}
}

func containsPath(s Set, path string) bool {
	for _, l := range s {
		if l.Path == path {
			return true
		}
	}
	return false
}

// A fixed point over sets must be reached: once a widened set has taken
// in every path, adding any of them again changes nothing, whatever the
// order they come in.
func TestWideningReachesAFixedPoint(t *testing.T) {
	paths := manyPaths(0)
	var all []Label
	for i := range 500 {
		all = append(all, paramLabel(1, fmt.Sprintf(".F%d.G%d.H%d", i%5, i%40, i)))
	}
	for round := range 3 {
		changes := 0
		for i := range all {
			l := all[(i*7919+round)%len(all)]
			var changed bool
			paths, changed = paths.Union(Set{l})
			if changed {
				changes++
			}
		}
		if round > 0 && changes != 0 {
			t.Fatalf("round %d still changed the set %d times: no fixed point", round, changes)
		}
	}
	if len(paths) > maxParamPaths {
		t.Fatalf("%d labels after widening", len(paths))
	}
}

func TestUnderAndSanitizeBuildSortedSets(t *testing.T) {
	s := Set{{Name: "Patient.Name", Class: vocab.ClassDirect}, paramLabel(1, ".B"), paramLabel(1, ".A")}
	s = setOf(s)
	u := s.under(".X")
	if !sorted(u) || !containsPath(u, ".A.X") || !containsPath(u, ".B.X") {
		t.Errorf("under = %v", u)
	}
	z := s.Sanitize()
	if !sorted(z) || len(z) != 3 {
		t.Errorf("Sanitize = %v", z)
	}
	for _, l := range z {
		if !l.Sanitized {
			t.Errorf("Sanitize left %v identifying", l)
		}
	}
}

// BenchmarkUnderLargeSet measures moving a large set of parameter paths
// down a field, which used to merge label by label (quadratic).
func BenchmarkUnderLargeSet(b *testing.B) {
	var ls []Label
	for p := 1; p <= 40; p++ {
		for i := range maxParamPaths {
			ls = append(ls, paramLabel(p, fmt.Sprintf(".F%d", i)))
		}
	}
	s := setOf(ls)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.under(".Items[]")
	}
}

// TestSubsumesSearchMatchesScan checks the binary search large sets use
// against the scan small ones use, on random sets of paths with "[]"
// and "." steps, shared names and classes, records and sanitized labels.
func TestSubsumesSearchMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	randomPath := func() string {
		path := ""
		for range r.IntN(5) {
			if r.IntN(3) == 0 {
				path += "[]"
			} else {
				path += fmt.Sprintf(".F%d", r.IntN(3))
			}
		}
		return path
	}
	randomLabel := func() Label {
		l := Label{Name: fmt.Sprintf("parameter p%d", r.IntN(2)), Param: 1 + r.IntN(3), Path: randomPath()}
		if r.IntN(4) == 0 {
			l.Param = 0
		}
		l.Class = []vocab.Class{vocab.ClassUnset, vocab.ClassDirect}[r.IntN(2)]
		l.Record = r.IntN(4) == 0
		l.Sanitized = r.IntN(4) == 0
		return l
	}
	found := 0
	for range 3000 {
		var ls []Label
		for range 17 + r.IntN(80) {
			ls = append(ls, randomLabel())
		}
		s := setOf(ls)
		if len(s) <= 16 {
			continue
		}
		for range 20 {
			l := randomLabel()
			want := false
			for _, m := range s {
				if l.Param != 0 && m.Param == l.Param && m.Name == l.Name && m.Class == l.Class &&
					m.Record == l.Record && m.Sanitized == l.Sanitized &&
					len(m.Path) < len(l.Path) && hasPathPrefix(l.Path, m.Path) {
					want = true
				}
			}
			if got := s.subsumes(l); got != want {
				t.Fatalf("subsumes(%+v) = %v, want %v, in %v", l, got, want, s)
			}
			at := sort.Search(len(s), func(i int) bool { return compareLabels(&s[i], &l) >= 0 })
			if at < len(s) && compareLabels(&s[at], &l) == 0 {
				at++ // a merge asks only of labels s does not hold
			}
			if got := s.subsumesBefore(at, l); got != want {
				t.Fatalf("subsumesBefore(%d, %+v) = %v, want %v, in %v", at, l, got, want, s)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d subsumed labels drawn: the test does not exercise the search", found)
	}
}

// TestCompareLabelsOrdersByKey checks compareLabels against the order
// sets are sorted in, written out field by field, and that it is zero
// exactly when the keys are equal.
func TestCompareLabelsOrdersByKey(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	classes := []vocab.Class{vocab.ClassUnset, vocab.ClassDirect, vocab.ClassClinical,
		vocab.ClassSet(0).With(vocab.ClassDirect).Record(), vocab.ClassSet(0).With(vocab.ClassIndirect).Record()}
	draw := func() Label {
		return Label{Name: pick("a", "b", "ab"), Class: classes[r.IntN(len(classes))], Param: r.IntN(3),
			Path: pick("", ".A", ".A[]", ".B"), Record: r.IntN(2) == 0, Sanitized: r.IntN(2) == 0}
	}
	want := func(a, b Label) bool {
		switch {
		case a.Param != b.Param:
			return a.Param < b.Param
		case a.Name != b.Name:
			return a.Name < b.Name
		case a.Path != b.Path:
			return a.Path < b.Path
		case a.Class != b.Class:
			return a.Class.String() < b.Class.String() // as when a class was its word
		case a.Record != b.Record:
			return !a.Record
		}
		return !a.Sanitized && b.Sanitized
	}
	for range 20000 {
		a, b := draw(), draw()
		c := compareLabels(&a, &b)
		if (c < 0) != want(a, b) || (c == 0) != (a.key() == b.key()) || a.less(b) != want(a, b) {
			t.Fatalf("compareLabels(%+v, %+v) = %d", a, b, c)
		}
	}
}

func TestCutRecursion(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		".A.B[].C":               ".A.B[].C",
		".prev.next.prev":        ".prev.next",
		".prev.next.next.prev.x": ".prev.next",
		".Items[].Items[].Name":  ".Items[]",
		".Name.Name":             ".Name",
		".next.nextHop.next":     ".next.nextHop",
		".nextHop.next":          ".nextHop.next",
		".a[].b[].c":             ".a[].b[].c",
		".location.prev.next":    ".location.prev.next",
	} {
		if got := cutRecursion(in); got != want {
			t.Errorf("cutRecursion(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCutPath: a path past maxPathParts has each run of one repeated
// part folded into one before it is cut; a shorter path is left alone.
func TestCutPath(t *testing.T) {
	for in, want := range map[string]string{
		".next.log":                 ".next.log",
		".next.next.log":            ".next.next.log", // within the bound: kept
		".next.next.next.log":       ".next.log",      // a decorator's own field
		".next.next.next.data[]":    ".next.data[]",   // the wrapped value's store
		".next.next.next.next":      ".next",          // a list walked deep
		".a.b.c.d":                  ".a.b.c",         // no repeat: cut as before
		".items[][][].name":         ".items[].name",  // nested slices
		".Data.Data.Data.Rows[]":    ".Data.Rows[]",
		".next.prev.next.prev.name": ".next.prev.next",       // no run: cut
		"[][=conv].vm[][=text]":     "[][=conv].vm[][=text]", // a key is its element's part
		".a.b[][=k].d":              ".a.b[][=k]",            // cut after the key, never before it
	} {
		if got := cutPath(in); got != want {
			t.Errorf("cutPath(%q) = %q, want %q", in, got, want)
		}
	}
	if got := joinPath(".next", ".next.next.log"); got != ".next.log" {
		t.Errorf(`joinPath(".next", ".next.next.log") = %q, want ".next.log"`, got)
	}
	if got := joinPath(".Data", ".Data.Name"); got != ".Data.Data.Name" {
		t.Errorf(`joinPath(".Data", ".Data.Name") = %q, want ".Data.Data.Name" (within the bound)`, got)
	}
}
