package aliasing

import (
	"encoding/json"
	"log"
)

// A struct passed by value is the callee's copy, but what its pointer,
// map and slice fields refer to is the caller's: a value receiver writing
// through one writes where its caller's struct refers.

type Visit struct {
	ID   string
	Note string `phi:"clinical"`
}

type shelf struct{ items map[string][]byte }

type Cabinet struct {
	shelf *shelf
	label string
}

func NewCabinet() Cabinet { return Cabinet{shelf: &shelf{items: map[string][]byte{}}, label: "visits"} }

func (c Cabinet) Put(k string, v []byte) { c.shelf.items[k] = v }

func (c Cabinet) Get(k string) []byte { return c.shelf.items[k] }

// Relabel writes into its own copy only.
func (c Cabinet) Relabel(v []byte) Cabinet { c.label = string(v); return c }

func (c Cabinet) Label() string { return c.label }

func Filed(v *Visit) {
	c := NewCabinet()
	b, _ := json.Marshal(v)
	c.Put(v.ID, b)
	log.Printf("filed %s", c.Get(v.ID)) // want `Visit.Note \(clinical\) reaches log sink log.Printf`
}

func Relabelled(v *Visit) {
	c := NewCabinet()
	b, _ := json.Marshal(v)
	_ = c.Relabel(b)
	log.Printf("cabinet %s", c.Label()) // clean: Relabel changed its own copy's label
}

type Drawer interface {
	Put(k string, v []byte)
	Get(k string) []byte
}

func Drawn(d Drawer, v *Visit) {
	b, _ := json.Marshal(v)
	d.Put(v.ID, b)
	log.Printf("drawn %s", d.Get(v.ID)) // want `Visit.Note \(clinical\) reaches log sink log.Printf`
}
