package formatting

import (
	"fmt"
	"log"
)

// Printing a value calls its String or Error method, and those of its
// exported fields, which may read more than the value holds.

//phi:source direct
func nameOf(id string) string { return "name-" + id }

// PatientRef prints as the name it refers to.
type PatientRef string

func (r PatientRef) String() string { return nameOf(string(r)) }

// Code prints as itself.
type Code string

func (c Code) String() string { return "code:" + string(c) }

// Visit holds a reference, printed through its String.
type Visit struct {
	Room string
	Who  PatientRef
}

// visitNote holds one only in an unexported field, which fmt cannot call
// a method of: it prints the string itself.
type visitNote struct {
	Room string
	who  PatientRef
}

func Stringers(id string) {
	log.Printf("seen %v", PatientRef(id))                  // want `formatting.nameOf\(\) \(direct\) reaches log sink log\.Printf`
	log.Print(fmt.Errorf("visit %v", Visit{"3B", "p-1"}))  // want `formatting.nameOf\(\) \(direct\) reaches log sink log\.Print`
	log.Printf("coded %v", Code(id))                       // clean: String shows only the code
	log.Printf("note %v", visitNote{"3B", PatientRef(id)}) // clean: the unexported field prints as the ID
}
