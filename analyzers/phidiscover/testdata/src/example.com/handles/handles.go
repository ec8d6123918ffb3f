// Package handles stands for a library of another module: a connection
// pool, a collection and a logger keep their state to themselves, a
// timestamp keeps its value unexported and shows it, and a row holds its
// values in exported fields.
package handles

// DB is a connection pool: what it holds is the library's own state.
type DB struct {
	dsn  string
	open int
}

// Exec runs a statement.
func (db *DB) Exec(query string) error { return nil }

// Collection names a collection in a database.
type Collection struct {
	name string
	db   *DB
}

// Logger writes log lines at a level.
type Logger struct {
	prefix string
	level  int
}

// Info logs a line.
func (l *Logger) Info(msg string) {}

// Timestamp keeps an instant unexported, as time.Time does.
type Timestamp struct {
	unix int64
}

// String shows the instant: the value its fields hold.
func (t Timestamp) String() string { return "" }

// Row holds a result's values.
type Row struct {
	Values []string
	n      int
}
