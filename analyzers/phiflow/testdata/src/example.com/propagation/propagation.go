// Package propagation exercises §3 "Propagation is explicit data flow only".
package propagation

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"text/template"
	"time"
)

type Patient struct {
	ID        string
	NHSNumber string    `phi:"direct"`
	Name      string    `phi:"direct"`
	BirthDate time.Time `phi:"indirect"`
	Postcode  string    `phi:"indirect"`
	Diagnosis string    `phi:"clinical"`
	Deceased  bool      `phi:"clinical"`
	Allergies []string  `phi:"clinical"`
}

//phi:sanitize
func Initials(s string) string { return s[:1] }

// String building.

func Concat(p *Patient) {
	msg := "patient " + p.Name + " admitted"
	log.Print(msg) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func Sprintf(p *Patient) {
	key := fmt.Sprintf("%s/%s", p.ID, p.NHSNumber)
	log.Print(key) // want `Patient.NHSNumber \(direct\) reaches log sink log.Print`
}

func Builder(p *Patient) {
	var b strings.Builder
	b.WriteString("dx: ")
	b.WriteString(p.Diagnosis)
	log.Print(b.String()) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Print`
}

func Buffer(p *Patient) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "postcode=%s", p.Postcode)
	log.Print(buf.String()) // want `Patient.Postcode \(indirect\) reaches log sink log.Print`
}

func Join(p *Patient) {
	line := strings.Join([]string{p.ID, p.Name}, ",")
	log.Print(line) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func StringsFunc(p *Patient) {
	log.Print(strings.ToUpper(strings.TrimSpace(p.Name))) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func Strconv(p *Patient) {
	log.Print("nhs=" + strconv.Quote(p.NHSNumber)) // want `Patient.NHSNumber \(direct\) reaches log sink log.Print`
}

func Arithmetic(p *Patient) {
	age := time.Now().Year() - p.BirthDate.Year()
	log.Print("age " + strconv.Itoa(age)) // want `Patient.BirthDate \(indirect\) reaches log sink log.Print`
}

func Template(p *Patient) {
	t := template.Must(template.New("greet").Parse("Dear {{.}},"))
	var buf bytes.Buffer
	_ = t.Execute(&buf, p.Name)
	log.Print(buf.String()) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func Sanitized(p *Patient) {
	log.Print("patient " + Initials(p.Name) + " admitted") // clean: sanitized
}

// Collections.

func Slice(p *Patient) {
	var names []string
	names = append(names, p.Name)
	log.Println(names)    // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(names[0]) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func MapValue(p *Patient) {
	m := map[string]string{"nhs": p.NHSNumber}
	log.Println(m["nhs"]) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
}

func MapKey(ps []*Patient) {
	seen := map[string]bool{}
	for _, p := range ps {
		seen[p.Name] = true
	}
	for name := range seen {
		log.Println("seen", name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

func Array(p *Patient) {
	row := [2]string{p.ID, p.Postcode}
	log.Println(row[1]) // want `Patient.Postcode \(indirect\) reaches log sink log.Println`
}

// A struct of a non-record type holding a marked value.

type event struct {
	Kind string
	Who  string
	At   time.Time
}

func StructLiteral(p *Patient) {
	e := event{Kind: "admit", Who: p.Name, At: time.Now()}
	log.Printf("%+v", e) // want `Patient.Name \(direct\) reaches log sink log.Printf`
	log.Println(e.Who)   // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// Closures are part of the function that encloses them.

func Closure(p *Patient) {
	report := func() { log.Println("dx", p.Diagnosis) } // want `Patient.Diagnosis \(clinical\) reaches log sink log.Println`
	report()
}

func ClosureResult(p *Patient) {
	label := func() string { return p.Name + " (" + p.ID + ")" }
	log.Println(label()) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// Channels within one function.

func Channel(p *Patient) {
	ch := make(chan string, 1)
	ch <- p.NHSNumber
	log.Println(<-ch) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
}

// Interfaces and conversions.

func Interface(p *Patient) {
	var v any = p.Name
	log.Println(v) // want `Patient.Name \(direct\) reaches log sink log.Println`
	if s, ok := v.(string); ok {
		log.Println(s) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

type displayName string

func Conversion(p *Patient) {
	log.Println(displayName(p.Name))        // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(string([]byte(p.Postcode))) // want `Patient.Postcode \(indirect\) reaches log sink log.Println`
}

// Errors.

var errNotFound = errors.New("not found")

func Errorf(p *Patient) {
	err := fmt.Errorf("lookup %s: %w", p.NHSNumber, errNotFound)
	log.Println(err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
}

func ErrorsNew(p *Patient) {
	err := errors.New("no GP for " + p.Name)
	log.Println(err.Error()) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func Wrapped(p *Patient) {
	inner := errors.New("bad postcode " + p.Postcode)
	err := fmt.Errorf("save: %w", inner)
	log.Println(err) // want `Patient.Postcode \(indirect\) reaches log sink log.Println`
}

func validate(p *Patient) error {
	if len(p.NHSNumber) != 10 {
		return fmt.Errorf("invalid NHS number %q", p.NHSNumber)
	}
	return nil
}

func ReturnedError(p *Patient) {
	if err := validate(p); err != nil {
		log.Println(err) // want `Patient.NHSNumber \(direct\) reaches log sink log.Println`
	}
}

func CleanError(p *Patient) {
	err := fmt.Errorf("lookup %s: %w", p.ID, errNotFound)
	log.Println(err) // clean
}

// Encoders.

func MarshalRecord(p *Patient) {
	b, _ := json.Marshal(p)
	log.Println(string(b)) // want `Patient\..* reaches log sink log.Println`
}

type Appointment struct {
	ID          string
	Clinic      string
	PatientName string `json:"-" phi:"direct"`
	Reason      string `json:"reason" phi:"clinical"`
}

// contract: §3 "json.Marshal of a record is identifiable by its marked
// fields unless they are json:"-"" — only Reason is encoded.
func MarshalPartlyHidden(a Appointment) {
	b, _ := json.Marshal(a)
	log.Println(string(b)) // want `^Appointment.Reason \(clinical\) reaches log sink log.Println`
}

type Slot struct {
	ID          string
	Start       time.Time
	PatientName string `json:"-" phi:"direct"`
}

func MarshalAllHidden(s Slot) {
	b, _ := json.Marshal(s)
	log.Println(string(b)) // clean: every marked field is json:"-"
	log.Printf("%+v", s)   // want `Slot.PatientName \(direct\) reaches log sink log.Printf`
}

// Not identifiable: len, cap, comparisons, booleans.

func Lengths(p *Patient) {
	log.Println("name length", len(p.Name))        // clean
	log.Println("allergy slots", cap(p.Allergies)) // clean
}

// An element of a marked slice field is identifiable, however it is
// reached; the field's length and the record's unmarked fields are not.
func MarkedSliceElements(p *Patient, v Patient) {
	log.Println(p.Allergies[0]) // want `Patient.Allergies \(clinical\) reaches log sink log.Println`
	log.Println(v.Allergies[0]) // want `Patient.Allergies \(clinical\) reaches log sink log.Println`
	for _, a := range p.Allergies {
		log.Println(a) // want `Patient.Allergies \(clinical\) reaches log sink log.Println`
	}
	log.Println(p.Allergies[1:][0])     // want `Patient.Allergies \(clinical\) reaches log sink log.Println`
	log.Println(len(p.Allergies), p.ID) // clean
	ids := []string{p.ID}
	log.Println(ids[0]) // clean: a slice of unmarked data
}

func Comparisons(p *Patient) {
	known := p.NHSNumber != ""
	log.Println("has nhs number:", known)                      // clean
	log.Println("london:", strings.HasPrefix(p.Postcode, "E")) // clean: a boolean
	log.Println("same:", p.Name == "Jane Doe")                 // clean
}

// Control dependence does not taint.

func Control(p *Patient) {
	if p.Name == "x" {
		log.Print("match") // clean
	}
	if p.Deceased {
		log.Print("deceased patient record opened") // clean
	}
	switch p.Diagnosis {
	case "sepsis":
		log.Print("escalating") // clean
	}
}

// Results of I/O calls are not identifiable.

func Query(ctx context.Context, db *sql.DB, p *Patient) {
	var ward string
	if err := db.QueryRowContext(ctx, "SELECT ward FROM admissions WHERE nhs = $1", p.NHSNumber).Scan(&ward); err != nil {
		return
	}
	log.Println("ward", ward) // clean: a database result
}

func ReadFile() {
	data, err := os.ReadFile("/etc/ward/config.txt")
	if err != nil {
		return
	}
	log.Println(string(data)) // clean: a file read
}

func Response(ctx context.Context) {
	resp, err := http.Get("https://status.example.nhs.uk/health")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	log.Println(string(body)) // clean: an HTTP response
}

// Values of a record type copied out of a slice keep only their marked
// fields identifiable.

func RangeValues(ps []Patient) {
	for _, p := range ps {
		log.Println("processing", p.ID) // clean: unmarked field
	}
}

// Function calls: data written through a pointer parameter.

func writeName(b *strings.Builder, p *Patient) { b.WriteString(p.Name) }

func ParamOut(p *Patient) {
	var b strings.Builder
	writeName(&b, p)
	log.Print(b.String()) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func fullName(p *Patient) string { return strings.ToUpper(p.Name) }

func Returned(p *Patient) {
	log.Print("patient " + fullName(p)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func idOf(p *Patient) string { return "P-" + p.ID }

func ReturnedClean(p *Patient) {
	log.Print("patient " + idOf(p)) // clean
}

// Printing uses LogValue and MarshalJSON where a type has them.

type Admission struct {
	ID   string
	Name string `phi:"direct"`
	Ward string
}

func (a Admission) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", a.ID), slog.String("ward", a.Ward))
}

func (a Admission) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"id": a.ID, "ward": a.Ward})
}

type Discharge struct {
	ID   string
	Name string `phi:"direct"`
}

func LogValuer(a Admission, d Discharge) {
	slog.Info("admitted", "admission", a)   // clean: LogValue emits no identifiable data
	slog.Info("discharged", "discharge", d) // want `Discharge\..* reaches log sink slog.Info`
	b, _ := json.Marshal(a)
	log.Println(string(b)) // clean: MarshalJSON emits no identifiable data
}

// Attributes carry data to the call that logs it.

func Attributes(p *Patient) {
	slog.Info("admitted", slog.String("nhs", p.NHSNumber))   // want `Patient.NHSNumber \(direct\) reaches log sink slog.Info`
	slog.Info("admitted", slog.Int("name_len", len(p.Name))) // clean
	fields := map[string]any{"postcode": p.Postcode, "id": p.ID}
	slog.Info("admitted", "fields", fields) // want `Patient.Postcode \(indirect\) reaches log sink slog.Info`
}

// A field written through a pointer.

func FieldWrite(p *Patient) {
	e := &event{Kind: "discharge"}
	e.Who = p.Name
	log.Printf("%+v", e) // want `Patient.Name \(direct\) reaches log sink log.Printf`
}

// A goroutine sending on a channel within one function.

func GoroutineChannel(p *Patient) {
	ch := make(chan string)
	go func() { ch <- p.Diagnosis }()
	log.Println("dx", <-ch) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Println`
}

func SprintRecord(p *Patient) {
	s := fmt.Sprintf("%v", p)
	log.Print(s) // want `Patient\..* reaches log sink log.Print`
}

func ErrorsJoin(p *Patient) {
	err := errors.Join(errNotFound, errors.New("patient "+p.Name))
	log.Println(err) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

// Substring: part of a string holds part of its data (a postcode's
// outward code, the rest of a name); part of an unmarked string holds
// none.
func Substring(p *Patient) {
	log.Print(p.Postcode[:4]) // want `Patient.Postcode \(indirect\) reaches log sink log.Print`
	rest := p.Name[1:]
	log.Print(rest) // want `Patient.Name \(direct\) reaches log sink log.Print`
	log.Print(p.ID[:8])
	log.Print(Initials(p.Name)[:1])
}
