package testsshown

// want +2 `email`
//
//phi:sink email
func fakeSend(s string) {}
