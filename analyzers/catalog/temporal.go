package catalog

// go.temporal.io/sdk: its internal package compiles the test suite's
// environment (testsuite.WorkflowTestSuite) into the SDK itself, and the
// test suite's clients implement the same Client interface as the real
// one. They run workflows in memory for tests and log what they are
// given: a call of client.Client reaches the real client, not them.
// The SDK's code is analysed.
var temporalTable = register(Table{
	Package: "go.temporal.io/sdk", Analysed: true,
	TestDoubles: []TestDouble{
		{"go.temporal.io/sdk/internal.testWorkflowEnvironmentImpl", "Temporal's test suite (go.temporal.io/sdk/testsuite)"},
	},
})
