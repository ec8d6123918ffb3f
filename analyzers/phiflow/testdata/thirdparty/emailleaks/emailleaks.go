// Package emailleaks has the cases of github.com/jordan-wright/email,
// which phivet analyses as any dependency: a message's body, subject,
// recipients and attachments are written into the bytes it sends through
// net/smtp (encoded quoted-printable or base64, headed by MIME headers).
package emailleaks

import (
	"crypto/tls"
	"net/smtp"
	"strings"
	"time"

	"github.com/jordan-wright/email"
)

type Appointment struct {
	Ref   string
	Name  string `phi:"direct"`
	Email string `phi:"direct"`
	Notes string `phi:"clinical"`
}

func Send(a *Appointment, auth smtp.Auth) {
	e := email.NewEmail()
	e.From, e.To = "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}
	e.HTML = []byte("<p>Dear " + a.Name + "</p>")
	e.Send("smtp.example.nhs.uk:587", auth) // want `Appointment.Name \(direct\) is transmitted by smtp.SendMail`
	clean := email.NewEmail()
	clean.From, clean.To = "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}
	clean.HTML = []byte("<p>Your appointment " + a.Ref + "</p>")
	clean.Send("smtp.example.nhs.uk:587", auth)
}

func SendWithTLS(a *Appointment, auth smtp.Auth) {
	e := &email.Email{From: "clinic@example.nhs.uk", To: []string{"gp@example.nhs.uk"}, Subject: "Results for " + a.Name}
	e.SendWithTLS("smtp.example.nhs.uk:465", auth, &tls.Config{}) // want `Appointment.Name \(direct\) is transmitted by`
	clean := &email.Email{From: "clinic@example.nhs.uk", To: []string{"gp@example.nhs.uk"}, Subject: "Results " + a.Ref}
	clean.SendWithTLS("smtp.example.nhs.uk:465", auth, &tls.Config{})
}

func SendWithStartTLS(a *Appointment, auth smtp.Auth) {
	e := &email.Email{From: "clinic@example.nhs.uk", To: []string{"gp@example.nhs.uk"}, Text: []byte(a.Notes)}
	e.SendWithStartTLS("smtp.example.nhs.uk:587", auth, &tls.Config{}) // want `Appointment.Notes \(clinical\) is transmitted by`
	clean := &email.Email{From: "clinic@example.nhs.uk", To: []string{"gp@example.nhs.uk"}, Text: []byte(a.Ref)}
	clean.SendWithStartTLS("smtp.example.nhs.uk:587", auth, &tls.Config{})
}

func Attach(a *Appointment, auth smtp.Auth) {
	e := email.NewEmail()
	e.From, e.To = "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}
	e.Attach(strings.NewReader(a.Notes), "notes.txt", "text/plain")
	e.Send("smtp.example.nhs.uk:587", auth) // want `Appointment.Notes \(clinical\) is transmitted by smtp.SendMail`
	clean := email.NewEmail()
	clean.From, clean.To = "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}
	clean.Attach(strings.NewReader(a.Ref), "ref.txt", "text/plain")
	clean.Send("smtp.example.nhs.uk:587", auth)
}

func Pool(a *Appointment, p *email.Pool) {
	e := &email.Email{From: "clinic@example.nhs.uk", To: []string{a.Email}}
	p.Send(e, time.Second) // want `Appointment.Email \(direct\) is transmitted by \(\*smtp.Client\).Rcpt` `Appointment.Email \(direct\) is transmitted by \(io.Writer\).Write`
}

func PoolClean(a *Appointment, p *email.Pool) {
	clean := &email.Email{From: "clinic@example.nhs.uk", To: []string{"gp@example.nhs.uk"}, Text: []byte(a.Ref)}
	p.Send(clean, time.Second)
}
