package catalog

// ProgramPart names a library type whose values are parts of the
// program, not data: a prepared statement, a database session. Its
// exported fields hold values (a statement's query text and parameter
// names, a session's settings and the rows its last query touched), so
// by its shape it could hold a person's data; it never does. A struct
// field of such a type is the part its name says it works on
// (updateDiagnosis *sqlx.NamedStmt updates diagnoses), not that data, and
// PHI3001 does not flag it. A library type whose exported fields hold
// nothing (*sql.DB, *sql.Stmt) needs no row: its shape says so already.
type ProgramPart struct {
	Type    string // "pkg/path.Name"
	Library string // what it is, for the documentation
}

// IsProgramPart reports whether the named type (by its package's path and
// its name) is a ProgramPart row.
func (c *Catalog) IsProgramPart(pkgPath, name string) bool {
	return c.programParts[typeName{pkgPath, name}]
}
