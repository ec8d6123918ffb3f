package catalog

// A RequestRead is a call that reads the request a handler is serving.
// What it gives is the caller's own data (contract §3: sending it back in
// the response to that same request is not a disclosure; logging,
// storing, exporting or forwarding it is).
type RequestRead struct {
	Func string
	// Into is Results, or the index (receiver = 0) of the argument whose
	// contents receive the decoded request.
	Into Into
	// Of, when it names arguments, makes the read conditional: the call
	// gives the request's data only when those arguments hold it (a
	// reader of the request's body). At() names none: always.
	Of Args
}

// readsInto makes one unconditional RequestRead per name, decoding the
// request into argument i.
func readsInto(names []string, i Into) []RequestRead {
	return perName(names, func(n string) RequestRead { return RequestRead{Func: n, Into: i, Of: At()} })
}

// readsResults makes one unconditional RequestRead per name, returning
// what the caller sent.
func readsResults(names []string) []RequestRead {
	return perName(names, func(n string) RequestRead { return RequestRead{Func: n, Into: Results, Of: At()} })
}

// RequestReadsOf returns what the catalog knows of fullName as a reader
// of the request being served.
func (c *Catalog) RequestReadsOf(fullName string) []RequestRead {
	return c.requestReads[fullName]
}

// IsRequestField reports whether field of the named struct type
// ("net/http.Request", "Body") holds the data of the request a server is
// serving.
func (c *Catalog) IsRequestField(typeName, field string) bool {
	return c.requestFields[typeName+"."+field]
}

// IsWriterField reports whether field of the named struct type
// ("net/http.Request", "Body") is a writer of the value holding it (see
// Table.WriterFields).
func (c *Catalog) IsWriterField(typeName, field string) bool {
	return c.writerFields[typeName+"."+field]
}
