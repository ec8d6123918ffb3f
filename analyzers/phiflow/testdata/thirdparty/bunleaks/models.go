// Package bunleaks has the cases of the catalog's bun queries: a model's
// relation (bun's association, a field tagged rel: or m2m:) holds data
// only where the query loads it (Relation) or the code assigns it
// (contract §3); a model sent whole after a query that loads none of its
// identifiable parts discloses nothing.
package bunleaks

import "github.com/uptrace/bun"

// Patient is a model with a marked column.
type Patient struct {
	bun.BaseModel `bun:"table:patients"`

	ID   int64  `bun:",pk,autoincrement"`
	Name string `bun:"name" phi:"direct"`
}

// Device belongs to a patient: its only identifiable part is the
// relation.
type Device struct {
	ID        int64 `bun:",pk"`
	Serial    string
	PatientID int64
	Patient   *Patient `bun:"rel:belongs-to,join:patient_id=id"`
	MakerID   int64
	Maker     *Maker `bun:"rel:belongs-to,join:maker_id=id"`
}

// Maker is a model that holds nothing identifiable.
type Maker struct {
	ID    int64 `bun:",pk"`
	Title string
}

// Ward has many patients, through a join table.
type Ward struct {
	ID       int64 `bun:",pk"`
	Label    string
	Patients []Patient `bun:"m2m:ward_patients,join:Ward=Patient"`
}

// Visit belongs to a patient; Clinic has many visits, so its patients
// are two relations away.
type Visit struct {
	ID        int64 `bun:",pk"`
	ClinicID  int64
	PatientID int64
	Patient   *Patient `bun:"rel:belongs-to,join:patient_id=id"`
}

// Clinic has many visits.
type Clinic struct {
	ID     int64    `bun:",pk"`
	Visits []*Visit `bun:"rel:has-many,join:id=clinic_id"`
}

// Summary stores a patient in a column, as JSON: a query loads it with
// every other column.
type Summary struct {
	ID      int64   `bun:",pk"`
	Snippet Patient `bun:"snippet,type:jsonb"`
}
