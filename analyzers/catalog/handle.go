package catalog

// A Handle is a call that returns a handle onto the memory the arguments
// it names point to (reflect.ValueOf(p)). The call itself writes nothing
// there, but the code may write through the handle (Value.SetString).
// While every use of the handle, and of the handles made from it, is a
// call the catalog names a HandleRead (Value.Field, Value.IsZero,
// Value.NumField), the code only reads through it: the argument stays
// what it was, as after a Keep, and a record decoded from the request
// being served stays the caller's own (contract §3). Any other use (a
// Set, an Interface or Addr that hands the memory out, a store, a call
// phivet knows nothing of) may write into it.
type Handle struct {
	Func string
	Args Args
}
