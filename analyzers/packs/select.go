package packs

import (
	"strings"

	"github.com/phivet/phivet/analyzers/config"
)

// Selected is one table's marks under the profile its pack has.
type Selected struct {
	Table   *Table
	Profile Profile
	Sources []config.Source
}

// Select returns, in registry order, every table whose pack is not off in
// cfg (nil: every pack at its default profile), each with the sources of
// the marks its profile includes. The sources are passed on unchanged, in
// whatever form a table writes them, so every source form the
// configuration has works in a pack.
func Select(cfg *config.Config) []Selected {
	var out []Selected
	for _, t := range Tables {
		p := cfg.PackProfile(t.Pack)
		if p == ProfileOff {
			continue
		}
		s := Selected{Table: t, Profile: p}
		for _, m := range t.Marks {
			if p.Includes(m.Profile) {
				s.Sources = append(s.Sources, m.Source)
			}
		}
		if len(s.Sources) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// Covers reports whether the package at pkgPath belongs to the table's
// library: the library's own path or a path under it.
func (t *Table) Covers(pkgPath string) bool {
	// Not HasPrefix(pkgPath, t.Library+"/"): every look-up by package
	// asks this of every table, and the concatenation allocated each time.
	n := len(t.Library)
	return strings.HasPrefix(pkgPath, t.Library) && (len(pkgPath) == n || pkgPath[n] == '/')
}
