package catalog

import "github.com/phivet/phivet/analyzers/vocab"

// Tables lists every library the catalog knows, one table each.
var Tables = []Table{
	logTable,
	slogTable,
	fmtTable,
	osTable,
	ioTable,
	bufioTable,
	csvTable,
	jsonTable,
	gzipTable,
	templateTable("text/template"),
	templateTable("html/template"),
	httpTable,
	netTable,
	smtpTable,
	urlTable,
	stringsTable,
	bytesTable,
	strconvTable,
	errorsTable,
	encodingTable,
	pathTable,
	timeTable,
	collectionsTable,
	xmlTable,
	containersTable,
	reflectTable,
	testingTable,
	boundaryTable,
	contextTable,
	builtinTable,

	// Third-party libraries: a table models its library alone (see Models).
	zapTable,
	logrusTable,
	zerologTable,
	klogTable,
	logrTable,
	otelTable,
	prometheusTable,
	sentryTable,
	awsTable,
	ginTable,
	echoTable,
	fiberTable,
	restyTable,
	fhirClientTable,
	protobufTable,
	googleFHIRJSONTable,
	goccyJSONTable,
	validatorTable,
	grpcTable,
	kafkaTable,
	saramaTable,
	natsTable,
	gojaTable,
}

// printers registers the printer of each Printer, declared in the table
// file of its library.
var printers = [...]PrinterSpec{
	Raw:      {Name: "raw"},
	Fmt:      fmtPrinter,
	JSON:     jsonPrinter,
	Slog:     slogPrinter,
	Zap:      zapPrinter,
	Zerolog:  zerologPrinter,
	Template: templatePrinter,
}

// each returns the names formed from prefix and every suffix.
func each(prefix string, suffixes ...string) []string {
	return perName(suffixes, func(s string) string { return prefix + s })
}

// perName makes one row per name: the rows of functions a library
// treats alike, written once with what they share.
func perName[T any](names []string, row func(name string) T) []T {
	out := make([]T, len(names))
	for i, n := range names {
		out[i] = row(n)
	}
	return out
}

// sinksOf makes one Sink row per name.
func sinksOf(names []string, k vocab.Kind, data Args, p Printer) []Sink {
	return perName(names, func(n string) Sink { return Sink{Func: n, Kind: k, Data: data, Printer: p} })
}

// writersOf makes one Writer row per name.
func writersOf(names []string, dest int, data Args, p Printer) []Writer {
	return perName(names, func(n string) Writer { return Writer{Func: n, Dest: dest, Data: data, Printer: p} })
}

// propagate makes one Propagator row per name.
func propagate(names []string, from Args, into Into, p Printer) []Propagator {
	return perName(names, func(n string) Propagator { return Propagator{Func: n, From: from, Into: into, Printer: p} })
}

func concat[T any](parts ...[]T) []T {
	var out []T
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// returnsReceiver makes Wrapper rows for methods that return their
// receiver (chains): the result is the same object, so data stored into
// it afterwards, or before, is found through either.
func returnsReceiver(prefix string, names ...[]string) []Wrapper {
	var out []Wrapper
	for _, ns := range names {
		for _, n := range ns {
			out = append(out, Wrapper{Func: prefix + n, Dest: At(0)})
		}
	}
	return out
}
