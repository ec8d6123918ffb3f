package guards

import (
	"errors"
	"fmt"
	"log"
)

// A service that records the disclosure on every path on which it hands
// the record back (its error is nil), and skips the audit where it fails:
// its caller's success branch is audited (contract §3: an audit call is
// on every path to the place), its failure branch and what comes before
// the call are not.

var ErrNoRecord = errors.New("no such patient")

var ward = map[string]*Patient{}

func find(id string) (*Patient, error) {
	p, ok := ward[id]
	if !ok {
		return nil, errors.New("not found")
	}
	return p, nil
}

// Fetch audits after the read, on every path that returns a nil error.
func Fetch(id string) (*Patient, error) {
	p, err := find(id)
	if err != nil {
		return nil, err
	}
	if p.ID == "" {
		return nil, ErrNoRecord
	}
	Record(p, "direct care")
	return p, nil
}

// FetchWrapped fails with a wrapped error; the audit is in a merge.
func FetchWrapped(id string, full bool) (*Patient, error) {
	p, err := find(id)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", id, err)
	}
	if full {
		Record(p, "full record")
	} else {
		Record(p, "summary")
	}
	return p, nil
}

// FetchVia passes on Fetch's error: where it is nil, Fetch audited.
func FetchVia(id string) (*Patient, error) {
	p, err := Fetch(id)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// FetchInTx defers, so it returns through locals: what its failing path
// stored there is the error it returns.
func FetchInTx(id string) (*Patient, error) {
	defer release(id)
	p, err := find(id)
	if err != nil {
		return nil, err
	}
	Record(p, "direct care")
	return p, nil
}

func release(id string) {}

// errStale is nil: returning it is succeeding.
var errStale error

// FetchStale succeeds without an audit on its first path.
func FetchStale(id string) (*Patient, error) {
	if p, ok := ward[id]; ok {
		return p, errStale
	}
	p, err := find(id)
	if err != nil {
		return nil, ErrNoRecord
	}
	Record(p, "direct care")
	return p, nil
}

// FetchSometimes audits only on one of its successful paths.
func FetchSometimes(id string, full bool) (*Patient, error) {
	p, err := find(id)
	if err != nil {
		return nil, err
	}
	if full {
		Record(p, "full record")
	}
	return p, nil
}

// FetchUnlessCached returns a nil error it holds without an audit on one
// path.
func FetchUnlessCached(id string, cached *Patient) (*Patient, error) {
	var err error
	if cached != nil {
		return cached, err
	}
	p, err := find(id)
	if err != nil {
		return nil, err
	}
	Record(p, "direct care")
	return p, nil
}

func SuccessBranch(id string) {
	p, err := Fetch(id)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // clean: Fetch audited on the way here
}

func InsideSuccess(id string) {
	if p, err := Fetch(id); err == nil {
		log.Println("viewed", p.Name) // clean
	}
}

func WrappedFailure(id string) {
	p, err := FetchWrapped(id, false)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // clean
}

func PassedOn(id string) {
	p, err := FetchVia(id)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // clean
}

func Deferring(id string) {
	p, err := FetchInTx(id)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // clean
}

type PatientService interface {
	Fetch(id string) (*Patient, error)
}

type wardService struct{}

func (wardService) Fetch(id string) (*Patient, error) { return Fetch(id) }

func ThroughInterface(s PatientService, id string) {
	p, err := s.Fetch(id)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // clean: every implementation audits on success
}

func ErrorIgnored(id string) {
	p, _ := Fetch(id)
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func FailureBranch(id string) {
	p, err := Fetch(id)
	if err != nil {
		log.Println("failed for", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

func SomePathsOnly(id string) {
	p, err := FetchSometimes(id, false)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func NilErrorUnaudited(id string, cached *Patient) {
	p, err := FetchUnlessCached(id, cached)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// The audit on success comes after the sink; its failure path returns
// without one.
func SinkBeforeAudit(p *Patient) {
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if _, err := Fetch(p.ID); err != nil {
		return
	}
}

func NilVariable(id string) {
	p, err := FetchStale(id)
	if err != nil {
		return
	}
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}
