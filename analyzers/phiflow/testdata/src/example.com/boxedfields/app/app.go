package app

import (
	"log"

	"example.com/boxedfields/mailer"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Feedback(c *mailer.Client, p *Patient) {
	// The body holds the name; the URL is the client's address.
	if err := c.Send("from " + p.Name); err != nil { // want `Patient.Name \(direct\) is transmitted by http.NewRequest`
		log.Println(err) // clean: the request failed on a URL that holds no name
	}
}

func Retry(c *mailer.Client, p *Patient) {
	err := c.Resend("from " + p.Name) // want `Patient.Name \(direct\) is put into a URL by http.NewRequest`
	log.Println(err)                  // want `Patient.Name \(direct\) reaches log sink log.Println`
}
