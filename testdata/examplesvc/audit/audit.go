// Package audit keeps the clinic's disclosure log.
package audit

import (
	"fmt"
	"sync"
	"time"
)

// Entry is one recorded disclosure.
type Entry struct {
	At       time.Time
	Actor    string
	Action   string
	RecordID string
	Detail   string
}

// Recorder keeps audit entries in memory.
type Recorder struct {
	mu      sync.Mutex
	entries []Entry
}

// NewRecorder returns an empty Recorder.
func NewRecorder() *Recorder { return &Recorder{} }

// Disclosed records that actor disclosed the record with the given surrogate
// ID for purpose.
//
//phi:audit
func (r *Recorder) Disclosed(actor, recordID, purpose string) {
	r.add(Entry{Actor: actor, Action: "disclose", RecordID: recordID, Detail: purpose})
}

// Extract records a bulk extract of n records to dest. phivet.yaml declares
// it an audit.
func (r *Recorder) Extract(actor, dest string, n int) {
	r.add(Entry{Actor: actor, Action: "extract", Detail: fmt.Sprintf("%d records to %s", n, dest)})
}

func (r *Recorder) add(e Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e.At.IsZero() {
		e.At = time.Now()
	}
	r.entries = append(r.entries, e)
}
