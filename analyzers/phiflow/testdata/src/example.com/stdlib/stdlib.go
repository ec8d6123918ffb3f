// Package stdlib exercises §3 "the standard library's functions carry data
// as their Go source does": a standard function with no catalog row of its
// own carries its arguments' data to its results, and nothing to results
// that are verdicts, counts or metadata, or that come from outside (I/O).
package stdlib

import (
	"context"
	"database/sql"
	"encoding/xml"
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"text/tabwriter"
	"unicode/utf16"
	"unicode/utf8"
)

type Patient struct {
	ID    string
	Name  string `phi:"direct"`
	Phone string `phi:"direct"`
	Ward  string
}

var separators = regexp.MustCompile(`[ ()-]`)

// regexp: a replacement or a match is made of the text.

func RegexpReplace(p *Patient) {
	digits := separators.ReplaceAllString(p.Phone, "")
	log.Print(digits) // want `Patient.Phone \(direct\) reaches log sink log.Print`
}

func RegexpFind(p *Patient) {
	log.Print(separators.FindAllString(p.Name, -1)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func RegexpVerdicts(p *Patient) {
	log.Print(separators.MatchString(p.Phone)) // clean: a bool
	ok, err := regexp.MatchString(`^07`, p.Phone)
	log.Print(ok)                             // clean: a bool
	log.Print(err)                            // clean: the pattern's error
	log.Print(len(p.Name))                    // clean: a length
	log.Print(strings.Contains(p.Name, "a"))  // clean: a bool
	log.Print(separators.String())            // clean: the pattern
	log.Print(utf8.RuneCountInString(p.Name)) // clean: a count
}

// net/http/httputil: a dump of a request holds its URL.

func DumpRequest(p *Patient) {
	u := "https://pds.example/Patient?name=" + url.QueryEscape(p.Name)
	req, err := http.NewRequest(http.MethodGet, u, nil) // want `Patient.Name \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return
	}
	dump, err := httputil.DumpRequestOut(req, false)
	if err != nil {
		return
	}
	fmt.Fprint(os.Stdout, string(dump)) // want `Patient.Name \(direct\) reaches log sink fmt.Fprint`
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	out, _ := httputil.DumpResponse(resp, true)
	fmt.Fprint(os.Stdout, string(out)) // clean: the response comes from the server
}

// A request rebuilt for a context keeps its URL; the context's values do
// not become the request's data.

type userKey struct{}

func RebuiltRequest(ctx context.Context, p *Patient) {
	req, err := http.NewRequest(http.MethodGet, "https://pds.example/Patient/"+p.Name, nil) // want `Patient.Name \(direct\) is put into a URL by http.NewRequest`
	if err != nil {
		return
	}
	withCtx := req.WithContext(ctx)
	log.Print(withCtx.URL.Path) // want `Patient.Name \(direct\) reaches log sink log.Print`
	clone := req.Clone(ctx)
	log.Print(clone.URL.String()) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func ContextValueStaysInContext(ctx context.Context, p *Patient) {
	ctx = context.WithValue(ctx, userKey{}, p.Name)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://pds.example/metadata", nil)
	if err != nil {
		return
	}
	again := req.WithContext(ctx)
	log.Print(again.URL.String()) // clean: the URL holds none of the context's values
	log.Print(ctx)                // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// encoding/xml: an encoded record holds its marked fields.

func XMLMarshal(p *Patient) {
	b, err := xml.Marshal(p)
	if err != nil {
		return
	}
	log.Print(string(b)) // want `Patient.Name \(direct\)`
}

func XMLMarshalUnmarked(p *Patient) {
	b, _ := xml.Marshal(p.Ward)
	log.Print(string(b)) // clean: an unmarked field
}

func XMLEncoder(p *Patient) {
	enc := xml.NewEncoder(os.Stdout)
	_ = enc.Encode(p)    // want `Patient \(record: direct\) reaches log sink \(\*xml.Encoder\).Encode`
	_ = enc.Encode(p.ID) // clean: an unmarked field
}

// unicode/utf16: code units are the text.

func UTF16(p *Patient) {
	units := utf16.Encode([]rune(p.Name))
	log.Print(units)                             // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(string(utf16.Decode(units)))       // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(utf16.IsSurrogate(rune(units[0]))) // clean: a bool
}

// reflect: a value's fields are its data; its type is metadata.

func Reflect(p Patient) {
	v := reflect.ValueOf(p)
	log.Print(v.Field(1).Interface()) // want `Patient.Name \(direct\)`
	log.Print(v.Type().Name())        // clean: a type name
	log.Print(v.Type().Field(1).Name) // clean: a field name
	log.Print(v.NumField())           // clean: a count
}

// A method on a pointer receiver stores its arguments in the receiver.

func SyncMap(p *Patient) {
	var m sync.Map
	m.Store("name", p.Name)
	v, _ := m.Load("name")
	log.Print(v) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func SyncMapUnmarked(p *Patient) {
	var m sync.Map
	m.Store("ward", p.Ward)
	v, _ := m.Load("ward")
	log.Print(v) // clean: an unmarked field
}

// A writer built on a destination writes to it.

func TabWriter(p *Patient) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, p.Name+"\t"+p.Ward) // want `Patient.Name \(direct\) reaches log sink fmt.Fprintln`
	fmt.Fprintln(tw, p.ID+"\t"+p.Ward)   // clean: unmarked fields
	tw.Flush()
}

// I/O boundaries: what a file, a process or a database returns comes
// from outside, whatever the call was given.

func FileRead(p *Patient) {
	b, err := os.ReadFile("/var/records/" + p.Name + ".txt")
	if err != nil {
		return
	}
	log.Print(string(b)) // clean: the file's contents
}

func Command(p *Patient) {
	out, _ := exec.Command("lookup", p.Name).Output()
	log.Print(string(out)) // clean: the process's output
}

func Query(db *sql.DB, p *Patient) {
	rows, err := db.Query("SELECT ward FROM admissions WHERE name = $1", p.Name)
	if err != nil {
		return
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	log.Print(cols) // clean: the database's answer
}

// A reflection-driven encoder: every field of the value goes into the
// query, by reflect and fmt.

// SearchOptions are the criteria of a patient search.
//
//phi:source direct
type SearchOptions struct {
	Family   string
	Postcode string
}

// queryEncoder lets a field encode itself into the query.
type queryEncoder interface {
	EncodeQuery(key string, into *url.Values)
}

func encodeFields(values url.Values, v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		if enc, ok := f.Interface().(queryEncoder); ok {
			// The map's address is taken here: values is then a local
			// that still refers to the caller's map.
			enc.EncodeQuery(t.Field(i).Name, &values)
			continue
		}
		values.Add(strings.ToLower(t.Field(i).Name), fmt.Sprint(f.Interface()))
	}
}

func toQuery(v any) url.Values {
	values := url.Values{}
	encodeFields(values, reflect.Indirect(reflect.ValueOf(v)))
	return values
}

func SearchURL(opts SearchOptions) (*http.Request, error) {
	u := "https://pds.example/Patient?" + toQuery(opts).Encode()
	return http.NewRequest(http.MethodGet, u, nil) // want `SearchOptions \(direct\) is put into a URL by http.NewRequest`
}

type paging struct {
	Page  int
	Count int
}

func PagingURL() (*http.Request, error) {
	u := "https://pds.example/Patient?" + toQuery(paging{Page: 1, Count: 20}).Encode()
	return http.NewRequest(http.MethodGet, u, nil) // clean: no identifiable field
}

// A Job carries the request's context beside its data.
type Job struct {
	Ctx  context.Context
	Ward string
	Who  string
}

// ContextBesideData prints a job whose context holds a patient's name:
// a printer shows the context field as a pointer, not what it keeps by
// key, so only the job's own data counts.
func ContextBesideData(ctx context.Context, p *Patient) {
	ctx = context.WithValue(ctx, userKey{}, p.Name)
	log.Printf("%+v", Job{Ctx: ctx, Ward: "A"})
	log.Printf("%+v", Job{Ctx: ctx, Who: p.Name}) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	log.Printf("%+v", &Job{Ctx: ctx, Ward: "A"})
	log.Print(Job{Ctx: ctx}.Ctx) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print("job ", Job{Ctx: ctx, Ward: "A"})
	log.Print("job ", Job{Ctx: ctx, Who: p.Name}) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
