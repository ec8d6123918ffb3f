package model

import (
	"sync"

	"github.com/phivet/phivet/analyzers/config"
	"github.com/phivet/phivet/analyzers/packs"
	"github.com/phivet/phivet/analyzers/vocab"
)

// packSources are one pack table's sources, compiled.
type packSources struct {
	table    *packs.Table
	selected []config.Source // as packs.Select gives them, for addSourceRules
	sources  []namedClass
	has      map[string]bool // which kinds of entry ("field", "type"...) it has
}

// compiledPacks keeps the compiled pack sources by the profiles chosen:
// a model is built per package, and the tables are the same for every
// package of a run.
//
// It is process-wide on purpose. An analysis pass has no state that
// outlives one package but its facts (go/analysis runs each package on
// its own, and the configuration arrives decoded afresh from a flag for
// each), so there is nothing run-scoped to hang it on. And it needs
// none: the value is a pure function of the key (the packs package's
// tables are fixed, compiled Go data), so sharing it across runs or
// configurations cannot make one see another's state, and it holds at
// most one entry per combination of profiles (a few dozen).
var compiledPacks sync.Map // profiles key → []packSources

// packsOf returns the compiled sources of the packs that are on in cfg.
func packsOf(cfg *config.Config) []packSources {
	key := ""
	for _, name := range config.PackNames {
		key += name + "=" + string(cfg.PackProfile(name)) + ";"
	}
	if v, ok := compiledPacks.Load(key); ok {
		return v.([]packSources)
	}
	var out []packSources
	for _, sel := range packs.Select(cfg) {
		ps := packSources{table: sel.Table, selected: sel.Sources, sources: compileSources(sel.Sources), has: map[string]bool{}}
		for _, s := range ps.sources {
			ps.has[s.what] = true
		}
		out = append(out, ps)
	}
	v, _ := compiledPacks.LoadOrStore(key, out)
	return v.([]packSources)
}

// compileSources compiles the name of each source that names one object
// (keyed and tag entries are addSourceRules'); an entry that fails to
// compile is left out (Parse validated the user's; a test validates the
// packs').
func compileSources(srcs []config.Source) []namedClass {
	var out []namedClass
	for _, s := range srcs {
		if s.Keyed() || s.Tag != "" {
			continue // addSourceRules' part
		}
		if p, err := config.CompilePattern(s.Name()); err == nil {
			out = append(out, namedClass{s.Key(), p, s.Class})
		}
	}
	return out
}

// matchClass returns the class of the last of srcs that names name as an
// entry of kind what, or ClassUnset: a later entry overrides an earlier
// one.
func matchClass(srcs []namedClass, what, name string) vocab.Class {
	class := vocab.ClassUnset
	for _, s := range srcs {
		if s.what == what && s.pat.Match(name) {
			class = s.class
		}
	}
	return class
}

// packClass is matchClass over the packs whose library declares pkgPath.
func (m *Model) packClass(pkgPath, what, name string) vocab.Class {
	class := vocab.ClassUnset
	for _, p := range m.packs {
		if !p.table.Covers(pkgPath) {
			continue
		}
		if c := matchClass(p.sources, what, name); c != vocab.ClassUnset {
			class = c
		}
	}
	return class
}

// addSourceRules adds the keyed and tag entries of srcs to the model's
// tables of them; compileSources leaves them out.
func (m *Model) addSourceRules(srcs []config.Source) {
	for _, s := range srcs {
		switch {
		case s.Keyed():
			m.addKeyed(s)
		case s.Tag != "":
			m.addTagRule(s)
		}
	}
}
