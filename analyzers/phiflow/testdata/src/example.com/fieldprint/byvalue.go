package fieldprint

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// A callee given the struct by value encodes its field as a pointer
// receiver's would.

type sendCall struct {
	ev   Event
	note string
}

func (c sendCall) Do() (*http.Request, error) {
	b, err := json.Marshal(c.ev)
	if err != nil {
		return nil, err
	}
	return http.NewRequest("POST", "https://calendar.example/events", bytes.NewReader(b))
}

func post(c sendCall) (*http.Request, error) {
	b, _ := json.Marshal(c.ev)
	return http.NewRequest("POST", "https://calendar.example/events", bytes.NewReader(b))
}

func BookByValue(v Visit) (*http.Request, error) {
	return sendCall{ev: Event{Summary: "visit", Description: v.Complaint}}.Do() // want `Visit.Complaint \(clinical\) is transmitted by http.NewRequest`
}

func BookByValueKey(v Visit) (*http.Request, error) {
	return sendCall{ev: Event{Summary: "visit " + v.ID}, note: v.Complaint}.Do() // clean: the note is not sent
}

func PostByValue(v Visit) (*http.Request, error) {
	return post(sendCall{ev: Event{Description: v.Complaint}}) // want `Visit.Complaint \(clinical\) is transmitted by http.NewRequest`
}

func PostHidden(v Visit) (*http.Request, error) {
	return post(sendCall{ev: Event{Summary: "visit", Internal: v.Complaint}}) // clean: json:"-" is left out
}
