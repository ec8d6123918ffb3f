// Package internal is a stub of go.temporal.io/sdk/internal: the real
// client, and the test suite's client compiled beside it.
package internal

import (
	"log"
	"net/http"
	"strings"
)

type Client interface {
	ExecuteWorkflow(args ...string) error
}

// WorkflowClient sends what it is given to the server.
type WorkflowClient struct{ url string }

func (c *WorkflowClient) ExecuteWorkflow(args ...string) error {
	_, err := http.Post(c.url, "text/plain", strings.NewReader(strings.Join(args, ",")))
	return err
}

type testWorkflowEnvironmentImpl struct{ runs int }

// testSuiteClient runs workflows in memory for tests, and logs them.
type testSuiteClient struct{ env *testWorkflowEnvironmentImpl }

func (t *testSuiteClient) ExecuteWorkflow(args ...string) error {
	log.Printf("test run %d: %v", t.env.runs, args)
	return nil
}
