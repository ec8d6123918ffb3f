package stdlib

import (
	"fmt"
	"log"
	"net"
	"net/mail"
	"net/netip"
	"net/url"
	"time"
)

// A parser's error that quotes the text it was given carries that text,
// as strconv's do: time.ParseError, url.Error, net/mail's and netip's
// errors all print the input.

type Referral struct {
	Ref       string
	BirthDate string `phi:"indirect"`
	Email     string `phi:"direct"`
	ClientIP  string `phi:"indirect"`
	Clinic    string
}

const dateLayout = "2006-01-02"

func TimeParseError(r *Referral) {
	if _, err := time.Parse(dateLayout, r.BirthDate); err != nil {
		log.Printf("bad birth date: %v", err) // want `Referral.BirthDate \(indirect\) reaches log sink log.Printf`
	}
}

func TimeParseInLocationError(r *Referral) {
	if _, err := time.ParseInLocation(dateLayout, r.BirthDate, time.UTC); err != nil {
		log.Print(err.Error()) // want `Referral.BirthDate \(indirect\) reaches log sink log.Print`
	}
}

func DurationError(p *Patient) error {
	_, err := time.ParseDuration(p.Name)
	if err != nil {
		log.Print(fmt.Errorf("reminder interval: %w", err)) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
	return err
}

func URLParseError(p *Patient) {
	if _, err := url.Parse("https://pds.example/Patient/" + p.Name); err != nil {
		log.Print(err) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
	if _, err := url.ParseRequestURI("/Patient/" + p.Phone); err != nil {
		log.Print(err) // want `Patient.Phone \(direct\) reaches log sink log.Print`
	}
}

func ResolveError(base *url.URL, p *Patient) {
	if _, err := base.Parse(p.Name); err != nil {
		log.Print(err) // want `Patient.Name \(direct\) reaches log sink log.Print`
	}
}

func MailAddressError(r *Referral) {
	if _, err := mail.ParseAddress(r.Email); err != nil {
		log.Print(err) // want `Referral.Email \(direct\) reaches log sink log.Print`
	}
	var parser mail.AddressParser
	if _, err := parser.ParseList(r.Email); err != nil {
		log.Print(err) // want `Referral.Email \(direct\) reaches log sink log.Print`
	}
}

func IPAddressError(r *Referral) {
	if _, err := netip.ParseAddr(r.ClientIP); err != nil {
		log.Print(err) // want `Referral.ClientIP \(indirect\) reaches log sink log.Print`
	}
	if _, _, err := net.ParseCIDR(r.ClientIP + "/32"); err != nil {
		log.Print(err) // want `Referral.ClientIP \(indirect\) reaches log sink log.Print`
	}
}

// The same parsers given text that identifies no one.

func ParseErrorsOfConstants() {
	if _, err := time.Parse(dateLayout, "2024-02-31"); err != nil {
		log.Print(err) // clean: a constant
	}
	if _, err := url.Parse("https://pds.example/\x7f"); err != nil {
		log.Print(err) // clean: a constant
	}
}

func ParseErrorsOfUnmarked(r *Referral) {
	if _, err := time.Parse(dateLayout, r.Ref); err != nil {
		log.Print(err) // clean: an unmarked field
	}
	if _, err := mail.ParseAddress(r.Clinic); err != nil {
		log.Print(err) // clean: an unmarked field
	}
	if _, err := time.Parse(dateLayout, r.BirthDate); err != nil {
		log.Print(err != nil) // clean: a bool
	}
}

// url.ParseQuery's error quotes at most a three-byte escape
// (`invalid URL escape "%zz"`), never the values.
func QueryError(p *Patient) {
	if _, err := url.ParseQuery("name=" + p.Name); err != nil {
		log.Print(err) // clean: the error quotes a fixed fragment
	}
}
