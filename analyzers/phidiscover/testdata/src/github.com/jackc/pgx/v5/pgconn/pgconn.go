// Package pgconn stands for github.com/jackc/pgx/v5/pgconn: a prepared
// statement is described by exported fields.
package pgconn

// FieldDescription describes a column of a statement's result.
type FieldDescription struct {
	Name        string
	DataTypeOID uint32
}

// StatementDescription describes a prepared statement.
type StatementDescription struct {
	Name      string
	SQL       string
	ParamOIDs []uint32
	Fields    []FieldDescription
}
