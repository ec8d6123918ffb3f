package discover

import (
	"database/sql"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

// visitQueries holds prepared statements and sessions named for the data
// they read and write. Their exported fields hold the query's text, but
// the catalog says they are parts of the program, as the connection they
// run on is.
type visitQueries struct {
	updateDiagnosis      *sqlx.NamedStmt
	getDiagnosisByVisit  *pgconn.StatementDescription
	insertDiagnosis      *sql.Stmt
	MedicationDB         *gorm.DB
	medicationStatement  *gorm.Statement
	prescriptionsByVisit map[string]*sqlx.NamedStmt
}

// diagnosisText is the program's own type: its text may be a diagnosis.
type diagnosisText struct {
	Text string
}

// A value a database hands back holds data, and so does a struct of the
// program's own, whatever its type's name.
type visitRow struct {
	Diagnosis  sql.NullString // want `visitRow.Diagnosis looks identifiable \(diagnosis\)`
	Medication diagnosisText  // want `visitRow.Medication looks identifiable \(medication\)`
}
