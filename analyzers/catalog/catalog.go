// Package catalog is phivet's knowledge of library functions, kept as data
// apart from the engine: which calls are sinks, which writers lead where,
// which functions carry data from their arguments to their results, and
// which print their arguments (so that a type's String or MarshalJSON
// method decides what is emitted).
//
// Functions are named as types.Func.FullName() spells them:
// "log.Printf", "(*os.File).Write", "(net/http.ResponseWriter).Write".
// Argument indexes count the receiver of a method as 0, so that static
// calls and interface calls read alike. A name ending in ".*" covers every
// function (not method) of the package; "(T).*" every method of T.
//
// Adding a library is one table file beside this one, which registers
// the library's table (register) and any printer of its own
// (newPrinter), plus a positive and a must-stay-clean test case for
// every row (docs/catalog.md, "Adding a library").
package catalog

import (
	"go/types"
	"math"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/phivet/phivet/analyzers/vocab"
)

// The sink kinds (package vocab's), by the short names the tables use.
const (
	None     = vocab.KindNone
	Log      = vocab.KindLog      // logs, standard output and error
	Export   = vocab.KindExport   // files, telemetry, metrics
	Transmit = vocab.KindTransmit // requests and messages to other systems
	Respond  = vocab.KindRespond  // responses to the caller (reported as transmit)
)

// Printer says how a function renders values it is given whole, which
// decides which method of the value's type speaks for it.
type Printer uint8

// Raw is no printer: the value's bytes or string, no method involved.
// It is the zero Printer; every other is registered by the table file
// of its library (newPrinter).
const Raw Printer = 0

// printers are the specs of the registered printers, by Printer.
var printers = []PrinterSpec{Raw: {Name: "raw"}}

// newPrinter registers a printer: a Printer is a small number, so that
// summaries and facts carry it cheaply, allocated here in the order the
// table files declare their printers.
func newPrinter(s PrinterSpec) Printer {
	if len(printers) > math.MaxUint8 {
		panic("catalog: more printers than a Printer can number")
	}
	printers = append(printers, s)
	return Printer(len(printers) - 1)
}

// PrinterSpec is how a printer renders a value given whole: a property
// of the library that prints, declared in that library's table file and
// registered by newPrinter. The engine reads it only through
// Printer's methods, so that a printer's behaviour is data.
type PrinterSpec struct {
	Name string // as the catalog's documentation names it
	Doc  string // what it shows of a value, for the documentation
	// Methods lists, in order of precedence, the methods through which
	// the printer renders a value, and the index of the parameter they
	// write to (-1: the method's result is what is rendered).
	Methods []Method
	// PointerMethods: the printer also calls pointer-receiver methods on
	// the addressable values it walks (slice elements, fields), as
	// encoding/json does.
	PointerMethods bool
	// ExportedOnly: a value without a method of its own shows only its
	// exported (or embedded) fields.
	ExportedOnly bool
	// HideTag is the struct tag key whose value "-" hides a field from
	// the printer ("json"), or "".
	HideTag string
	// SelfRendering: a value whose type has one of Methods renders
	// itself wherever it is boxed, so its type's label alone stands for
	// what it holds.
	SelfRendering bool
	// ReadsTemplate: the call is given a template, which prints the
	// fields its constant text names, each as Fmt does; given a value
	// whose template cannot be read, the printer shows what ExportedOnly
	// says, deep, and no method of the value itself.
	ReadsTemplate bool
}

// String names the printer, for the catalog's documentation.
func (p Printer) String() string { return p.spec().Name }

// Methods lists, in order of precedence, the methods through which p
// renders a value (see PrinterSpec.Methods). The slices are shared and
// read-only.
func (p Printer) Methods() []Method { return p.spec().Methods }

// PointerMethods reports whether p calls pointer-receiver methods on the
// addressable values it walks.
func (p Printer) PointerMethods() bool { return p.spec().PointerMethods }

// ExportedOnly reports whether p shows only the exported or embedded
// fields of a value without a method of its own.
func (p Printer) ExportedOnly() bool { return p.spec().ExportedOnly }

// Hides reports whether p skips a field with the given struct tag.
func (p Printer) Hides(tag string) bool {
	key := p.spec().HideTag
	if key == "" {
		return false
	}
	v, ok := reflect.StructTag(tag).Lookup(key)
	return ok && v == "-" // "-," names a field "-"
}

