package catalog

// A Keep is a call that only reads, or holds on to, the arguments it
// names: it writes nothing into the memory they point to (a context's
// Set of a value, a store's insert of a document). A record a handler
// decoded from the request it is serving stays the caller's own after
// passing through one (contract §3), where a call phivet knows nothing
// of might have written other data into it. It says nothing of where
// the data goes: a Keep is no sink and no propagator.
type Keep struct {
	Func string
	Args Args
}

// keepsOf makes one Keep per name, of the same arguments.
func keepsOf(names []string, a Args) []Keep {
	return perName(names, func(n string) Keep { return Keep{Func: n, Args: a} })
}
