// Command server wires the handler to the HTTP client.
package main

import (
	"log"

	"example.com/wired/client"
	"example.com/wired/handler"
)

func main() {
	h := &handler.Handler{Records: client.New("https://records.example")}
	if err := h.Show(&handler.Patient{ID: "1"}); err != nil {
		log.Fatal(err)
	}
}
