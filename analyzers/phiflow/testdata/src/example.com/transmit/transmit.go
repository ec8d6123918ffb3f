// Package transmit exercises outgoing requests (§2 transmit, §3 "For an
// outgoing HTTP request…") and PHI1004.
package transmit

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/smtp"
	"net/url"
	"strings"
)

const pds = "https://pds.example.nhs.uk/Patient"

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
	Email     string `phi:"direct"`
	Diagnosis string `phi:"clinical"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:sanitize
func Pseudonymise(nhs string) string { return "pseudo-" + fmt.Sprint(len(nhs)) }

// Into a URL: PHI1004 only, guarded or not.

func QueryURL(p *Patient) (*http.Request, error) {
	return http.NewRequest("GET", pds+"?identifier="+p.NHSNumber, nil) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
}

func PathURL(ctx context.Context, p *Patient) (*http.Request, error) {
	u := fmt.Sprintf("%s/%s", pds, p.NHSNumber)
	return http.NewRequestWithContext(ctx, "GET", u, nil) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequestWithContext`
}

func GuardedURL(p *Patient) (*http.Request, error) {
	if !Allowed(p) {
		return nil, fmt.Errorf("no consent")
	}
	return http.NewRequest("GET", pds+"?identifier="+p.NHSNumber, nil) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
}

func SanitizedURL(p *Patient) (*http.Request, error) {
	return http.NewRequest("GET", pds+"?identifier="+Pseudonymise(p.NHSNumber), nil) // clean: sanitized
}

func CleanURL(p *Patient) (*http.Request, error) {
	return http.NewRequest("GET", pds+"/"+p.ID, nil) // clean
}

func Get(p *Patient) {
	resp, err := http.Get(pds + "?name=" + url.QueryEscape(p.Name)) // want `Patient.Name \(direct\) is put into a URL by http.Get`
	if err != nil {
		return
	}
	resp.Body.Close()
}

func ClientGet(c *http.Client, p *Patient) {
	resp, err := c.Get(pds + "/" + p.NHSNumber) // want `Patient.NHSNumber \(direct\) is put into a URL by`
	if err == nil {
		resp.Body.Close()
	}
}

func Values(p *Patient) {
	q := url.Values{}
	q.Set("identifier", p.NHSNumber)
	q.Set("_format", "json")
	resp, err := http.Get(pds + "?" + q.Encode()) // want `Patient.NHSNumber \(direct\) is put into a URL by http.Get`
	if err == nil {
		resp.Body.Close()
	}
}

func URLStruct(p *Patient) (*http.Request, error) {
	q := url.Values{}
	q.Set("family", p.Name)
	u := url.URL{Scheme: "https", Host: "pds.example.nhs.uk", Path: "/Patient", RawQuery: q.Encode()}
	return http.NewRequest("GET", u.String(), nil) // want `Patient.Name \(direct\) is put into a URL by http.NewRequest`
}

// An error from a client call carries the request URL.

