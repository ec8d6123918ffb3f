package catalog

// github.com/stretchr/testify/mock: testify mocks embed mock.Mock;
// mockery's default output is testify mocks, with an expecter's typed
// call helpers (MockRepo_Create_Call) embedding *mock.Call. Its code is
// analysed; its mocks and their call helpers are test doubles (see
// TestDouble).
var testifyTable = register(Table{
	Package: "github.com/stretchr/testify/mock", Analysed: true,
	TestDoubles: []TestDouble{
		{"github.com/stretchr/testify/mock.Mock", "testify, mockery"},
		{"github.com/stretchr/testify/mock.Call", "mockery's expecter call helpers"},
	},
})