// MemberName is the key under which p writes a struct field named field
// with the given tag as a member of an object: the name the HideTag tag
// gives (json:"id,omitempty"), or the field's own name when the tag gives
// none or one the printer rejects; "" for a printer that names no
// members (no HideTag).
func (p Printer) MemberName(field, tag string) string {
	key := p.spec().HideTag
	if key == "" {
		return ""
	}
	v, _ := reflect.StructTag(tag).Lookup(key)
	if name, _, _ := strings.Cut(v, ","); validMemberName(name) {
		return name
	}
	return field
}

// validMemberName is encoding/json's rule for a name a tag may give: not
// empty, of letters, digits and the punctuation it allows; any other tag
// name is ignored and the field's own name used.
func validMemberName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// HidesFields reports whether p leaves some fields of a value out
// (ExportedOnly, or a HideTag).
func (p Printer) HidesFields() bool {
	s := p.spec()
	return s.ExportedOnly || s.HideTag != ""
}

// ReadsTemplate reports whether p renders through a template the call
// is given.
func (p Printer) ReadsTemplate() bool { return p.spec().ReadsTemplate }

func (p Printer) spec() *PrinterSpec {
	if int(p) < len(printers) {
		return &printers[p]
	}
	return &printers[Raw]
}

// SelfRendering lists the printers whose methods make a value render
// itself wherever it is boxed (see PrinterSpec.SelfRendering).
func SelfRendering() []Printer { return selfRendering }

// selfRendering is computed once every printer is registered (init).
var selfRendering []Printer

func selfRenderingPrinters() []Printer {
	var out []Printer
	for p := range printers {
		if printers[p].SelfRendering {
			out = append(out, Printer(p))
		}
	}
	return out
}

// Method is a rendering method and where it emits (see Printer.Methods).
type Method struct {
	Name  string
	Param int // index (receiver = 0) of the parameter written to, or -1 for the result
}

// Args selects arguments by index (receiver = 0 for methods).
type Args struct {
	From int   // every argument from this index on, if >= 0
	Only []int // these indexes (when From < 0)
}

// All selects every argument, receiver included.
func All() Args { return Args{From: 0} }

// From selects the arguments from index i on.
func From(i int) Args { return Args{From: i} }

// At selects the given indexes.
func At(is ...int) Args { return Args{From: -1, Only: is} }

// Has reports whether index i is selected.
func (a Args) Has(i int) bool {
	if a.From >= 0 {
		return i >= a.From
	}
	for _, j := range a.Only {
		if j == i {
			return true
		}
	}
	return false
}

// Shift returns a with every index moved by n (to count a receiver).
func (a Args) Shift(n int) Args {
	if a.From >= 0 {
		return Args{From: a.From + n}
	}
	only := make([]int, len(a.Only))
	for i, j := range a.Only {
		only[i] = j + n
	}
	return Args{From: -1, Only: only}
}

// Sink is a call that discloses its data arguments, whatever they are.
type Sink struct {
	Func    string
	Kind    vocab.Kind
	Data    Args
	Printer Printer
}

// URL is a call that puts an argument into a URL (PHI1004).
type URL struct {
	Func string
	Arg  int
}

// Writer is a call that writes Data to the destination given by argument
// Dest. It is a sink only when that destination is known (a file,
// standard output, a response, a connection); to an unknown destination
// such as a bytes.Buffer the data is carried into the destination instead.
type Writer struct {
	Func    string
	Dest    int
	Data    Args
	Printer Printer
}

// Wrapper returns a writer that writes to the destination of argument
// Dest (bufio.NewWriter, csv.NewWriter, json.NewEncoder…).
type Wrapper struct {
	Func string
	Dest Args
}

// SignatureSink makes a sink of every function or method whose last
// parameter is variadic of type VariadicOf: generated gRPC client stubs
// are recognised by their ...grpc.CallOption, whatever the service.
type SignatureSink struct {
	VariadicOf string // types.TypeString of the element type
	Kind       vocab.Kind
	Data       Args // parameter indexes, not counting a receiver
	Printer    Printer
}

// Destination is a function whose results are destinations of a kind
// (os.Create: a file) or a package variable that is one (os.Stdout).
type Destination struct {
	Name string // function full name, or "pkg.Var"
	Kind vocab.Kind
}

