// Package mailer is a mail API's client. Its requests' URLs are built
// through interfaces from one field of the client, while the client keeps
// the last message text in another: data put into one field of a record
// does not make another field identifiable (contract §3).
package mailer

import (
	"net/http"
	"strings"
)

// Client sends messages to the API at base.
type Client struct {
	base     string
	lastText string // the last message sent, for debugging
}

// Addresser is what a request's URL is built from.
type Addresser interface{ Base() string }

// Recorder gives back the last message sent.
type Recorder interface{ Last() string }

func (c *Client) Base() string { return c.base }

func (c *Client) Last() string { return c.lastText }

func endpoint(a Addresser, path string) string { return a.Base() + "/" + path }

func replay(r Recorder) string { return "/replay?text=" + r.Last() }

// Send puts text in the request's body; its URL is the client's address.
func (c *Client) Send(text string) error {
	req, err := http.NewRequest("POST", endpoint(c, "messages"), strings.NewReader(text))
	if err != nil {
		return err
	}
	c.lastText = text
	_, err = http.DefaultClient.Do(req)
	return err
}

// Resend puts the last message's text, read back through Recorder, in the
// request's URL.
func (c *Client) Resend(text string) error {
	c.lastText = text
	req, err := http.NewRequest("GET", endpoint(c, replay(c)), nil)
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}
