package app

import (
	"log"

	"example.com/xpkg/lib"
)

// QueueAndLogLanes: the lanes of a batch built in another package hold
// none of the payloads.
func QueueAndLogLanes(p *lib.Patient) {
	tasks := lib.Batch(p.Name, p.ID)
	lib.LogLanes(tasks)
	for _, t := range tasks {
		log.Print(t.Lane)
	}
}

// LogPayloads: a task's payload is what was queued.
func LogPayloads(p *lib.Patient) {
	tasks := lib.Batch(p.Name)
	for _, t := range tasks {
		log.Print(t.Payload) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// LogValueLanes and LogValuePayloads: as above, for a slice of structs.
func LogValueLanes(p *lib.Patient) {
	for _, t := range lib.Values(p.Name) {
		log.Print(t.Lane)
	}
}

func LogValuePayloads(p *lib.Patient) {
	for _, t := range lib.Values(p.Name) {
		log.Print(t.Payload) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

// LogBatch: the batch printed whole shows its payloads.
func LogBatch(p *lib.Patient) {
	log.Print(lib.Batch(p.Name)[0]) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
