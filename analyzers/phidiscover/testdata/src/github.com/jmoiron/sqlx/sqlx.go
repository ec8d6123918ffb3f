// Package sqlx stands for github.com/jmoiron/sqlx: a named statement
// keeps its query's text and parameter names in exported fields.
package sqlx

import "database/sql"

// Stmt wraps a prepared statement.
type Stmt struct {
	*sql.Stmt
	unsafe bool
}

// NamedStmt is a prepared statement with named parameters.
type NamedStmt struct {
	Params      []string
	QueryString string
	Stmt        *Stmt
}

// Exec runs the statement with the named parameters of arg.
func (n *NamedStmt) Exec(arg any) (sql.Result, error) { return nil, nil }
