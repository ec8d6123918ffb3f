package catalog

// gomock, at its old and its current path: its generated mocks hold
// their controller in a ctrl field, which makes them test doubles (see
// TestDouble). Its code is analysed.
var gomockTable = register(Table{
	Package: "github.com/golang/mock/gomock, go.uber.org/mock/gomock", Analysed: true,
	TestDoubles: []TestDouble{
		{"github.com/golang/mock/gomock.Controller", "gomock (github.com/golang/mock)"},
		{"go.uber.org/mock/gomock.Controller", "gomock (go.uber.org/mock)"},
	},
})
