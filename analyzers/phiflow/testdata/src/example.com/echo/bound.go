package echo

// A store binds a record's fields as a statement's values: a pointer
// field (a score that may be absent) is read through, not written, so a
// record built from the request stays the caller's own after it is
// inserted, beside an unlabelled value in the same argument list, when
// the row gives back only generated columns. One that scans a marked
// column back, or hands the list of its fields' addresses to the scan,
// fills it with what the database holds.

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"time"
)

// Reading is a record with a marked pointer field.
type Reading struct {
	ID        int64
	Score     *int   `json:"score" phi:"clinical"`
	Note      string `json:"note" phi:"clinical"`
	CreatedAt time.Time
}

// ReadingRequest is what a client sends.
type ReadingRequest struct {
	Score *int   `json:"score"`
	Note  string `json:"note"`
}

// ReadingStore saves readings: readingRows implements it.
type ReadingStore interface {
	Save(ctx context.Context, r *Reading) error
}

type readingRows struct{ db *sql.DB }

// Save binds the score and the note, and scans back the generated key
// and creation time.
func (t *readingRows) Save(ctx context.Context, r *Reading) error {
	return t.db.QueryRowContext(ctx, "INSERT INTO readings(score, note, at) VALUES($1, $2, $3) RETURNING id, created_at",
		r.Score, r.Note, time.Now().Unix()).Scan(&r.ID, &r.CreatedAt)
}

// Touch binds the score beside a version the database holds.
func (t *readingRows) Touch(ctx context.Context, r *Reading) error {
	var version int
	if err := t.db.QueryRowContext(ctx, "SELECT version FROM readings WHERE id = $1", r.ID).Scan(&version); err != nil {
		return err
	}
	_, err := t.db.ExecContext(ctx, "UPDATE readings SET version = $1 WHERE score = $2", version+1, r.Score)
	return err
}

// SaveScored scans back the score as the database stored it.
func (t *readingRows) SaveScored(ctx context.Context, r *Reading) error {
	return t.db.QueryRowContext(ctx, "INSERT INTO readings(score) VALUES($1) RETURNING id, score", r.Score).Scan(&r.ID, &r.Score)
}

// Reload scans the stored note through a list of the fields' addresses.
func (t *readingRows) Reload(ctx context.Context, r *Reading) error {
	dest := []any{&r.ID, &r.Note}
	return t.db.QueryRowContext(ctx, "SELECT id, note FROM readings WHERE id = $1", r.ID).Scan(dest...)
}

// ReadingService builds readings from what it is given and saves them.
type ReadingService struct{ Store ReadingStore }

// NewReadingService wires the rows as the store.
func NewReadingService(db *sql.DB) ReadingService {
	return ReadingService{Store: &readingRows{db}}
}

// Record builds the reading and saves it.
func (s ReadingService) Record(ctx context.Context, req *ReadingRequest) (*Reading, error) {
	r := &Reading{Score: req.Score, Note: req.Note}
	if err := s.Store.Save(ctx, r); err != nil {
		return nil, err
	}
	return r, nil
}

// CreateReading answers with the reading the request sent, as saved.
func (s ReadingService) CreateReading(w http.ResponseWriter, r *http.Request) {
	var req ReadingRequest
	if json.NewDecoder(r.Body).Decode(&req) != nil {
		return
	}
	out, err := s.Record(r.Context(), &req)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(out) // clean: only the key and time were scanned back
}

// TouchReading answers with the decoded reading after an update binding
// its score.
func TouchReading(w http.ResponseWriter, r *http.Request, t *readingRows) {
	var rd Reading
	if json.NewDecoder(r.Body).Decode(&rd) != nil || t.Touch(r.Context(), &rd) != nil {
		return
	}
	json.NewEncoder(w).Encode(rd) // clean: the score was only bound
}

// StoreReadings answers with readings the database filled in.
func StoreReadings(w http.ResponseWriter, r *http.Request, t *readingRows) {
	var scored Reading
	if json.NewDecoder(r.Body).Decode(&scored) != nil || t.SaveScored(r.Context(), &scored) != nil {
		return
	}
	json.NewEncoder(w).Encode(scored) // want `Reading.Note \(clinical\), Reading.Score \(clinical\).* is sent in a response`
	var reloaded Reading
	if json.NewDecoder(r.Body).Decode(&reloaded) != nil || t.Reload(r.Context(), &reloaded) != nil {
		return
	}
	json.NewEncoder(w).Encode(reloaded) // want `Reading.Note \(clinical\), Reading.Score \(clinical\).* is sent in a response`
}
