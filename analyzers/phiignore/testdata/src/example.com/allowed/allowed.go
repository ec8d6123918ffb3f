// Package allowed is judged under a policy that allows every log flow: a
// suppression of a log flow is needed again once the policy is tightened,
// so it is not stale. One on a line with no flow at all still is.
package allowed

import "log"

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Show(p *Patient) {
	log.Printf("%s", p.Name) //phi:ignore seeded demo data
	log.Printf("%s", p.ID)   //phi:ignore the ID is not identifiable // want `suppresses nothing`
}
