// Package handler calls the service, which calls an interface whose
// implementation neither imports.
package handler

import "example.com/wiredchain/service"

type Patient struct {
	ID        string
	NHSNumber string `phi:"direct"`
}

type Handler struct{ Lookup *service.Lookup }

func (h *Handler) Show(p *Patient) error {
	if err := h.Lookup.ByID(p.ID); err != nil { // clean: a surrogate key
		return err
	}
	return h.Lookup.ByNHS(p.NHSNumber) // leak: PHI1004
}

func (h *Handler) Escalate(p *Patient) error {
	if err := h.Lookup.Alert("patient " + p.ID); err != nil { // clean: a surrogate key
		return err
	}
	return h.Lookup.Alert("patient " + p.NHSNumber) // leak: PHI1003
}
