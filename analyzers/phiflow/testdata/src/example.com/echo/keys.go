package echo

// A store that fills in what the database generates (a key scanned from
// the inserted row, a version, a flag) writes only unmarked fields of the
// record it is given: the record stays the caller's own. One that fills
// in a marked field from the row, or the whole record, does not leave it
// so: what the database holds is not what the caller sent.

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

// Entry is a record with the keys a database generates.
type Entry struct {
	ID      int64
	Version int
	Active  bool
	Codes   []string
	Name    string   `json:"name" phi:"direct"`
	Aliases []string `json:"aliases" phi:"direct"`
}

// Rows is the entries' table.
type Rows struct{ db *sql.DB }

// Insert fills in the key the row was given, a version and a flag.
func (t *Rows) Insert(ctx context.Context, e *Entry) error {
	if err := t.db.QueryRowContext(ctx, "INSERT INTO entries(name) VALUES($1) RETURNING id", e.Name).Scan(&e.ID); err != nil {
		return err
	}
	e.Version = 1
	e.Active = true
	return nil
}

// InsertCanonical fills in the key and the name as the database stored it.
func (t *Rows) InsertCanonical(ctx context.Context, e *Entry) error {
	return t.db.QueryRowContext(ctx, "INSERT INTO entries(name) VALUES($1) RETURNING id, name", e.Name).Scan(&e.ID, &e.Name)
}

// InsertMerged reads the stored name into a variable, then into the record.
func (t *Rows) InsertMerged(ctx context.Context, e *Entry) error {
	var id int64
	var name string
	if err := t.db.QueryRowContext(ctx, "INSERT INTO entries(name) VALUES($1) ON CONFLICT DO NOTHING RETURNING id, name", e.Name).Scan(&id, &name); err != nil {
		return err
	}
	e.ID = id
	e.Name = name
	return nil
}

// InsertReplaced copies the stored row over the whole record.
func (t *Rows) InsertReplaced(ctx context.Context, e *Entry) error {
	var saved Entry
	if err := t.db.QueryRowContext(ctx, "INSERT INTO entries(name) VALUES($1) RETURNING id, name", e.Name).Scan(&saved.ID, &saved.Name); err != nil {
		return err
	}
	*e = saved
	return nil
}

// Recode fills in the codes the database holds for the entry: elements
// of an unmarked field.
func (t *Rows) Recode(ctx context.Context, e *Entry) error {
	if len(e.Codes) == 0 {
		return nil
	}
	var code string
	if err := t.db.QueryRowContext(ctx, "SELECT code FROM codes WHERE entry = $1", e.ID).Scan(&code); err != nil {
		return err
	}
	e.Codes[0] = code
	return t.db.QueryRowContext(ctx, "SELECT code FROM codes WHERE entry = $1 OFFSET 1", e.ID).Scan(&e.Codes[len(e.Codes)-1])
}

// Realias fills in an alias the database holds: an element of a marked
// field.
func (t *Rows) Realias(ctx context.Context, e *Entry) error {
	if len(e.Aliases) == 0 {
		return nil
	}
	var alias string
	if err := t.db.QueryRowContext(ctx, "SELECT alias FROM aliases WHERE entry = $1", e.ID).Scan(&alias); err != nil {
		return err
	}
	e.Aliases[0] = alias
	return nil
}

// decodeEntry decodes the request's entry.
func decodeEntry(r *http.Request) (*Entry, bool) {
	e := &Entry{}
	return e, json.NewDecoder(r.Body).Decode(e) == nil
}

// CreateKeyed answers with the decoded entry and the keys it was given.
func CreateKeyed(w http.ResponseWriter, r *http.Request, t *Rows) {
	e, ok := decodeEntry(r)
	if !ok || t.Insert(r.Context(), e) != nil {
		return
	}
	json.NewEncoder(w).Encode(e) // clean: the caller's own entry, with generated keys
	c, ok := decodeEntry(r)
	if !ok || t.Recode(r.Context(), c) != nil {
		return
	}
	json.NewEncoder(w).Encode(c) // clean: only codes were filled in
}

// CreateStored answers with entries whose name the database filled in.
func CreateStored(w http.ResponseWriter, r *http.Request, t *Rows) {
	e, ok := decodeEntry(r)
	if !ok || t.InsertCanonical(r.Context(), e) != nil {
		return
	}
	json.NewEncoder(w).Encode(e) // want `Entry.Name \(direct\).* is sent in a response`
	m, ok := decodeEntry(r)
	if !ok || t.InsertMerged(r.Context(), m) != nil {
		return
	}
	json.NewEncoder(w).Encode(m) // want `Entry.Name \(direct\).* is sent in a response`
	c, ok := decodeEntry(r)
	if !ok || t.InsertReplaced(r.Context(), c) != nil {
		return
	}
	json.NewEncoder(w).Encode(c) // want `Entry.Name \(direct\).* is sent in a response`
	a, ok := decodeEntry(r)
	if !ok || t.Realias(r.Context(), a) != nil {
		return
	}
	json.NewEncoder(w).Encode(a) // want `Entry.Name \(direct\).* is sent in a response`
}

// CreateScanned scans keys into records itself.
func CreateScanned(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	e, ok := decodeEntry(r)
	if !ok || db.QueryRow("INSERT INTO entries(name) VALUES($1) RETURNING id", e.Name).Scan(&e.ID) != nil {
		return
	}
	json.NewEncoder(w).Encode(e) // clean: only its key was scanned into it
	blank := &Entry{}
	db.QueryRow("SELECT nextval('entries_id')").Scan(&blank.ID)
	json.NewEncoder(w).Encode(blank) // clean: an empty entry given only a key
	named := &Entry{}
	db.QueryRow("SELECT id, name FROM entries LIMIT 1").Scan(&named.ID, &named.Name)
	json.NewEncoder(w).Encode(named) // want `Entry.Name \(direct\).* is sent in a response`
}

// Registrar creates entries: keyed implements it.
type Registrar interface {
	Register(ctx context.Context, e *Entry) error
}

// Canonicalizer creates entries as stored: canonical implements it.
type Canonicalizer interface {
	Canonicalize(ctx context.Context, e *Entry) error
}

type keyed struct{ rows *Rows }

func (k keyed) Register(ctx context.Context, e *Entry) error { return k.rows.Insert(ctx, e) }

type canonical struct{ rows *Rows }

func (c canonical) Canonicalize(ctx context.Context, e *Entry) error {
	return c.rows.InsertCanonical(ctx, e)
}

// Services are the handlers' dependencies, reached through interfaces.
type Services struct {
	Registrar     Registrar
	Canonicalizer Canonicalizer
}

// NewServices wires the implementations.
func NewServices(t *Rows) Services {
	return Services{Registrar: keyed{t}, Canonicalizer: canonical{t}}
}

// CreateThrough answers with entries created through the interfaces.
func (s Services) CreateThrough(w http.ResponseWriter, r *http.Request) {
	e, ok := decodeEntry(r)
	if !ok || s.Registrar.Register(r.Context(), e) != nil {
		return
	}
	json.NewEncoder(w).Encode(e) // clean: the implementation writes only keys
	c, ok := decodeEntry(r)
	if !ok || s.Canonicalizer.Canonicalize(r.Context(), c) != nil {
		return
	}
	json.NewEncoder(w).Encode(c) // want `Entry.Name \(direct\).* is sent in a response`
}
