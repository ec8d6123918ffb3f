// Command server wires the service to the HTTP client.
package main

import (
	"log"

	"example.com/wiredchain/client"
	"example.com/wiredchain/handler"
	"example.com/wiredchain/service"
)

func main() {
	h := &handler.Handler{Lookup: &service.Lookup{Records: client.New("https://records.example"), Pager: client.NewPager()}}
	if err := h.Show(&handler.Patient{ID: "1"}); err != nil {
		log.Fatal(err)
	}
}
