package store

import (
	"example.com/fix/model"
	"example.com/fix/redact"
)

func Label(p *model.Patient) string { return redact.Name(p.Name) }
