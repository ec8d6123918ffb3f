package dir

//phi:sauce direct
func A() {}
