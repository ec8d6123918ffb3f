package taint

import (
	"cmp"
	"go/token"
	"go/types"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// A Label names one piece of identifiable data a value may hold.
//
// Concrete labels (Param == 0) name data read in the function under
// analysis or returned to it: a marked field, a source function's result,
// a source variable, a record. Symbolic labels (Param == i+1) stand for
// whatever the caller passes as parameter i; they make summaries, and are
// replaced by the caller's data at each call.
type Label struct {
	Name string // "Patient.Name", "Patient", "store.GetPatient()": what messages show
	// Pkg is the path of the package declaring the type, field, function
	// or variable the data comes from: two types named alike in two
	// packages (two Patient.Names) are different data, shown alike.
	Pkg   string
	Param int // 0: concrete; i+1: the data of parameter i
	// Path, for a parameter's label, is where in the parameter the data
	// was read (".Topic", ".Items[]"): a caller substitutes just that part
	// of its argument, so a struct holding a name beside a topic can be
	// handed to a helper that prints only the topic.
	Path string
	// Loads, for a record an ORM load filled, says which of its
	// associations the load filled: the ORM's library, "|", and the
	// association paths the query names, sorted, comma-separated (see
	// ormloads.go). Printing it shows no association the paths do not
	// reach. Empty: the value's whole type.
	Loads string
	// Class is direct, indirect or clinical; a record's is its marked
	// fields' ("record: direct, clinical"). A byte beside the flags.
	Class vocab.Class
	// Rendered, for a parameter's label, is the printer the parameter's
	// data went through on its way here (a helper that marshals any value
	// it is given): a caller renders its argument with it, so the
	// argument's own String, MarshalJSON and json:"-" decide what shows.
	// Raw (the zero value) for data taken as it is.
	Rendered catalog.Printer
	Record   bool // a record as a whole: its unmarked fields are clean
	// Sanitized data passed through a sanitizer: it no longer identifies
	// anyone, but the path it took is worth showing in the data-flow map.
	Sanitized bool
	// Own data is the caller's own: read from the request the handler
	// is serving. A response to that request may carry it back; every
	// other sink is a disclosure as for any data (contract §3).
	Own bool
	// OwnIf, for concrete data a function read from what one of its
	// parameters refers to (p.Name, p.JsonBytes(), the record p itself),
	// is that parameter's index + 1: the data is the caller's own wherever
	// the caller's argument is (an error quoting the record a handler
	// passed from its request, answered to that request). Each call
	// resolves it (resolveOwnIf): Own, the caller's parameter it was read
	// from in turn, or nothing. Zero: read from no parameter.
	OwnIf uint8

	// TypeLost: the label had its record or source type (typ) where it
	// was made, which a fact does not carry; an importer finds the type
	// again by the label's package and name (factType). Not set on data
	// converted to another type, which prints as itself.
	TypeLost bool
	// Cond, for a parameter's label, is the condition on the function's
	// parameters under which the data came here: an index + 1 into the
	// engine's table, or from factConds into the summary's own (see
	// conds.go); 0: none.
	Cond uint8

	// Origin is where the data was first seen, for the path shown to
	// users; nil if unknown. A pointer: labels are copied at every union,
	// and a Step is as large as the rest of the label.
	Origin *Step

	// typ is the record or source type the data has, whose String,
	// MarshalJSON… methods decide what printing it emits. Not carried in
	// facts: across packages the label's package and name find it again
	// (factType).
	typ types.Type
}

type labelKey struct {
	name, pkg, path   string
	loads             string
	param             int
	class             vocab.Class
	rendered          catalog.Printer
	record, sanitized bool
	own               bool
	ownIf, cond       uint8
}

func (l Label) key() labelKey {
	return labelKey{l.Name, l.Pkg, l.Path, l.Loads, l.Param, l.Class, l.Rendered, l.Record, l.Sanitized, l.Own, l.OwnIf, l.Cond}
}

func (l Label) less(o Label) bool { return compareLabels(&l, &o) < 0 }

// compareLabels orders labels by parameter, name, package, path, loads, class, then
// plain before record and before sanitized, in one pass: negative, zero
// when their keys are equal, or positive. Unions merge sorted sets with
// it, one comparison per step where key equality and less took two.
func compareLabels(a, b *Label) int {
	if c := cmp.Compare(a.Param, b.Param); c != 0 {
		return c
	}
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	if c := strings.Compare(a.Pkg, b.Pkg); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	if c := strings.Compare(a.Loads, b.Loads); c != 0 {
		return c
	}
	return cmp.Compare(a.kindRank(), b.kindRank())
}

// kindRank packs what orders labels with the same key fields: the class
// (ordered as its word, see vocab.Class), the printer that rendered it,
// then Record, Sanitized and Own, each false before true, then OwnIf,
// then Cond.
func (l *Label) kindRank() int {
	r := int(l.Class)<<8 | int(l.Rendered)
	for _, flag := range [...]bool{l.Record, l.Sanitized, l.Own} {
		r <<= 1
		if flag {
			r |= 1
		}
	}
	return (r<<8|int(l.OwnIf))<<8 | int(l.Cond)
}

// Concrete reports whether l names real data rather than a parameter.
func (l Label) Concrete() bool { return l.Param == 0 }

// Describe renders l for messages: "Patient.Name (direct)".
func (l Label) Describe() string {
	class := l.Class.String()
	if l.Sanitized {
		class += ", sanitized"
	}
	if class == "" {
		return l.Name
	}
	return l.Name + " (" + class + ")"
}

// Step is one step of a path from source to sink. Pos is set within the
// package under analysis; Where ("file:line:col") when the step lies in
// another package and came through a fact.
type Step struct {
	Pos   token.Pos
	Where string
	Msg   string
}

// Set is a sorted set of labels. The zero value is empty. Sets are
// immutable once built: Union returns a new set when it adds anything.
type Set []Label

// Union returns s ∪ o and whether anything was added to s.
func (s Set) Union(o Set) (Set, bool) {
	u, added, _ := s.unionInto(o, nil)
	return u, added
}

// unionInto is Union building the new set, if there is one, in sc's
// storage rather than a new array (sc may be nil). inScratch reports
// that the result lies there, to be copied out before sc is reused.
//
// A label of o that s subsumes (a path of the same parameter above it,
// as after widening) is not added. Whether anything is added at all is
// found first, without copying: in a fixed point most unions add
// nothing, and building a trimmed copy of o and a merged set only to
// throw both away was two fifths of the bytes the engine allocated.
func (s Set) unionInto(o Set, sc *setScratch) (u Set, added, inScratch bool) {
	if len(o) == 0 {
		return s, false, false
	}
	if len(s) == 0 {
		return o, true, false
	}
	n := s.missing(o)
	if n == 0 {
		return s, false, false
	}
	out := sc.mergedBuffer(len(s) + n)
	i := 0
	for j := range o {
		c := 1
		for i < len(s) {
			if c = compareLabels(&s[i], &o[j]); c >= 0 {
				break
			}
			out = append(out, s[i])
			i++
		}
		if c == 0 {
			out = append(out, s[i])
			i++
		} else if !s.subsumesBefore(i, o[j]) {
			out = append(out, o[j])
		}
	}
	out = append(out, s[i:]...)
	sc.keepMerged(out)
	if len(out) > maxParamPaths {
		w := out.widenIn(true)
		return w, !w.equal(s), sc.holds(w, out)
	}
	return out, true, sc.holds(out, out)
}

// missing counts the labels of o that s neither holds nor subsumes (both
// sorted): what a union of the two would add to s.
func (s Set) missing(o Set) int {
	if len(o) <= len(s) && sameArray(s, o) {
		// o is a prefix of s's array, so a subset of s: a value stored
		// again where it already is.
		return 0
	}
	n, i := 0, 0
	for j := range o {
		c := 1
		for i < len(s) {
			if c = compareLabels(&s[i], &o[j]); c >= 0 {
				break
			}
			i++
		}
		if c == 0 {
			i++
		} else if !s.subsumesBefore(i, o[j]) {
			n++
		}
	}
	return n
}

// subsumes reports whether s holds a label of the same parameter at a
// path above l's: a read there is a deep read that includes l's.
func (s Set) subsumes(l Label) bool {
	if l.Param == 0 || l.Path == "" {
		return false
	}
	if len(s) > 16 {
		return s.subsumesSearch(l)
	}
	for i := len(s) - 1; i >= 0 && s[i].Param >= l.Param; i-- {
		m := s[i]
		if m.Param == l.Param && m.Name == l.Name && m.Pkg == l.Pkg && m.Class == l.Class &&
			m.Record == l.Record && m.Sanitized == l.Sanitized && m.Rendered == l.Rendered &&
			(m.Cond == 0 || m.Cond == l.Cond) && len(m.Path) < len(l.Path) && hasPathPrefix(l.Path, m.Path) {
			return true
		}
	}
	return false
}

// subsumesBefore is subsumes for a label whose place in s is i (every
// label of s[:i] sorts below l, every other above it), as a merge knows.
// A label above l's path has l's parameter and name and a shorter path
// that is a prefix of l's, so it sorts below l and, among those, with
// l's parameter and name, which come last in s[:i]: unless s[i-1] has
// them, none is there, and that answers most of a union's questions
// without a search.
func (s Set) subsumesBefore(i int, l Label) bool {
	if i == 0 || s[i-1].Param != l.Param || s[i-1].Name != l.Name {
		return false
	}
	return s[:i].subsumes(l)
}

// subsumesSearch is subsumes for a large set: it looks each of l's
// shorter paths up by binary search (the set is sorted by parameter,
// name and path) instead of scanning every label of the parameter. A
// deep read of a big tree of types makes sets of hundreds of paths, and
// every union with them asked this of each label.
func (s Set) subsumesSearch(l Label) bool {
	for cut := 0; cut < len(l.Path); cut++ {
		if c := l.Path[cut]; c != '.' && c != '[' {
			continue
		}
		prefix := l.Path[:cut]
		i := sort.Search(len(s), func(i int) bool {
			m := s[i]
			if m.Param != l.Param {
				return m.Param > l.Param
			}
			if m.Name != l.Name {
				return m.Name > l.Name
			}
			if m.Pkg != l.Pkg {
				return m.Pkg > l.Pkg
			}
			return m.Path >= prefix
		})
		for ; i < len(s) && s[i].Param == l.Param && s[i].Name == l.Name && s[i].Pkg == l.Pkg && s[i].Path == prefix; i++ {
			if m := s[i]; m.Class == l.Class && m.Record == l.Record && m.Sanitized == l.Sanitized && m.Rendered == l.Rendered &&
				(m.Cond == 0 || m.Cond == l.Cond) {
				return true
			}
		}
	}
	return false
}

// equal reports whether s and o hold the same labels.
func (s Set) equal(o Set) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i].key() != o[i].key() {
			return false
		}
	}
	return true
}

