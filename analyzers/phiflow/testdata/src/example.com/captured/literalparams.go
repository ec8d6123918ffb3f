package captured

import "log"

// A literal called where it is written (a goroutine per element, a
// callback run on the spot) is given an element as its parameter: a field
// read through the parameter holds what that field holds, not what the
// element's other fields hold.

type Referral struct {
	ID     string
	Reason *string `phi:"clinical"`
	Extra  map[string]string
}

func referrals() []*Referral {
	reason := Lookup("referral")
	return []*Referral{{ID: "r1", Reason: &reason, Extra: map[string]string{}}}
}

func LogExtraInGoroutine() {
	for _, r := range referrals() {
		go func(r *Referral) {
			log.Println(r.Extra["service"]) // clean: the unmarked map field
		}(r)
	}
}

func LogIDInLiteral() {
	for _, r := range referrals() {
		func(r *Referral) {
			log.Println(r.ID) // clean: the unmarked field
		}(r)
	}
}

func LogReasonInGoroutine() {
	for _, r := range referrals() {
		go func(r *Referral) {
			log.Println(*r.Reason) // want `Lookup\(\) \(clinical\) reaches log sink log.Println`
		}(r)
	}
}

func LogReferralInLiteral() {
	for _, r := range referrals() {
		func(r *Referral) {
			log.Println(r) // want `Lookup\(\) \(clinical\) reaches log sink log.Println`
		}(r)
	}
}