// DestinationType is a type whose values are destinations of a kind
// wherever they come from (an http.ResponseWriter is always a response).
type DestinationType struct {
	// Type is a named type, or a pointer to one, spelled with its
	// package path: "net/http.ResponseWriter", "*os.File".
	Type string
	Kind vocab.Kind
}

// Into says where a propagator puts data.
type Into int8

const (
	Results  Into = -1 // the call's results (for functions with an error last, only the others unless ErrorToo)
	Receiver Into = 0  // the receiver's contents (bytes.Buffer.WriteString)
)

// Propagator carries data from some arguments to the results or into
// the contents of an argument.
type Propagator struct {
	Func    string
	From    Args
	Into    Into // Results, or the index of the argument whose contents receive the data
	Printer Printer
	// ErrorToo also taints an error result (strconv.Atoi's error quotes its input).
	ErrorToo bool
	// NoNumbers leaves integer results clean: strings.Index or
	// bytes.Count say where or how often, not what.
	NoNumbers bool
	// OnlyError taints only the error result (an http client call's error
	// quotes the request URL).
	OnlyError bool
	// OnlyResults, when set, are the only results (by index) it fills:
	// a query rewriter returns the query text and the bound arguments,
	// and only the arguments carry what it was given.
	OnlyResults []int
	// Field, when set, is the field of the struct a result points to
	// that receives the data, not the result as a whole: http.NewRequest
	// keeps its URL in the request's URL, and the request's Header holds
	// none of it.
	Field string
	// Slot, when set, says the data goes into (Into not Results) or comes
	// out of (From the holder) one named slot of the holder, not the
	// whole of it: an embedded interpreter's globals, set and read by
	// name, and read by the scripts that name them.
	Slot *Slot
	// Document says the results are the document Printer makes of the
	// From value, a struct's fields as members named as
	// Printer.MemberName says (encoding/json's Marshal; not protojson's,
	// which names them otherwise): a decoder of that printer's documents
	// (Decodes) finds each field's data under its member's key.
	Document bool
	// Decodes, when set, is the printer whose documents the From bytes
	// are decoded as: decoding into a map of members (JSON's object into
	// a map[string]any) puts each member under its own key, so that the
	// bytes a Document propagator of the same printer made of a struct in
	// the same function keep each field's data under that field's key.
	Decodes Printer
}

// A Slot names the slots of a holder a propagator stores into or reads
// from: the constant string argument Arg, or, for a Script, every
// identifier the constant script Arg names (a script reads the globals
// it names, and no other). A name that is not a constant gives every
// slot.
type Slot struct {
	Arg    int
	Script bool
}

// A Copy is a call that returns a shallow copy of argument Arg
// ((*http.Request).WithContext): the copy refers to what the argument
// refers to, field by field, and holds nothing else.
type Copy struct {
	Func string
	Arg  int
}

