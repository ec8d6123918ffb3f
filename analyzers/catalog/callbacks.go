package catalog

// NamelessArg is an argument that a library function passes to a callback
// parameter and that carries none of the data of the function's other
// arguments: a JSON member name handed to an object iterator's callback.
// The engine gives a callback literal's parameters the data of the call's
// arguments of a matching type (see passCallbacks); a member name is a
// sub-slice of the document, so by type alone it would get the whole
// document's data, and a log or error naming the key being parsed would
// be a disclosure. The names are the document's schema, not what it says
// of anyone; the value passed beside them keeps the document's data.
//
// A document whose member names are themselves identifiers (an object
// keyed by patient number) is not one these rows serve: its keys are read
// as data by the code that chose that shape, which should declare them a
// source.
type NamelessArg struct {
	Func     string // the library function, as types.Func.FullName() spells it
	Callback int    // index of the callback argument (receiver = 0)
	Arg      int    // index of the callback's parameter that carries nothing
	Library  string // what it is, for the documentation
}

// CarriesNothing reports whether the callback passed as argument callback
// of the call receives, in its parameter arg, none of the call's data.
func (e Entry) CarriesNothing(callback, arg int) bool {
	for _, n := range e.Nameless {
		if n.Callback == callback && n.Arg == arg {
			return true
		}
	}
	return false
}
