package echo

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// A repository maps the row a query scans into a record with a helper,
// then returns the record through a local copy whose address it hands
// back: the record holds what the row held, as the helper's result
// appended to a slice does. Given only a key or constants, it holds
// nothing; given the request's own values, it is the caller's own.

// patientRow is what a query scans into: no field of it is marked.
type patientRow struct {
	ID   string
	Name string
	Dx   string
}

func rowToPatient(r patientRow) Patient {
	return Patient{ID: r.ID, Name: r.Name, Diagnosis: r.Dx}
}

type Repo struct{ db *sql.DB }

func (s Repo) scan(id string) patientRow {
	var r patientRow
	_ = s.db.QueryRow(`SELECT id, name, dx FROM patients WHERE id = $1`, id).Scan(&r.ID, &r.Name, &r.Dx)
	return r
}

// Get returns the address of a local the helper's result is copied into.
func (s Repo) Get(id string) *Patient {
	res := rowToPatient(s.scan(id))
	return &res
}

// GetValue returns the helper's result as it is.
func (s Repo) GetValue(id string) Patient {
	return rowToPatient(s.scan(id))
}

// GetLiteral copies a literal of the row's values into a local first.
func (s Repo) GetLiteral(id string) *Patient {
	r := s.scan(id)
	res := Patient{ID: r.ID, Name: r.Name}
	return &res
}

// GetNamed gives the helper the caller's name and the row's diagnosis.
func (s Repo) GetNamed(id, name string) *Patient {
	res := builtWith(name, s.scan(id).Dx)
	return &res
}

func builtWith(name, dx string) Patient { return Patient{Name: name, Diagnosis: dx} }

// load scans the row straight into a record's fields.
func (s Repo) load(id string) Patient {
	var p Patient
	_ = s.db.QueryRow(`SELECT id, name, dx FROM patients WHERE id = $1`, id).Scan(&p.ID, &p.Name, &p.Diagnosis)
	return p
}

// GetLoaded copies the loaded record into a local first.
func (s Repo) GetLoaded(id string) *Patient {
	res := s.load(id)
	return &res
}

func (s Repo) List(ids []string) []Patient {
	var out []Patient
	for _, id := range ids {
		out = append(out, rowToPatient(s.scan(id)))
	}
	return out
}

func Mapped(w http.ResponseWriter, s Repo) {
	json.NewEncoder(w).Encode(s.Get("p-1"))            // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(s.GetValue("p-1"))       // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(s.GetLiteral("p-1"))     // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(s.GetNamed("p-1", "x"))  // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(s.GetLoaded("p-1"))      // want `Patient.Name \(direct\).* is sent in a response`
	json.NewEncoder(w).Encode(s.List([]string{"p-1"})) // want `Patient.Name \(direct\).* is sent in a response`
}

// keyCopy and constCopy copy a record holding only a key, or only
// constants, into a local whose address they return.
func keyCopy(id string) *Patient {
	res := *builtKey(id)
	return &res
}

func constCopy() *Patient {
	res := *builtNamed("p-0", "anonymous")
	return &res
}

// ownCopy maps the request's own row.
func ownCopy(r *http.Request) *Patient {
	var in patientRow
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		return nil
	}
	res := rowToPatient(in)
	return &res
}

func MappedClean(w http.ResponseWriter, r *http.Request, id string) {
	json.NewEncoder(w).Encode(keyCopy(id)) // clean: given only its unmarked key
	json.NewEncoder(w).Encode(constCopy()) // clean: given only constants
	json.NewEncoder(w).Encode(ownCopy(r))  // clean: only what the caller sent
}
