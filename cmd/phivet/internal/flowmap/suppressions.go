package flowmap

import (
	"cmp"
	"sort"
)

// suppressions lists the //phi:ignore directives of pkgs, each with the
// number of the map's flows it silences (a directive silencing none is
// also PHI2004's business; the map lists it so a reviewer sees every
// reason given).
func suppressions(pkgs []Package, m *Map, rel func(string) string) []Suppression {
	silenced := map[Suppression]int{} // by file, line and reason
	count := func(f Flow) {
		if f.Status == "suppressed" {
			silenced[Suppression{File: f.File, Line: f.Line, Reason: f.Reason}]++
		}
	}
	for _, d := range m.Data {
		for _, f := range d.Flows {
			count(f)
		}
	}
	for _, f := range m.Requires {
		count(f)
	}
	seen := map[Suppression]bool{}
	out := []Suppression{}
	for _, p := range pkgs {
		if p.Dir == nil {
			continue
		}
		for file, lines := range p.Dir.Ignores() {
			for line, igs := range lines {
				for _, ig := range igs {
					s := Suppression{File: rel(file), Line: line, Reason: ig.Reason}
					if seen[s] {
						continue // a file in a package and its test variant
					}
					seen[s] = true
					s.Flows = silenced[s]
					out = append(out, s)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Reason, b.Reason)) < 0
	})
	return out
}
