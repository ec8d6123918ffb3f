// Package requires exercises //phi:requires and PHI2003.
package requires

import (
	"fmt"
	"log"
	"os"

	"example.com/requires/referral"
)

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:check
func Verify(p *Patient) error { return nil }

//phi:audit
func Record(p *Patient) {}

// SendReferral discloses in its body; its callers must check.
//
//phi:requires check
func SendReferral(p *Patient, to string) error {
	log.Printf("referring %s (%s) to %s", p.Name, p.NHSNumber, to) // clean: body taken as guarded
	return nil
}

// PrintLetter writes a letter; its callers must audit.
//
//phi:requires audit
func PrintLetter(p *Patient) error {
	f, err := os.Create("letter.txt")
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintf(f, "Dear %s,\n", p.Name) // clean: body taken as guarded
	return err
}

func Guarded(p *Patient) {
	if Allowed(p) {
		SendReferral(p, "cardiology") // clean
	}
}

func GuardedByError(p *Patient) error {
	if err := Verify(p); err != nil {
		return err
	}
	return SendReferral(p, "cardiology") // clean
}

func Unguarded(p *Patient) {
	SendReferral(p, "cardiology") // want `requires.SendReferral requires a disclosure check`
}

// contract: §3 "Each call of it where the named guard does not hold is
// PHI2003, whatever its arguments".
func UnguardedNoData() {
	SendReferral(&Patient{ID: "test"}, "cardiology") // want `requires.SendReferral requires a disclosure check`
}

// Escalate is itself a requires function: the call inside is guarded.
//
//phi:requires check
func Escalate(p *Patient) {
	SendReferral(p, "a&e") // clean
}

func CallEscalate(p *Patient) {
	Escalate(p) // want `requires.Escalate requires a disclosure check`
}

func AuditedLetter(p *Patient) error {
	Record(p)
	return PrintLetter(p) // clean
}

func UnauditedLetter(p *Patient) error {
	return PrintLetter(p) // want `requires.PrintLetter requires an audit call`
}

// contract: §3 "the default `any` policy does not loosen a named guard".
func CheckedLetter(p *Patient) error {
	if !Allowed(p) {
		return nil
	}
	return PrintLetter(p) // want `requires.PrintLetter requires an audit call`
}

func AuditedReferral(p *Patient) {
	Record(p)
	SendReferral(p, "cardiology") // want `requires.SendReferral requires a disclosure check`
}

func Foreign(c *referral.Case, p *Patient) {
	referral.Send(c, "oncology") // want `referral.Send requires a disclosure check`
	if Allowed(p) {
		referral.Send(c, "oncology") // clean
	}
}

// A method marked requires.

type Spine struct{ endpoint string }

// Publish pushes a record to the spine.
//
//phi:requires check
func (s *Spine) Publish(p *Patient) {
	log.Println("publishing", p.NHSNumber, "to", s.endpoint) // clean
}

func PublishAll(s *Spine, ps []*Patient) {
	for _, p := range ps {
		if !Allowed(p) {
			continue
		}
		s.Publish(p) // clean
	}
	s.Publish(ps[0]) // want `Spine\)?.Publish requires a disclosure check`
}

// An unexported wrapper of a requires function is judged at each of its
// calls, as if inlined there.
// contract: §3 "Unexported functions (not used as a value) are judged at
// each of their calls, as if inlined there".

func refer(p *Patient) { SendReferral(p, "renal") }

func ViaHelper(p *Patient) {
	refer(p) // want `requires.SendReferral requires a disclosure check`
	if Allowed(p) {
		refer(p) // clean
	}
}

// contract: §3 "a `defer`red audit counts at its `defer` statement".
func DeferredAuditLetter(p *Patient) error {
	defer Record(p)
	return PrintLetter(p) // clean
}

// contract: §3 an audit holds when it is "on every path from the place to
// a normal return".
func AuditAfterLetter(p *Patient) {
	PrintLetter(p) // clean
	Record(p)
}
