// Package app uses ehr's facts.
package app

import "example.com/nogofacts/ehr"

func Show(p *ehr.Patient) {
	if ehr.MayShare(p) {
		ehr.Disclose(p)
		ehr.Note(ehr.NameOf(p))
	}
	var s string
	ehr.Copy(&s, p)
	ehr.Note(ehr.Redact(s))
}
