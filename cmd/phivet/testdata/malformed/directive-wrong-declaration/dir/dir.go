package dir

// T is a type, which cannot be a check.
//
//phi:check
type T struct{}

// V is a variable, which cannot be a sink.
//
//phi:sink log
var V = 1
