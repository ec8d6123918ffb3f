package gen

// The packages every domain shares: guard (checks, audits, sanitizers)
// and obs (a logging wrapper over log/slog).

func (g *generator) common() error {
	for _, f := range []struct{ path, src string }{
		{"guard/consent.go", consentSrc},
		{"guard/audit.go", auditSrc},
		{"guard/redact.go", redactSrc},
		{"obs/obs.go", obsSrc},
	} {
		if err := g.add(f.path, f.src, true); err != nil {
			return err
		}
	}
	g.st.Packages += 2
	g.st.Funcs += 17
	return nil
}

const consentSrc = `// Package guard decides whether a record may be disclosed, records the
// disclosures, and redacts what is shared for wider purposes.
package guard

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Purpose is why a record is being disclosed.
type Purpose string

// The purposes records are disclosed for.
const (
	DirectCare Purpose = "direct-care"
	Referral   Purpose = "referral"
	Research   Purpose = "research"
	Billing    Purpose = "billing"
)

// ErrDenied means the disclosure is not permitted.
var ErrDenied = errors.New("guard: disclosure denied")

var (
	mu        sync.RWMutex
	optedOut  = map[string]map[Purpose]bool{}
	careTeams = map[string]map[string]bool{}
)

// OptOut records that the subject refuses disclosure for purpose.
func OptOut(subjectID string, purpose Purpose) {
	mu.Lock()
	defer mu.Unlock()
	if optedOut[subjectID] == nil {
		optedOut[subjectID] = map[Purpose]bool{}
	}
	optedOut[subjectID][purpose] = true
}

// JoinCareTeam adds actor to the care team of the subject.
func JoinCareTeam(actor, subjectID string) {
	mu.Lock()
	defer mu.Unlock()
	if careTeams[actor] == nil {
		careTeams[actor] = map[string]bool{}
	}
	careTeams[actor][subjectID] = true
}

// Allowed reports whether the subject's record may be disclosed by actor
// for purpose.
//
//phi:check
func Allowed(ctx context.Context, actor, subjectID string, purpose Purpose) bool {
	if ctx.Err() != nil || actor == "" {
		return false
	}
	mu.RLock()
	defer mu.RUnlock()
	return !optedOut[subjectID][purpose]
}

// Verify returns nil when actor has a legitimate relationship with the
// subject.
//
//phi:check
func Verify(ctx context.Context, actor, subjectID string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	mu.RLock()
	defer mu.RUnlock()
	if !careTeams[actor][subjectID] {
		return fmt.Errorf("%w: %s has no relationship with record %s", ErrDenied, actor, subjectID)
	}
	return nil
}
`

const auditSrc = `package guard

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

// Disclosed records that actor disclosed a record for purpose.
//
//phi:audit
func (r *Recorder) Disclosed(actor, recordID, purpose string) {
	r.add(Entry{Actor: actor, Action: "disclose", RecordID: recordID, Detail: purpose})
}

// Extract records a bulk extract of n records to dest.
//
//phi:audit
func (r *Recorder) Extract(actor, dest string, n int) {
	r.add(Entry{Actor: actor, Action: "extract", Detail: fmt.Sprintf("%d records to %s", n, dest)})
}

// Len returns the number of entries.
func (r *Recorder) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.entries)
}

func (r *Recorder) add(e Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if e.At.IsZero() {
		e.At = time.Now()
	}
	r.entries = append(r.entries, e)
}
`

const redactSrc = `package guard

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Initials returns the initials of a name.
//
//phi:sanitize
func Initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteByte(w[0])
		b.WriteByte('.')
	}
	return b.String()
}

// Mask keeps the last two characters of s.
//
//phi:sanitize
func Mask(s string) string {
	if len(s) <= 2 {
		return "**"
	}
	return strings.Repeat("*", len(s)-2) + s[len(s)-2:]
}

// Pseudonym returns a stable salted pseudonym for s.
//
//phi:sanitize
func Pseudonym(s, salt string) string {
	sum := sha256.Sum256([]byte(salt + s))
	return "P-" + hex.EncodeToString(sum[:6])
}

// Year keeps only the year of t.
//
//phi:sanitize
func Year(t time.Time) int { return t.Year() }

// Outcode keeps the outward half of a postcode.
//
//phi:sanitize
func Outcode(postcode string) string {
	if i := strings.IndexByte(postcode, ' '); i > 0 {
		return postcode[:i]
	}
	return "?"
}

// Count is a sanitizer for collections: only their size survives.
//
//phi:sanitize
func Count(xs []string) int { return len(xs) }
`

const obsSrc = `// Package obs is the services' logger: structured logging over log/slog.
package obs

import (
	"context"
	"log/slog"
	"os"
)

// Logger logs a service's events.
type Logger struct {
	l *slog.Logger
}

// New returns a Logger for the named service.
func New(service string) *Logger {
	return &Logger{l: slog.New(slog.NewJSONHandler(os.Stderr, nil)).With("service", service)}
}

// Info logs an event.
func (l *Logger) Info(ctx context.Context, msg string, args ...any) {
	l.l.InfoContext(ctx, msg, args...)
}

// Warn logs a problem.
func (l *Logger) Warn(ctx context.Context, msg string, args ...any) {
	l.l.WarnContext(ctx, msg, args...)
}

// Count logs a counter.
func (l *Logger) Count(ctx context.Context, name string, n int) {
	l.l.DebugContext(ctx, "count", "name", name, "n", n)
}
`
