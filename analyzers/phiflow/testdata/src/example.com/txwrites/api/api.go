// Package api answers and logs pages a store filled inside its literals.
package api

import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/txwrites/store"
)

// List answers with the rows a transaction literal filled, as the
// handler's own untouched page would not be.
func List(w http.ResponseWriter, r *http.Request) {
	var res store.Page
	if err := store.ListInTx(&res); err != nil {
		return
	}
	json.NewEncoder(w).Encode(res.Rows) // want `Row.Name \(direct\), Row.Symptoms \(clinical\) is sent in a response by \(\*json.Encoder\).Encode`
}

func Names() {
	var res store.Page
	store.NamesInSharedTx(&res)
	log.Print(res.Names) // want `Record.Name \(direct\) reaches log sink log.Print`
	log.Print(res.IDs)   // clean: nothing was written there
}

func Name(id string) {
	var name string
	store.NameInto(id, &name)
	log.Print(name) // want `store.LoadName\(\) \(direct\) reaches log sink log.Print`
}

func NameNested(id string) {
	var name string
	store.NameNested(id, &name)
	log.Print(name) // want `store.LoadName\(\) \(direct\) reaches log sink log.Print`
}

func Count() {
	var res store.Page
	store.CountInTx(&res)
	log.Print(res.Count, res.Note) // clean: a count and a constant
}

func IDs() {
	var res store.Page
	store.IDsInTx(&res)
	log.Print(res.IDs) // clean: only the keys were written
}

func Default() {
	var name string
	store.DefaultInto(&name)
	log.Print(name) // clean: a constant
}

func Copy() {
	var res store.Page
	n, _ := store.CopyInTx(&res)
	log.Print(res.Note, n) // clean: the literal filled its own copy
}

func Fresh() {
	var res store.Page
	store.FreshInTx(&res)
	log.Print(res.Names) // clean: the literal filled a page of its own
}
