// Package entleaks has the cases of the catalog's ent queries: an
// entity's edges (ent's associations) hold data only where the query
// eager-loads them (With…) or the code assigns them (contract §3); an
// entity sent whole after a query that loads none of its identifiable
// parts discloses nothing. The ent package beside it is entc's code for a
// small schema, to the generator's shape.
package entleaks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"example.com/thirdparty/entleaks/ent"
)

// Unloaded: a query that eager-loads no edge leaves the patient empty.
func Unloaded(ctx context.Context, w http.ResponseWriter, client *ent.Client) {
	ds, err := client.Device.Query().All(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ds)
	d, err := client.Device.Query().Where().Limit(3).Order().First(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(d)
	log.Printf("device %+v", d)
	log.Printf("patient %v", d.Edges.Patient)
	one := client.Device.Query().Unique(true).OnlyX(ctx)
	json.NewEncoder(w).Encode(one)
	byID, err := client.Device.Get(ctx, 7)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(byID)
	json.NewEncoder(w).Encode(client.Device.Query().Offset(1).AllX(ctx))
}

// OtherEdge: loading an edge that holds nothing leaves the patient
// empty.
func OtherEdge(ctx context.Context, w http.ResponseWriter, client *ent.Client) {
	ds, err := client.Device.Query().WithMaker().All(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ds)
	log.Println(ds[0].Edges.Maker.Title)
}

// Loaded: a query that eager-loads the edge fills it.
func Loaded(ctx context.Context, w http.ResponseWriter, client *ent.Client) {
	ds, err := client.Device.Query().WithPatient().All(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
	d := client.Device.Query().WithMaker().WithPatient().FirstX(ctx)
	log.Printf("device %+v", d) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
}

// LoadedWithOptions: a function run on the edge's query may load more
// (here, the patient's devices): the edge is loaded all the same.
func LoadedWithOptions(ctx context.Context, w http.ResponseWriter, client *ent.Client) {
	d, err := client.Device.Query().WithPatient(func(q *ent.PatientQuery) { q.WithDevices() }).Only(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// LoadedBranch: a query that eager-loads the edge on one path loads it
// there.
func LoadedBranch(ctx context.Context, w http.ResponseWriter, client *ent.Client, full bool) {
	q := client.Device.Query().Limit(10)
	if full {
		q = q.WithPatient()
	}
	ds, err := q.All(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

// Statements: a builder's methods change it, so an edge asked for in a
// statement of its own is loaded by any later run.
func Statements(ctx context.Context, w http.ResponseWriter, client *ent.Client, full bool) {
	q := client.Device.Query()
	q.WithMaker()
	if q.CountX(ctx) == 0 {
		return
	}
	json.NewEncoder(w).Encode(q.AllX(ctx))
	r := client.Device.Query()
	if full {
		r.WithPatient()
	}
	json.NewEncoder(w).Encode(r.AllX(ctx)) // want `Patient.Name \(direct\).* is sent in a response`
}

// Assigned: the code puts a patient into the edge.
func Assigned(ctx context.Context, w http.ResponseWriter, client *ent.Client, p *ent.Patient) {
	d, err := client.Device.Get(ctx, 7)
	if err != nil {
		return
	}
	d.Edges.Patient = p
	json.NewEncoder(w).Encode(d) // want `Patient.Name \(direct\).* is sent in a response`
}

// EdgeQuery: the edge's own query loads the patient, a record of its
// own.
func EdgeQuery(ctx context.Context, w http.ResponseWriter, client *ent.Client) {
	d, err := client.Device.Get(ctx, 7)
	if err != nil {
		return
	}
	p, err := d.QueryPatient().Only(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(p) // want `Patient.Name \(direct\).* is sent in a response`
}

// FromParameter: a query built elsewhere may eager-load anything.
func FromParameter(ctx context.Context, w http.ResponseWriter, q *ent.DeviceQuery) {
	ds, err := q.All(ctx)
	if err != nil {
		return
	}
	json.NewEncoder(w).Encode(ds) // want `Patient.Name \(direct\).* is sent in a response`
}

// Empty: a literal entity holds what it is given.
func Empty(w http.ResponseWriter) {
	json.NewEncoder(w).Encode(&ent.Device{Serial: "A1"})
}