// setOf builds a set from labels in any order: sorted once and
// deduplicated (the first of equal labels is kept), instead of merging
// label by label, which is quadratic in the size of the set.
func setOf(ls []Label) Set {
	if len(ls) == 0 {
		return nil
	}
	if !isSorted(ls) {
		sort.SliceStable(ls, func(i, j int) bool { return ls[i].less(ls[j]) })
	}
	out := Set(ls[:1])
	for _, l := range ls[1:] {
		if l.key() != out[len(out)-1].key() {
			out = append(out, l)
		}
	}
	if len(out) > maxParamPaths {
		out = out.widen()
	}
	return out
}

// isSorted reports whether ls is in order already, as a set moved under
// a path mostly is: a stable sort would leave it as it is.
func isSorted(ls []Label) bool {
	for i := 1; i < len(ls); i++ {
		if compareLabels(&ls[i-1], &ls[i]) > 0 {
			return false
		}
	}
	return true
}

// widen cuts the paths of parameters with more than maxParamPaths labels
// until each has at most that many (at worst the whole parameter).
//
// s is sorted, so each parameter's labels lie together and are counted
// as runs, without maps; the cut set is built in one array, cut again in
// place at each depth: a new array and two maps per depth and per call
// were a fifth of what unions allocated.
func (s Set) widen() Set { return s.widenIn(false) }

