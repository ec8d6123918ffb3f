package bunleaks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/uptrace/bun"
)

// Unloaded: a query that loads no relation leaves the patient empty.
func Unloaded(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var d Device
	if err := db.NewSelect().Model(&d).Where("id = ?", 1).Scan(ctx); err != nil {
		return
	}
	json.NewEncoder(w).Encode(d)
	log.Printf("device %+v", d)
	var ds []Device
	db.NewSelect().Model(&ds).Column("id", "serial").Order("id").Limit(10).Scan(ctx)
	json.NewEncoder(w).Encode(ds)
	ptrs := []*Device{}
	db.NewSelect().Model(&ptrs).WhereOr("serial = ?", "A1").Offset(3).Exec(ctx)
	json.NewEncoder(w).Encode(ptrs)
	json.NewEncoder(w).Encode(d.Patient)
}

// UnloadedThroughInterface: a query started on any of bun's databases
// (an IDB, a transaction) loads what it names.
func UnloadedThroughInterface(ctx context.Context, w http.ResponseWriter, db bun.IDB, tx bun.Tx) {
	var d Device
	db.NewSelect().Model(&d).WherePK().Scan(ctx)
	json.NewEncoder(w).Encode(d)
	var e Device
	tx.NewSelect().Model(&e).Scan(ctx)
	json.NewEncoder(w).Encode(e)
}

// OtherRelation: loading a relation that holds nothing (or one whose
// own relations are not loaded) leaves the model's patients empty.
func OtherRelation(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var d Device
	db.NewSelect().Model(&d).Relation("Maker").Scan(ctx)
	json.NewEncoder(w).Encode(d)
	var c Clinic
	db.NewSelect().Model(&c).Relation("Visits").Scan(ctx)
	json.NewEncoder(w).Encode(c)
	var e Device
	db.NewSelect().Relation("Maker").Model(&e).Scan(ctx)
	json.NewEncoder(w).Encode(e)
}

// Loaded: a query that names the relation loads it, before or after the
// model is given.
func Loaded(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var d Device
	db.NewSelect().Model(&d).Relation("Patient").Scan(ctx)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
	log.Printf("device %+v", d)  // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	var e Device
	db.NewSelect().Relation("Patient").Model(&e).Where("id = ?", 2).Scan(ctx)
	json.NewEncoder(w).Encode(e) // want `Patient.Name \(direct\).* is sent in a response`
	var wards []Ward
	db.NewSelect().Model(&wards).Relation("Patients").Scan(ctx)
	json.NewEncoder(w).Encode(wards) // want `Patient.Name \(direct\).* is sent in a response`
	var c Clinic
	db.NewSelect().Model(&c).Relation("Visits.Patient").Scan(ctx)
	json.NewEncoder(w).Encode(c) // want `Patient.Name \(direct\).* is sent in a response`
}

// LoadedBranch: a query that names the relation on one path loads it
// there.
func LoadedBranch(ctx context.Context, w http.ResponseWriter, db *bun.DB, full bool) {
	var ds []Device
	q := db.NewSelect().Model(&ds)
	if full {
		q = q.Relation("Patient")
	}
	q.Scan(ctx)
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

// Statements: a query is changed in place by each call made on it; the
// relations named in any of them are loaded.
func Statements(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var d Device
	q := db.NewSelect().Model(&d)
	q.Relation("Maker")
	q.Where("id = ?", 1)
	q.Scan(ctx)
	json.NewEncoder(w).Encode(d)
	var e Device
	r := db.NewSelect().Model(&e)
	r.Relation("Maker")
	r.Relation("Patient")
	r.Scan(ctx)
	json.NewEncoder(w).Encode(e) // want `Patient.Name \(direct\).* is sent in a response`
}

// RelationApply: a function run on the relation's query may load more
// below it.
func RelationApply(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var c Clinic
	db.NewSelect().Model(&c).Relation("Visits", func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Relation("Patient")
	}).Scan(ctx)
	json.NewEncoder(w).Encode(c) // want `Patient.Name \(direct\).* is sent in a response`
}

// Assigned: the code puts a patient into the relation.
func Assigned(ctx context.Context, w http.ResponseWriter, db *bun.DB, p *Patient) {
	var d Device
	db.NewSelect().Model(&d).Scan(ctx)
	d.Patient = p
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// FromParameter: a query from elsewhere may have been told to load it.
func FromParameter(ctx context.Context, w http.ResponseWriter, q *bun.SelectQuery) {
	var d Device
	q.Model(&d).Scan(ctx)
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// HandedOn: a query given to another function may be told to load it
// there.
func HandedOn(ctx context.Context, w http.ResponseWriter, db *bun.DB, run func(*bun.SelectQuery) error) {
	var d Device
	run(db.NewSelect().Model(&d))
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// SerializedColumn: a column holding a patient is loaded with the row.
func SerializedColumn(ctx context.Context, w http.ResponseWriter, db *bun.DB) {
	var s Summary
	db.NewSelect().Model(&s).Scan(ctx)
	json.NewEncoder(w).Encode(s) // want `Patient.Name \(direct\).* is sent in a response`
}

// Empty: a literal model holds what it is given.
func Empty(w http.ResponseWriter) {
	json.NewEncoder(w).Encode(&Device{Serial: "A1"})
}
