// Package app uses the ehr packages, whose marks all come from the
// configuration (config_test.go).
package app

import (
	"context"
	"log"

	"example.com/ehr/audit"
	"example.com/ehr/consent"
	"example.com/ehr/model"
	"example.com/ehr/notify"
	"example.com/ehr/redact"
	"example.com/ehr/redactx"
	"example.com/ehr/referral"
	"example.com/ehr/store"
	"example.com/ehr/web"
)

func SourceField(p *model.Patient) {
	log.Println("patient", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println("ward", p.Ward)    // clean
}

func SourceType(p *model.Patient) {
	log.Println("nhs", p.NHS) // want `NHSNumber.* reaches log sink log.Println`
}

func SourceFunc(s *store.Store, id string) {
	p, err := s.GetPatient(id)
	if err != nil {
		log.Println("lookup failed:", err) // clean: the error result
		return
	}
	log.Printf("loaded %v", p)        // want `reaches log sink log.Printf`
	log.Println("id", p.ID)           // clean: Patient marks Name, so p is a record
	log.Println("ward", s.WardOf(id)) // clean
}

func SourceFuncUnmarkedType(id string) {
	c := store.ContactFor(id)
	log.Println("phone", c.Phone) // want `reaches log sink log.Println`
}

func Sink(p *model.Patient) {
	notify.SendSMS(p.Phone, "Dear "+p.Name+", your appointment is confirmed") // want `Patient.Name \(direct\) is transmitted by notify.SendSMS`
	notify.SendSMS(p.Phone, "Your appointment is confirmed")                  // clean
}

func Check(ctx context.Context, p *model.Patient) {
	if consent.Check(ctx, p) {
		log.Println("sharing", p.Name) // clean
	}
}

func IgnoredCheck(ctx context.Context, p *model.Patient) {
	consent.Check(ctx, p) // want `result of disclosure check consent.Check is ignored`
}

func Audit(al *audit.Log, p *model.Patient) {
	al.Record(p.ID, "view")
	log.Println("viewed", p.Name) // clean
}

func Sanitizer(p *model.Patient) {
	log.Println("patient", redact.Name(p.Name))  // clean
	log.Println("nhs", redact.NHS(p.NHS))        // clean
	log.Println("patient", redactx.Name(p.Name)) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Requires(ctx context.Context, p *model.Patient) {
	referral.Send(p, "cardiology") // want `referral.Send requires a disclosure check`
	if consent.Check(ctx, p) {
		referral.Send(p, "cardiology") // clean
	}
}

func SourceVar() {
	log.Println("last caller", store.LastCaller) // want `reaches log sink log.Println`
}

func LogSinkMethod(pg *notify.Pager, p *model.Patient) {
	pg.Page("bed 4: " + p.Name) // want `Patient.Name \(direct\) reaches log sink`
	pg.Page("bed 4: " + p.Ward) // clean
}

func RespondSink(c *web.Context, p *model.Patient) {
	c.JSON(200, p)                             // want `Patient\..* is sent in a response by`
	c.JSON(200, map[string]string{"id": p.ID}) // clean
}
