// Package configured marks its fields in phivet.yaml, not by tags
// (TestConfigMarkedPaths): reads below a configured mark are identifiable
// as below a tag, and a configured "-" holds below it.
package configured

import "log"

// Name is one of a person's names.
type Name struct {
	Family string
	Key    string // configured "-"
}

// Visit holds the visitor's names in a configured field.
type Visit struct {
	ID    string
	Names []*Name // configured direct
	Rooms []*Name
}

func Reads(v *Visit) {
	log.Println(v.Names[0].Family) // want `Visit.Names \(direct\) reaches log sink log.Println`
	for _, n := range v.Names {
		log.Println(n.Family) // want `Visit.Names \(direct\) reaches log sink log.Println`
		log.Println(n.Key)    // clean: configured "-"
	}
	log.Println(v.Rooms[0].Family) // clean: not configured
	log.Println(v.ID)              // clean
}
