package taint

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/phivet/phivet/analyzers/catalog"
	"github.com/phivet/phivet/analyzers/vocab"
)

// What a fact's String says: what a function tells its callers, in a
// form a test can assert with analysistest's `// want Name:"..."`. It is
// for people and tests only; the engine never reads it back.
//
// Parameters are p0, p1… (a method's receiver is p0), results r0, r1…;
// a concrete label is Name(class), a parameter's data p0.Path.

// describe writes s's parts that are not empty, separated by "; ".
func (s *Summary) describe() string {
	var parts []string
	add := func(format string, args ...any) { parts = append(parts, fmt.Sprintf(format, args...)) }
	for i, t := range s.Results {
		if !t.empty() {
			add("r%d=%s", i, t.describe())
		}
	}
	for _, rf := range s.ResultFields {
		add("r%d%s=%s", rf.Index, rf.Path, rf.Taint.describe())
	}
	for _, o := range s.Outs {
		add("writes p%d%s=%s", o.Index, o.Path, o.Taint.describe())
	}
	for _, a := range s.ResultAliases {
		add("r%d in p%d%s", a.Result, a.Param, a.Path)
	}
	for _, l := range s.ParamLinks {
		add("p%d in p%d%s", l.From, l.Into, l.Path)
	}
	for _, p := range s.Passes {
		add("r%d is p%d", p.Result, p.Param)
	}
	for _, q := range s.Queries {
		from := "a new query"
		if q.Param >= 0 {
			from = fmt.Sprintf("p%d's query", q.Param)
		}
		add("r%d is %s loading [%s]", q.Result, from, strings.Join(q.Names, " "))
	}
	for _, a := range s.Accessors {
		add("r%d reads %s", a.Result, indexes("p", a.From))
	}
	for _, rf := range s.ResultFuncs {
		add("r%d is func(%s)%s", rf.Result, rf.Summary.describe(), describeFree(rf.Free))
	}
	for _, ps := range s.Sinks {
		add("p%d%s→%s%s%s", ps.Param, ps.Path, ps.Sink.describe(), ps.Guards.describe(), describeCond(ps.Cond))
	}
	for _, ws := range s.Writes {
		add("%s→%s via p%d%s%s", ws.Data.describe(), ws.Sink.describe(), ws.Dest, ws.Guards.describe(), describeReported(ws.Reported))
	}
	for _, sc := range s.SlotCalls {
		add("p%d%s→a%d of %s (seen by %s)%s", sc.Param, sc.Path, sc.Arg, strings.Join(sc.Slots, ", "), sc.Seen, sc.Guards.describe())
	}
	for _, ic := range s.IfaceCalls {
		add("p%d%s→a%d of %s%s", ic.Param, ic.Path, ic.Arg, ic.Method, ic.Guards.describe())
	}
	for _, fc := range s.FuncCalls {
		args := make([]string, len(fc.Args))
		for j, a := range fc.Args {
			args[j] = "_"
			if a >= 0 {
				args[j] = fmt.Sprintf("p%d", a)
			}
		}
		add("calls p%d(%s)", fc.Func, strings.Join(args, ", "))
	}
	for i, c := range s.Conds {
		op := "=="
		if c.Neg {
			op = "!="
		}
		add("if%d: p%d%s%s", i, c.Param, op, c.Val)
	}
	if s.Check != nil {
		result := "error"
		if s.Check.Bool {
			result = "bool"
		}
		add("check r%d %s", s.Check.Result, result)
	}
	if s.Audit {
		add("audit")
	}
	if held := s.ResultGuards.Held(); held != "" {
		add("returns %s", held)
	}
	if s.AuditOnSuccess != nil {
		add("audit on success r%d", s.AuditOnSuccess.Result)
	}
	for _, b := range []struct {
		name, prefix string
		set          uint64
	}{{"own", "r", s.Own}, {"fresh", "r", s.Fresh}, {"fills", "p", s.Fills}, {"fills own", "p", s.FillsOwn}} {
		if b.set != 0 {
			add("%s %s", b.name, indexes(b.prefix, b.set))
		}
	}
	for _, c := range s.Clears {
		add("clears p%d.%s", c.Param, c.Field)
	}
	if len(parts) == 0 {
		return "nothing" // the function passes on no data and reaches no sink
	}
	return strings.Join(parts, "; ")
}

