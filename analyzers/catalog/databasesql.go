package catalog

// database/sql's statements read the arguments they bind to their
// placeholders (driver.DefaultParameterConverter converts a copy of each)
// and write nothing into the memory they point to: a record built from
// the request keeps what the code put into it after an insert that binds
// a pointer field (a *int pain score) as a parameter. The exception is
// sql.Out, whose Dest a stored procedure's output parameter is written
// into (SQL Server drivers): a record's field given that way is missed.
var databaseSQLKeeps = concat(
	keepsOf(concat(each(sqlDB, "Exec", "Query", "QueryRow"), each(sqlTx, "Exec", "Query", "QueryRow")), From(2)),
	keepsOf(concat(each(sqlDB, "ExecContext", "QueryContext", "QueryRowContext"),
		each(sqlTx, "ExecContext", "QueryContext", "QueryRowContext"),
		each(sqlConn, "ExecContext", "QueryContext", "QueryRowContext")), From(3)),
	keepsOf(each(sqlStmt, "Exec", "Query", "QueryRow"), From(1)),
	keepsOf(each(sqlStmt, "ExecContext", "QueryContext", "QueryRowContext"), From(2)),
)

const (
	sqlDB   = "(*database/sql.DB)."
	sqlTx   = "(*database/sql.Tx)."
	sqlConn = "(*database/sql.Conn)."
	sqlStmt = "(*database/sql.Stmt)."
)
