// Package types declares source types in another package.
package types

// NHSNumber is a patient's NHS number.
//
//phi:source direct
type NHSNumber string

// Contact is a record: it has marked fields.
type Contact struct {
	Phone string `phi:"direct"`
}
