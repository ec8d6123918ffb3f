package catalog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/phivet/phivet/analyzers/vocab"
)

// Markdown renders the catalog as the page docs/catalog.md: every row of
// every table, so that the documentation cannot drift from what phivet
// does (a test compares the two).
func Markdown() []byte {
	var b strings.Builder
	b.WriteString(markdownIntro)
	b.WriteString(printersDoc())
	b.WriteString(standardIntro)
	for _, t := range tables {
		b.WriteString(tableMarkdown(t))
	}
	b.WriteString(ioIntro)
	b.WriteString("| package | library |\n| --- | --- |\n")
	for _, t := range tables {
		for _, p := range t.IO {
			fmt.Fprintf(&b, "| `%s` | %s |\n", p.Path, p.Library)
		}
	}
	b.WriteString("\nTheir calls that write nothing into the documents they are given:\n\n| function | arguments |\n| --- | --- |\n")
	for _, t := range tables {
		for _, p := range t.IO {
			for _, k := range p.Keeps {
				fmt.Fprintf(&b, "| `%s` | %s |\n", k.Func, args(k.Args))
			}
		}
	}
	b.WriteString(ormMarkdown())
	b.WriteString(testDoublesIntro)
	for _, t := range tables {
		for _, d := range t.TestDoubles {
			fmt.Fprintf(&b, "| `%s` | %s |\n", d.Type, d.Library)
		}
	}
	b.WriteString(programPartsIntro)
	for _, t := range tables {
		for _, p := range t.ProgramParts {
			fmt.Fprintf(&b, "| `%s` | %s |\n", p.Type, p.Library)
		}
	}
	b.WriteString(servedIntro)
	for _, t := range tables {
		for _, r := range t.Served {
			fmt.Fprintf(&b, "| embeds a stub with a method `%s…` | %s | %s |\n", r.Marker, r.What, r.Printer)
		}
		for _, h := range t.ServedHandlers {
			fmt.Fprintf(&b, "| takes %s, returns %s | %s | %s |\n", codeNames(h.Requests), codeNames(h.Responses), h.What, h.Printer)
		}
	}
	b.WriteString(handlerErrorsIntro)
	for _, t := range tables {
		for _, h := range t.HandlerErrors {
			def := "only its own errors' messages (" + codeNames(h.Own) + ")"
			if h.DefaultSends {
				def = "every error's message"
			}
			fmt.Fprintf(&b, "| takes `%s`, returns `error` | %s | `%s` (parameter %d) | %s |\n", h.Handler, h.What, h.Hook, h.HookErr, def)
		}
	}
	b.WriteString(namelessIntro)
	for _, t := range tables {
		for _, n := range t.Nameless {
			fmt.Fprintf(&b, "| `%s` | %d | %d | %s |\n", n.Func, n.Callback, n.Arg, n.Library)
		}
	}
	b.WriteString(writerCallbacksIntro)
	for _, t := range tables {
		for _, w := range t.WriterCallbacks {
			fmt.Fprintf(&b, "| `%s` | %d | %d | %s |\n", w.Func, w.Callback, w.Writer, w.Library)
		}
	}
	b.WriteString(carriedFuncsIntro)
	for _, t := range tables {
		for _, c := range t.CarriedFuncs {
			fmt.Fprintf(&b, "| `%s` | %d | %s |\n", c.Func, c.Arg, c.Library)
		}
	}
	b.WriteString(typeNamesIntro)
	for _, m := range TypeNameMembers {
		fmt.Fprintf(&b, "| `%s` | %s |\n", m.Name, m.Standard)
	}
	b.WriteString("\nThe lookups by key path:\n\n| function | key path | syntax | what |\n| --- | --- | --- | --- |\n")
	for _, t := range tables {
		for _, k := range t.KeyPaths {
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", k.Func, args(k.Path), k.Syntax, k.Library)
		}
	}
	return []byte(b.String())
}

