package user

import (
	"net/http"
	"strings"

	"example.com/mod/nobody"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(strings.ToUpper(nobody.Describe(r.URL.Query()))))
}
