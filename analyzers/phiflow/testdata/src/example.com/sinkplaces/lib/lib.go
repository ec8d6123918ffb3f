// Package lib logs what it is given, for package sinkplaces: its
// functions' summaries reach the importer as facts.
package lib

import "log"

// Twice logs its parameter at two calls of one sink function: two
// flows, each a finding at the caller.
func Twice(s string) {
	log.Printf("received %s", s) // clean here: reported at the caller
	log.Printf("stored %s", s)
}

// Both logs its two parameters at one call: one flow, one finding with
// both data.
func Both(a, b string) {
	log.Printf("%s %s", a, b)
}
