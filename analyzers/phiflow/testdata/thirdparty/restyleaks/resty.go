// Package restyleaks has the cases of github.com/go-resty/resty/v2.
package restyleaks

import (
	"log"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-resty/resty/v2"

	"example.com/thirdparty/model"
)

// Bodies: the body, form data and headers are transmitted where they
// enter the request; sending it is not a second finding.
func Bodies(c *resty.Client, p *model.Patient) {
	c.R().SetBody(p).Post("https://pds.example/patients") // want `Patient.Name \(direct\).* is transmitted by \(\*resty.Request\).SetBody`
	c.R().SetBody(map[string]string{"id": p.ID}).Post("https://pds.example/patients")
	c.R().SetFormData(map[string]string{"name": p.Name}).Post("https://pds.example/patients") // want "PHI1003"
	c.R().SetFormData(map[string]string{"id": p.ID}).Post("https://pds.example/patients")
	c.R().SetFormDataFromValues(url.Values{"name": {p.Name}}).Post("https://pds.example/patients") // want "PHI1003"
	c.R().SetFormDataFromValues(url.Values{"id": {p.ID}}).Post("https://pds.example/patients")
	c.R().SetMultipartFormData(map[string]string{"name": p.Name}).Post("https://pds.example/patients") // want "PHI1003"
	c.R().SetMultipartFormData(map[string]string{"id": p.ID}).Post("https://pds.example/patients")
	c.R().SetHeader("X-Patient", p.Name).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetHeader("X-Patient", p.ID).Get("https://pds.example/patients")
	c.R().SetHeaderVerbatim("X-Patient", p.Name).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetHeaderVerbatim("X-Patient", p.ID).Get("https://pds.example/patients")
	c.R().SetHeaders(map[string]string{"X-Patient": p.Name}).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetHeaders(map[string]string{"X-Patient": p.ID}).Get("https://pds.example/patients")
	c.R().SetHeaderMultiValues(map[string][]string{"X-Patient": {p.Name}}).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetHeaderMultiValues(map[string][]string{"X-Patient": {p.ID}}).Get("https://pds.example/patients")
	c.R().SetAuthToken(p.NHSNumber).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetAuthToken(p.ID).Get("https://pds.example/patients")
	c.R().SetBasicAuth(p.Name, "pw").Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetBasicAuth(p.ID, "pw").Get("https://pds.example/patients")
	c.R().SetDigestAuth(p.Name, "pw").Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetDigestAuth(p.ID, "pw").Get("https://pds.example/patients")
	c.R().SetCookie(&http.Cookie{Name: "p", Value: p.Name}).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetCookie(&http.Cookie{Name: "p", Value: p.ID}).Get("https://pds.example/patients")
	c.R().SetCookies([]*http.Cookie{{Name: "p", Value: p.Name}}).Get("https://pds.example/patients") // want "PHI1003"
	c.R().SetCookies([]*http.Cookie{{Name: "p", Value: p.ID}}).Get("https://pds.example/patients")
	c.R().SetMultipartField("f", p.Name+".pdf", "application/pdf", nil).Post("https://pds.example/files") // want "PHI1003"
	c.R().SetMultipartField("f", p.ID+".pdf", "application/pdf", nil).Post("https://pds.example/files")
	c.R().SetFileReader("f", "x.txt", strings.NewReader(p.Diagnosis)).Post("https://pds.example/files") // want "PHI1003"
	c.R().SetFileReader("f", "x.txt", strings.NewReader(p.ID)).Post("https://pds.example/files")
	if model.Allowed(p) {
		c.R().SetBody(p).Post("https://pds.example/patients")
	}
	c.R().SetBody(model.Redact(p.Name)).Post("https://pds.example/patients")
}

// URLs: query and path parameters and the URL itself are PHI1004,
// guarded or not.
func URLs(c *resty.Client, p *model.Patient) {
	c.R().SetQueryParam("nhs", p.NHSNumber).Get("https://pds.example/patients") // want "PHI1004"
	c.R().SetQueryParam("id", p.ID).Get("https://pds.example/patients")
	c.R().SetQueryParams(map[string]string{"nhs": p.NHSNumber}).Get("https://pds.example/patients") // want "PHI1004"
	c.R().SetQueryParams(map[string]string{"id": p.ID}).Get("https://pds.example/patients")
	c.R().SetQueryParamsFromValues(url.Values{"nhs": {p.NHSNumber}}).Get("https://pds.example/patients") // want "PHI1004"
	c.R().SetQueryParamsFromValues(url.Values{"id": {p.ID}}).Get("https://pds.example/patients")
	c.R().SetQueryString("nhs=" + p.NHSNumber).Get("https://pds.example/patients") // want "PHI1004"
	c.R().SetQueryString("id=" + p.ID).Get("https://pds.example/patients")
	c.R().SetPathParam("nhs", p.NHSNumber).Get("https://pds.example/patients/{nhs}") // want "PHI1004"
	c.R().SetPathParam("id", p.ID).Get("https://pds.example/patients/{id}")
	c.R().SetPathParams(map[string]string{"nhs": p.NHSNumber}).Get("https://pds.example/patients/{nhs}") // want "PHI1004"
	c.R().SetPathParams(map[string]string{"id": p.ID}).Get("https://pds.example/patients/{id}")
	c.R().SetRawPathParam("nhs", p.NHSNumber).Get("https://pds.example/patients/{nhs}") // want "PHI1004"
	c.R().SetRawPathParam("id", p.ID).Get("https://pds.example/patients/{id}")
	c.R().SetRawPathParams(map[string]string{"nhs": p.NHSNumber}).Get("https://pds.example/patients/{nhs}") // want "PHI1004"
	c.R().SetRawPathParams(map[string]string{"id": p.ID}).Get("https://pds.example/patients/{id}")
	c.R().Get("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Get("https://pds.example/patients/" + p.ID)
	c.R().Head("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Head("https://pds.example/patients/" + p.ID)
	c.R().Post("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Post("https://pds.example/patients/" + p.ID)
	c.R().Put("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Put("https://pds.example/patients/" + p.ID)
	c.R().Delete("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Delete("https://pds.example/patients/" + p.ID)
	c.R().Options("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Options("https://pds.example/patients/" + p.ID)
	c.R().Patch("https://pds.example/patients?nhs=" + p.NHSNumber) // want "PHI1004"
	c.R().Patch("https://pds.example/patients/" + p.ID)
	c.R().Execute("GET", "https://pds.example/patients?nhs="+p.NHSNumber) // want "PHI1004"
	c.R().Execute("GET", "https://pds.example/patients/"+p.ID)
	c.SetBaseURL("https://pds.example/" + p.NHSNumber) // want "PHI1004"
	c.SetBaseURL("https://pds.example/")
	if model.Allowed(p) {
		c.R().SetQueryParam("nhs", p.NHSNumber).Get("https://pds.example/patients") // want "PHI1004"
	}
}

// Errors: a failed call's error quotes the URL, query parameters included.
func Errors(c *resty.Client, p *model.Patient) {
	_, err := c.R().SetContext(nil).SetQueryParam("nhs", p.NHSNumber).SetResult(nil).SetError(nil).Get("https://pds.example/patients") // want "PHI1004"
	log.Print(err)                                                                                                                     // want "PHI1001"
	_, err = c.R().SetQueryParam("id", p.ID).Get("https://pds.example/patients")
	log.Print(err)
}
