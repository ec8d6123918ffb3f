package catalog

// github.com/SanteonNL/go-fhir-client: a FHIR REST client. The resource a
// create or update sends is the request body, encoded with encoding/json
// (transmit); the path of a read, update or delete, the resource type of
// a search, and the query parameters and paths that options add go into
// the request URL (PHI1004), which FHIR servers and proxies log, and which
// the client's errors quote. A search's parameters are posted as a form
// body (transmit) unless the client is configured to search by GET, which
// the call does not show. Request headers an option adds are transmitted.

const (
	fhirClientPkg   = "github.com/SanteonNL/go-fhir-client."
	fhirClientBase  = "(" + fhirClientPkg + "BaseClient)."
	fhirClientIface = "(" + fhirClientPkg + "Client)."
)

// fhirClientMethods are the methods of the client that send a request,
// with the indexes (receiver = 0) of the arguments that go into its URL
// and of its options, which add to the URL and headers.
var fhirClientMethods = []struct {
	name string
	url  []int
	opts int
}{
	{"Read", []int{1}, 3},
	{"ReadWithContext", []int{2}, 4},
	{"Search", []int{1}, 4},
	{"SearchWithContext", []int{2}, 5},
	{"Create", nil, 3},
	{"CreateWithContext", nil, 4},
	{"Update", []int{1}, 4},
	{"UpdateWithContext", []int{2}, 5},
	{"Delete", []int{1}, 2},
	{"DeleteWithContext", []int{2}, 3},
}

// fhirClientBodies are the methods that send a body: a resource, encoded
// with encoding/json, or a search's parameters.
var fhirClientBodies = []struct {
	name    string
	body    int
	printer Printer
}{
	{"Create", 1, JSON},
	{"CreateWithContext", 2, JSON},
	{"Update", 2, JSON},
	{"UpdateWithContext", 3, JSON},
	{"Search", 2, Raw},
	{"SearchWithContext", 3, Raw},
}

var fhirClientTable = register(Table{
	Package: "github.com/SanteonNL/go-fhir-client", Name: "go-fhir-client", Cases: "fhirclientleaks",
	Sinks:       fhirClientSinks(),
	URLs:        fhirClientURLs(),
	Propagators: fhirClientPropagators(),
})

func fhirClientSinks() []Sink {
	var out []Sink
	for _, recv := range []string{fhirClientBase, fhirClientIface} {
		for _, m := range fhirClientBodies {
			out = append(out, Sink{Func: recv + m.name, Kind: Transmit, Data: At(m.body), Printer: m.printer})
		}
	}
	// An option's headers are sent with the request it is given to.
	return append(out, Sink{Func: fhirClientPkg + "RequestHeaders", Kind: Transmit, Data: At(0), Printer: Raw})
}

func fhirClientURLs() []URL {
	var out []URL
	for _, recv := range []string{fhirClientBase, fhirClientIface} {
		for _, m := range fhirClientMethods {
			for _, i := range m.url {
				out = append(out, URL{Func: recv + m.name, Arg: i})
			}
		}
	}
	// Options that put their arguments into the URL of the request
	// they are given to: the finding is where the data enters it.
	return append(out,
		URL{Func: fhirClientPkg + "QueryParam", Arg: 0},
		URL{Func: fhirClientPkg + "QueryParam", Arg: 1},
		URL{Func: fhirClientPkg + "AtPath", Arg: 0},
		URL{Func: fhirClientPkg + "AtUrl", Arg: 0},
	)
}

func fhirClientPropagators() []Propagator {
	var out []Propagator
	// A failed request's error quotes its method and URL.
	for _, recv := range []string{fhirClientBase, fhirClientIface} {
		for _, m := range fhirClientMethods {
			out = append(out, Propagator{Func: recv + m.name, From: At(append(m.url, m.opts)...), Into: Results, OnlyError: true})
		}
	}
	return append(out,
		// Path joins its elements onto the base URL.
		Propagator{Func: fhirClientBase + "Path", From: From(1), Into: Results},
		Propagator{Func: fhirClientIface + "Path", From: From(1), Into: Results},
		// An option holds what it will add to the URL, which a failed
		// request's error quotes; the headers RequestHeaders adds are
		// not quoted.
		Propagator{Func: fhirClientPkg + "QueryParam", From: All(), Into: Results},
		Propagator{Func: fhirClientPkg + "AtPath", From: All(), Into: Results},
		Propagator{Func: fhirClientPkg + "AtUrl", From: All(), Into: Results},
	)
}
