package transmit

import (
	"context"
	"log"
	"net/http"
)

// A request's parts are different places (contract §3): the data put
// into its URL is in its URL, not in its header, and a request rebuilt
// for a context shares its parts with the original.

const agent = "clinic-client/1.0"

func newLookup(ctx context.Context, p *Patient) (*http.Request, error) {
	req, err := http.NewRequest("GET", pds+"?identifier="+p.NHSNumber, nil)
	if err != nil {
		return nil, err
	}
	return req.WithContext(ctx), nil
}

func UserAgentFromURLRequest(ctx context.Context, c *http.Client, p *Patient) error {
	req, err := newLookup(ctx, p) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return err
	}
	if ua := req.Header.Get("User-Agent"); ua != "" {
		req.Header.Set("User-Agent", agent+" "+ua) // clean: the header holds none of the URL
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func HeaderFromPatientOnCopy(ctx context.Context, c *http.Client, p *Patient) error {
	req, err := http.NewRequest("GET", pds, nil)
	if err != nil {
		return err
	}
	req = req.Clone(ctx)
	req.Header.Set("X-Patient", p.Name) // want `Patient.Name \(direct\) is transmitted by \(http.Header\).Set`
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func LogCopiedURL(ctx context.Context, p *Patient) {
	req, err := newLookup(ctx, p) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return
	}
	log.Println("looking up", req.URL.String()) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
	log.Println("host", req.Host)               // clean: only the URL holds the identifier
}

func LogErrorOfCopy(ctx context.Context, c *http.Client, p *Patient) {
	req, err := newLookup(ctx, p) // want `Patient.NHSNumber \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return
	}
	if _, err := c.Do(req); err != nil {
		log.Println(err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
	}
}
