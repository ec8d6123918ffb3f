package taint

import (
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/model"
	"github.com/phivet/phivet/analyzers/vocab"
)

// Unfollowed is a call that identifiable data reaches and whose callee
// the engine cannot follow: what the callee does with the data is
// unknown, so a path through it may be cut. The contract (§4) says
// nothing is lost silently: the data-flow map lists these under coverage.
// They have no effect on findings.
type Unfollowed struct {
	Pos     token.Pos
	Callee  string        // "pkg.Func", "(*pkg.T).M", or "dynamic call of <type>"
	Reason  string        // one of the reason constants below
	Classes []vocab.Class // the classes of the data passed, sorted
	// Via is, for a call inside a callee that Pos passes the data to,
	// that inner call (Pos in this package, Where from a fact); zero for
	// a call made at Pos itself.
	Via Step
}

// ParamUnfollowed records that the data of parameter Param, at Path,
// reaches a call the engine cannot follow, At, inside the function or a
// callee. A summary carries them so that a caller passing identifiable
// data lists the inner call (contract §4); otherwise a helper handing
// its parameter to such a call would hide it from every caller.
type ParamUnfollowed struct {
	Param  int    // index into the call's arguments, receiver first
	Path   string // where in the parameter the data was read
	Callee string
	Reason string
	At     Step // the unfollowed call
}

// Why a call cannot be followed.
const (
	ReasonNoCode         = "no code, summary or catalog row"
	ReasonNoTarget       = "a call through a function value with no known target"
	ReasonTooManyTargets = "a call through a function value with more possible targets than the engine follows"
	ReasonNoImpl         = "an interface call with no implementation in sight"
	ReasonImplsNoCode    = "an interface call whose implementations in sight have no code, summary or catalog row"
	ReasonTooManyImpls   = "an interface call with more implementations than the engine follows"
)

// noteUnfollowed records the call s at pos when identifiable data is
// passed to it and its callee cannot be followed. It runs once the
// family is solved (from collect), so it sees the final state; a call
// through a function value is checked target by target. It runs in
// dependencies too: their results are not shown, but their summaries
// carry the unfollowed calls their parameters reach, so that a caller in
// the analysed module handing a library identifiable data lists what
// the library does with it that phivet cannot see.
func (f *family) noteUnfollowed(s *callSite, pos token.Pos) {
	if f.detached || s.anon != nil || f.inIOPackage() {
		return
	}
	c := s.instr.Common()
	if !c.IsInvoke() && s.sfn == nil && s.fn == nil {
		if len(s.targets) == 0 {
			reason := ReasonNoTarget
			if s.targetsCut {
				reason = ReasonTooManyTargets
			}
			f.unfollowedCall(s, pos, "dynamic call of "+types.TypeString(c.Value.Type(), byPackageName), reason)
			return
		}
		for _, t := range s.targets {
			if t.sum == nil && t.anon == nil && t.fn != nil && !f.e.follows(t.fn, t.entry, t.mark) {
				f.unfollowedCall(t, pos, funcName(t.fn), ReasonNoCode)
			}
		}
		return
	}
	if s.fn == nil || catalogKnows(s.entry) || *s.mark != (model.MarkFact{}) {
		return
	}
	if !c.IsInvoke() {
		if !f.e.follows(s.fn, s.entry, s.mark) {
			f.unfollowedCall(s, pos, funcName(s.fn), ReasonNoCode)
		}
		return
	}
	for _, impl := range s.impls {
		known := f.e.calleeOf(impl)
		if f.e.follows(impl, known.entry, known.mark) {
			return
		}
	}
	reason := ReasonNoImpl
	if len(s.impls) > 0 {
		reason = ReasonImplsNoCode
	} else if f.e.implsCut[implKey{c.Value.Type(), s.fn.Name()}] {
		reason = ReasonTooManyImpls
	}
	f.unfollowedCall(s, pos, funcName(s.fn), reason)
}

// inIOPackage reports whether the family is code of an I/O package (a
// database driver): what it does with its caller's data is storing it,
// which is no disclosure, so the calls it cannot follow, its own or its
// callees', are not carried to its callers. The catalog says its results
// and errors carry nothing for the same reason.
func (f *family) inIOPackage() bool {
	pkg := f.root.Package()
	if pkg == nil {
		pkg = f.root.Origin().Package()
	}
	return pkg != nil && f.e.Catalog.IOPackage(pkg.Pkg.Path())
}

// follows reports whether the engine knows what a call of fn does: the
// catalog or a mark says so, it is of the standard library (carried by
// the default, or opaque by the catalog's choice), or its code was
// analysed here or in a package whose facts are in sight.
func (e *Engine) follows(fn *types.Func, entry catalog.Entry, mark *model.MarkFact) bool {
	if catalogKnows(entry) || *mark != (model.MarkFact{}) {
		return true
	}
	if fn.Pkg() != nil && catalog.IsStandard(fn.Pkg().Path()) {
		return true
	}
	return e.summaryOfFunc(fn) != nil
}

// catalogKnows reports whether the catalog has a row for the function:
// besides what makes an entry non-empty, the package is one of I/O (its
// results carry nothing of what it is passed) or the call reads the
// request being served.
func catalogKnows(entry catalog.Entry) bool {
	return !entry.Empty() || entry.IO || len(entry.RequestReads) > 0
}

// unfollowedCall records s when its arguments carry identifiable data,
// and in the summary the parameters whose data they carry.
func (f *family) unfollowedCall(s *callSite, pos token.Pos, callee, reason string) {
	var classes map[vocab.Class]bool
	at := Step{Pos: pos, Msg: "passed to " + callee}
	for _, a := range s.args {
		data := f.taintOf(a).Data
		classes = identifiableClasses(classes, data)
		f.paramsUnfollowed(data, callee, reason, at)
	}
	f.addUnfollowed(Unfollowed{Pos: pos, Callee: callee, Reason: reason}, classes)
}

