package transmit

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// A request built without a body (http.NoBody, nil) and given one by
// assigning its Body: the data enters the request where it is stored.

func SetBody(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("POST", pds, http.NoBody)
	if err != nil {
		return err
	}
	req.Body = io.NopCloser(strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.Request.Body`
	resp, err := c.Do(req)                             // clean: not a second finding
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func SetBodyEncoded(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("POST", pds, nil)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(p)
	req.Body = io.NopCloser(&buf) // want `Patient\..* is transmitted by http.Request.Body`
	_, err = c.Do(req)
	return err
}

func SetBodyKey(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("POST", pds, http.NoBody)
	if err != nil {
		return err
	}
	req.Body = io.NopCloser(strings.NewReader(p.ID)) // clean: a surrogate key
	_, err = c.Do(req)
	return err
}

func SetBodyChecked(c *http.Client, p *Patient) error {
	if !Allowed(p) {
		return nil
	}
	req, err := http.NewRequest("POST", pds, http.NoBody)
	if err != nil {
		return err
	}
	req.Body = io.NopCloser(strings.NewReader(p.Name)) // clean: checked
	_, err = c.Do(req)
	return err
}

// newJSONRequest builds a request the way API clients do: the data comes
// in through a parameter, so the transmission is its callers'.
func newJSONRequest(url string, data any) (*http.Request, error) {
	req, err := http.NewRequest("POST", url, http.NoBody)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	req.Body = io.NopCloser(bytes.NewReader(b))
	return req, nil
}

func SendThroughBuilder(c *http.Client, p *Patient) error {
	req, err := newJSONRequest(pds, map[string]string{"name": p.Name}) // want `Patient.Name \(direct\) is transmitted by http.Request.Body`
	if err != nil {
		return err
	}
	if _, err := newJSONRequest(pds, map[string]string{"id": p.ID}); err != nil { // clean: a surrogate key
		return err
	}
	_, err = c.Do(req)
	return err
}

// setBody gives whichever request it is passed a body.
func setBody(r *http.Request, s string) { r.Body = io.NopCloser(strings.NewReader(s)) }

func SetBodyOfParam(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("PUT", pds, http.NoBody)
	if err != nil {
		return err
	}
	setBody(req, p.NHSNumber) // want `Patient.NHSNumber \(direct\) is transmitted by http.Request.Body`
	_, err = c.Do(req)
	return err
}

// A handler restoring the body of the request it is serving sends
// nothing: that request is no outgoing one.
func RestoreServedBody(w http.ResponseWriter, r *http.Request) {
	p := &Patient{Name: r.Header.Get("X-Name")}
	r.Body = io.NopCloser(strings.NewReader(p.Name)) // clean: the request being served
	setBody(r, p.NHSNumber)                          // clean
}
