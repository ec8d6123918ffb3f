package catalog

// github.com/jmoiron/sqlx: extensions of database/sql (DB, Tx, Conn,
// Stmt, NamedStmt, Rows, Row), an I/O package (see IOPackage). Its code
// is analysed: binding a named query formats the argument into an error
// when the query names a parameter the argument lacks (named.go,
// bindMapArgs and bindArgs: "could not find name %s in %#v"), a
// programming error of the query, not data the database call returns.
var sqlxTable = register(Table{
	Package: "github.com/jmoiron/sqlx", Analysed: true, Cases: "ioleaks",
	IO: []IOPackage{{Path: "github.com/jmoiron/sqlx", Library: "sqlx", Keeps: sqlxKeeps}},
	// A named statement keeps its query's text and parameter names in
	// exported fields (named.go); its other types hold nothing exported.
	ProgramParts: []ProgramPart{{sqlxPkg + "NamedStmt", "sqlx: a prepared statement with named parameters"}},
	// The query rewriters do no I/O: In expands slice arguments into the
	// argument list it returns, Named and BindNamed return the values the
	// argument binds, each beside the rewritten query text (result 0),
	// which holds placeholders only; Rebind rewrites the text alone.
	Propagators: concat(
		[]Propagator{
			{Func: sqlxPkg + "In", From: From(1), Into: Results, OnlyResults: []int{1}},
			{Func: sqlxPkg + "Named", From: At(1), Into: Results, OnlyResults: []int{1}},
			{Func: sqlxPkg + "BindNamed", From: At(2), Into: Results, OnlyResults: []int{1}},
			{Func: sqlxPkg + "Rebind", From: At(1), Into: Results},
		},
		perName([]string{sqlxDB + "BindNamed", sqlxTx + "BindNamed"}, func(n string) Propagator {
			return Propagator{Func: n, From: At(2), Into: Results, OnlyResults: []int{1}}
		}),
		propagate([]string{sqlxDB + "Rebind", sqlxTx + "Rebind", "(*" + sqlxPkg + "Conn).Rebind"}, At(1), Results, Raw),
	),
})

const (
	sqlxPkg   = "github.com/jmoiron/sqlx."
	sqlxDB    = "(*" + sqlxPkg + "DB)."
	sqlxTx    = "(*" + sqlxPkg + "Tx)."
	sqlxNamed = "(*" + sqlxPkg + "NamedStmt)."
)

// sqlxKeeps are the named statements by the argument that binds their
// parameters (receiver = 0): they read its fields or keys and write
// nothing into it, through reflection phivet cannot see through.
var sqlxKeeps = concat(
	keepsOf(concat(each(sqlxDB, "NamedExec", "NamedQuery"), each(sqlxTx, "NamedExec", "NamedQuery"),
		each(sqlxPkg, "NamedExec", "NamedQuery")), At(2)),
	keepsOf(concat(each(sqlxDB, "NamedExecContext", "NamedQueryContext"), []string{sqlxTx + "NamedExecContext"},
		each(sqlxPkg, "NamedExecContext", "NamedQueryContext")), At(3)),
	keepsOf(each(sqlxNamed, "Exec", "Query", "QueryRow", "Queryx", "QueryRowx", "MustExec"), At(1)),
	keepsOf(each(sqlxNamed, "ExecContext", "QueryContext", "QueryRowContext", "QueryxContext", "QueryRowxContext",
		"MustExecContext"), At(2)),
)
