// Package wrap hands the record on: its summary carries a typed label.
package wrap

import "example.com/mod/records"

func Wrap() (records.Patient, error) { return records.Get(), nil }
