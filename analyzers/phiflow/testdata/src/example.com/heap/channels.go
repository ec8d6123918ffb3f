package heap

import "log"

// Admission pairs a stay with the patient's name.
type Admission struct {
	Unit string
	Name string
}

// A struct sent on a channel keeps its fields apart.
func AdmissionOverChannel(p *Patient, s *Stay) {
	ch := make(chan Admission, 1)
	ch <- Admission{Unit: s.Unit, Name: p.Name}
	a := <-ch
	log.Print(a.Unit)
	log.Print(a.Name) // want `Patient.Name`
}

func AdmissionOverChannelOK(p *Patient, s *Stay) {
	ch := make(chan Admission, 1)
	ch <- Admission{Unit: s.Unit, Name: p.Name}
	if a, ok := <-ch; ok {
		log.Print(a.Unit)
		log.Print(a) // want `Patient.Name`
	}
}

func AdmissionsRanged(p *Patient, s *Stay) {
	ch := make(chan Admission, 1)
	ch <- Admission{Unit: s.Unit, Name: p.Name}
	close(ch)
	for a := range ch {
		log.Print(a.Unit)
		log.Print(a.Name) // want `Patient.Name`
	}
}

// Struct values of a map keep their fields apart too.
func AdmissionsByID(p *Patient, s *Stay) {
	m := map[string]Admission{}
	m[p.ID] = Admission{Unit: s.Unit, Name: p.Name}
	for _, a := range m {
		log.Print(a.Unit)
		log.Print(a.Name) // want `Patient.Name`
	}
	log.Print(m["x"].Unit)
	if a, ok := m["y"]; ok {
		log.Print(a.Unit)
		log.Print(a.Name) // want `Patient.Name`
	}
}

// A channel of plain strings still carries what is sent.
func NamesOverChannel(p *Patient) {
	ch := make(chan string, 1)
	ch <- p.Name
	log.Print(<-ch) // want `Patient.Name`
}
