package writers

import (
	"bytes"
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"mime/quotedprintable"
	"net/smtp"
	"net/textproto"
	"os"
	"text/tabwriter"
)

// Encoders that wrap a writer write what they are given, encoded, to it:
// an e-mail body encoded quoted-printable or base64 into a buffer is
// still the patient's data when the buffer is sent.

func mail(body []byte) {
	smtp.SendMail("smtp.example.nhs.uk:25", nil, "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}, body)
}

func QuotedPrintable(p *Patient) {
	var named bytes.Buffer
	qp := quotedprintable.NewWriter(&named)
	qp.Write([]byte("Dear " + p.Name))
	qp.Close()
	smtp.SendMail("smtp.example.nhs.uk:25", nil, "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}, named.Bytes()) // want `Patient.Name \(direct\) is transmitted by smtp.SendMail`
	var plain bytes.Buffer
	qp = quotedprintable.NewWriter(&plain)
	qp.Write([]byte("Your appointment, ref " + p.ID))
	qp.Close()
	smtp.SendMail("smtp.example.nhs.uk:25", nil, "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}, plain.Bytes()) // clean: a surrogate key
}

func QuotedPrintableToFile(p *Patient) {
	f, _ := os.Create("letter.eml")
	defer f.Close()
	qp := quotedprintable.NewWriter(f)
	qp.Write([]byte(p.Diagnosis)) // want `Patient.Diagnosis \(clinical\) is exported by`
	qp.Write([]byte(p.ID))        // clean
}

func Base64(p *Patient) {
	var named bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &named)
	w.Write([]byte(p.NHSNumber))
	w.Close()
	smtp.SendMail("smtp.example.nhs.uk:25", nil, "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}, named.Bytes()) // want `Patient.NHSNumber \(direct\) is transmitted by smtp.SendMail`
	var plain bytes.Buffer
	w = base64.NewEncoder(base64.StdEncoding, &plain)
	w.Write([]byte(p.ID))
	w.Close()
	smtp.SendMail("smtp.example.nhs.uk:25", nil, "clinic@example.nhs.uk", []string{"gp@example.nhs.uk"}, plain.Bytes()) // clean
}

func OtherEncoders(p *Patient) {
	f, _ := os.Create("codes.txt")
	defer f.Close()
	base32.NewEncoder(base32.StdEncoding, f).Write([]byte(p.Name)) // want `Patient.Name \(direct\) is exported by`
	base32.NewEncoder(base32.StdEncoding, f).Write([]byte(p.ID))   // clean
	ascii85.NewEncoder(f).Write([]byte(p.Name))                    // want `Patient.Name \(direct\) is exported by`
	ascii85.NewEncoder(f).Write([]byte(p.ID))                      // clean
	hex.NewEncoder(f).Write([]byte(p.Name))                        // want `Patient.Name \(direct\) is exported by`
	hex.NewEncoder(f).Write([]byte(p.ID))                          // clean
	hex.Dumper(f).Write([]byte(p.Name))                            // want `Patient.Name \(direct\) is exported by`
	hex.Dumper(f).Write([]byte(p.ID))                              // clean
}

func Columns(p *Patient) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	tw.Write([]byte(p.ID + "\t" + p.Name + "\n")) // want `Patient.Name \(direct\) reaches log sink`
	tw.Write([]byte(p.ID + "\n"))                 // clean
	tw.Flush()
	var re tabwriter.Writer
	re.Init(os.Stdout, 0, 8, 1, ' ', 0).Write([]byte(p.Diagnosis)) // want `Patient.Diagnosis \(clinical\) reaches log sink`
	re.Init(os.Stdout, 0, 8, 1, ' ', 0).Write([]byte(p.ID))        // clean
}

// A MIME header keeps the values set into it: a part headed with the
// patient's name, written into the message, sends it.

func MIMEHeader(p *Patient) {
	named := textproto.MIMEHeader{}
	named.Set("Subject", "Results for "+p.Name)
	named.Add("X-Ref", p.ID)
	mail([]byte(named.Get("Subject"))) // want `Patient.Name \(direct\) is transmitted by`
	plain := textproto.MIMEHeader{}
	plain.Set("Subject", "Results")
	plain.Add("X-Ref", p.ID)
	mail([]byte(plain.Get("Subject") + plain.Get("X-Ref"))) // clean
}
