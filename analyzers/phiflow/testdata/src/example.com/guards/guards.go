// Package guards exercises §3 "When a flow is acceptable": checks, audits
// and PHI2001.
package guards

import (
	"context"
	"errors"
	"log"

	"example.com/guards/consent"
)

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
}

//phi:check
func Allowed(ctx context.Context, p *Patient) bool { return p.ID != "" }

//phi:check
func Verify(p *Patient) error {
	if p.ID == "" {
		return errors.New("no consent on file")
	}
	return nil
}

//phi:check
func Consent(p *Patient) (basis string, ok bool) { return "direct care", p.ID != "" }

//phi:audit
func Record(p *Patient, purpose string) {}

// Checks returning bool.

func EarlyReturn(ctx context.Context, p *Patient) {
	if !Allowed(ctx, p) {
		return
	}
	log.Println("sharing", p.Name) // clean
}

func InsideIf(ctx context.Context, p *Patient) {
	if Allowed(ctx, p) {
		log.Println("sharing", p.Name) // clean
	}
}

func AndCondition(ctx context.Context, p *Patient, urgent bool) {
	if Allowed(ctx, p) && urgent {
		log.Println("urgent share", p.Name) // clean
	}
}

func OrCondition(ctx context.Context, p *Patient, urgent bool) {
	if Allowed(ctx, p) || urgent {
		log.Println("share", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

func WrongBranch(ctx context.Context, p *Patient) {
	if !Allowed(ctx, p) {
		log.Println("refused for", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
		return
	}
}

func StoredResult(ctx context.Context, p *Patient) {
	ok := Allowed(ctx, p)
	if !ok {
		return
	}
	log.Println("sharing", p.Name) // clean
}

func SinkBeforeCheck(ctx context.Context, p *Patient) {
	log.Println("checking", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if !Allowed(ctx, p) {
		return
	}
}

func InLoop(ctx context.Context, ps []*Patient) {
	for _, p := range ps {
		if !Allowed(ctx, p) {
			continue
		}
		log.Println("sharing", p.NHSNumber) // clean
	}
}

func LastBoolResult(p *Patient) {
	basis, ok := Consent(p)
	if !ok {
		return
	}
	log.Println("sharing under", basis, p.Name) // clean
}

// Checks returning error.

func ErrorCheck(p *Patient) error {
	if err := Verify(p); err != nil {
		return err
	}
	log.Println("sharing", p.Name) // clean
	return nil
}

func ErrorCheckNil(p *Patient) {
	if err := Verify(p); err == nil {
		log.Println("sharing", p.Name) // clean
	}
}

func ErrorCheckWrongBranch(p *Patient) {
	if err := Verify(p); err != nil {
		log.Println("no consent for", p.Name, err) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

// Check wrappers: a function that returns a check's result on every path
// is itself a check.

type decision struct {
	patient string
	ok      bool
}

// contract: §3 PHI2001 "(returning it or storing it in a field is not
// ignoring it)".
func decide(ctx context.Context, p *Patient) *decision {
	d := &decision{patient: p.ID}
	d.ok = Allowed(ctx, p) // clean: stored in a field
	return d
}

func canShare(ctx context.Context, p *Patient, emergency bool) bool {
	if emergency {
		return Allowed(context.WithoutCancel(ctx), p)
	}
	return Allowed(ctx, p)
}

func ViaUnexportedWrapper(ctx context.Context, p *Patient) {
	if !canShare(ctx, p, false) {
		return
	}
	log.Println("sharing", p.Name) // clean
}

// MayDisclose is an exported check wrapper.
func MayDisclose(ctx context.Context, p *Patient) bool { return Allowed(ctx, p) }

func ViaExportedWrapper(ctx context.Context, p *Patient) {
	if MayDisclose(ctx, p) {
		log.Println("sharing", p.Name) // clean
	}
}

func verified(p *Patient) error { return Verify(p) }

func ViaErrorWrapper(p *Patient) {
	if verified(p) != nil {
		return
	}
	log.Println("sharing", p.Name) // clean
}

func ViaOtherPackage(p *Patient) {
	s := &consent.Subject{ID: p.ID}
	if consent.Permit(s) {
		log.Println("sharing", p.Name) // clean: consent.Permit wraps consent.Check
	}
}

// notAlways returns true without checking on one path: not a check.
func notAlways(ctx context.Context, p *Patient) bool {
	if p.ID == "test" {
		return true
	}
	return Allowed(ctx, p)
}

func ViaNonWrapper(ctx context.Context, p *Patient) {
	if notAlways(ctx, p) {
		log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

// Audits.

func AuditBefore(p *Patient) {
	Record(p, "direct care")
	log.Println("viewed", p.Name) // clean
}

func AuditAfter(p *Patient, full bool) {
	log.Println("viewed", p.Name) // clean: audited on every path to return
	if full {
		Record(p, "full record")
		return
	}
	Record(p, "summary")
}

func AuditOneBranch(p *Patient, urgent bool) {
	if urgent {
		Record(p, "urgent")
	}
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func AuditAfterOneBranch(p *Patient, full bool) {
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if full {
		Record(p, "full record")
	}
}

func DeferredAudit(p *Patient) {
	defer Record(p, "direct care")
	log.Println("viewed", p.Name) // clean
}

// contract: §3 "a `defer`red audit counts at its `defer` statement" — here
// it is on every path from the sink to the return.
func DeferredAuditAfter(p *Patient) {
	log.Println("viewed", p.Name) // clean
	defer Record(p, "direct care")
}

func DeferredAuditOneBranch(p *Patient, urgent bool) {
	if urgent {
		defer Record(p, "urgent")
	}
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// PHI2001: a check's result ignored.

func IgnoredStatement(ctx context.Context, p *Patient) {
	Allowed(ctx, p) // want `result of disclosure check guards.Allowed is ignored`
}

func IgnoredBlank(ctx context.Context, p *Patient) {
	_ = Allowed(ctx, p) // want `result of disclosure check guards.Allowed is ignored`
}

func IgnoredDeferred(ctx context.Context, p *Patient) {
	defer Allowed(ctx, p) // want `result of disclosure check guards.Allowed is ignored`
}

func IgnoredError(p *Patient) {
	Verify(p) // want `result of disclosure check guards.Verify is ignored`
}

func IgnoredErrorBlank(p *Patient) {
	_ = Verify(p) // want `result of disclosure check guards.Verify is ignored`
}

func NeverBranchedOn(ctx context.Context, p *Patient) {
	ok := Allowed(ctx, p) // want `result of disclosure check guards.Allowed is ignored`
	log.Println("consent:", ok)
}

func ReturnedCheck(ctx context.Context, p *Patient) bool {
	return Allowed(ctx, p) // clean: returned
}

// contract: §3 "A function that returns a check's result on every path is
// itself a check", so ignoring a wrapper's result is ignoring a check.
func IgnoredWrapper(ctx context.Context, p *Patient) {
	MayDisclose(ctx, p) // want `result of disclosure check guards.MayDisclose is ignored`
}

func IgnoredForeignWrapper(p *Patient) {
	consent.Permit(&consent.Subject{ID: p.ID}) // want `result of disclosure check consent.Permit is ignored`
}

// More shapes of guarded code.

func InitStatement(ctx context.Context, p *Patient) {
	if ok := Allowed(ctx, p); !ok {
		return
	}
	log.Println("sharing", p.Name) // clean
}

func SwitchCheck(ctx context.Context, p *Patient) {
	switch {
	case !Allowed(ctx, p):
		return
	}
	log.Println("sharing", p.Name) // clean
}

// contract: §3 "A function literal is part of the function that encloses
// it" — the closure runs where the check holds.
func CheckedClosure(ctx context.Context, p *Patient) {
	if !Allowed(ctx, p) {
		return
	}
	defer func() {
		log.Println("shared", p.Name) // clean
	}()
}

func DeferredAuditClosure(p *Patient) {
	defer func() { Record(p, "direct care") }()
	log.Println("viewed", p.Name) // clean: deferred audit
}

// contract: §3 an audit holds when it is "on every path from the place to
// a normal return" — the panicking path is not a normal return.
func AuditAfterWithPanic(p *Patient, corrupt bool) {
	log.Println("viewed", p.Name) // clean
	if corrupt {
		panic("corrupt record")
	}
	Record(p, "direct care")
}

func AuditInLoopOnly(ps []*Patient) {
	for _, p := range ps {
		Record(p, "batch")
	}
	log.Println("first", ps[0].Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func CheckOtherBranchOfElse(ctx context.Context, p *Patient) {
	if Allowed(ctx, p) {
		log.Println("ok") // clean
	} else {
		log.Println("denied", p.NHSNumber) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
	}
}

func AuditAfterEarlyReturn(p *Patient, brief bool) {
	log.Println("viewed", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if brief {
		return
	}
	Record(p, "full record")
}

// The loop may run zero times: the check does not dominate the sink.
func CheckedInLoop(ctx context.Context, ps []*Patient) {
	for _, p := range ps {
		if !Allowed(ctx, p) {
			return
		}
	}
	log.Println("first", ps[0].Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func OverwrittenResult(ctx context.Context, p *Patient, override bool) {
	ok := Allowed(ctx, p)
	if override {
		ok = true
	}
	if ok {
		log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

type Redactor struct{}

//phi:sanitize
func (Redactor) Name(s string) string { return s[:1] + "." }

func SanitizerMethod(r Redactor, p *Patient) {
	log.Println("patient", r.Name(p.Name)) // clean: sanitized
}
