package dir

// Ok is a check.
//
//phi:check now
func Ok() bool { return true }
