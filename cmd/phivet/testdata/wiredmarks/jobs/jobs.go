// Package jobs queues work through the SDK's public interface; the
// implementation, in the SDK's internal package, is out of its sight.
package jobs

import "example.com/wiredmarks/sdk/api"

type Patient struct {
	ID        string
	NHSNumber string `phi:"direct"`
}

func Enqueue(p *Patient) error {
	r := api.Dial()
	if err := r.Run(api.Options{Queue: "ids"}, p.ID); err != nil { // clean: a surrogate key
		return err
	}
	return r.Run(api.Options{Queue: "letters"}, p.NHSNumber) // leak: PHI1001 (the implementation logs its arguments)
}
