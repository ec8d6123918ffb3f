package transmit

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// A literal whose identifiable fields are given only a sanitizer's
// results holds only sanitized data (§3: a composite literal holds what
// it is given; a flow is acceptable when the data passed through a
// sanitizer first).

type Referral struct {
	ID        string
	NHSNumber string `json:"nhs" phi:"direct"`
	Reason    string `json:"reason" phi:"clinical"`
}

//phi:sanitize
func Redact(s string) string { return "redacted" }

func SendPseudonymised(p *Patient) {
	out := Referral{ID: p.ID, NHSNumber: Pseudonymise(p.NHSNumber), Reason: Redact(p.Diagnosis)}
	body, _ := json.Marshal(&out)
	http.Post(pds, "application/json", bytes.NewReader(body)) // clean: only sanitized data
}

func SendHalfPseudonymised(p *Patient) {
	out := Referral{ID: p.ID, NHSNumber: Pseudonymise(p.NHSNumber), Reason: p.Diagnosis}
	body, _ := json.Marshal(&out)
	http.Post(pds, "application/json", bytes.NewReader(body)) // want `Referral.Reason \(clinical\).* is transmitted by http.Post`
}

func SendPseudonymisedThenFilled(p *Patient) {
	out := &Referral{ID: p.ID, NHSNumber: Pseudonymise(p.NHSNumber)}
	out.Reason = p.Diagnosis
	body, _ := json.Marshal(out)
	http.Post(pds, "application/json", bytes.NewReader(body)) // want `Referral.Reason \(clinical\).* is transmitted by http.Post`
}
