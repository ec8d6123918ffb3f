package catalog

// WriterCallback is a callback argument that a library function keeps
// and later calls with a writer of its own, whose content it then sends
// on: gomail's SetCopyFunc, whose callback writes an attachment's
// content into the message being sent. The library's call of the
// callback goes through a field phivet cannot resolve, with a writer it
// cannot see into, so the row says where what the callback writes goes:
// into the call's results (the setting the message takes), which the
// library's other rows carry on to its sink.
type WriterCallback struct {
	Func     string // the library function, as types.Func.FullName() spells it
	Callback int    // index of the callback argument (receiver = 0)
	Writer   int    // index of the callback's parameter it writes to
	Library  string // what it is, for the documentation
}
