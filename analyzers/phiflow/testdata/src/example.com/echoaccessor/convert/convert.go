// Package convert has the request bodies of a service and their
// converters to its models, in a package of their own: a converter that
// only reads its receiver returns the receiver's data, so called on a
// body the handler decoded, its result is still the caller's own.
package convert

import "os"

type Visit struct {
	ID        string
	Complaint string `phi:"clinical"`
}

type VisitBody struct {
	Complaint string `json:"complaint" phi:"clinical"`
}

// ToVisit converts the body to the model.
func (b *VisitBody) ToVisit() (*Visit, error) { return &Visit{Complaint: b.Complaint}, nil }

// WithHistory adds what a store keeps for the visit: not only a read of
// the body.
func (b *VisitBody) WithHistory() *Visit {
	h, _ := os.ReadFile("/var/lib/visits/" + b.Complaint)
	return &Visit{Complaint: b.Complaint + string(h)}
}
