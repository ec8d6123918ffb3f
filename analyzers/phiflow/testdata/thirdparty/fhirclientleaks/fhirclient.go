// Package fhirclientleaks has the cases of github.com/SanteonNL/go-fhir-client.
package fhirclientleaks

import (
	"context"
	"log"
	"net/http"
	"net/url"

	fhirclient "github.com/SanteonNL/go-fhir-client"

	"example.com/thirdparty/model"
)

// Bodies: the resource a create or update sends is transmitted.
func Bodies(ctx context.Context, c fhirclient.Client, p *model.Patient) {
	var out model.Patient
	c.Create(p, &out) // want `Patient.Name \(direct\).* is transmitted by \(fhirclient.Client\).Create`
	c.Create(map[string]string{"resourceType": "Patient", "id": p.ID}, &out)
	c.CreateWithContext(ctx, p, &out) // want "PHI1003"
	c.CreateWithContext(ctx, map[string]string{"id": p.ID}, &out)
	c.Update("Patient/"+p.ID, p, &out) // want "PHI1003"
	c.Update("Patient/"+p.ID, map[string]string{"id": p.ID}, &out)
	c.UpdateWithContext(ctx, "Patient/"+p.ID, p, &out) // want "PHI1003"
	c.UpdateWithContext(ctx, "Patient/"+p.ID, map[string]string{"id": p.ID}, &out)
	if model.Allowed(p) {
		c.Create(p, &out)
	}
}

// Searches: a search's parameters are posted as its body, its resource
// type is in the URL.
func Searches(ctx context.Context, c fhirclient.Client, b *fhirclient.BaseClient, p *model.Patient) {
	var out model.Patient
	c.Search("Patient", url.Values{"identifier": {p.NHSNumber}}, &out) // want `Patient.NHSNumber \(direct\) is transmitted by \(fhirclient.Client\).Search`
	c.Search("Patient", url.Values{"_id": {p.ID}}, &out)
	c.SearchWithContext(ctx, "Patient", url.Values{"name": {p.Name}}, &out) // want "PHI1003"
	c.SearchWithContext(ctx, "Patient", url.Values{"_id": {p.ID}}, &out)
	b.Search("Patient", url.Values{"identifier": {p.NHSNumber}}, &out) // want "PHI1003"
	b.Search("Patient", url.Values{"_id": {p.ID}}, &out)
	b.SearchWithContext(ctx, "Patient", url.Values{"name": {p.Name}}, &out) // want "PHI1003"
	b.SearchWithContext(ctx, "Patient", url.Values{"_id": {p.ID}}, &out)
	if model.Allowed(p) {
		c.Search("Patient", url.Values{"identifier": {p.NHSNumber}}, &out)
	}
}

// BaseBodies: the same through the concrete client.
func BaseBodies(ctx context.Context, c *fhirclient.BaseClient, p *model.Patient) {
	var out model.Patient
	c.Create(p, &out) // want `is transmitted by \(fhirclient.BaseClient\).Create`
	c.Create(map[string]string{"id": p.ID}, &out)
	c.CreateWithContext(ctx, p, &out) // want "PHI1003"
	c.CreateWithContext(ctx, map[string]string{"id": p.ID}, &out)
	c.Update("Patient/"+p.ID, p, &out) // want "PHI1003"
	c.Update("Patient/"+p.ID, map[string]string{"id": p.ID}, &out)
	c.UpdateWithContext(ctx, "Patient/"+p.ID, p, &out) // want "PHI1003"
	c.UpdateWithContext(ctx, "Patient/"+p.ID, map[string]string{"id": p.ID}, &out)
}

// URLs: paths, search parameters and resource types go into the URL
// (PHI1004), guarded or not; a logical id does not identify.
func URLs(ctx context.Context, c fhirclient.Client, p *model.Patient) {
	var out model.Patient
	c.Read("Patient?identifier="+p.NHSNumber, &out) // want "PHI1004"
	c.Read("Patient/"+p.ID, &out)
	c.ReadWithContext(ctx, "Patient?identifier="+p.NHSNumber, &out) // want "PHI1004"
	c.ReadWithContext(ctx, "Patient/"+p.ID, &out)
	c.Search(p.Diagnosis, url.Values{}, &out) // want "PHI1004"
	c.Search("Patient", url.Values{}, &out)
	c.SearchWithContext(ctx, p.Diagnosis, url.Values{}, &out) // want "PHI1004"
	c.SearchWithContext(ctx, "Patient", url.Values{}, &out)
	c.Update("Patient?identifier="+p.NHSNumber, map[string]string{"id": p.ID}, &out)                 // want "PHI1004"
	c.UpdateWithContext(ctx, "Patient?identifier="+p.NHSNumber, map[string]string{"id": p.ID}, &out) // want "PHI1004"
	c.Delete("Patient?identifier=" + p.NHSNumber)                                                    // want "PHI1004"
	c.Delete("Patient/" + p.ID)
	c.DeleteWithContext(ctx, "Patient?identifier="+p.NHSNumber) // want "PHI1004"
	c.DeleteWithContext(ctx, "Patient/"+p.ID)
	if model.Allowed(p) {
		c.Read("Patient?identifier="+p.NHSNumber, &out) // want "PHI1004"
	}
	c.Read("Patient?identifier="+model.Redact(p.NHSNumber), &out)
}

