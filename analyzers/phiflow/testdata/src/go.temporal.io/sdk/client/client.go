// Package client is a stub of go.temporal.io/sdk/client's public face,
// with a caller of its own (only the SDK's packages may import internal):
// a call of the interface reaches the real client, not the test suite's.
package client

import "go.temporal.io/sdk/internal"

type Client = internal.Client

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

func Start(c Client, p *Patient) error {
	return c.ExecuteWorkflow(p.Name) // want `Patient.Name \(direct\) is transmitted by http.Post`
}
