// Package fieldprint has callees that encode a field of their receiver:
// what they print is the caller's data at that field, whatever the
// encoder would show of the receiver as a whole (an unexported field is
// left out of json.Marshal(c), not of json.Marshal(c.ev)). Client
// libraries build calls this way: Insert(ev) keeps ev in the call,
// Do() encodes it.
package fieldprint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

type Visit struct {
	ID        string
	Complaint string `phi:"clinical"`
}

type Event struct {
	Summary     string
	Description string
	Internal    string `json:"-"`
}

type insertCall struct {
	ev   *Event
	note string
	id   string
}

func (c *insertCall) Do() (*http.Request, error) {
	b, err := json.Marshal(c.ev)
	if err != nil {
		return nil, err
	}
	return http.NewRequest("POST", "https://calendar.example/events", bytes.NewReader(b))
}

func (c *insertCall) LogNote() {
	b, _ := json.Marshal(c.note)
	log.Print(string(b))
}

func (c *insertCall) LogID() {
	b, _ := json.Marshal(c.id)
	log.Print(string(b))
}

func Insert(ev *Event) *insertCall { return &insertCall{ev: ev} }

func Book(v Visit) (*http.Request, error) {
	return Insert(&Event{Summary: "visit", Description: v.Complaint}).Do() // want `Visit.Complaint \(clinical\) is transmitted by http.NewRequest`
}

func BookKey(v Visit) (*http.Request, error) {
	return Insert(&Event{Summary: "visit " + v.ID}).Do() // clean: only the key
}

func Note(v Visit) {
	(&insertCall{note: v.Complaint}).LogNote()         // want `Visit.Complaint \(clinical\) reaches log sink log.Print`
	(&insertCall{note: v.ID}).LogNote()                // clean: only the key
	(&insertCall{note: "x", id: v.Complaint}).LogID()  // want `Visit.Complaint \(clinical\) reaches log sink log.Print`
	(&insertCall{id: v.ID, note: v.Complaint}).LogID() // clean: LogID prints only the id
}

// BookHidden's event is built here, so its fields are apart: the one
// json:"-" leaves out is not shown.
func BookHidden(v Visit) (*http.Request, error) {
	c := &insertCall{ev: &Event{Summary: "visit", Internal: v.Complaint}}
	return c.Do() // clean: json:"-" is left out
}

// problem is an error response whose cause is kept for the server's own
// use and never encoded.
type problem struct {
	Title string `json:"title"`
	Code  string `json:"code"`
	cause error  `json:"-"`
}

func toProblem(err error) (int, problem) { return 400, problem{Title: "bad request", cause: err} }

func writeProblem(w http.ResponseWriter, status int, p problem) {
	b, _ := json.Marshal(p)
	w.WriteHeader(status)
	w.Write(b)
}

func setCode(code *string) { *code = "E1" }

// respond copies the problem into a local whose field it addresses: the
// local holds the cause too, but its encoding leaves it out.
func respond(w http.ResponseWriter, err error) {
	status, p := toProblem(err)
	setCode(&p.Code)
	writeProblem(w, status, p)
}

func Reject(w http.ResponseWriter, v Visit) {
	respond(w, fmt.Errorf("bad complaint %q", v.Complaint)) // clean: the cause is never encoded
}
