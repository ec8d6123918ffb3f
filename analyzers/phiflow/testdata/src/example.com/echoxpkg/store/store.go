// Package store reads patients from a database for another package's
// handlers: what it returns is the database's, whatever filter the
// caller passes it.
package store

import "database/sql"

type Patient struct {
	ID        string
	FirstName string `phi:"direct"`
	Diagnosis string `phi:"clinical"`
}

var db *sql.DB

// Search builds patient records from rows; lastName only filters them.
func Search(lastName string) ([]Patient, error) {
	rows, err := db.Query("SELECT id, first_name, diagnosis FROM patient WHERE last_name = $1", lastName)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Patient
	for rows.Next() {
		var p Patient
		if err := rows.Scan(&p.ID, &p.FirstName, &p.Diagnosis); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// Normalize returns a copy of the patients it is given, trimmed.
func Normalize(in []Patient) []Patient {
	out := make([]Patient, 0, len(in))
	for _, p := range in {
		out = append(out, Patient{ID: p.ID, FirstName: p.FirstName, Diagnosis: p.Diagnosis})
	}
	return out
}
