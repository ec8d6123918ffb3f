package gomailleaks

import (
	"bytes"
	"fmt"
	"io"

	gomail "gopkg.in/gomail.v2"

	"example.com/thirdparty/model"
)

// letter renders a document; what it holds is what its write method
// copies into an attachment.
type letter struct{ body string }

func (l *letter) write(w io.Writer) error {
	_, err := io.WriteString(w, l.body)
	return err
}

// SendDischargeLetter attaches a document naming the patient: gomail
// calls the copy function with the message's writer when it sends.
func SendDischargeLetter(d *gomail.Dialer, p *model.Patient) error {
	var doc bytes.Buffer
	fmt.Fprintf(&doc, "Discharge summary for %s", p.Name)
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.SetBody("text/plain", "Please find the summary attached.")
	m.Attach("summary.txt", gomail.SetCopyFunc(func(w io.Writer) error {
		_, err := io.Copy(w, &doc)
		return err
	}))
	return d.DialAndSend(m) // want "PHI1003"
}

// SendDischargeLetterByRecord attaches a document naming the record only.
func SendDischargeLetterByRecord(d *gomail.Dialer, p *model.Patient) error {
	var doc bytes.Buffer
	fmt.Fprintf(&doc, "Discharge summary for record %s", p.ID)
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Attach("summary.txt", gomail.SetCopyFunc(func(w io.Writer) error {
		_, err := io.Copy(w, &doc)
		return err
	}))
	return d.DialAndSend(m)
}

// SendLeaflet attaches a file from disk by its name only.
func SendLeaflet(d *gomail.Dialer, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "patient@example.org")
	m.Attach("leaflet.pdf")
	return d.DialAndSend(m)
}

// SendLetterNamedAfterPatient: the file's name is the attachment's name
// in the message.
func SendLetterNamedAfterPatient(s gomail.SendCloser, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Attach("/tmp/letters/" + p.Name + ".pdf")
	return gomail.Send(s, m) // want "PHI1003"
}

// SendSignature embeds an image the copy function writes with fmt.
func SendSignature(s gomail.SendCloser, p *model.Patient) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Embed("sig.txt", gomail.SetCopyFunc(func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "signed for %s", p.NHSNumber)
		return err
	}))
	return gomail.Send(s, m) // want "PHI1003"
}

// SendLogo embeds an image whose content identifies no one.
func SendLogo(s gomail.SendCloser, logo []byte) error {
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Embed("logo.png", gomail.SetCopyFunc(func(w io.Writer) error {
		_, err := w.Write(logo)
		return err
	}))
	return gomail.Send(s, m)
}

// SendLetterMethod: the copy function is a document's bound method.
func SendLetterMethod(d *gomail.Dialer, p *model.Patient) error {
	l := &letter{body: "Dear " + p.Name}
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Attach("letter.txt", gomail.SetCopyFunc(l.write))
	return d.DialAndSend(m) // want "PHI1003"
}

// SendTemplateMethod: the same with a document naming no one.
func SendTemplateMethod(d *gomail.Dialer) error {
	l := &letter{body: "Dear colleague"}
	m := gomail.NewMessage()
	m.SetHeader("To", "gp@example.org")
	m.Attach("letter.txt", gomail.SetCopyFunc(l.write))
	return d.DialAndSend(m)
}
