package catalog

// github.com/stretchr/testify/mock: testify mocks embed mock.Mock;
// mockery's default output is testify mocks. Its code is analysed; its
// mocks are test doubles (see TestDouble).
var testifyTable = register(Table{
	Package: "github.com/stretchr/testify/mock", Analysed: true,
	TestDoubles: []TestDouble{{"github.com/stretchr/testify/mock.Mock", "testify, mockery"}},
})