// indexes lists the bits set in set as prefix0,prefix3…
func indexes(prefix string, set uint64) string {
	var out []string
	for set != 0 {
		i := bits.TrailingZeros64(set)
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
		set &^= 1 << i
	}
	return strings.Join(out, ",")
}

func (t Taint) describe() string {
	s := t.Data.describe()
	for k := vocab.KindLog; k <= vocab.KindRespond; k++ {
		if t.Dest.has(k) {
			s += "→" + k.String()
		}
	}
	if t.Dest.Params != 0 {
		s += "→" + indexes("p", t.Dest.Params)
	}
	return s
}

func (set Set) describe() string {
	out := make([]string, len(set))
	for i, l := range set {
		out[i] = l.describe()
	}
	return "{" + strings.Join(out, ",") + "}"
}

func (l Label) describe() string {
	if l.Param > 0 {
		if l.Rendered != catalog.Raw {
			return fmt.Sprintf("p%d%s as %s%s", l.Param-1, l.Path, l.Rendered, describeCond(l.Cond))
		}
		return fmt.Sprintf("p%d%s%s", l.Param-1, l.Path, describeCond(l.Cond))
	}
	attrs := []string{l.Class.String()}
	for _, a := range []struct {
		on   bool
		name string
	}{{l.Record, "record"}, {l.Sanitized, "sanitized"}, {l.Own, "own"}} {
		if a.on {
			attrs = append(attrs, a.name)
		}
	}
	if l.OwnIf > 0 {
		attrs = append(attrs, fmt.Sprintf("own if p%d", l.OwnIf-1))
	}
	return l.Name + "(" + strings.Join(attrs, ",") + ")"
}

func (d SinkDesc) describe() string {
	s := d.Name + " " + d.Kind.String()
	if d.URL {
		s += " url"
	}
	return s
}

// describeReported names the kinds a write was reported as at the sink
// call it is inside (see WriterSink.Reported): " reported log,transmit".
func describeReported(kinds uint8) string {
	var words []string
	for k := vocab.KindLog; k <= vocab.KindRespond; k++ {
		if kinds&kindBit(k) != 0 {
			words = append(words, k.String())
		}
	}
	if words == nil {
		return ""
	}
	return " reported " + strings.Join(words, ",")
}

func (g Guards) describe() string {
	if held := g.Held(); held != "" {
		return " if " + held
	}
	return ""
}

// Held says in words which guards hold ("checked and audited"), or ""
// when none does: for facts and for the verdicts reports give.
func (g Guards) Held() string {
	switch {
	case g.Check && g.Audit:
		return "checked and audited"
	case g.Check:
		return "checked"
	case g.Audit:
		return "audited"
	}
	return ""
}

func (f FuncSlot) describe() string {
	var s string
	switch {
	case f.Slot != "":
		s = "slot " + f.Slot
	case f.Lit != nil && f.Name == "":
		s = "func literal"
	case f.Recv != "":
		s = f.Pkg + ".(" + f.Recv + ")." + f.Name
	default:
		s = f.Pkg + "." + f.Name
	}
	if f.Bound {
		s += " bound"
	}
	if f.Lit != nil {
		s += " {" + f.Lit.describe() + "}"
	}
	return s
}

func (f *FuncSlotsFact) describe() string {
	var parts []string
	for _, sf := range f.Slots {
		funcs := make([]string, len(sf.Funcs))
		for i, fn := range sf.Funcs {
			funcs[i] = fn.describe()
		}
		parts = append(parts, sf.Slot+": "+strings.Join(funcs, ", "))
	}
	return strings.Join(parts, "; ")
}

// describeFree says what a returned literal's free variables are bound
// to: " with f0=p1" for a parameter, " with f0=func(…)" for a literal.
func describeFree(free []FreeFunc) string {
	var b strings.Builder
	for _, ff := range free {
		if ff.Literal != nil {
			fmt.Fprintf(&b, " with f%d=func(%s)", ff.Var, ff.Literal.describe())
		} else {
			fmt.Fprintf(&b, " with f%d=p%d", ff.Var, ff.Param)
		}
	}
	return b.String()
}

// describeCond names condition i of a summary's table (Conds), or of
// the engine's (only in a test of the engine itself).
func describeCond(i uint8) string {
	switch {
	case i == 0:
		return ""
	case i >= factConds:
		return fmt.Sprintf(" if%d", i-factConds)
	}
	return fmt.Sprintf(" if#%d", i)
}