// Table is the catalog of one library: one file of this package each,
// which registers it (register).
type Table struct {
	// Package is the import path of the library: a path, or several
	// separated by ", ". A third-party library with a table is modelled by
	// it alone: phiflow does not analyse its bodies (see Models), unless
	// the table is Analysed.
	Package string
	// Analysed says the table adds properties to a library phivet
	// analyses from source like any dependency (its I/O packages, its
	// test doubles, its callbacks), rather than modelling it.
	Analysed bool
	// Name is the library's common name ("zap"), for the lists of the
	// libraries phivet knows (README.md); a table without one is not
	// listed there.
	Name string
	// Cases is the package of the test module
	// analyzers/phiflow/testdata/thirdparty that holds a case with a
	// finding and a clean one for every row ("zapleaks"); "" for a
	// standard table the contract tests cover.
	Cases            string
	Sinks            []Sink
	URLs             []URL
	Writers          []Writer
	Wrappers         []Wrapper
	Destinations     []Destination
	DestinationTypes []DestinationType
	Propagators      []Propagator
	SignatureSinks   []SignatureSink
	// Opaque names what the standard-library default (see
	// CarriesByDefault) must not apply to: a package path, a function, or
	// "(T).*" for every method of T.
	Opaque []string
	// NoReturns are calls that never return (log.Fatal, os.Exit): a path
	// through one ends there, so a check on the other branch guards what
	// follows.
	NoReturns []string
	// RequestReads and RequestFields say where a handler reads the
	// request it is serving ("net/http.Request.Body").
	RequestReads  []RequestRead
	RequestFields []string
	// WriterFields are struct fields, spelled "pkg/path.Type.Field", that
	// are writers of the value holding them: what is stored in one is
	// written where that value writes (an outgoing request's Body is
	// sent with the request).
	WriterFields []string
	// Keeps are calls that write nothing into the arguments they name.
	Keeps []Keep
	// Copies are calls returning a shallow copy of an argument (see Copy).
	Copies []Copy
	// Handles are calls returning a handle onto an argument's memory,
	// HandleReads the calls that only read through one (see Handle).
	Handles     []Handle
	HandleReads []string
	// NewErrors are calls that always build a new, non-nil error
	// (errors.New): a check that returns one on a path has failed there.
	NewErrors []string
	// ContextTypes are types, spelled "pkg/path.Name", whose values hold
	// data reached only by key (a context.Context's Value): under the
	// standard-library default an argument of one gives its data only
	// to a result of one.
	ContextTypes []string
	// IO are the library's packages whose calls are input and output
	// (see IOPackage).
	IO []IOPackage
	// TestDoubles are the types whose presence as a field makes a struct
	// one of the library's test doubles (see TestDouble).
	TestDoubles []TestDouble
	// ProgramParts are the library's types whose values are parts of the
	// program, not data (see ProgramPart).
	ProgramParts []ProgramPart
	// Nameless are the arguments the library's functions pass their
	// callbacks that carry none of the call's data (see NamelessArg).
	Nameless []NamelessArg
	// WriterCallbacks are the library's callbacks that write into a
	// writer it hands them (see WriterCallback).
	WriterCallbacks []WriterCallback
	// CarriedFuncs are the library's functions that keep a function value
	// in what they return for the callee given it to call (see
	// CarriedFunc).
	CarriedFuncs []CarriedFunc
	// KeyPaths are the library's JSON lookups by key path (see
	// KeyPathLookup).
	KeyPaths []KeyPathLookup
	// ORM is the library's query API, if it is an object-relational
	// mapper (see ORM).
	ORM *ORM
	// Served recognises the library's service implementations, whose
	// methods' results are responses (see ServedEmbed); ServedHandlers,
	// its handlers by what they return (see ServedHandler).
	Served         []ServedEmbed
	ServedHandlers []ServedHandler
	// HandlerErrors: its handlers whose returned error its error
	// handler may send (see HandlerError).
	HandlerErrors []HandlerError
}

// Catalog indexes the tables for lookup by full name.
type Catalog struct {
	sinks          map[string]Sink
	urls           map[string][]URL
	writers        map[string]Writer
	wrappers       map[string]Wrapper
	dests          map[string]vocab.Kind
	destTypes      map[string]vocab.Kind
	propagators    map[string][]Propagator
	pkgPropagate   map[string]Propagator // "strings" for "strings.*"
	signatures     map[string]SignatureSink
	modelled       map[string]bool
	io             map[string]bool // I/O packages (Table.IO) by path
	opaque         map[string]bool
	noReturns      map[string]bool
	requestReads   map[string][]RequestRead
	requestFields  map[string]bool
	writerFields   map[string]bool
	keeps          map[string]Args
	copies         map[string]Copy
	handles        map[string]Args
	handleReads    map[string]bool
	newErrors      map[string]bool
	contextTypes   map[typeName]bool
	queries        map[string]*QueryCall
	queryTypes     map[typeName]*ORM // the receivers of queries' calls
	generated      []*ORM            // the ORMs whose queries are recognised by shape
	orms           map[string]*ORM   // by library name
	testDoubles    map[string]bool
	programParts   map[typeName]bool
	nameless       map[string][]NamelessArg
	writerCBs      map[string][]WriterCallback
	carried        map[string]CarriedFunc
	carriers       map[string]bool // the packages of the carried rows
	keyPaths       map[string]*KeyPathLookup
	served         []ServedEmbed
	servedHandlers []ServedHandler
	handlerErrors  []HandlerError
}

// typeName is a named type by package path and name, a key built
// without concatenating strings.
type typeName struct{ pkgPath, name string }

