package discover

// Test files are not reported without -tests.
type fixture struct {
	Surname string
}