// widenIn is widen; owned says s's array is the caller's alone (a
// merge's output, not yet handed to anyone), so it is cut in place
// rather than copied: in a setBuilder that copy was only an operand,
// garbage at the next union.
func (s Set) widenIn(owned bool) Set {
	var buf [4]int
	crowded := s.crowdedParams(buf[:0])
	if len(crowded) == 0 {
		return s
	}
	var out Set
	for depth := maxPathParts - 1; depth >= 0 && len(crowded) > 0; depth-- {
		if out == nil {
			out = s
			if !owned {
				out = append(make(Set, 0, len(s)), s...)
			}
		}
		for i := range out {
			if slices.Contains(crowded, out[i].Param) {
				out[i].Path = truncatePath(out[i].Path, depth)
			}
		}
		slices.SortStableFunc(out, func(a, b Label) int { return compareLabels(&a, &b) })
		kept := out[:0]
		for _, l := range out {
			if len(kept) > 0 && l.key() == kept[len(kept)-1].key() {
				continue
			}
			if slices.Contains(crowded, l.Param) && kept.subsumes(l) {
				continue
			}
			kept = append(kept, l)
		}
		out = kept
		// Only crowded parameters' labels were cut or dropped: the others
		// stay at most maxParamPaths.
		crowded = out.crowdedParams(crowded[:0])
	}
	return out
}

