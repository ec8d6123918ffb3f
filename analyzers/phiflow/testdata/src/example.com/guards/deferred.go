package guards

import (
	"fmt"
	"log"
)

// A function that returns its data only after Verify succeeded is a
// check for its callers, also when its error result lives in a local
// because a deferred call takes its address (a transaction finisher) or
// a deferred closure reads it.

type txn struct{}

func (*txn) Finish(err *error) {}

//phi:source direct
func loadPatient(id string) *Patient { return &Patient{ID: id} }

// VerifiedTx checks, under a transaction finished by a deferred call.
func VerifiedTx(id string) (p *Patient, err error) {
	tx := &txn{}
	defer tx.Finish(&err)
	p = loadPatient(id)
	if err = Verify(p); err != nil {
		return nil, fmt.Errorf("verify: %w", err)
	}
	return p, nil
}

// VerifiedRollback checks, with a deferred closure reading the error.
func VerifiedRollback(id string) (p *Patient, err error) {
	defer func() {
		if err != nil {
			log.Print("rolled back")
		}
	}()
	q := loadPatient(id)
	if err = Verify(q); err != nil {
		return
	}
	return q, nil
}

// UnverifiedTx returns the record on the failure path too.
func UnverifiedTx(id string) (p *Patient, err error) {
	tx := &txn{}
	defer tx.Finish(&err)
	p = loadPatient(id)
	err = Verify(p)
	return p, nil
}

func DeferredChecks(id string) {
	if p, err := VerifiedTx(id); err == nil {
		log.Print(p.Name) // clean: VerifiedTx returns it only once Verify succeeded
	}
	if p, err := VerifiedRollback(id); err == nil {
		log.Print(p.Name) // clean: likewise
	}
	if p, err := UnverifiedTx(id); err == nil {
		log.Print(p.Name) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}
