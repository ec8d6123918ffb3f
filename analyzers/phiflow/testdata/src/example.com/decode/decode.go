// Package decode exercises §3 "its unmarked fields are not identifiable on
// their own" for a record that a decoder fills: a document decoded into a
// record holds identifiable data in the record's marked fields, while a
// document decoded into an unmarked container keeps its label everywhere.
package decode

import (
	"encoding/json"
	"log"
	"os"
)

// Referral is a record: its notes are marked, its keys are not.
type Referral struct {
	Key      string
	Kind     string
	Sections []Section
	Sender   *Sender
}

type Section struct {
	Link string
	Text string `phi:"clinical"`
}

type Sender struct {
	Code string
}

// Summary marks nothing: it is not a record.
type Summary struct {
	Key   string
	Title string
}

// ReadArchived returns a stored referral document as it was sent.
//
//phi:source clinical
func ReadArchived(name string) []byte {
	b, _ := os.ReadFile(name)
	return b
}

func DecodedRecordKeys(name string) {
	var r Referral
	if err := json.Unmarshal(ReadArchived(name), &r); err != nil {
		return
	}
	log.Print(r.Key, r.Kind) // clean: unmarked fields of a record
	for _, s := range r.Sections {
		log.Print(s.Link) // clean: an unmarked field of a nested record
		log.Print(s.Text) // want `Section.Text \(clinical\) reaches log sink log.Print`
	}
	if r.Sender != nil {
		log.Print(r.Sender.Code) // clean: a field of a type that marks nothing, inside the record
	}
	log.Print(r) // want `Section.Text \(clinical\) reaches log sink log.Print`
}

func DecodedRecordPointer(name string) {
	r := &Referral{}
	_ = json.Unmarshal(ReadArchived(name), r)
	log.Printf("referral %s of kind %s", r.Key, r.Kind) // clean: unmarked fields of a record
}

func DecodedUnmarkedStruct(name string) {
	var s Summary
	_ = json.Unmarshal(ReadArchived(name), &s)
	log.Print(s.Title) // want `decode.ReadArchived\(\) \(clinical\) reaches log sink log.Print`
}

func DecodedGenericMap(name string) {
	var doc map[string]any
	_ = json.Unmarshal(ReadArchived(name), &doc)
	log.Print(doc["key"]) // want `decode.ReadArchived\(\) \(clinical\) reaches log sink log.Print`
}

func DecodedSectionsOnly(name string) {
	// A slice of records is a record too.
	var sections []Section
	_ = json.Unmarshal(ReadArchived(name), &sections)
	for _, s := range sections {
		log.Print(s.Link) // clean: an unmarked field of a record
	}
}

func AssignedAfterDecode(name string) {
	var r Referral
	raw := ReadArchived(name)
	_ = json.Unmarshal(raw, &r)
	r.Kind = string(raw) // the code puts the document itself into an unmarked field
	log.Print(r.Kind)    // want `decode.ReadArchived\(\) \(clinical\) reaches log sink log.Print`
}
