package model

// MarkFact carries what //phi: directives say about a declaration to the
// packages that import it: directives live in comments, which importers
// never see, so without the fact a source type or a check declared in one
// package would be invisible in the next.
type MarkFact struct {
	Source   string // class: "direct", "indirect", "clinical" or "-"; "" if none
	Sink     string // sink kind; "" if none
	Check    bool
	Audit    bool
	Sanitize bool
	Requires string // "check" or "audit"; "" if none
}

func (*MarkFact) AFact() {}

func (f *MarkFact) String() string {
	s := "phi"
	add := func(k, v string) {
		if v != "" {
			s += " " + k + "=" + v
		}
	}
	add("source", f.Source)
	add("sink", f.Sink)
	if f.Check {
		s += " check"
	}
	if f.Audit {
		s += " audit"
	}
	if f.Sanitize {
		s += " sanitize"
	}
	add("requires", f.Requires)
	return s
}

// Merge adds o's marks to f.
func (f *MarkFact) Merge(o *MarkFact) {
	if o == nil {
		return
	}
	if o.Source != "" {
		f.Source = o.Source
	}
	if o.Sink != "" {
		f.Sink = o.Sink
	}
	f.Check = f.Check || o.Check
	f.Audit = f.Audit || o.Audit
	f.Sanitize = f.Sanitize || o.Sanitize
	if o.Requires != "" {
		f.Requires = o.Requires
	}
}

// Empty reports whether f marks nothing.
func (f *MarkFact) Empty() bool { return *f == MarkFact{} }
