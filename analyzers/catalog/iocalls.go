package catalog

// IOPackage is a package of a database driver or client whose calls are
// input and output: what they return, their errors included, is not
// identifiable unless declared a source (contract §3), whatever the
// caller passed them. A driver's error may quote its arguments on an
// internal path (an encoding failure), and its results are what the
// server sent; neither is data the caller's code discloses by passing it
// on. The package is still analysed (its types' printing methods are
// read as usual), but the rule holds for calls between I/O packages and
// within one too: what a driver sends the database over its own
// connection is the service's storage, which the contract lists as no
// sink, not a transmission.
type IOPackage struct {
	Path    string // import path; every function and method declared in it
	Library string // what it is, for the documentation
	// Keeps are its calls that only read the documents and filters they
	// are given: storing a record writes nothing into it. The package
	// is analysed, but its encoders reach reflection phivet cannot see
	// through, which would otherwise count as a write.
	Keeps []Keep
}
