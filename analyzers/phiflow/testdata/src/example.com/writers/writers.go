// Package writers exercises §3 "Sinks that are writers": a write is a sink
// by its destination.
package writers

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"strings"
)

type Patient struct {
	ID        string
	Name      string `phi:"direct"`
	NHSNumber string `phi:"direct"`
	Diagnosis string `phi:"clinical"`
}

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" }

//phi:audit
func RecordExport(n int) {}

// Files: export (PHI1002).

func FileWrite(p *Patient) {
	f, _ := os.Create("discharge.txt")
	defer f.Close()
	f.Write([]byte(p.Name))    // want `Patient.Name \(direct\) is exported by \(\*os.File\).Write`
	f.WriteString(p.ID + "\n") // clean
}

func FileFprintf(p *Patient) {
	f, _ := os.Create("discharge.txt")
	defer f.Close()
	fmt.Fprintf(f, "%s,%s\n", p.ID, p.NHSNumber) // want `Patient.NHSNumber \(direct\) is exported by fmt.Fprintf`
}

func FileBufio(p *Patient) {
	f, _ := os.Create("discharge.txt")
	defer f.Close()
	bw := bufio.NewWriter(f)
	bw.WriteString(p.Diagnosis) // want `Patient.Diagnosis \(clinical\) is exported by`
	bw.Flush()
}

func FileCSV(p *Patient) {
	f, _ := os.Create("discharge.csv")
	defer f.Close()
	cw := csv.NewWriter(f)
	cw.Write([]string{p.ID, p.Name}) // want `Patient.Name \(direct\) is exported by`
	cw.Flush()
}

func FileJSON(p *Patient) {
	f, _ := os.Create("discharge.json")
	defer f.Close()
	json.NewEncoder(f).Encode(p) // want `Patient\..* is exported by`
}

func FileGzip(p *Patient) {
	f, _ := os.Create("discharge.txt.gz")
	defer f.Close()
	zw := gzip.NewWriter(f)
	defer zw.Close()
	io.WriteString(zw, p.NHSNumber) // want `Patient.NHSNumber \(direct\) is exported by`
}

func FileWriteFile(p *Patient) {
	os.WriteFile("letter.txt", []byte("Dear "+p.Name), 0o600) // want `Patient.Name \(direct\) is exported by os.WriteFile`
}

func FileMultiWriter(p *Patient) {
	a, _ := os.Create("a.txt")
	b, _ := os.Create("b.txt")
	w := io.MultiWriter(a, b)
	fmt.Fprintln(w, p.Name) // want `Patient.Name \(direct\) is exported by`
}

func FileAudited(p *Patient) {
	f, _ := os.Create("discharge.txt")
	defer f.Close()
	RecordExport(1)
	fmt.Fprintln(f, p.Name) // clean: audited
}

// os.Stdout and os.Stderr: log (PHI1001).

func Stdout(p *Patient) {
	fmt.Fprintf(os.Stdout, "patient %s\n", p.Name) // want `Patient.Name \(direct\) reaches log sink fmt.Fprintf`
}

func Stderr(p *Patient) {
	fmt.Fprintln(os.Stderr, "dx", p.Diagnosis) // want `Patient.Diagnosis \(clinical\) reaches log sink fmt.Fprintln`
}

func StdoutMethod(p *Patient) {
	os.Stdout.WriteString(p.NHSNumber + "\n") // want `Patient.NHSNumber \(direct\) reaches log sink`
}

// A helper whose destination is its parameter: the kind is decided at the
// call.