// BaseURLs: the same through the concrete client.
func BaseURLs(ctx context.Context, c *fhirclient.BaseClient, p *model.Patient) {
	var out model.Patient
	c.Read("Patient?identifier="+p.NHSNumber, &out) // want "PHI1004"
	c.Read("Patient/"+p.ID, &out)
	c.ReadWithContext(ctx, "Patient?identifier="+p.NHSNumber, &out) // want "PHI1004"
	c.ReadWithContext(ctx, "Patient/"+p.ID, &out)
	c.Search(p.Diagnosis, url.Values{}, &out) // want "PHI1004"
	c.Search("Patient", url.Values{}, &out)
	c.SearchWithContext(ctx, p.Diagnosis, url.Values{}, &out) // want "PHI1004"
	c.SearchWithContext(ctx, "Patient", url.Values{}, &out)
	c.Delete("Patient?identifier=" + p.NHSNumber) // want "PHI1004"
	c.Delete("Patient/" + p.ID)
	c.DeleteWithContext(ctx, "Patient?identifier="+p.NHSNumber) // want "PHI1004"
	c.DeleteWithContext(ctx, "Patient/"+p.ID)
}

// Options: query parameters and paths an option adds go into the URL,
// headers are transmitted; where the data enters the option is the
// finding.
func Options(c fhirclient.Client, p *model.Patient) {
	var out model.Patient
	c.Read("Patient", &out, fhirclient.QueryParam("identifier", p.NHSNumber)) // want "PHI1004"
	c.Read("Patient", &out, fhirclient.QueryParam("_id", p.ID))
	c.Read("Patient", &out, fhirclient.AtPath("Patient/"+p.NHSNumber)) // want "PHI1004"
	c.Read("Patient", &out, fhirclient.AtPath("Patient/"+p.ID))
	c.Read("Patient", &out, fhirclient.AtUrl(&url.URL{Path: p.Name})) // want "PHI1004"
	c.Read("Patient", &out, fhirclient.AtUrl(&url.URL{Path: p.ID}))
	c.Read("Patient", &out, fhirclient.RequestHeaders(http.Header{"X-Patient": {p.Name}})) // want "PHI1003"
	c.Read("Patient", &out, fhirclient.RequestHeaders(http.Header{"X-Request": {p.ID}}))
}

// Paths: Path joins its elements onto the base URL.
func Paths(c fhirclient.Client, b *fhirclient.BaseClient, p *model.Patient) {
	var out model.Patient
	c.Read(c.Path("Patient", p.NHSNumber).String(), &out) // want "PHI1004"
	c.Read(c.Path("Patient", p.ID).String(), &out)
	b.Read(b.Path("Patient", p.NHSNumber).String(), &out) // want "PHI1004"
	b.Read(b.Path("Patient", p.ID).String(), &out)
}

// Errors: a failed request's error quotes its URL.
func Errors(c fhirclient.Client, p *model.Patient) {
	var out model.Patient
	opt := fhirclient.QueryParam("identifier", p.NHSNumber) // want "PHI1004"
	if err := c.Read("Patient", &out, opt); err != nil {
		log.Print(err) // want "PHI1001"
	}
	if err := c.Read("Patient/"+p.ID, &out); err != nil {
		log.Print(err)
	}
	hdrs := fhirclient.RequestHeaders(http.Header{"X-Patient": {p.Name}}) // want "PHI1003"
	if err := c.Read("Patient", &out, hdrs); err != nil {
		log.Print(err) // the headers are not quoted
	}
	// The body is not in the URL: the error does not quote it.
	err := c.Create(p, &out) //phi:ignore the test's own transmit, to see what its error carries
	log.Print(err)
}
