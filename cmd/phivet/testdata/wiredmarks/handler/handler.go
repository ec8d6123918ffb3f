// Package handler pages through contracts.Pager; it does not import the
// package that implements it.
package handler

import "example.com/wiredmarks/contracts"

type Patient struct {
	ID        string
	NHSNumber string `phi:"direct"`
}

type Handler struct {
	Pager  contracts.Pager
	Ledger contracts.Ledger
}

func (h *Handler) Escalate(p *Patient) {
	h.Pager.Page("escalating " + p.ID)        // clean: a surrogate key
	h.Pager.Page("escalating " + p.NHSNumber) // leak: PHI1003 (the pager, out of sight, is declared a sink)
}

// Recorded pages after recording the disclosure through contracts.Ledger,
// whose only implementation, out of sight, is a declared audit.
func (h *Handler) Recorded(p *Patient) {
	h.Ledger.Record("care-team", p.ID)
	h.Pager.Page("escalating " + p.NHSNumber) // clean: audited through the ledger
}
