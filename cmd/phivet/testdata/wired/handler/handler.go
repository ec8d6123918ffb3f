// Package handler calls contracts.Records; it does not import the
// package that implements it.
package handler

import "example.com/wired/contracts"

type Patient struct {
	ID        string
	NHSNumber string `phi:"direct"`
}

type Handler struct{ Records contracts.Records }

func (h *Handler) Show(p *Patient) error {
	if err := h.Records.FetchByID(p.ID); err != nil { // clean: a surrogate key
		return err
	}
	return h.Records.Fetch(p.NHSNumber) // leak: PHI1004
}
