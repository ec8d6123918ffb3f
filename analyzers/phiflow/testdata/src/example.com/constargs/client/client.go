// Package client is a request helper whose callers, in another package,
// decide by a constant whether their data goes into a URL.
package client

import (
	"net/http"
	"net/url"
	"strings"
)

// Call puts form into the query string unless the method is POST.
func Call(method, path string, form url.Values) error {
	var body string
	if method != http.MethodPost {
		path += "?" + form.Encode()
	} else {
		body = form.Encode()
	}
	req, err := http.NewRequest(method, "https://api.example.com"+path, strings.NewReader(body))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// Create always posts.
func Create(path string, form url.Values) error { return Call(http.MethodPost, path, form) }
