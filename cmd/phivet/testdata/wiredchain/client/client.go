// Package client implements contracts.Records over HTTP, with an
// unexported type returned by an exported constructor.
package client

import (
	"net/http"
	"net/url"
)

type records struct{ base string }

func New(base string) *records { return &records{base: base} }

func (r *records) Fetch(nhsNumber string) error {
	q := url.Values{}
	q.Set("patient", nhsNumber)
	return r.get(q)
}

func (r *records) FetchByID(id string) error {
	q := url.Values{}
	q.Set("id", id)
	return r.get(q)
}

func (r *records) get(q url.Values) error {
	u, err := url.Parse(r.base)
	if err != nil {
		return err
	}
	u.RawQuery = q.Encode()
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