// tableMarkdown is the section of a table's rows, or "" for a table
// that only gives an analysed library properties, listed in the sections
// after. A modelled table without rows keeps its section: that phivet
// does not analyse the library is what it says.
func tableMarkdown(t Table) string {
	var b strings.Builder
	rows := 0
	row := func(name, role, kind, data string, p Printer) {
		printer := ""
		if p != Raw {
			printer = p.String()
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", name, role, kind, data, printer)
		rows++
	}
	for _, s := range t.Sinks {
		row(s.Func, "sink", kindName(s.Kind), args(s.Data), s.Printer)
	}
	for _, u := range t.URLs {
		row(u.Func, "URL", "PHI1004", "argument "+strconv.Itoa(u.Arg), Raw)
	}
	for _, w := range t.Writers {
		row(w.Func, "writer", "by destination (argument "+strconv.Itoa(w.Dest)+")", args(w.Data), w.Printer)
	}
	for _, w := range t.Wrappers {
		row(w.Func, "wrapper", "", "writes where "+args(w.Dest)+" writes", Raw)
	}
	for _, d := range t.Destinations {
		row(d.Name, "destination", kindName(d.Kind), "", Raw)
	}
	for _, d := range t.DestinationTypes {
		row(d.Type, "destination type", kindName(d.Kind), "", Raw)
	}
	for _, p := range t.Propagators {
		into := "results"
		switch {
		case p.Into == Receiver:
			into = "the receiver"
		case p.Into > 0:
			into = "argument " + strconv.Itoa(int(p.Into))
		}
		if p.OnlyError {
			into = "the error result"
		} else if p.OnlyResults != nil {
			into = strings.Replace(args(At(p.OnlyResults...)), "argument", "result", 1)
		} else if p.ErrorToo {
			into += " and error"
		}
		if p.Field != "" {
			into = "field " + p.Field + " of the " + into
		}
		from := args(p.From)
		if p.Slot != nil {
			slot := "the slot " + args(At(p.Slot.Arg)) + " names"
			if p.Slot.Script {
				slot = "the slots the script in " + args(At(p.Slot.Arg)) + " names"
			}
			if p.Into == Results {
				from = slot + " of " + from
			} else {
				into = slot + " of " + into
			}
		}
		if p.Document {
			into += ", the fields as " + p.Printer.String() + " members"
		}
		if p.Decodes != Raw {
			into += ", each " + p.Decodes.String() + " member under its key"
		}
		row(p.Func, "propagator", "", from+" → "+into, p.Printer)
	}
	for _, r := range t.RequestReads {
		into := "results"
		if r.Into != Results {
			into = "argument " + strconv.Itoa(int(r.Into))
		}
		from := "the request being served"
		if len(r.Of.Only) > 0 || r.Of.From >= 0 {
			from = "the request, when " + args(r.Of) + " holds it"
		}
		row(r.Func, "request read", "", from+" → "+into, Raw)
	}
	for _, f := range t.RequestFields {
		row(f, "request field", "", "the request being served", Raw)
	}
	for _, f := range t.WriterFields {
		row(f, "writer field", "by destination (the value holding it)", "what is stored in it", Raw)
	}
	for _, k := range t.Keeps {
		row(k.Func, "keeps", "", "writes nothing into "+args(k.Args), Raw)
	}
	for _, c := range t.Copies {
		row(c.Func, "copy", "", "a shallow copy of "+args(At(c.Arg))+": refers to what it refers to, field by field", Raw)
	}
	for _, h := range t.Handles {
		row(h.Func, "handle", "", "a handle onto "+args(h.Args)+": writes nothing there while the code only reads through it", Raw)
	}
	for _, n := range t.HandleReads {
		row(n, "handle read", "", "only reads through the handles it is given", Raw)
	}
	for _, s := range t.SignatureSinks {
		row("any function whose last parameter is ..."+s.VariadicOf, "signature sink", kindName(s.Kind), "parameter "+args(s.Data), s.Printer)
	}
	for _, o := range t.Opaque {
		row(o, "opaque", "", "the standard-library default does not apply", Raw)
	}
	for _, n := range t.NoReturns {
		row(n, "no-return", "", "ends the path: a check on the other branch guards what follows", Raw)
	}
	for _, n := range t.NewErrors {
		row(n, "new error", "", "always a new, non-nil error: a check that returns one there has failed", Raw)
	}
	for _, c := range t.ContextTypes {
		row(c, "context type", "", "under the default, gives its data only to a result of a context type; "+
			"a printed value's field of this type shows none of it", Raw)
	}
	if rows == 0 && t.Analysed {
		return ""
	}
	return fmt.Sprintf("\n## %s\n\n", t.Package) +
		"| function | role | kind | data | printer |\n| --- | --- | --- | --- | --- |\n" + b.String()
}

// printersDoc says what each printer shows, from its PrinterSpec.
func printersDoc() string {
	var docs []string
	for _, p := range printers {
		if p.Doc != "" {
			docs = append(docs, "`"+p.Name+"` ("+p.Doc+")")
		}
	}
	return wrap("The **printer** says which method of a value passed whole speaks for it: "+strings.Join(docs, ", ")+".", 90)
}

// Libraries is the paragraph of README.md that lists the libraries
// phivet knows, by the Name of their tables, alphabetically.
func Libraries() []byte {
	var names []string
	for _, t := range tables {
		if t.Name != "" {
			names = append(names, t.Name)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	text := "The libraries phivet knows as sinks and propagators (" + strings.Join(names, ", ") +
		") are listed in [docs/catalog.md](docs/catalog.md), with how to add one."
	return []byte(wrap(text, 90))
}

// LogSinks is the first paragraph of docs/codes/PHI1001.md, without its
// final newline: which calls are log sinks, naming the libraries whose
// tables have sinks of kind log. The page is embedded in the binary, as
// SARIF's rule help and -explain's text, so it carries no markers: the
// paragraph is found by its place (see TestLogSinksDoc).
func LogSinks() []byte {
	var names []string
	for _, t := range tables {
		if t.Name != "" && !t.standard() && t.logs() {
			names = append(names, t.Name)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	text := "Log sinks are the standard `log` and `log/slog` packages, `fmt.Print*` and `fmt.Fprint*` " +
		"to `os.Stdout` or `os.Stderr`, the builtins `print`, `println` and `panic`, and the log calls of " +
		andList(names) + ". Attribute constructors such as `slog.String` or `zap.String` are not sinks " +
		"themselves: they carry the data to the call that logs it."
	return []byte(strings.TrimSuffix(wrap(text, 90), "\n"))
}

// logs reports whether the table has a sink of kind log.
func (t Table) logs() bool {
	return slices.ContainsFunc(t.Sinks, func(s Sink) bool { return s.Kind == Log }) ||
		slices.ContainsFunc(t.SignatureSinks, func(s SignatureSink) bool { return s.Kind == Log })
}

// andList joins names as prose: "a, b and c".
func andList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// wrap breaks text into lines of at most width characters, at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		switch {
		case i == 0:
		case n+1+len(w) > width:
			b.WriteByte('\n')
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	b.WriteByte('\n')
	return b.String()
}

const ioIntro = `
## I/O packages

The calls of these packages are input and output (database drivers and clients): what
they return, their errors included, is not identifiable unless declared a source,
whatever the code passed them. Their code is still analysed, and their types print by
their own methods; but the rule holds for their calls to one another too, so what a
driver sends the database over its own connection is not a transmission. Data the code
reads from a marked field of what a query filled is identifiable as always.

`

const testDoublesIntro = `
## Test doubles

A call through an interface reaches every implementation of it except test doubles:
a struct with a field (embedded or not) of one of these types is a mock library's,
and is never a target.

| field type | library |
| --- | --- |
`

const programPartsIntro = `
## Parts of the program

A struct field whose type is one of these (or a pointer, slice, array or map of one) holds
a part of the program, not data, whatever its name says: PHI3001 does not flag it
(` + "`updateDiagnosis *sqlx.NamedStmt`" + ` updates diagnoses and holds none). Their exported fields
hold values (a statement's query text, a session's settings), so their shape alone does
not say so, as it does for ` + "`*sql.DB`" + ` or ` + "`*sql.Stmt`" + `, whose fields are all unexported.

| type | what it is |
| --- | --- |
`

const handlerErrorsIntro = `
## Handlers whose returned error the framework sends

A web framework whose handlers return an error hands that error to its error handler,
which turns it into the response. A handler is recognised by its signature (a parameter
of the framework's context type, no error parameter, ` + "`error`" + ` as its last result), and
its package must not only call it. The error each of its returns gives goes where the
program's error handler takes it: where the analysed program sets the hook field (with a
function literal, a function or a method value), what that function does with its error
parameter, by its summary (a response: PHI1003; a log: PHI1001; a constant answer:
nothing); where it sets none, the framework's default. The finding is reported at the
handler's return statement, as a served handler's (above): the handler is where the data
was obtained, and the error handler is called by the framework, out of sight. The
caller's own request data in the error goes back to that same caller, which is no
disclosure; an error the framework's own constructor builds is judged at the
constructor, its sink row.

The phivet command sees the whole program: a hook set in ` + "`main`" + ` applies to the handlers
of every package. go vet, golangci-lint and nogo see a package and what it imports: a hook
set in a package that imports the handlers' (` + "`main`" + `, usually) is out of their sight, so
there a fiber handler's error is judged as the default sends it, and an echo handler's
plain error as sending nothing.

| handler | what | hook (its error parameter) | the default sends |
| --- | --- | --- | --- |
`

const servedIntro = `
## Service methods whose results are responses

A framework's generated service stub, embedded in a struct, makes the struct an
implementation of the service: the framework calls its methods that shadow the stub's
with the caller's request and sends what they return back to the caller. A handler can
also be recognised by its signature: it takes the library's request type and returns its
response type (an AWS Lambda HTTP handler; a helper that only builds a response takes no
request). A function of that shape that its own package calls, and never hands on as a
value, is not one: a router dispatching to it after its own permission check sends what
it returns, and is judged there. Each return of such a function is a respond sink (PHI1003, reported at the
return statement), showing its values as the printer does and its error by its message; a
value chosen on several branches and returned once is judged per branch, under the guards
that hold where the branch ends. The request
parameters (for a stub's methods all but the receiver and a context; for a handler, those
of the library's request types) hold the caller's own data, which the response may carry
back. A Go caller of the function gets its results as values: only the data the function
obtains itself counts at its returns.

| recognised by | what | printer |
| --- | --- | --- |
`

const namelessIntro = `
## Callback arguments that carry nothing

A function literal passed to a library function receives, in each parameter, the data of
the call's arguments of that type. These arguments are exceptions: an object's member
names, passed to the callback beside each value, are the document's schema and carry
none of its data (the value keeps it). The callback is argument *callback* of the call
(a method's receiver is 0), the name its parameter *parameter*.

| function | callback | parameter | what |
| --- | --- | --- | --- |
`

const writerCallbacksIntro = `
## Callbacks that write into the library's writer

A library function that keeps a callback and later calls it with a writer of its own (an
attachment's copy function, called with the message being sent) passes on what the
callback writes: the call's results hold it, and the library's other rows carry them to
its sink. What a function literal writes into that parameter counts; a bound method or
another closure counts with all the data it is bound to. The callback is argument
*callback* of the call (a method's receiver is 0), the writer its parameter *parameter*.

| function | callback | parameter | what |
| --- | --- | --- | --- |
`

const carriedFuncsIntro = `
## Function values kept for the callee

A library function that keeps a function value in what it returns (a context), for the
callee given that to call with its own arguments, makes that call at the call given it:
a templ layout renders the children a page puts into the context (` + "`templ.WithChildren`" + `)
into the writer the layout is rendered into, so what the children write goes there. The
function value is argument *argument* of the call (a method's receiver is 0).

| function | argument | what |
| --- | --- | --- |
`

const typeNamesIntro = `
## JSON members that hold a type name

A JSON lookup by key path returns the value of the member the path names, or an error
about it. When the path is constant and its last member is one a standard fixes to hold
the type of the object it is in, the call's results, value and error, carry nothing:
type names are not identifiable. Any other path, or one the code computes, carries the
document's data.

| member | standard |
| --- | --- |
`

func kindName(k vocab.Kind) string {
	if k == Respond {
		return "respond (PHI1003)"
	}
	return k.String()
}

// args describes an argument selection; the receiver of a method is
// argument 0.
func args(a Args) string {
	if a.From == 0 {
		return "all arguments"
	}
	if a.From > 0 {
		return "arguments " + strconv.Itoa(a.From) + "…"
	}
	var s []string
	for _, i := range a.Only {
		s = append(s, strconv.Itoa(i))
	}
	if len(s) == 1 {
		return "argument " + s[0]
	}
	return "arguments " + strings.Join(s, ", ")
}

const markdownIntro = `# The sink catalog

<!-- Generated from analyzers/catalog by ` + "`go test ./analyzers/catalog -update`" + `: do not edit. -->

phivet knows library functions from its catalog: which calls are **sinks** (and of
which kind: log, export, transmit, respond), which put data into a **URL** (PHI1004),
which **write** to a destination that decides the kind (a file, standard output, a
response, a connection), which **wrap** a writer, which return or are **destinations**,
which **propagate** data from their arguments to their results (or to one field of
a result: ` + "`http.NewRequest`" + ` puts its URL in the request's URL, not its header) or into
an argument, which return a **copy** of an argument sharing its parts, and which
**read the request** a handler is serving (its data is the caller's own: a response to that request may carry it back, contract §3). Functions are named as ` + "`types.Func.FullName()`" + ` spells them; argument
indexes count a method's receiver as 0; the language's built-in functions are rows of the
pseudo-package ` + "`builtin`" + `, named bare (` + "`panic`" + `, ` + "`print`" + `).
`

const standardIntro = `
## The standard library

phivet does not analyse the standard library's code. A standard function that has no
row of its own carries data **by default**, as its code does: each of its results that
can hold data (a string, a slice, a map, a pointer, a struct, an interface other than
` + "`error`" + `) holds the data, and the destinations, of all its arguments, receiver included. So
` + "`regexp`" + `'s ` + "`ReplaceAllString`" + `, ` + "`httputil.DumpRequestOut`" + `, ` + "`xml.Marshal`" + `,
` + "`utf16.Encode`" + `, ` + "`reflect.ValueOf`" + ` and
` + "`Value.Field`" + `, ` + "`tabwriter.NewWriter`" + ` and every function added by a later Go release carry
data without a row, and the default stays current with the Go release in use by
construction: it needs no list of the standard library's functions. Three limits keep
it precise:

- booleans, numbers, errors, funcs and channels returned by a standard function hold
  nothing (` + "`strings.Contains`" + `, ` + "`regexp.MatchString`" + `, ` + "`utf8.RuneCountInString`" + `: verdicts,
  counts and positions; an error's text is its own unless a row says otherwise, as for
  ` + "`fmt.Errorf`" + ` and ` + "`strconv`" + `);
- a ` + "`context.Context`" + ` argument gives its data only to a context result: a context's values
  are reached only through ` + "`Value(key)`" + `, so a value rebuilt for a context gains nothing
  from the context (` + "`(*http.Request).WithContext`" + ` has a **copy** row: the copy shares the
  request's URL, header and body, each holding only what it held);
- nothing is written into the arguments by default (most methods on a pointer receiver
  read it, as ` + "`Regexp.MatchString`" + ` does); the containers that store what they are given
  (` + "`sync.Map`" + `, ` + "`atomic.Value`" + `, ` + "`container/list`" + `) have rows. A record passed to a
  call phivet cannot follow may have been written into all the same, so it is no longer
  only what the code put into it (the caller's own request, or an empty literal); the
  **handle** rows say when it is: ` + "`reflect.ValueOf`" + ` writes nothing into what it is given while
  the code only reads through the ` + "`Value`" + ` (the **handle read** rows: ` + "`Field`" + `, ` + "`Elem`" + `,
  ` + "`IsZero`" + `…), not when it sets a field or hands one out (` + "`Set`" + `, ` + "`Addr`" + `, ` + "`Interface`" + `).

Rows remain where phivet's semantics are its own: sinks, writers, wrappers and
destinations, printers (` + "`fmt`" + `, ` + "`encoding/json`" + `, ` + "`log/slog`" + `), numbers that stay data
(` + "`strconv`" + `, ` + "`time`" + `), errors that quote their input, and the **opaque** rows: packages and
functions at the program's edge whose results come from outside, not from their
arguments (` + "`os`" + `, ` + "`net`" + `, ` + "`database/sql`" + `, ` + "`os/exec`" + `, an HTTP client's responses…), and type
metadata (` + "`reflect.TypeOf`" + `, ` + "`Value.Type`" + `, struct tags). A new Go release needs a row only
when it adds such a package or function, and ` + "`TestStandardRowsDeclared`" + ` fails when one
renames or removes what an opaque, no-return or handle row names. Any row for a function (a sink, a writer, a
propagator…) replaces the default for it. The default applies to a direct call; a call
through an interface reaches the implementations in the analysed program instead. A
package is standard when the first element of its path has no dot; code of a module
whose path has none is still analysed like your own, so its functions have summaries
and the default never applies to them.

**No-return** rows list the calls that end a path (` + "`log.Fatal`" + `, ` + "`os.Exit`" + `, zap, logrus
and klog ` + "`Fatal`" + `, a test's ` + "`FailNow`" + `; ` + "`panic`" + ` is built in): in
` + "`if !allowed { log.Fatal(…) }`" + ` the check guards what follows.

**Context types** hold what handlers keep in them by key (` + "`context.Context`" + `, gin's
` + "`Context`" + `). A value printed or sent with one in a field (a renderer holding the
request's context, a job holding its ` + "`ctx`" + `) shows none of what the context keeps: a
printer shows such a field as a pointer, an encoder skips it or fails, and the context's
values are disclosed only where the code reads them back.

A propagator with a **slot** keeps what it stores apart by the constant name it is given,
as a map does under a constant key: gin's ` + "`c.Set(\"patient\", p)`" + ` and
` + "`c.GetString(\"requestID\")`" + ` name different slots, and so do a JavaScript runtime's
` + "`Set(\"strJSON\", s)`" + ` and a script that names only ` + "`strXML`" + `. A name that is not a
constant stands for every slot, and a script that is not a constant reads them all.

A propagator that decodes **each member under its key** (` + "`json.Unmarshal`" + ` into a
` + "`map[string]any`" + `) keeps a struct's fields apart when the bytes are, in the same function,
what a propagator writing **the fields as members** of the same kind made of that struct
(` + "`json.Marshal(obs)`" + `): the map holds each field's data under its JSON name (its tag's,
or the field's own), a nested struct's under the key of the field holding it, an embedded
struct's fields under their own, so that reading ` + "`m[\"resourceType\"]`" + ` reads the
resource type, not the record's marked fields. The whole map, a range over it or a key
that is not a constant reads every member. Bytes from anywhere else, a type with its own
` + "`MarshalJSON`" + `, an embedded pointer, or a slice or map of records keep the whole document
under every key.

A third-party library with a table is *modelled*: phivet does not analyse its code, so every
function of it that carries data is a row here; data passed to any other function of
it goes nowhere. Code the catalog does not know is analysed like your own.

## Adding a library

A library is data: the engine names none. Adding one touches three places.

1. ` + "`analyzers/catalog/LIBRARY.go`" + `: a ` + "`Table`" + ` that the file registers itself
   (` + "`var libraryTable = register(Table{…})`" + `), whose ` + "`Package`" + ` is the library's
   import path, ` + "`Name`" + ` its common name (the lists of libraries in README and in the
   code pages are generated from it), ` + "`Cases`" + ` its package of cases, and its rows.
   Name functions exactly as ` + "`types.Func.FullName()`" + ` does; read the library's source
   for them. The table models the packages nested in that path too (a framework's own
   logger, its attribute or metric helpers): give their sinks and propagators rows as
   well, or their calls are neither analysed nor reported. How the library renders a
   value (the methods it calls, the fields it shows) is a printer the same file
   registers (` + "`var Library = newPrinter(PrinterSpec{…})`" + `). A library phivet analyses
   rather than models (a database driver whose calls are I/O, a mock library's test
   doubles, a JSON parser's callbacks and lookups by key path, an ORM's queries) has a
   table marked ` + "`Analysed`" + ` with those properties.
2. ` + "`analyzers/phiflow/testdata/thirdparty/CASES/`" + `: a package with, for every row, a
   statement that has a finding (` + "`// want \"PHI1001\"`" + `) and one that stays clean
   (sanitized, guarded by a check, an unmarked field, a redacting String or
   MarshalLogObject…). The tests fail on a name the library does not declare and on a
   row without both cases. Run one library's cases alone with
   ` + "`go test ./analyzers/phiflow -run 'TestThirdPartyCatalog/ginleaks|TestThirdPartyNames'`" + `.
   A case that needs an engine change rather than a row goes, with a comment that
   starts ` + "`engine:`" + `, to the package ` + "`enginegaps`" + ` of that module (run with
   ` + "`PHIVET_ENGINE_GAPS=1`" + `).
3. ` + "`analyzers/phiflow/testdata/thirdparty/go.mod`" + `: a ` + "`require`" + ` line pinning the
   library (` + "`go mod tidy`" + ` there updates ` + "`go.sum`" + `).

Then ` + "`go test ./analyzers/catalog -update`" + ` regenerates this page, README's list of
libraries and PHI1001's list of logging libraries.

Your own wrappers need no catalog entry: mark them with ` + "`//phi:sink`" + `,
` + "`//phi:sanitize`" + ` and the other directives, or in ` + "`phivet.yaml`" + `.
`

// codeNames lists names as code, separated by commas.
func codeNames(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "`" + n + "`"
	}
	return strings.Join(out, ", ")
}
