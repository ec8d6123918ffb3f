package catalog

import (
	"cmp"
	"slices"
	"strings"

	"github.com/phivet/phivet/analyzers/vocab"
)

// registered are the tables in the order their files registered them.
var registered []Table

// register adds a library's table to the catalog: each table file
// registers its own (var ginTable = register(Table{…})), so that adding
// a library touches no list.
func register(t Table) Table {
	registered = append(registered, t)
	return t
}

// tables are the registered tables in the order Tables gives them.
var tables []Table

// Tables lists every library the catalog knows, one table each: the
// standard library's first, then the others, each group by Package, so
// that the order depends on no file's name. The slice is shared and
// read-only.
func Tables() []Table { return tables }

// init indexes what the table files registered. Every package-level
// variable, and so every table and printer, is initialised before any
// init function runs.
func init() {
	tables = slices.Clone(registered)
	slices.SortStableFunc(tables, func(a, b Table) int {
		return cmp.Or(cmpBool(!a.standard(), !b.standard()), strings.Compare(a.Package, b.Package))
	})
	selfRendering = selfRenderingPrinters()
	Standard = build(tables)
}

// standard reports whether the table is of the standard library.
func (t Table) standard() bool {
	first, _, _ := strings.Cut(t.Package, ", ")
	return IsStandard(first)
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// each returns the names formed from prefix and every suffix.
func each(prefix string, suffixes ...string) []string {
	return perName(suffixes, func(s string) string { return prefix + s })
}

// perName makes one row per name: the rows of functions a library
// treats alike, written once with what they share.
func perName[N, T any](names []N, row func(name N) T) []T {
	out := make([]T, len(names))
	for i, n := range names {
		out[i] = row(n)
	}
	return out
}

// sinksOf makes one Sink row per name.
func sinksOf(names []string, k vocab.Kind, data Args, p Printer) []Sink {
	return perName(names, func(n string) Sink { return Sink{Func: n, Kind: k, Data: data, Printer: p} })
}

// call is a function and the arguments a row names: the rows of one
// kind and printer are written as calls, with what they share once
// (sinksAt).
type call struct {
	name string
	args Args
}

// sinksAt makes one Sink row per call, of one kind and printer.
func sinksAt(k vocab.Kind, p Printer, calls ...call) []Sink {
	return perName(calls, func(c call) Sink { return Sink{Func: c.name, Kind: k, Data: c.args, Printer: p} })
}

// writersOf makes one Writer row per name.
func writersOf(names []string, dest int, data Args, p Printer) []Writer {
	return perName(names, func(n string) Writer { return Writer{Func: n, Dest: dest, Data: data, Printer: p} })
}

// propagate makes one Propagator row per name.
func propagate(names []string, from Args, into Into, p Printer) []Propagator {
	return perName(names, func(n string) Propagator { return Propagator{Func: n, From: from, Into: into, Printer: p} })
}

func concat[T any](parts ...[]T) []T {
	var out []T
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// returnsReceiver makes Wrapper rows for methods that return their
// receiver (chains): the result is the same object, so data stored into
// it afterwards, or before, is found through either.
func returnsReceiver(prefix string, names ...[]string) []Wrapper {
	var out []Wrapper
	for _, ns := range names {
		for _, n := range ns {
			out = append(out, Wrapper{Func: prefix + n, Dest: At(0)})
		}
	}
	return out
}

// slotReads are getters of a holder's named slot: receiver's slot → results.
func slotReads(funcs []string, slot *Slot) []Propagator {
	out := make([]Propagator, len(funcs))
	for i, fn := range funcs {
		out[i] = Propagator{Func: fn, From: At(0), Into: Results, Slot: slot}
	}
	return out
}
