// Package reminder sees no identifiable data of its own: it holds only a
// surrogate key. What its interface calls reach is out of its sight.
package reminder

import (
	"log"

	"example.com/wiredmarks/contracts"
)

type Reminder struct {
	Phones contracts.Directory
	Count  contracts.Counter
}

func (r *Reminder) Send(id string) {
	phone := r.Phones.PhoneOf(id)
	log.Printf("texting %s", phone)                       // leak: PHI1001 (an implementation out of sight is a source)
	log.Printf("reminder %d for %s", r.Count.Next(1), id) // clean: the counter only hands back a count
	log.Printf("mailing %s", r.Phones.EmailOf(id))        // leak: PHI1001 (a directive in a package out of sight)
}
