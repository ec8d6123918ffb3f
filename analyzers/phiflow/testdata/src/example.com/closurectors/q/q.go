// Package q builds query closures: constructors return function
// literals, some checking the caller's permission before reading.
package q

import "context"

type Record struct {
	Key   string
	Label string `phi:"direct"`
}

type Authz interface {
	//phi:check
	Must(ctx context.Context, key string) error
}

//phi:source direct
func load(key string) *Record { return &Record{Key: key} }

//phi:source clinical
func note(key string) string { return "note-" + key }

// GetFunc reads a record.
type GetFunc func(ctx context.Context, key string) (*Record, error)

// NewGet checks before it reads.
func NewGet(az Authz) GetFunc {
	return func(ctx context.Context, key string) (*Record, error) {
		if err := az.Must(ctx, key); err != nil {
			return nil, err
		}
		return load(key), nil
	}
}

// NewOpen reads without a check.
func NewOpen() GetFunc {
	return func(ctx context.Context, key string) (*Record, error) {
		return load(key), nil
	}
}

// NewNote returns a reader of notes.
func NewNote() func(key string) string {
	return func(key string) string { return note(key) }
}

// NewEither returns a checked or an unchecked reader.
func NewEither(az Authz, open bool) GetFunc {
	if open {
		return NewOpen()
	}
	return NewGet(az)
}

// Queries holds the readers a service uses.
type Queries struct {
	Get GetFunc
}