// crowdedParams appends to ps the parameters with more than
// maxParamPaths labels in s, which is sorted (so by parameter first).
func (s Set) crowdedParams(ps []int) []int {
	for i := 0; i < len(s); {
		j := i + 1
		for j < len(s) && s[j].Param == s[i].Param {
			j++
		}
		if s[i].Param != 0 && j-i > maxParamPaths {
			ps = append(ps, s[i].Param)
		}
		i = j
	}
	return ps
}

// cutPath is p cut to maxPathParts parts, as summary and label paths
// are. A path past the bound first has every run of one repeated part
// folded into one (.next.next.next.log → .next.log): it went round a
// recursive field by a recursive call, a decorator calling the method it
// decorates on the value it wraps, or a walker of a linked type. Cut
// instead, to .next.next.next, it would stand for everything below, so
// what a decorator logs of its own fields (.next.log) and what the
// wrapped value stores (.next.data[]) would meet there: every wrapped
// cache's contents would reach every decorator's logger. The fold keeps
// the lattice finite (it only shortens paths), and what is stored and
// read through the folded path still meets.
func cutPath(p string) string {
	if pathParts(p) > maxPathParts {
		p = foldRepeats(p)
	}
	return truncatePath(p, maxPathParts)
}

// pathParts counts the parts of p (".A.B[]": 3).
func pathParts(p string) int {
	n := 0
	for i := 0; i < len(p); i++ {
		if partStarts(p, i) {
			n++
		}
	}
	return n
}

// partStarts reports whether a part of p starts at i: a field, or an
// element. A constant key ("[=id]", keyedPath) is not a part of its own
// but of the element before it, so a path is never cut between the two:
// cut there it would stand for every key's value.
func partStarts(p string, i int) bool {
	return p[i] == '.' || p[i] == '[' && (i+1 == len(p) || p[i+1] != '=')
}

// foldRepeats folds every run of one part repeated in a row into one
// (.next.next.log → .next.log, [][] → []).
func foldRepeats(p string) string {
	var b []byte
	prev := ""
	for i := 0; i < len(p); {
		j := i + 1
		for j < len(p) && p[j] != '.' && p[j] != '[' {
			j++
		}
		part := p[i:j]
		if part == prev {
			if b == nil {
				b = append(b, p[:i]...)
			}
		} else if b != nil {
			b = append(b, part...)
		}
		prev = part
		i = j
	}
	if b == nil {
		return p
	}
	return string(b)
}

// truncatePath cuts path p after its first n parts (".A.B[]", n=1: ".A").
// cutRecursion cuts a memory path before the first field that repeats
// one earlier in it (.prev.next.prev → .prev.next): the path has gone
// round a recursive type. A struct copied into a linked structure (a
// node spliced into a list, n.prev.next = n.next) copies everything
// stored under the source, itself stored under other nodes, so without
// the cut the paths under one root grow as every sequence of the links
// up to maxPath characters, tens of thousands of them in one small
// function. What the cut path stores stands for everything below it.
func cutRecursion(p string) string {
	for i := 0; i < len(p); i++ {
		if p[i] != '.' {
			continue
		}
		j := i + 1
		for j < len(p) && p[j] != '.' && p[j] != '[' {
			j++
		}
		if repeatsField(p[:i], p[i:j]) {
			return p[:i]
		}
		i = j - 1
	}
	return p
}

// repeatsField reports whether prefix holds the field selector seg
// (".next") as a whole part.
func repeatsField(prefix, seg string) bool {
	for k := 0; ; {
		n := strings.Index(prefix[k:], seg)
		if n < 0 {
			return false
		}
		end := k + n + len(seg)
		if end == len(prefix) || prefix[end] == '.' || prefix[end] == '[' {
			return true
		}
		k += n + 1
	}
}

func truncatePath(p string, n int) string {
	k := 0
	for i := 0; i < len(p); i++ {
		if partStarts(p, i) {
			if k == n {
				return p[:i]
			}
			k++
		}
	}
	return p
}

// Add returns s with l added.
func (s Set) Add(l Label) Set {
	u, _ := s.Union(Set{l})
	return u
}

// filter returns the labels of s for which keep is true.
// It returns s itself when it keeps every label (sets are immutable), so
// the common case allocates nothing.
func (s Set) filter(keep func(Label) bool) Set {
	for i, l := range s {
		if keep(l) {
			continue
		}
		out := append(Set(nil), s[:i]...)
		for _, m := range s[i+1:] {
			if keep(m) {
				out = append(out, m)
			}
		}
		return out
	}
	return s
}

// Concrete returns the concrete labels of s.
func (s Set) Concrete() Set { return s.filter(Label.Concrete) }

