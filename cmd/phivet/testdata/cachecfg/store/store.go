// Package store hands out patient names. Nothing in the code marks Get:
// only phivet.yaml can declare it a source.
package store

// Get returns the name of the patient with the given ID.
func Get(id string) string { return "Ada Example (" + id + ")" }
