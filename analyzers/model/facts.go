package model

import "github.com/phivet/phivet/analyzers/vocab"

// MarkFact carries what //phi: directives say about a declaration to the
// packages that import it: directives live in comments, which importers
// never see, so without the fact a source type or a check declared in one
// package would be invisible in the next.
type MarkFact struct {
	Source   vocab.Class // ClassUnset if none
	Sink     vocab.Kind  // KindNone if none
	Check    bool
	Audit    bool
	Sanitize bool
	Requires vocab.Guard // GuardNone if none
}

func (*MarkFact) AFact() {}

func (f *MarkFact) String() string {
	s := "phi"
	add := func(k, v string) {
		if v != "" {
			s += " " + k + "=" + v
		}
	}
	add("source", f.Source.String())
	if f.Sink != vocab.KindNone {
		add("sink", f.Sink.String())
	}
	if f.Check {
		s += " check"
	}
	if f.Audit {
		s += " audit"
	}
	if f.Sanitize {
		s += " sanitize"
	}
	add("requires", f.Requires.String())
	return s
}

// Merge adds o's marks to f.
func (f *MarkFact) Merge(o *MarkFact) {
	if o == nil {
		return
	}
	if o.Source != vocab.ClassUnset {
		f.Source = o.Source
	}
	if o.Sink != vocab.KindNone {
		f.Sink = o.Sink
	}
	f.Check = f.Check || o.Check
	f.Audit = f.Audit || o.Audit
	f.Sanitize = f.Sanitize || o.Sanitize
	if o.Requires != vocab.GuardNone {
		f.Requires = o.Requires
	}
}

// Empty reports whether f marks nothing.
func (f *MarkFact) Empty() bool { return *f == MarkFact{} }
