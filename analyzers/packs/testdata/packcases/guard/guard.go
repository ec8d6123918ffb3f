// Package guard holds the disclosure check the pack cases use for the
// statement of each mark that stays clean.
package guard

// Allowed stands for a consent check.
//
//phi:check
func Allowed() bool { return false }
