// Package handler uses the record through wrap.
package handler

import (
	"log"

	"example.com/mod/wrap"
)

func Handle() {
	p, _ := wrap.Wrap()
	log.Print(p.Name)
}
