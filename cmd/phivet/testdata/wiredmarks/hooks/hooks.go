// Package hooks calls the functions its callers set into its variables;
// it sees no identifiable data of its own, and main, out of its sight,
// sets them.
package hooks

import "log"

// Lookup finds a patient's phone number; main sets a declared source.
var Lookup func(id string) string

// Count counts announcements; main sets a function that hands back what
// it is given.
var Count func(n int) int

func Announce(id string) {
	log.Printf("calling %s", Lookup(id))    // leak: PHI1001 (main stores a source into Lookup)
	log.Printf("announcement %d", Count(1)) // clean: a count
}