func writeCSV(w io.Writer, ps []*Patient) error {
	cw := csv.NewWriter(w)
	for _, p := range ps {
		if err := cw.Write([]string{p.ID, p.NHSNumber, p.Name}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func ExportCSV(ps []*Patient) error {
	f, err := os.Create("cohort.csv")
	if err != nil {
		return err
	}
	defer f.Close()
	return writeCSV(f, ps) // want `Patient\..* is exported by`
}

func PrintCSV(ps []*Patient) error {
	return writeCSV(os.Stdout, ps) // want `Patient\..* reaches log sink`
}

func BufferCSV(ps []*Patient) (string, error) {
	var buf bytes.Buffer
	err := writeCSV(&buf, ps) // clean: a buffer is not a sink
	return buf.String(), err
}

func AuditedCSV(ps []*Patient) error {
	f, err := os.Create("cohort.csv")
	if err != nil {
		return err
	}
	defer f.Close()
	RecordExport(len(ps))
	return writeCSV(f, ps) // clean: audited
}

// HTTP responses: transmit (PHI1003), policy key respond.

type Server struct {
	patients map[string]*Patient
}

func (s *Server) Write(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.URL.Query().Get("id")]
	w.Write([]byte(p.Name)) // want `Patient.Name \(direct\) is sent in a response by`
	w.Write([]byte(p.ID))   // clean
}

func (s *Server) Fprintf(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	fmt.Fprintf(w, "<h1>%s</h1>", p.Name) // want `Patient.Name \(direct\) is sent in a response by fmt.Fprintf`
}

func (s *Server) Encode(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	json.NewEncoder(w).Encode(p) // want `Patient\..* is sent in a response by`
}

func (s *Server) EncodeClean(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	json.NewEncoder(w).Encode(map[string]string{"id": p.ID}) // clean
}

func (s *Server) Error(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	err := fmt.Errorf("no consent on file for %s", p.NHSNumber)
	http.Error(w, err.Error(), http.StatusForbidden) // want `Patient.NHSNumber \(direct\) is sent in a response by http.Error`
}

func (s *Server) Header(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	w.Header().Set("X-Patient-NHS", p.NHSNumber) // want `Patient.NHSNumber \(direct\) is sent in a response by`
	w.Header().Set("X-Patient-ID", p.ID)         // clean
}

func (s *Server) Guarded(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	if !Allowed(p) {
		http.Error(w, "forbidden", http.StatusForbidden) // clean
		return
	}
	json.NewEncoder(w).Encode(p) // clean: checked
}

func (s *Server) WriteString(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	io.WriteString(w, p.Diagnosis) // want `Patient.Diagnosis \(clinical\) is sent in a response by`
}

// net.Conn: transmit (PHI1003).

func HL7(p *Patient) error {
	conn, err := net.Dial("tcp", "hl7.example.nhs.uk:2575")
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.Write([]byte("PID|" + p.NHSNumber)); err != nil { // want `Patient.NHSNumber \(direct\) is transmitted by`
		return err
	}
	fmt.Fprintf(conn, "NTE|%s\r", p.Diagnosis) // want `Patient.Diagnosis \(clinical\) is transmitted by fmt.Fprintf`
	return nil
}

// Buffers and builders alone are not sinks.

func Buffers(p *Patient) (string, string) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s", p.Name)                  // clean
	json.NewEncoder(&buf).Encode(p)                  // clean
	csv.NewWriter(&buf).Write([]string{p.NHSNumber}) // clean
	var sb strings.Builder
	sb.WriteString(p.Diagnosis) // clean
	return buf.String(), sb.String()
}

// An unexported response helper: the destination comes from the call.

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) Get(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	writeJSON(w, http.StatusOK, p) // want `Patient\..* is sent in a response by`
}

func (s *Server) GetChecked(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	if !Allowed(p) {
		writeJSON(w, http.StatusForbidden, map[string]string{"error": "forbidden"}) // clean
		return
	}
	writeJSON(w, http.StatusOK, p) // clean
}

func (s *Server) GetID(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	writeJSON(w, http.StatusOK, map[string]string{"id": p.ID}) // clean
}

// A log.Logger writing to a file is still a log sink.

func FileLogger(p *Patient) {
	f, _ := os.Create("app.log")
	l := log.New(f, "ehr ", log.LstdFlags)
	l.Println("admitted", p.Name) // want `Patient.Name \(direct\) reaches log sink`
}

func FileCSVAll(ps []*Patient) {
	f, _ := os.OpenFile("cohort.csv", os.O_CREATE|os.O_WRONLY, 0o600)
	defer f.Close()
	var rows [][]string
	for _, p := range ps {
		rows = append(rows, []string{p.ID, p.NHSNumber})
	}
	csv.NewWriter(f).WriteAll(rows) // want `Patient.NHSNumber \(direct\) is exported by`
}

func StdoutBufio(p *Patient) {
	bw := bufio.NewWriter(os.Stdout)
	defer bw.Flush()
	fmt.Fprintln(bw, p.Name) // want `Patient.Name \(direct\) reaches log sink`
}

type exporter struct{ out *os.File }

func (e *exporter) row(p *Patient) {
	fmt.Fprintln(e.out, p.ID, p.Diagnosis) // clean here: an unexported method is judged at each call
}

func Rows(ps []*Patient) {
	f, _ := os.Create("rows.txt")
	defer f.Close()
	e := &exporter{out: f}
	for _, p := range ps {
		e.row(p) // want `Patient.Diagnosis \(clinical\) is exported by fmt.Fprintln`
	}
}

func (s *Server) Gzip(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	zw := gzip.NewWriter(w)
	defer zw.Close()
	json.NewEncoder(zw).Encode(p) // want `Patient\..* is sent in a response by`
}

// A serialiser that writes through a wrapping writer it flushes (a
// counting writer under a bufio.Writer) fills the buffer its caller
// passed: the bytes read back from it hold what was written.

type countingWriter struct {
	w io.Writer
	n int
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += n
	return n, err
}

type card struct{ lines []string }

func (c *card) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	bw := bufio.NewWriter(cw)
	for _, l := range c.lines {
		bw.WriteString(l)
	}
	err := bw.Flush()
	return int64(cw.n), err
}

func (c *card) Bytes() []byte {
	var buf bytes.Buffer
	c.WriteTo(&buf)
	return buf.Bytes()
}

