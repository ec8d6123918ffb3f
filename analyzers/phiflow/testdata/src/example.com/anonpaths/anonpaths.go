// Package anonpaths holds structs whose fields are marked by names that
// reach into anonymous structs (TestConfigAnonymousPath).
package anonpaths

import "log"

// Order holds its patient in anonymous structs.
type Order struct {
	ID      string
	Patient struct {
		Demographics struct {
			SSN  string
			Sex  string
			Pets []string
		}
		Visits []struct {
			Ward string
			Note string
		}
	}
}

func AnonymousPath(o *Order) {
	log.Println(o.Patient.Demographics.SSN)  // want `struct.SSN \(direct\) reaches log sink log.Println`
	log.Println(o.Patient.Demographics.Sex)  // want `struct.Sex \(indirect\) reaches log sink log.Println`
	log.Println(o.Patient.Demographics.Pets) // clean
	for _, v := range o.Patient.Visits {
		log.Println(v.Note) // want `struct.Note \(clinical\) reaches log sink log.Println`
		log.Println(v.Ward) // clean
	}
	log.Println(o.ID) // clean
	log.Println(o)    // want `reaches log sink log.Println`
}

// Referral has an anonymous struct with the same field names as Order's,
// which its entries do not name.
type Referral struct {
	Patient struct {
		Demographics struct{ SSN string }
	}
}

func SameShapeOtherType(r *Referral) {
	log.Println(r.Patient.Demographics.SSN) // clean: named through Order only
}
