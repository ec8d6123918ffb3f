// Package app calls package client's helper with constants and with a
// variable: the conditions travel in client's facts.
package app

import (
	"log"
	"net/http"
	"net/url"

	"example.com/constargs/client"
)

type Patient struct {
	Email string `phi:"direct"`
}

func form(p *Patient) url.Values { return url.Values{"email": {p.Email}} }

func Subscribe(p *Patient) {
	err := client.Call(http.MethodPost, "/subscribers", form(p)) // want `Patient.Email \(direct\) is transmitted by http.NewRequest`
	log.Println(err)                                             // clean: the URL holds no e-mail on a POST
}

func Lookup(p *Patient) {
	client.Call(http.MethodGet, "/subscribers", form(p)) // want `Patient.Email \(direct\) is put into a URL by http.NewRequest`
}

func Created(p *Patient) {
	client.Create("/subscribers", form(p)) // want `Patient.Email \(direct\) is transmitted by http.NewRequest`
}

func Any(method string, p *Patient) {
	client.Call(method, "/subscribers", form(p)) // want `Patient.Email \(direct\) is transmitted by http.NewRequest` `Patient.Email \(direct\) is put into a URL by http.NewRequest`
}
