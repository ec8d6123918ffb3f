package heap

import (
	"log"
	"net/http"
	"net/url"
)

// Page is what a paginating client hands its caller: the URL it asked
// for, read from the request it built (which leads to the network), or
// the patient a failed request was about.
type Page struct {
	URL     url.URL
	Patient *Patient
}

// FetchPages sends each page on out. A send is no disclosure: out leads
// to whatever receives from it, not where the request goes, though the
// request's URL is sent on it too.
func FetchPages(base string, p *Patient, out chan<- Page) {
	defer close(out)
	req, err := http.NewRequest(http.MethodGet, base, nil)
	if err != nil {
		return
	}
	if _, err := http.DefaultClient.Do(req); err != nil {
		out <- Page{Patient: p} // clean: handed to the receiver
		return
	}
	out <- Page{URL: *req.URL}
}

// fetchPages is FetchPages judged at its calls.
func fetchPages(base string, p *Patient, out chan<- Page) {
	defer close(out)
	req, err := http.NewRequest(http.MethodGet, base, nil)
	if err != nil {
		return
	}
	out <- Page{Patient: p}
	out <- Page{URL: *req.URL}
}

// CountPages only collects what the producer sends.
func CountPages(base string, p *Patient) int {
	ch := make(chan Page, 2)
	go fetchPages(base, p, ch) // clean: the receiver below discloses nothing
	n := 0
	for pg := range ch {
		if pg.Patient != nil {
			n++
		}
	}
	return n
}

// LogPages logs each page it receives: the log discloses the patient.
func LogPages(base string, p *Patient) {
	ch := make(chan Page, 2)
	go fetchPages(base, p, ch)
	for pg := range ch {
		log.Print(pg.Patient) // want `Patient.Name \(direct\).* reaches log sink log.Print`
	}
}