// splitTypeName splits a row's "pkg/path.Name" into a typeName.
func splitTypeName(s string) typeName {
	i := strings.LastIndex(s, ".")
	return typeName{s[:i], s[i+1:]}
}

// Entry is everything the catalog says about one function.
type Entry struct {
	Sink        *Sink
	URLs        []URL
	Writer      *Writer
	Wrapper     *Wrapper
	Copy        *Copy
	Destination vocab.Kind
	Propagators []Propagator
	// IO says the function is declared in an I/O package: its results
	// and error carry none of the data passed to it (see IOPackage). It
	// does not make the entry non-empty: what else phivet knows of the
	// function (its sinks) still applies.
	IO       bool
	NoReturn bool // the call never returns
	// RequestReads say how the call reads the request being served.
	RequestReads []RequestRead
	// Nameless are the arguments the function passes its callbacks that
	// carry none of its data (see NamelessArg). Like IO, they do not make
	// the entry non-empty: the function is still analysed.
	Nameless []NamelessArg
	// WriterCallbacks are the function's callbacks whose writes go into
	// its results (see WriterCallback). Like IO, they do not make the
	// entry non-empty: the function is still analysed.
	WriterCallbacks []WriterCallback
	// Keeps, when not nil, names the arguments the call writes nothing
	// into (see Keep). Like IO, it does not make the entry non-empty.
	Keeps *Args
	// Handle, when not nil, names the arguments the call returns a handle
	// onto; HandleRead says the call only reads through the handles it is
	// given (see Handle). Like IO, they do not make the entry non-empty.
	Handle     *Args
	HandleRead bool
	// NewError says the call always builds a new, non-nil error. Like
	// IO, it does not make the entry non-empty.
	NewError bool
	// Carried, when not nil, says the call keeps a function value in its
	// result (see CarriedFunc). Like IO, it does not make the entry
	// non-empty.
	Carried *CarriedFunc
	// KeyPath, when not nil, says the call looks a JSON member up by a
	// key path (see KeyPathLookup). Like IO, it does not make the entry
	// non-empty.
	KeyPath *KeyPathLookup
	// Query says what the call does to an ORM query (see ORM). Like IO,
	// it does not make the entry non-empty.
	Query *QueryCall
}

// Standard is the built-in catalog, built from every registered table
// (see init).
var Standard *Catalog

