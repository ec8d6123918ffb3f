// Package constargs exercises a callee that sends its parameter's data
// into a URL only on a branch one of its other parameters decides: a
// caller passing a constant that rules the branch out has no URL flow,
// one passing the constant that takes it, or a variable, has.
package constargs

import (
	"log"
	"net/http"
	"net/url"
	"strings"
)

type Patient struct {
	ID    string
	Phone string `phi:"direct"`
}

// Send puts q into the query string for GET and into the body for POST.
func Send(method, path string, q url.Values) error {
	var body string
	if method == "POST" {
		body = q.Encode()
	}
	if method == "GET" {
		path += "?" + q.Encode()
	}
	req, err := http.NewRequest(method, "https://sms.example.com"+path, strings.NewReader(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

func query(p *Patient) url.Values { return url.Values{"to": {p.Phone}} }

func Post(p *Patient) {
	err := Send("POST", "/messages", query(p)) // want `Patient.Phone \(direct\) is transmitted by http.NewRequest`
	log.Println(err)                           // clean: the error quotes the URL, which holds no phone on a POST
}

func Get(p *Patient) {
	err := Send("GET", "/lookup", query(p)) // want `Patient.Phone \(direct\) is put into a URL by http.NewRequest`
	log.Println(err)                        // want `Patient.Phone \(direct\) reaches log sink log.Println`
}

// Either reports both: a variable method may be either.
func Either(method string, p *Patient) {
	Send(method, "/messages", query(p)) // want `Patient.Phone \(direct\) is transmitted by http.NewRequest` `Patient.Phone \(direct\) is put into a URL by http.NewRequest`
}

// post passes the constant on; create passes its own parameter on, so
// its callers' constants decide.

func post(path string, q url.Values) error { return Send("POST", path, q) }

func create(method string, q url.Values) error { return Send(method, "/messages", q) }

func PostVia(p *Patient) {
	post("/messages", query(p)) // want `Patient.Phone \(direct\) is transmitted by http.NewRequest`
}

func CreatePosted(p *Patient) {
	create("POST", query(p)) // want `Patient.Phone \(direct\) is transmitted by http.NewRequest`
}

func CreateGot(p *Patient) {
	create("GET", query(p)) // want `Patient.Phone \(direct\) is put into a URL by http.NewRequest`
}

// fetch decides on a bool: the data goes into the URL only when inURL.
func fetch(q url.Values, inURL bool) error {
	u := "https://pds.example.com/search"
	if inURL {
		u += "?" + q.Encode()
	}
	_, err := http.Post(u, "text/plain", nil)
	return err
}

func Search(p *Patient) {
	fetch(query(p), true) // want `Patient.Phone \(direct\) is put into a URL by http.Post`
}

func SearchPlain(p *Patient) {
	fetch(query(p), false) // clean: the bool rules the URL out
}

// notify decides on an integer mode, with !=.
func notify(mode int, q url.Values) {
	msg := "notify"
	if mode != 0 {
		msg += " " + q.Encode()
	}
	log.Print(msg)
}

func Quiet(p *Patient) {
	notify(0, query(p)) // clean: mode 0 logs no data
}

func Loud(p *Patient) {
	notify(2, query(p)) // want `Patient.Phone \(direct\) reaches log sink log.Print`
}
