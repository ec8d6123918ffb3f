// Package markedelems reads the elements of marked collection fields: an
// element of a marked slice is identifiable, whatever its type, and so
// are its fields; an unmarked sibling stays clean.
package markedelems

import "log"

type Item struct {
	Code  string
	Count int
}

type Study struct {
	ID     string
	Items  []*Item          `phi:"direct"`
	Values []Item           `phi:"clinical"`
	Names  []string         `phi:"direct"`
	ByKey  map[string]*Item `phi:"indirect"`
	Spare  []*Item
}

func Elements(s *Study) {
	log.Println(s.Items[0])        // want `Study.Items \(direct\) reaches log sink log.Println`
	log.Println(s.Items[0].Code)   // want `Study.Items \(direct\) reaches log sink log.Println`
	log.Println(s.Values[1])       // want `Study.Values \(clinical\) reaches log sink log.Println`
	log.Println(s.Values[1].Code)  // want `Study.Values \(clinical\) reaches log sink log.Println`
	log.Println(s.Names[0])        // want `Study.Names \(direct\) reaches log sink log.Println`
	log.Println(s.ByKey["a"].Code) // want `Study.ByKey \(indirect\) reaches log sink log.Println`
	log.Println(s.Spare[0].Code)   // clean: an unmarked field
	log.Println(len(s.Items))      // clean: a count
	log.Println(s.ID)              // clean
}

func Ranges(s *Study) {
	for _, it := range s.Items {
		log.Println(it.Code) // want `Study.Items \(direct\) reaches log sink log.Println`
	}
	for i := range s.Values {
		log.Println(s.Values[i].Count) // want `Study.Values \(clinical\) reaches log sink log.Println`
	}
	for _, it := range s.Spare {
		log.Println(it.Code) // clean
	}
}

func Copied(s *Study) {
	items := s.Items
	first := items[0]
	log.Println(first.Code) // want `Study.Items \(direct\) reaches log sink log.Println`
	spare := s.Spare
	log.Println(spare[0].Code) // clean
}
