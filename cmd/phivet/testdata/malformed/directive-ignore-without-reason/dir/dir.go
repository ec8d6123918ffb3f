package dir

import "log"

// Rec is a record.
type Rec struct {
	Name string `phi:"direct"`
}

// Show logs the name: the ignore has no reason, so it suppresses nothing.
func Show(r Rec) {
	//phi:ignore
	log.Println(r.Name) // leak: PHI1001
}