func LogClientError(p *Patient) {
	resp, err := http.Get(pds + "/" + p.NHSNumber) // want `Patient.NHSNumber \(direct\) is put into a URL by http.Get`
	if err != nil {
		log.Println("pds lookup failed:", err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
		return
	}
	resp.Body.Close()
}

func LogDoError(c *http.Client, p *Patient) {
	req, err := http.NewRequest("GET", pds+"/"+p.NHSNumber, nil) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return
	}
	resp, err := c.Do(req) // clean: sending the built request is not a second finding
	if err != nil {
		log.Printf("pds: %v", err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Printf`
		return
	}
	resp.Body.Close()
}

// contract: §3 "an error returned by a net/http client call carries the
// request URL" — the URL here is clean, the body is checked.
func LogErrorCleanURL(c *http.Client, p *Patient) {
	if !Allowed(p) {
		return
	}
	req, _ := http.NewRequest("POST", pds, strings.NewReader(p.Name))
	resp, err := c.Do(req)
	if err != nil {
		log.Println("post failed:", err) // clean
		return
	}
	resp.Body.Close()
}

// In the body: transmit (PHI1003).

func Body(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("POST", pds, strings.NewReader(p.Name)) // want `Patient.Name \(direct\) is transmitted by http.NewRequest`
	if err != nil {
		return err
	}
	resp, err := c.Do(req) // clean: not a second finding
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func JSONBody(c *http.Client, p *Patient) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", pds, bytes.NewReader(b)) // want `Patient\..* is transmitted by http.NewRequest`
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/fhir+json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func GuardedBody(c *http.Client, p *Patient) error {
	if !Allowed(p) {
		return fmt.Errorf("no consent")
	}
	b, _ := json.Marshal(p)
	req, err := http.NewRequest("POST", pds, bytes.NewReader(b)) // clean: checked
	if err != nil {
		return err
	}
	resp, err := c.Do(req) // clean
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Post(p *Patient) error {
	b, _ := json.Marshal(p)
	resp, err := http.Post(pds, "application/json", bytes.NewReader(b)) // want `Patient\..* is transmitted by http.Post`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func PostForm(p *Patient) error {
	resp, err := http.PostForm(pds, url.Values{"identifier": {p.NHSNumber}}) // want `Patient.NHSNumber \(direct\) is transmitted by http.PostForm`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func RequestHeader(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("GET", pds, nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-NHS-Number", p.NHSNumber) // want `Patient.NHSNumber \(direct\) is transmitted by`
	req.Header.Set("X-Request-ID", p.ID)        // clean
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Mail.

func Mail(p *Patient) error {
	msg := "Subject: Your results\r\n\r\nDear " + p.Name + ", your results are ready."
	return smtp.SendMail("smtp.example.nhs.uk:25", nil, "noreply@example.nhs.uk", []string{"clinic@example.nhs.uk"}, []byte(msg)) // want `Patient.Name \(direct\) is transmitted by smtp.SendMail`
}

func MailClean(p *Patient) error {
	msg := "Subject: Reminder\r\n\r\nRecord " + p.ID + " was updated."
	return smtp.SendMail("smtp.example.nhs.uk:25", nil, "noreply@example.nhs.uk", []string{"clinic@example.nhs.uk"}, []byte(msg)) // clean
}

//phi:audit
func RecordShare(p *Patient, to string) {}

func EncodedBody(p *Patient) error {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(p); err != nil {
		return err
	}
	resp, err := http.Post(pds, "application/json", &buf) // want `Patient\..* is transmitted by http.Post`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func AuditedBody(p *Patient) error {
	RecordShare(p, "pds")
	resp, err := http.Post(pds, "text/plain", strings.NewReader(p.Name)) // clean: audited
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func JoinPath(p *Patient) (*http.Request, error) {
	u, err := url.JoinPath(pds, p.NHSNumber)
	if err != nil {
		return nil, err
	}
	return http.NewRequest("GET", u, nil) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
}

func MailData(c *smtp.Client, p *Patient) error {
	wc, err := c.Data()
	if err != nil {
		return err
	}
	defer wc.Close()
	_, err = fmt.Fprintf(wc, "Diagnosis: %s\r\n", p.Diagnosis) // want `Patient.Diagnosis \(clinical\) is transmitted by fmt.Fprintf`
	return err
}

func ClientPost(c *http.Client, p *Patient) error {
	resp, err := c.Post(pds, "text/plain", strings.NewReader(p.Diagnosis)) // want `Patient.Diagnosis \(clinical\) is transmitted by`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func GuardedClientGet(c *http.Client, p *Patient) {
	if !Allowed(p) {
		return
	}
	resp, err := c.Get(pds + "?identifier=" + p.NHSNumber) // want `Patient.NHSNumber \(direct\) is put into a URL by`
	if err == nil {
		resp.Body.Close()
	}
}

// Two flows on one call: the NHS number into the URL, the diagnosis into
// the body. Each flow is reported once.
func URLAndBody(p *Patient) (*http.Request, error) {
	return http.NewRequest("POST", pds+"/"+p.NHSNumber, strings.NewReader(p.Diagnosis)) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest` `Patient.Diagnosis \(clinical\) is transmitted by http.NewRequest`
}

func Redirect(w http.ResponseWriter, r *http.Request, p *Patient) {
	http.Redirect(w, r, "/patients?nhs="+p.NHSNumber, http.StatusFound) // want `Patient.NHSNumber \(direct\) is put into a URL by http.Redirect`
}

func SanitizedValues(p *Patient) {
	q := url.Values{}
	q.Set("identifier", Pseudonymise(p.NHSNumber))
	resp, err := http.Get(pds + "?" + q.Encode()) // clean: sanitized
	if err == nil {
		resp.Body.Close()
	}
}

// contract: §3 PHI1003/PHI1004: identifiable data in a request body or
// header is transmitted; only the URL (path, query) is PHI1004.

// A form-encoded body built like a query string is still a body.
func FormBody(c *http.Client, p *Patient) error {
	form := url.Values{}
	form.Set("identifier", p.NHSNumber)
	req, err := http.NewRequest("POST", pds+"/_search", strings.NewReader(form.Encode())) // want `Patient.NHSNumber \(direct\) is transmitted by http.NewRequest`
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// A header on a request whose URL carries data: the header is a
// transmit of its own value, the URL a PHI1004 of its own.
func HeaderAndQuery(c *http.Client, p *Patient) error {
	req, err := http.NewRequest("GET", pds+"?email="+p.Email, nil) // want `Patient.Email \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return err
	}
	req.Header.Set("X-Request-ID", p.ID)          // clean: the header's value is plain
	req.Header.Set("X-Patient-Name", p.Name)      // want `Patient.Name \(direct\) is transmitted by`
	req.Header.Add("Authorization", "Bearer xyz") // clean
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
