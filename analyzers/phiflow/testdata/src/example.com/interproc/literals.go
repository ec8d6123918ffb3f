package interproc

import "log"

// A record literal holds what it is given (contract §3): handed to a
// helper judged at its calls, one given only constants, or nothing,
// holds nothing identifiable, and the helper's read of its marked field
// is no flow. One given the caller's data is a flow that names it.

func logArrival(p Patient) {
	log.Printf("arrived %s", p.Name) // clean here: judged at each call
}

func passArrival(p Patient) {
	Debug(p.NHSNumber) // clean here: judged at each call
}

func logArrivalOf(p *Patient) {
	log.Printf("arrived %s", p.Name) // clean here: judged at each call
}

func Demo() {
	logArrival(Patient{Name: "Test Patient"})     // clean: a constant is not a person's data
	logArrival(Patient{ID: "42"})                 // clean: the marked field was given nothing
	logArrival(Patient{})                         // clean: an empty literal holds nothing
	passArrival(Patient{NHSNumber: "0000000000"}) // clean: through an exported sink too
	logArrivalOf(&Patient{Name: "Test Patient"})  // clean: through a pointer too
}

func Arrive(name string) {
	logArrival(Patient{Name: name})       // want `Patient.Name \(direct\) reaches log sink log.Printf`
	passArrival(Patient{NHSNumber: name}) // want `Patient.NHSNumber \(direct\) reaches log sink log.Printf`
}
