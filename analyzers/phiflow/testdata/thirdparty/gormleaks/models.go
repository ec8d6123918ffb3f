// Package gormleaks has the cases of the catalog's GORM queries: a
// model's association holds data only where the query loads it
// (Preload, Joins, Association(…).Find) or the code assigns it
// (contract §3); a model sent whole after a query that loads none of its
// identifiable parts discloses nothing.
package gormleaks

// Patient is a model with marked columns.
type Patient struct {
	ID        uint
	Name      string `json:"name" phi:"direct"`
	NHSNumber string `json:"nhs" phi:"direct"`
}

// Device belongs to a patient: its only identifiable part is the
// association.
type Device struct {
	ID        uint
	Serial    string
	PatientID uint
	Patient   Patient
}

// Bed holds its patient by pointer.
type Bed struct {
	ID        uint
	PatientID *uint
	Patient   *Patient
}

// Ward has many patients.
type Ward struct {
	ID       uint
	Label    string
	Patients []Patient `gorm:"many2many:ward_patients"`
}

// Visit belongs to a patient; Clinic has many visits and devices, so its
// patients are two associations away.
type Visit struct {
	ID        uint
	ClinicID  uint
	PatientID uint
	Patient   Patient
}

// Maker is a model that holds nothing identifiable.
type Maker struct {
	ID    uint
	Title string
}

// Clinic has many visits; Maker is an association that holds nothing.
type Clinic struct {
	ID      uint
	Visits  []Visit
	MakerID uint
	Maker   Maker
}

// Summary stores a patient in a column, serialized: a query loads it
// with every other column.
type Summary struct {
	ID      uint
	Snippet Patient `gorm:"serializer:json"`
}
