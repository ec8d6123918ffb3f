// Package ward admits patients and tells a courier it is given; it does
// not import the package that builds the courier.
package ward

import (
	"example.com/wiredlit/model"
	"example.com/wiredlit/notify"
)

type Ward struct{ Out *notify.Courier }

func (w *Ward) Admit(p *model.Patient) {
	w.Out.Deliver(p.Name) // leak: PHI1001
}
