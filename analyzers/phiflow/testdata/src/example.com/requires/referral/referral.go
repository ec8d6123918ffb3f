// Package referral sends e-referrals.
package referral

import "log"

type Case struct {
	ID     string
	Reason string `phi:"clinical"`
}

// Send sends a referral; every call must be under a disclosure check.
//
//phi:requires check
func Send(c *Case, to string) error {
	log.Printf("sending %s to %s", c.Reason, to) // clean: a requires body is taken as guarded
	return nil
}
