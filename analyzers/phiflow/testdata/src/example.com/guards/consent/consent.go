// Package consent holds the trust's disclosure checks.
package consent

type Subject struct {
	ID  string
	NHS string `phi:"direct"`
}

//phi:check
func Check(s *Subject, purpose string) bool { return s.ID != "" && purpose != "" }

// Permit returns Check's result: it is itself a disclosure check.
func Permit(s *Subject) bool { return Check(s, "direct care") }
