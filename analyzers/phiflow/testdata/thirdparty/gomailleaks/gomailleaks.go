// Package gomailleaks has the cases of gopkg.in/gomail.v2: a message is
// transmitted when a dialer or a sender sends it.
package gomailleaks

import (
	gomail "gopkg.in/gomail.v2"

	"example.com/thirdparty/model"
)

func Remind(d *gomail.Dialer, p *model.Patient, when string) error {
	m := gomail.NewMessage()
	m.SetHeader("From", "clinic@example.org")
	m.SetHeader("To", p.NHSNumber+"@nhs.example")
	m.SetBody("text/plain", "Dear "+p.Name+", your appointment is at "+when)
	return d.DialAndSend(m) // want "PHI1003"
}

func RemindAnonymously(d *gomail.Dialer, s gomail.SendCloser, p *model.Patient, when string) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "reminders@example.org")
	m.SetBody("text/plain", "An appointment for record "+p.ID+" is at "+when)
	if err := gomail.Send(s, m); err != nil {
		return err
	}
	return d.DialAndSend(m)
}

func Forward(s gomail.SendCloser, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "registry@example.org")
	m.SetBody("text/plain", p.Name)
	return gomail.Send(s, m) // want "PHI1003"
}

func RemindInHTML(d *gomail.Dialer, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "reminders@example.org")
	m.SetBody("text/plain", "An appointment is booked.")
	m.AddAlternative("text/html", "<p>Diagnosis: "+p.Diagnosis+"</p>")
	return d.DialAndSend(m) // want "PHI1003"
}

func RemindInHTMLAnonymously(d *gomail.Dialer, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "reminders@example.org")
	m.AddAlternative("text/html", "<p>Record "+p.ID+"</p>")
	return d.DialAndSend(m)
}
