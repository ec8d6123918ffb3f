package hidden

// Without -tests a _test.go file gets no findings.
//
//phi:sink email
func fakeSend(s string) {}
