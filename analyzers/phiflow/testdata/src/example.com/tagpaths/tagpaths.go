// Package tagpaths holds structs marked by a tag rule (TestConfigTagRule).
package tagpaths

import "log"

// Admission is filled from a message by its hl7 tags.
type Admission struct {
	MRN       string `hl7:"PID.3"`
	Name      string `hl7:"PID.5.1"`
	Phone     string `hl7:"PID-13"`
	SetID     string `hl7:"PID.1"`
	Ward      string `hl7:"PV1.3"`
	Surname   string `hl7:"PID.51"`
	Pseudonym string `hl7:"PID.5.9"`
	Note      string `json:"PID.5"`
}

func TagRule(a *Admission) {
	log.Println(a.MRN)       // want `Admission.MRN \(direct\) reaches log sink log.Println`
	log.Println(a.Name)      // want `Admission.Name \(direct\) reaches log sink log.Println`
	log.Println(a.Phone)     // want `Admission.Phone \(direct\) reaches log sink log.Println`
	log.Println(a.SetID)     // clean: PID.1 is not matched
	log.Println(a.Ward)      // clean
	log.Println(a.Surname)   // clean: \b keeps PID.51 out of PID.5
	log.Println(a.Pseudonym) // clean: a field entry wins over a tag rule
	log.Println(a.Note)      // clean: another tag key
	log.Println(a)           // want `reaches log sink log.Println`
}
