package referral

import "example.com/ehr/model"

func Send(p *model.Patient, to string) error { return nil }