// passUnfollowed brings the unfollowed calls a callee's parameters reach
// to its call at pos: listed when the arguments passed there carry
// identifiable data, and carried on in this summary for the parameters
// whose data they carry.
func (f *family) passUnfollowed(s *callSite, sum *Summary, pos token.Pos) {
	if len(sum.Unfollowed) == 0 || f.detached || f.inIOPackage() {
		return
	}
	for _, pu := range sum.Unfollowed {
		if pu.Param >= len(s.args) {
			continue
		}
		data := f.argAt(s.args[pu.Param], pu.Path).Data
		f.addUnfollowed(Unfollowed{Pos: pos, Callee: pu.Callee, Reason: pu.Reason, Via: pu.At}, identifiableClasses(nil, data))
		f.paramsUnfollowed(data, pu.Callee, pu.Reason, pu.At)
	}
}

// inTestDouble reports whether the family's root is a method of a test
// double (a type embedding testify's mock.Mock, a gomock or mockery
// mock): the calls its code cannot follow (a mockery mock's stubbed
// return function, testify's argument matching) are the double's, which
// no interface call of the program reaches (contract §3), so they are no
// cut in what phivet follows and are not listed, here or at its callers.
func (f *family) inTestDouble() bool {
	fn := f.root
	for fn.Parent() != nil {
		fn = fn.Parent() // a literal in a double's method is the double's
	}
	recv := fn.Signature.Recv()
	return recv != nil && IsTestDouble(f.e.Catalog, recv.Type())
}

// identifiableClasses adds to classes those of the identifiable data in
// data, making the map only when there is one.
func identifiableClasses(classes map[vocab.Class]bool, data Set) map[vocab.Class]bool {
	for _, l := range data {
		if l.Concrete() && !l.Sanitized && l.Class.Identifiable() {
			if classes == nil {
				classes = map[vocab.Class]bool{}
			}
			classes[l.Class] = true
		}
	}
	return classes
}

// addUnfollowed records u with classes, if there are any.
func (f *family) addUnfollowed(u Unfollowed, classes map[vocab.Class]bool) {
	if len(classes) == 0 || f.inTestDouble() {
		return
	}
	for c := range classes {
		u.Classes = append(u.Classes, c)
	}
	slices.Sort(u.Classes)
	f.unfollowed = append(f.unfollowed, u)
}

// paramsUnfollowed notes in the summary that the parameters whose data
// is in data reach the unfollowed call at. A parameter reaching one
// callee for one reason is one entry, through the first such call met:
// its paths are merged at their common prefix, which stands for
// everything below it. A caller then lists, for each call passing it
// identifiable data, each callee once, whatever the number of places
// inside that call it (an interceptor called by every handler).
func (f *family) paramsUnfollowed(data Set, callee, reason string, at Step) {
	if f.inTestDouble() {
		return
	}
next:
	for _, l := range data {
		if l.Concrete() || l.Sanitized {
			continue
		}
		pu := ParamUnfollowed{Param: l.Param - 1, Path: l.Path, Callee: callee, Reason: reason, At: at}
		for i, o := range f.sum.Unfollowed {
			if o.Param == pu.Param && o.Callee == pu.Callee && o.Reason == pu.Reason {
				f.sum.Unfollowed[i].Path = commonPath(o.Path, pu.Path)
				continue next
			}
		}
		if paramEntries(f.sum.Unfollowed, pu.Param) == maxParamUnfollowed {
			f.reachLimit("maxParamUnfollowed")
			return
		}
		f.sum.Unfollowed = append(f.sum.Unfollowed, pu)
	}
}

func paramEntries(pus []ParamUnfollowed, param int) int {
	n := 0
	for _, pu := range pus {
		if pu.Param == param {
			n++
		}
	}
	return n
}

// commonPath is the longest path both a and b are below (".A.B", ".A.C":
// ".A").
func commonPath(a, b string) string {
	for n := 0; ; n++ {
		ta, tb := truncatePath(a, n), truncatePath(b, n)
		if ta != tb {
			return truncatePath(a, n-1)
		}
		if ta == a || tb == b {
			return ta
		}
	}
}

func byPackageName(p *types.Package) string { return p.Name() }

// sortUnfollowed orders us by position, callee and inner call and merges
// the repeats of one call site, callee and inner call (a literal's calls
// are collected with each solve of its family), joining their classes.
func sortUnfollowed(us []Unfollowed) []Unfollowed {
	sort.SliceStable(us, func(i, j int) bool {
		if us[i].Pos != us[j].Pos {
			return us[i].Pos < us[j].Pos
		}
		if us[i].Callee != us[j].Callee {
			return us[i].Callee < us[j].Callee
		}
		if us[i].Via.Pos != us[j].Via.Pos {
			return us[i].Via.Pos < us[j].Via.Pos
		}
		return us[i].Via.Where < us[j].Via.Where
	})
	out := us[:0]
	for _, u := range us {
		if n := len(out); n > 0 && out[n-1].Pos == u.Pos && out[n-1].Callee == u.Callee && out[n-1].Via == u.Via {
			out[n-1].Classes = joinClasses(out[n-1].Classes, u.Classes)
			continue
		}
		out = append(out, u)
	}
	return out
}

func joinClasses(a, b []vocab.Class) []vocab.Class {
	seen := map[vocab.Class]bool{}
	var out []vocab.Class
	for _, c := range append(append([]vocab.Class{}, a...), b...) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}
