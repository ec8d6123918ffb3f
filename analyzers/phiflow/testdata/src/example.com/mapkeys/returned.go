package mapkeys

import (
	"fmt"
	"log"
)

// A map built by another function and returned keeps its keys apart
// too: a change set read back by key gives only what that key holds.

type Update struct {
	WardID string
	Name   *string `phi:"direct"`
}

func (u *Update) Changes() map[string]any {
	m := map[string]any{"ward_id": u.WardID}
	if u.Name != nil {
		m["name"] = *u.Name
	}
	return m
}

func wardError(changes map[string]any) error {
	if w, ok := changes["ward_id"]; ok {
		return fmt.Errorf("ward %v not found", w)
	}
	return nil
}

func ApplyUpdate(u *Update) {
	m := u.Changes()
	log.Print(m["ward_id"]) // clean: only the ward
	log.Print(m["name"])    // want `Update.Name \(direct\) reaches log sink log.Print`
	log.Print(m)            // want `Update.Name \(direct\) reaches log sink log.Print`
	if err := wardError(u.Changes()); err != nil {
		log.Print(err) // clean: the error names only the ward
	}
	for k, v := range u.Changes() {
		log.Print(k, v) // want `Update.Name \(direct\) reaches log sink log.Print`
	}
}
