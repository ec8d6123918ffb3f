package redact

import "example.com/ehr/model"

func Name(s string) string { return s[:1] + "." }

func NHS(n model.NHSNumber) string { return "*******" + string(n[7:]) }
