package main

import (
	"fmt"
	"io"

	"github.com/phivet/phivet/analyzers/packs"
)

// warnUnmatchedPacks warns, once per mark, about a pack mark that matches
// nothing in a package the program has: the library most likely renamed
// what the mark names in the version built, which would otherwise
// silently lose findings. A table whose library is not in the program is
// silent, and so is a mark whose own package is not: a library made of
// many packages (one per resource) is seldom imported whole, and a
// package the program does not import cannot have renamed anything it
// uses. A tag source is checked against the tags the program declares,
// and a keyed source's keys against the key names it declares, as well
// as its own name.
func warnUnmatchedPacks(sel []packs.Selected, names nameLookup, w io.Writer) {
	for _, s := range sel {
		if !names.has(packageKey, "", s.Table.Covers) {
			continue
		}
		for _, src := range s.Sources {
			if pkg := src.Package(); pkg != "" && !matchesAny(pkg, names, packageKey) {
				continue
			}
			warn := func(what, name string) {
				fmt.Fprintf(w, "phivet: warning: pack %s (%s, written for %s): %s %s matches nothing in the library as built; it may have been renamed\n",
					s.Table.Pack, s.Table.Library, s.Table.Version, what, name)
			}
			what := src.Key()
			if what == "tag" {
				if !tagMatched(src.Match, names, "tag:"+src.Tag) {
					warn(src.Tag+" tag", src.Match)
				}
				continue
			}
			if what == "" || src.Name() == "" {
				continue
			}
			if !matchesAny(src.Name(), names, what) {
				warn(what, src.Name())
			}
			for _, k := range namedKeys(src) {
				if !matchesAny(k, names, "key") {
					warn("key", k)
				}
			}
		}
	}
}
