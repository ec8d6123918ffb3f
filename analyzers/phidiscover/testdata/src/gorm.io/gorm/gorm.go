// Package gorm stands for gorm.io/gorm: a session keeps its settings,
// its last error and the rows it touched in exported fields, and its
// statement the query it builds.
package gorm

// Config holds a session's settings.
type Config struct {
	SkipDefaultTransaction bool
}

// DB is a session: the chain of a query.
type DB struct {
	*Config
	Error        error
	RowsAffected int64
	Statement    *Statement
	clone        int
}

// Statement is the query a session builds.
type Statement struct {
	*DB
	Table string
	Model any
	Dest  any
}

// Find loads the rows the query matches into dest.
func (db *DB) Find(dest any) *DB { return db }