func LogCardBytes(p *Patient) {
	c := &card{lines: []string{p.Name}}
	log.Print(string(c.Bytes())) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogCardBytesID(p *Patient) {
	c := &card{lines: []string{p.ID}}
	log.Print(string(c.Bytes())) // clean: only the ID was written
}

// Other compressors, and a buffer written out with WriteTo, are writers
// by their destination too.

func (s *Server) Zlib(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	zw.Write([]byte(p.Name))
	zw.Close()
	w.Write(b.Bytes()) // want `Patient.Name \(direct\) is sent in a response by`
}

func (s *Server) FlateBuffer(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	var b, id bytes.Buffer
	zw, _ := flate.NewWriter(&b, flate.BestSpeed)
	zw.Write([]byte(p.Name))
	zw.Close()
	w.Write(b.Bytes()) // want `Patient.Name \(direct\) is sent in a response by`
	iw, _ := flate.NewWriter(&id, flate.BestSpeed)
	iw.Write([]byte(p.ID))
	iw.Close()
	w.Write(id.Bytes()) // clean: a surrogate key
}

func FileFlate(p *Patient) {
	f, _ := os.Create("discharge.deflate")
	defer f.Close()
	zw, _ := flate.NewWriter(f, flate.BestSpeed)
	defer zw.Close()
	zw.Write([]byte(p.NHSNumber)) // want `Patient.NHSNumber \(direct\) is exported by`
	zw.Write([]byte(p.ID))        // clean: a surrogate key
}

func (s *Server) BufferWriteTo(w http.ResponseWriter, r *http.Request) {
	p := s.patients[r.PathValue("id")]
	var b bytes.Buffer
	b.WriteString(p.Name)
	b.WriteTo(w) // want `Patient.Name \(direct\) is sent in a response by`
	var id bytes.Buffer
	id.WriteString(p.ID)
	id.WriteTo(w) // clean: a surrogate key
}

func ReaderWriteTo(p *Patient) {
	f, _ := os.Create("letter.txt")
	defer f.Close()
	strings.NewReader("Dear " + p.Name).WriteTo(f) // want `Patient.Name \(direct\) is exported by`
	var kept bytes.Buffer
	bytes.NewReader([]byte(p.Name)).WriteTo(&kept)
	log.Println(kept.String()) // want `Patient.Name \(direct\) reaches log sink`
}

// A multipart form writes its fields and parts to the writer it wraps: a
// form built in a buffer and posted as a request's body is transmitted.

func postForm(body *bytes.Buffer, w *multipart.Writer) {
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, "https://referrals.example.nhs.uk/upload", body)
	http.DefaultClient.Do(req)
}

func FormField(p *Patient) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("nhs_number", p.NHSNumber)
	req, _ := http.NewRequest(http.MethodPost, "https://referrals.example.nhs.uk/upload", &body) // want `Patient.NHSNumber \(direct\) is transmitted by`
	http.DefaultClient.Do(req)
}

func FormFieldID(p *Patient) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("id", p.ID)
	w.WriteField("kind", "referral")
	req, _ := http.NewRequest(http.MethodPost, "https://referrals.example.nhs.uk/upload", &body) // clean: a surrogate key and a constant
	http.DefaultClient.Do(req)
}

func FormFile(p *Patient) {
	body := new(bytes.Buffer)
	w := multipart.NewWriter(body)
	part, _ := w.CreateFormFile("letter", "letter.txt")
	io.WriteString(part, "Dear "+p.Name)
	postForm(body, w) // want `Patient.Name \(direct\) is transmitted by`
}

func FormFileName(p *Patient) {
	body := new(bytes.Buffer)
	w := multipart.NewWriter(body)
	part, _ := w.CreateFormFile("letter", p.Name+".txt")
	part.Write([]byte(p.ID))
	postForm(body, w) // want `Patient.Name \(direct\) is transmitted by`
}

func FormParts(p *Patient) {
	body := new(bytes.Buffer)
	w := multipart.NewWriter(body)
	field, _ := w.CreateFormField("diagnosis")
	fmt.Fprint(field, p.Diagnosis)
	postForm(body, w) // want `Patient.Diagnosis \(clinical\) is transmitted by`
	other := new(bytes.Buffer)
	ow := multipart.NewWriter(other)
	part, _ := ow.CreatePart(map[string][]string{"Content-Disposition": {`form-data; name="id"`}})
	json.NewEncoder(part).Encode(map[string]string{"id": p.ID})
	postForm(other, ow) // clean: a surrogate key
}

// The form's content type names only the boundary, which NewWriter
// draws at random whatever the parts hold.

func FormContentType(p *Patient) {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("name", p.Name)
	w.Close()
	req, _ := http.NewRequest(http.MethodPost, "https://referrals.example.nhs.uk/upload", &body) // want `Patient.Name \(direct\) is transmitted by http.NewRequest`
	req.Header.Set("Content-Type", w.FormDataContentType())                                      // clean: the boundary only
	req.Header.Set("X-Boundary", w.Boundary())                                                   // clean
	http.DefaultClient.Do(req)
}

func FormFileToFile(p *Patient) {
	f, _ := os.Create("upload.form")
	defer f.Close()
	w := multipart.NewWriter(f)
	w.WriteField("name", p.Name) // want `Patient.Name \(direct\) is exported by`
	w.WriteField("id", p.ID)     // clean
}