// Symbolic returns the parameter labels of s.
func (s Set) Symbolic() Set { return s.filter(func(l Label) bool { return !l.Concrete() }) }

// Identifying drops sanitized labels: what still identifies someone.
func (s Set) Identifying() Set { return s.filter(func(l Label) bool { return !l.Sanitized }) }

// Sanitize returns s with every label marked sanitized (and without its
// type: what a sanitizer returns prints as itself).
func (s Set) Sanitize() Set {
	out := make([]Label, 0, len(s))
	for _, l := range s {
		l.Sanitized, l.typ, l.Record, l.TypeLost = true, nil, false, false
		out = append(out, l)
	}
	return setOf(out)
}

// under returns s as read at suffix below the value it describes:
// parameters' labels move down the path (capped at maxPathParts parts,
// beyond which the prefix stands for everything below it); concrete data
// of a whole stays as it is, and so does a parameter's data a printer
// rendered (a part of the output is still the whole parameter printed).
func (s Set) under(suffix string) Set {
	if suffix == "" || len(s) == 0 || s[len(s)-1].Concrete() {
		// No parameter labels (they sort last): nothing moves.
		return s
	}
	out := make([]Label, 0, len(s))
	for _, l := range s {
		if !l.Concrete() && l.Rendered == catalog.Raw {
			l.Path = joinPath(l.Path, suffix)
		}
		out = append(out, l)
	}
	return setOf(out)
}

// movesUnder reports whether s.Whole().under(suffix) may differ from s,
// for a suffix other than "": s holds a record label, which Whole drops,
// or a parameter's label, which under moves down.
func (s Set) movesUnder() bool {
	if len(s) > 0 && !s[len(s)-1].Concrete() {
		return true // parameters' labels sort last
	}
	for _, l := range s {
		if l.Record {
			return true
		}
	}
	return false
}

func joinPath(a, b string) string {
	p := a + b
	if len(b) > 0 && pathParts(p) > maxPathParts {
		p = foldRepeats(p)
	}
	parts := 0
	for i := 0; i < len(p); i++ {
		if partStarts(p, i) {
			parts++
			if parts > maxPathParts {
				return p[:i]
			}
		}
	}
	return p
}

// Whole drops record labels: what flows from a value into its fields.
func (s Set) Whole() Set { return s.filter(func(l Label) bool { return !l.Record }) }

// Describe renders the labels for a message, most identifying first.
// Data named alike from two packages is told apart by the package's
// name: "a.Patient.Name (direct), b.Patient.Name (direct)".
func (s Set) Describe() string {
	pkgs := map[string]string{}
	alike := map[string]bool{}
	for _, l := range s {
		if p, ok := pkgs[l.Name]; ok && p != l.Pkg {
			alike[l.Name] = true
		}
		pkgs[l.Name] = l.Pkg
	}
	names := make([]string, 0, len(s))
	for _, l := range s {
		if alike[l.Name] && l.Pkg != "" {
			l.Name = path.Base(l.Pkg) + "." + l.Name
		}
		// The same data read in two ways (from a parameter, or not: see
		// Label.OwnIf) is named once.
		if d := l.Describe(); !slices.Contains(names, d) {
			names = append(names, d)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	if len(names) > 3 {
		names = append(names[:3], "…")
	}
	return strings.Join(names, ", ")
}

func rank(desc string) int {
	switch {
	case strings.HasSuffix(desc, "(direct)"):
		return 0
	case strings.HasSuffix(desc, "(clinical)"):
		return 1
	}
	return 2
}

// Dest is where a writer writes: kinds of sink, and parameters whose
// destination the caller decides.
type Dest struct {
	Kinds  uint8  // bit k set: sink kind k (a vocab.Kind)
	Params uint64 // bit i set: whatever parameter i writes to
}

func (d Dest) union(o Dest) (Dest, bool) {
	n := Dest{d.Kinds | o.Kinds, d.Params | o.Params}
	return n, n != d
}

func (d Dest) has(k vocab.Kind) bool { return d.Kinds&(1<<k) != 0 }

func kindBit(k vocab.Kind) uint8 { return 1 << k }

// Taint is what the analysis knows of a value or memory location.
type Taint struct {
	Data Set
	Dest Dest
}

func (t Taint) union(o Taint) (Taint, bool) {
	d, c1 := t.Data.Union(o.Data)
	w, c2 := t.Dest.union(o.Dest)
	return Taint{d, w}, c1 || c2
}

func (t Taint) empty() bool { return len(t.Data) == 0 && t.Dest == (Dest{}) }
