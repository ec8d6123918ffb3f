package config

import (
	"fmt"
	"sort"
)

// Useless is a configuration entry that has no effect because of another
// one (PHI2004): whatever it names, the other names too and decides.
type Useless struct {
	Line int    // the entry's line
	Key  string // its YAML path: "sinks[1].func"
	Msg  string // why, naming the other entry
}

// An entry is useless when another entry of the same list names
// everything it names (config.Pattern.Covers) and either says the same
// (a second sink of the same kind under a broader pattern) or wins (for
// sources, sinks and requires the last matching entry decides the class,
// kind or guard). Checks, audits and sanitizers only add, so any broader
// entry makes a narrower one useless. A function source that a sanitizer
// also names is useless: sanitizing wins, its results are never
// identifiable. Two entries naming exactly the same report only the
// second, as a duplicate.

// listEntry is one entry of a list, as the rules above compare them.
type listEntry struct {
	line  int
	key   string
	name  string
	value string // the class, kind or guard; "" for lists that only add
	pat   Pattern
}

// Useless returns the entries of c made useless by others, in file order.
func (c *Config) Useless() []Useless {
	var out []Useless
	bySource := map[string][]listEntry{}
	for i, s := range c.Sources {
		what := s.Key()
		bySource[what] = append(bySource[what], entryOf(s.Line, fmt.Sprintf("sources[%d].%s", i, what), s.Name(), s.Class.String()))
	}
	for _, what := range []string{"field", "type", "func", "var"} {
		out = append(out, shadowed(bySource[what], true)...)
	}
	var sinks, checks, audits, sans, reqs []listEntry
	for i, s := range c.Sinks {
		sinks = append(sinks, entryOf(s.Line, fmt.Sprintf("sinks[%d].func", i), s.Func, s.Kind.String()))
	}
	for i, s := range c.Checks {
		checks = append(checks, entryOf(s.Line, fmt.Sprintf("checks[%d].func", i), s.Func, ""))
	}
	for i, s := range c.Audits {
		audits = append(audits, entryOf(s.Line, fmt.Sprintf("audits[%d].func", i), s.Func, ""))
	}
	for i, s := range c.Sanitizers {
		sans = append(sans, entryOf(s.Line, fmt.Sprintf("sanitizers[%d].func", i), s.Func, ""))
	}
	for i, s := range c.Requires {
		reqs = append(reqs, entryOf(s.Line, fmt.Sprintf("requires[%d].func", i), s.Func, s.Guard.String()))
	}
	out = append(out, shadowed(sinks, true)...)
	out = append(out, shadowed(checks, false)...)
	out = append(out, shadowed(audits, false)...)
	out = append(out, shadowed(sans, false)...)
	out = append(out, shadowed(reqs, true)...)
	for _, src := range bySource["func"] {
		for _, san := range sans {
			if san.pat.Covers(src.pat) {
				out = append(out, Useless{src.line, src.key, fmt.Sprintf("%s is also a sanitizer (%s, line %d), which wins: its results are never identifiable; remove one of the two", src.name, san.key, san.line)})
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

func entryOf(line int, key, name, value string) listEntry {
	p, err := CompilePattern(name)
	if err != nil {
		p = Pattern{} // matches nothing, covers nothing
	}
	return listEntry{line: line, key: key, name: name, value: value, pat: p}
}

// shadowed returns the entries of one list that another entry of it
// makes useless. lastWins says the last matching entry decides the value.
func shadowed(list []listEntry, lastWins bool) []Useless {
	var out []Useless
	for i, a := range list {
		if a.pat.String() == "" {
			continue
		}
		for j, b := range list {
			if i == j || b.pat.String() == "" || !b.pat.Covers(a.pat) {
				continue
			}
			if b.pat.String() == a.pat.String() {
				if j < i {
					out = append(out, Useless{a.line, a.key, fmt.Sprintf("%s is named again: %s (line %d) names it already; remove one of the two", a.name, b.key, b.line)})
					break
				}
				continue
			}
			same := b.value == a.value
			if !same && !(lastWins && j > i) {
				continue
			}
			why := "says the same"
			if !same {
				why = "comes later and decides"
			}
			out = append(out, Useless{a.line, a.key, fmt.Sprintf("%s is shadowed by %s (%s, line %d), which names everything it names and %s; remove it", a.name, b.name, b.key, b.line, why)})
			break
		}
	}
	return out
}
