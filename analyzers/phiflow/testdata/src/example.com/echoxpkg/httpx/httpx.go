// Package httpx decodes request bodies for another package's handlers:
// what it decodes into their pointers is the request they serve.
package httpx

import (
	"encoding/json"
	"net/http"
)

// DecodeJSON decodes the body of the request into dst.
func DecodeJSON(r *http.Request, dst any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	return dec.Decode(dst)
}