func build(tables []Table) *Catalog {
	c := &Catalog{
		sinks:         map[string]Sink{},
		urls:          map[string][]URL{},
		writers:       map[string]Writer{},
		wrappers:      map[string]Wrapper{},
		dests:         map[string]vocab.Kind{},
		destTypes:     map[string]vocab.Kind{},
		propagators:   map[string][]Propagator{},
		pkgPropagate:  map[string]Propagator{},
		signatures:    map[string]SignatureSink{},
		modelled:      map[string]bool{},
		io:            map[string]bool{},
		opaque:        map[string]bool{},
		noReturns:     map[string]bool{},
		requestReads:  map[string][]RequestRead{},
		requestFields: map[string]bool{},
		writerFields:  map[string]bool{},
		keeps:         map[string]Args{},
		copies:        map[string]Copy{},
		handles:       map[string]Args{},
		handleReads:   map[string]bool{},
		newErrors:     map[string]bool{},
		contextTypes:  map[typeName]bool{},
		queries:       map[string]*QueryCall{},
		queryTypes:    map[typeName]*ORM{},
		orms:          map[string]*ORM{},
		testDoubles:   map[string]bool{},
		programParts:  map[typeName]bool{},
		nameless:      map[string][]NamelessArg{},
		writerCBs:     map[string][]WriterCallback{},
		carried:       map[string]CarriedFunc{},
		carriers:      map[string]bool{},
		keyPaths:      map[string]*KeyPathLookup{},
	}
	for _, t := range tables {
		if !t.Analysed {
			for _, p := range strings.Split(t.Package, ", ") {
				c.modelled[p] = true
			}
		}
		c.addAnalysed(t)
		index(c.sinks, t.Sinks, func(s Sink) (string, Sink) { return s.Func, s })
		indexAll(c.urls, t.URLs, func(u URL) string { return u.Func })
		index(c.writers, t.Writers, func(w Writer) (string, Writer) { return w.Func, w })
		index(c.wrappers, t.Wrappers, func(w Wrapper) (string, Wrapper) { return w.Func, w })
		index(c.dests, t.Destinations, func(d Destination) (string, vocab.Kind) { return d.Name, d.Kind })
		index(c.destTypes, t.DestinationTypes, func(d DestinationType) (string, vocab.Kind) { return d.Type, d.Kind })
		markAll(c.opaque, t.Opaque)
		markAll(c.noReturns, t.NoReturns)
		index(c.signatures, t.SignatureSinks, func(s SignatureSink) (string, SignatureSink) { return s.VariadicOf, s })
		indexAll(c.requestReads, t.RequestReads, func(r RequestRead) string { return r.Func })
		markAll(c.requestFields, t.RequestFields)
		markAll(c.writerFields, t.WriterFields)
		index(c.keeps, t.Keeps, keepEntry)
		index(c.copies, t.Copies, func(cp Copy) (string, Copy) { return cp.Func, cp })
		index(c.handles, t.Handles, func(h Handle) (string, Args) { return h.Func, h.Args })
		markAll(c.handleReads, t.HandleReads)
		markAll(c.newErrors, t.NewErrors)
		c.served = append(c.served, t.Served...)
		c.servedHandlers = append(c.servedHandlers, t.ServedHandlers...)
		c.handlerErrors = append(c.handlerErrors, t.HandlerErrors...)
		for _, ct := range t.ContextTypes {
			c.contextTypes[splitTypeName(ct)] = true
		}
		for _, p := range t.ProgramParts {
			c.programParts[splitTypeName(p.Type)] = true
		}
		for _, p := range t.Propagators {
			if pkg, ok := strings.CutSuffix(p.Func, ".*"); ok && !strings.HasPrefix(pkg, "(") {
				c.pkgPropagate[pkg] = p
				continue
			}
			c.propagators[p.Func] = append(c.propagators[p.Func], p)
		}
	}
	// Rows of several tables, in an order of their own.
	slices.SortFunc(c.handlerErrors, func(a, b HandlerError) int { return strings.Compare(a.Hook, b.Hook) })
	return c
}

// addAnalysed indexes the properties a table gives a library phivet
// analyses (see Table.Analysed), though any table may have them.
func (c *Catalog) addAnalysed(t Table) {
	for _, p := range t.IO {
		c.io[p.Path] = true
		index(c.keeps, p.Keeps, keepEntry)
	}
	index(c.testDoubles, t.TestDoubles, func(d TestDouble) (string, bool) { return d.Type, true })
	indexAll(c.nameless, t.Nameless, func(n NamelessArg) string { return n.Func })
	indexAll(c.writerCBs, t.WriterCallbacks, func(w WriterCallback) string { return w.Func })
	index(c.carried, t.CarriedFuncs, func(cf CarriedFunc) (string, CarriedFunc) { return cf.Func, cf })
	for _, cf := range t.CarriedFuncs {
		c.carriers[funcPackage(cf.Func)] = true
	}
	for i := range t.KeyPaths {
		c.keyPaths[t.KeyPaths[i].Func] = &t.KeyPaths[i]
	}
	if t.ORM != nil {
		t.ORM.addQueryCalls(c.queries, c.queryTypes)
		c.orms[t.ORM.Library] = t.ORM
		if t.ORM.Generated != nil {
			c.generated = append(c.generated, t.ORM)
		}
	}
}

// index puts into m what each row says, under the row's key: a later
// row replaces an earlier one.
func index[R, V any](m map[string]V, rows []R, entry func(R) (string, V)) {
	for _, r := range rows {
		k, v := entry(r)
		m[k] = v
	}
}

// indexAll adds each row to the rows under its key, in order.
func indexAll[R any](m map[string][]R, rows []R, key func(R) string) {
	for _, r := range rows {
		m[key(r)] = append(m[key(r)], r)
	}
}

// markAll sets every name in m.
func markAll(m map[string]bool, names []string) {
	for _, n := range names {
		m[n] = true
	}
}

func keepEntry(k Keep) (string, Args) { return k.Func, k.Args }

// IOPackage reports whether the package with the given path is one of
// the I/O packages (Table.IO): a database driver's own code, where
// what its caller passed is stored, not disclosed.
func (c *Catalog) IOPackage(pkgPath string) bool { return c.io[pkgPath] }

