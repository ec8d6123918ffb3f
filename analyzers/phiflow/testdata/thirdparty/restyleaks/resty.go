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
	c.R().SetMultipartFields(&resty.MultipartField{Param: "f", FileName: p.Name + ".pdf", Reader: strings.NewReader(p.ID)}).Post("https://pds.example/files") // want "PHI1003"
	c.R().SetMultipartFields(&resty.MultipartField{Param: "f", FileName: p.ID + ".pdf", Reader: strings.NewReader(p.ID)}).Post("https://pds.example/files")
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
	_, err = c.R().SetContext(nil).SetQueryParam("id", p.ID).SetResult(nil).SetError(nil).Get("https://pds.example/patients")
	log.Print(err)
}

// Chains: every setter returns its request, so the query parameters set
// before it are still in the URL that the call's error quotes.
func Chains(c *resty.Client, p *model.Patient) {
	/* want "PHI1004" */ _, err := c.R().SetQueryParam("nhs", p.NHSNumber).
		SetUnescapeQueryParams(true).SetMultipartBoundary("b").SetFile("f", "/tmp/x").SetFiles(map[string]string{"g": "/tmp/y"}).
		SetContentLength(true).SetAuthScheme("Bearer").SetOutput("/tmp/out").SetDoNotParseResponse(true).SetResponseBodyLimit(1<<20).
		ExpectContentType("application/json").ForceContentType("application/json").SetJSONEscapeHTML(false).
		SetHeaderMultiValues(nil).SetHeaderVerbatim("X-Id", p.ID).SetMultipartFormData(nil).SetMultipartField("f", "x", "text/plain", nil).
		SetMultipartFields().SetFileReader("f", "x", nil).SetDigestAuth("u", "pw").SetCookie(&http.Cookie{Name: "id", Value: p.ID}).
		SetCookies(nil).Get("https://pds.example/patients")
	log.Print(err) // want "PHI1001"
	_, err = c.R().SetQueryParam("id", p.ID).
		SetUnescapeQueryParams(true).SetMultipartBoundary("b").SetFile("f", "/tmp/x").SetFiles(map[string]string{"g": "/tmp/y"}).
		SetContentLength(true).SetAuthScheme("Bearer").SetOutput("/tmp/out").SetDoNotParseResponse(true).SetResponseBodyLimit(1<<20).
		ExpectContentType("application/json").ForceContentType("application/json").SetJSONEscapeHTML(false).
		SetHeaderMultiValues(nil).SetHeaderVerbatim("X-Id", p.ID).SetMultipartFormData(nil).SetMultipartField("f", "x", "text/plain", nil).
		SetMultipartFields().SetFileReader("f", "x", nil).SetDigestAuth("u", "pw").SetCookie(&http.Cookie{Name: "id", Value: p.ID}).
		SetCookies(nil).Get("https://pds.example/patients")
	log.Print(err)
}

// ClientDefaults: what is set on a client goes with every request it
// makes.
func ClientDefaults(c *resty.Client, p *model.Patient) {
	c.SetHeader("X-Patient", p.Name) // want "PHI1003"
	c.SetHeader("X-Patient", p.ID)
	c.SetHeaderVerbatim("X-Patient", p.Name) // want "PHI1003"
	c.SetHeaderVerbatim("X-Patient", p.ID)
	c.SetHeaders(map[string]string{"X-Patient": p.Name}) // want "PHI1003"
	c.SetHeaders(map[string]string{"X-Patient": p.ID})
	c.SetFormData(map[string]string{"name": p.Name}) // want "PHI1003"
	c.SetFormData(map[string]string{"id": p.ID})
	c.SetAuthToken(p.NHSNumber) // want "PHI1003"
	c.SetAuthToken(p.ID)
	c.SetBasicAuth(p.Name, "pw") // want "PHI1003"
	c.SetBasicAuth(p.ID, "pw")
	c.SetDigestAuth(p.Name, "pw") // want "PHI1003"
	c.SetDigestAuth(p.ID, "pw")
	c.SetCookie(&http.Cookie{Name: "p", Value: p.Name}) // want "PHI1003"
	c.SetCookie(&http.Cookie{Name: "p", Value: p.ID})
	c.SetCookies([]*http.Cookie{{Name: "p", Value: p.Name}}) // want "PHI1003"
	c.SetCookies([]*http.Cookie{{Name: "p", Value: p.ID}})
	c.SetQueryParam("nhs", p.NHSNumber) // want "PHI1004"
	c.SetQueryParam("id", p.ID)
	c.SetQueryParams(map[string]string{"nhs": p.NHSNumber}) // want "PHI1004"
	c.SetQueryParams(map[string]string{"id": p.ID})
	c.SetPathParam("nhs", p.NHSNumber) // want "PHI1004"
	c.SetPathParam("id", p.ID)
	c.SetPathParams(map[string]string{"nhs": p.NHSNumber}) // want "PHI1004"
	c.SetPathParams(map[string]string{"id": p.ID})
	c.SetRawPathParam("nhs", p.NHSNumber) // want "PHI1004"
	c.SetRawPathParam("id", p.ID)
	c.SetRawPathParams(map[string]string{"nhs": p.NHSNumber}) // want "PHI1004"
	c.SetRawPathParams(map[string]string{"id": p.ID})
	c.SetHostURL("https://pds.example/" + p.NHSNumber) // want "PHI1004"
	c.SetHostURL("https://pds.example/")
}
