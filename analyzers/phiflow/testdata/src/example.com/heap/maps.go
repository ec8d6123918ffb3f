// Package heap checks that memory is not one bag: a map's keys and
// values, a channel's struct fields, a writer and the bytes written to it
// are told apart.
package heap

import "log"

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	Diagnosis string `phi:"clinical"`
	Registry  string `phi:"direct"`
}

// Stay is an admission, with nothing identifiable of its own.
type Stay struct {
	Bed  string
	Unit string
}

// A map keyed by an identifier: the values read back are not the key.
func StaysByRegistry(p *Patient, s *Stay) {
	byRegistry := map[string]*Stay{}
	byRegistry[p.Registry] = s
	for _, st := range byRegistry {
		log.Print(st.Unit)
	}
	log.Print(byRegistry["x"].Bed)
	if st, ok := byRegistry["y"]; ok {
		log.Print(st.Bed)
	}
}

// Ranging over the keys gives the identifiers back.
func RegistryKeys(p *Patient, s *Stay) {
	byRegistry := map[string]*Stay{}
	byRegistry[p.Registry] = s
	for k := range byRegistry {
		log.Print(k) // want `Patient.Registry`
	}
}

// A value that holds identifiable data is still read back as such.
func NamesByID(p *Patient) {
	names := map[string]string{}
	names[p.ID] = p.Name
	for _, n := range names {
		log.Print(n) // want `Patient.Name`
	}
	log.Print(names["x"]) // want `Patient.Name`
}

// The whole map prints its keys.
func WholeMap(p *Patient, s *Stay) {
	byRegistry := map[string]string{}
	byRegistry[p.Registry] = s.Unit
	log.Print(byRegistry) // want `Patient.Registry`
}

// keysOf hands a map's keys back through its result.
func keysOf(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// countsOf hands a map's values back.
func countsOf(m map[string]int) []int {
	var out []int
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// Keys and values stay apart through a helper's summary too.
func KeysThroughHelper(p *Patient) {
	visits := map[string]int{}
	visits[p.Registry]++
	log.Print(countsOf(visits))
	log.Print(keysOf(visits)) // want `Patient.Registry`
}

// Registry is an identifier by its type.
//
//phi:source direct
type Registry string

// A map keyed by a source type: its values are not of that type.
func StaysByTypedKey(r Registry, s *Stay) {
	byRegistry := map[Registry]*Stay{}
	byRegistry[r] = s
	for _, st := range byRegistry {
		log.Print(st.Unit)
	}
	for k := range byRegistry {
		log.Print(k) // want `Registry`
	}
}

// A map whose values are of a source type: its keys are not.
func KeysOfTypedValues(s *Stay, r Registry) {
	byUnit := map[string]Registry{}
	byUnit[s.Unit] = r
	for k, v := range byUnit {
		log.Print(k)
		log.Print(v) // want `Registry`
	}
}

// put fills a map through a helper's summary.
func put(m map[string]*Stay, k string, s *Stay) { m[k] = s }

func FilledByHelper(p *Patient, s *Stay) {
	byRegistry := map[string]*Stay{}
	put(byRegistry, p.Registry, s)
	for k, st := range byRegistry {
		log.Print(st.Bed)
		log.Print(k) // want `Patient.Registry`
	}
}