// Lookup returns what the catalog knows of the function with the given
// full name, declared in the package with the given path (for "pkg.*"
// rows and I/O packages).
func (c *Catalog) Lookup(fullName, pkgPath string, isMethod bool) Entry {
	var e Entry
	if s, ok := c.sinks[fullName]; ok {
		e.Sink = &s
	}
	e.URLs = c.urls[fullName]
	if w, ok := c.writers[fullName]; ok {
		e.Writer = &w
	}
	if w, ok := c.wrappers[fullName]; ok {
		e.Wrapper = &w
	}
	if cp, ok := c.copies[fullName]; ok {
		e.Copy = &cp
	}
	e.Destination = c.dests[fullName]
	e.IO = c.io[pkgPath]
	e.Propagators = c.propagators[fullName]
	e.NoReturn = c.noReturns[fullName]
	e.RequestReads = c.requestReads[fullName]
	e.Nameless = c.nameless[fullName]
	e.WriterCallbacks = c.writerCBs[fullName]
	if cf, ok := c.carried[fullName]; ok {
		e.Carried = &cf
	}
	if k, ok := c.keeps[fullName]; ok {
		e.Keeps = &k
	}
	if h, ok := c.handles[fullName]; ok {
		e.Handle = &h
	}
	e.HandleRead = c.handleReads[fullName]
	e.NewError = c.newErrors[fullName]
	e.KeyPath = c.keyPaths[fullName]
	e.Query = c.queries[fullName]
	if e.Propagators == nil && !isMethod {
		if p, ok := c.pkgPropagate[pkgPath]; ok {
			e.Propagators = []Propagator{p}
		}
	}
	if e.Propagators == nil && isMethod {
		// "(T).*" rows: every method of T.
		if i := strings.LastIndex(fullName, ")."); i > 0 {
			e.Propagators = c.propagators[fullName[:i+1]+".*"]
		}
	}
	return e
}

// Models reports whether a table models the package with the given path,
// or a package it is nested in ("go.uber.org/zap" models
// "go.uber.org/zap/zapcore"): its functions are what the table says, and
// analysing its bodies would cost time and add nothing.
func (c *Catalog) Models(pkgPath string) bool {
	for p := pkgPath; ; {
		if c.modelled[p] {
			return true
		}
		i := strings.LastIndex(p, "/")
		if i < 0 {
			return false
		}
		p = p[:i]
	}
}

// LookupSignature returns the sink a function is by its signature alone,
// or nil.
func (c *Catalog) LookupSignature(sig *types.Signature) *Sink {
	if !sig.Variadic() || len(c.signatures) == 0 {
		return nil
	}
	last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
	ss, ok := c.signatures[types.TypeString(last, nil)]
	if !ok {
		return nil
	}
	data := ss.Data
	if sig.Recv() != nil {
		data = data.Shift(1)
	}
	return &Sink{Kind: ss.Kind, Data: data, Printer: ss.Printer}
}

// VarDestination returns the destination kind of a package variable
// ("os.Stdout").
func (c *Catalog) VarDestination(name string) vocab.Kind { return c.dests[name] }

// TypeDestination returns the destination kind of values of the type
// spelled as types.TypeString with full package paths.
func (c *Catalog) TypeDestination(typeString string) vocab.Kind { return c.destTypes[typeString] }

// IsContextType reports whether the named type pkgPath.name is a
// context type (see Table.ContextTypes).
func (c *Catalog) IsContextType(pkgPath, name string) bool {
	return c.contextTypes[typeName{pkgPath, name}]
}

// QueryType returns the ORM whose query the named type pkgPath.name is,
// the receiver of calls its table lists (*gorm.DB), or nil.
func (c *Catalog) QueryType(pkgPath, name string) *ORM {
	return c.queryTypes[typeName{pkgPath, name}]
}

// ORMOf returns the ORM of the library named so (ORM.Library), or nil.
func (c *Catalog) ORMOf(library string) *ORM { return c.orms[library] }

// Empty reports whether e says nothing.
func (e Entry) Empty() bool {
	return e.Sink == nil && e.URLs == nil && e.Writer == nil && e.Wrapper == nil && e.Copy == nil &&
		e.Destination == None && e.Propagators == nil && !e.NoReturn
}
