package echo

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"
)

// Response wrappers: a literal given only the caller's own record holds
// only that record.

type Reply struct {
	OK      bool
	Message string
	Data    *Patient
	Related *Patient
}

type Envelope struct {
	Version int
	Body    *Reply
}

func Replied(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(Reply{OK: true, Message: "saved", Data: &p}) // clean: only the caller's own record
	log.Printf("%+v", Reply{OK: true, Data: &p})                           // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

func RepliedNew(w http.ResponseWriter, r *http.Request) {
	p := new(Patient)
	if err := json.NewDecoder(r.Body).Decode(p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(&Envelope{Version: 1, Body: &Reply{OK: true, Data: p}}) // clean: a wrapper of a wrapper of the caller's own record
}

func RepliedWithStored(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	json.NewEncoder(w).Encode(Reply{Data: &p, Related: LoadPatient(p.ID)}) // want `Patient.Name \(direct\).* is sent in a response`
}

func RepliedOverwritten(w http.ResponseWriter, r *http.Request) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	reply := &Reply{OK: true, Data: &p}
	reply.Data = LoadPatient(p.ID)
	json.NewEncoder(w).Encode(reply) // want `Patient.Name \(direct\).* is sent in a response`
}

func RepliedAfterUnseen(w http.ResponseWriter, r *http.Request, finish func(*Reply)) {
	var p Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return
	}
	reply := &Reply{OK: true, Data: &p}
	finish(reply)
	json.NewEncoder(w).Encode(reply) // want `Patient.Name \(direct\).* is sent in a response`
}

// Views: a helper that maps a record to a response type, reading only
// its fields, returns the caller's own data when given it.

type PatientView struct {
	ID   string
	Name string
}

func view(p *Patient) PatientView { return PatientView{ID: p.ID, Name: p.Name} }

func viewUpper(p *Patient) *PatientView {
	return &PatientView{ID: p.ID, Name: strings.ToUpper(p.Name)}
}

func viewLookedUp(p *Patient) PatientView { return PatientView{ID: p.ID, Name: LookupName(p.ID)} }

func Viewed(w http.ResponseWriter, r *http.Request) {
	var in Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"patient": view(&in)}) // clean: the caller's own fields
	json.NewEncoder(w).Encode(viewUpper(&in))                       // clean
	json.NewEncoder(w).Encode(viewLookedUp(&in))                    // want `LookupName\(\) \(direct\).* is sent in a response`
	log.Print(view(&in).Name)                                       // want `Patient.Name \(direct\).* reaches log sink log.Print`
	q := Patient{ID: in.ID, Name: in.Name}
	_ = view(&q)
	json.NewEncoder(w).Encode(q) // clean: built from the request, only read since
}

func ViewedStored(w http.ResponseWriter, id string) {
	json.NewEncoder(w).Encode(view(LoadPatient(id))) // want `Patient.Name \(direct\).* is sent in a response`
}

// Stores that hand back the record they were given.

type PatientStore interface {
	Insert(p *Patient) (*Patient, error)
}

type keyedStore struct{ next int }

// Insert sets the key of the record it stores and returns that record.
func (k *keyedStore) Insert(p *Patient) (*Patient, error) {
	k.next++
	p.ID = "p-" + string(rune('0'+k.next))
	return p, nil
}

type namingStore struct{}

// Insert also fills a marked field from elsewhere.
func (namingStore) Insert(p *Patient) (*Patient, error) {
	p.Name = LookupName(p.ID)
	return p, nil
}

func Inserted(w http.ResponseWriter, r *http.Request, s *keyedStore) {
	var in Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	saved, err := s.Insert(&in)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(saved) // clean: the caller's own record with its new key
	log.Printf("saved %v", saved)    // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

func InsertedNamed(w http.ResponseWriter, r *http.Request, s namingStore) {
	var in Patient
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return
	}
	saved, _ := s.Insert(&in)
	json.NewEncoder(w).Encode(saved) // want `Patient.Name \(direct\).* is sent in a response`
}

// Values read from the request's URL, form and header are the caller's
// own too.
func FromForm(w http.ResponseWriter, r *http.Request) {
	p := Patient{ID: r.PathValue("id"), Name: r.FormValue("name"), Diagnosis: r.URL.Query().Get("dx")}
	json.NewEncoder(w).Encode(p)   // clean: what the caller sent
	log.Printf("registered %v", p) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	stored := Patient{Name: LookupName(r.FormValue("id"))}
	json.NewEncoder(w).Encode(stored) // want `Patient.Name \(direct\).* is sent in a response`
	// A header may have been set by a gateway in front of the service.
	json.NewEncoder(w).Encode(Patient{Name: r.Header.Get("X-Patient-Name")}) // want `Patient.Name \(direct\).* is sent in a response`
}

// A value read from the caller's own map is the caller's own; one read
// from a map the code filled with a looked-up name is not.
func FromQueryMap(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	json.NewEncoder(w).Encode(Patient{Name: q["name"][0]}) // clean: what the caller sent
	if dx, ok := q["dx"]; ok {
		json.NewEncoder(w).Encode(Patient{Diagnosis: dx[0]}) // clean: what the caller sent
	}
	names := map[string]string{"id": LookupName(r.FormValue("id"))}
	json.NewEncoder(w).Encode(Patient{Name: names["id"]}) // want `Patient.Name \(direct\).* is sent in a response`
}
