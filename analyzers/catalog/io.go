package catalog

var osTable = register(Table{
	Package: "os",
	Sinks: []Sink{
		{Func: "os.WriteFile", Kind: Export, Data: At(1), Printer: Raw},
	},
	Writers: writersOf(each("(*os.File).", "Write", "WriteString", "WriteAt", "ReadFrom"), 0, At(1), Raw),
	Destinations: []Destination{
		{"os.Create", Export}, {"os.OpenFile", Export}, {"os.CreateTemp", Export}, {"os.NewFile", Export},
		{"os.Stdout", Log}, {"os.Stderr", Log},
	},
	DestinationTypes: []DestinationType{{"*os.File", Export}},
	// What os returns comes from the file system and the environment.
	Opaque:    []string{"os"},
	NoReturns: []string{"os.Exit"},
})

var ioTable = register(Table{
	Package: "io",
	// Reading the request's body gives the request's data.
	RequestReads: []RequestRead{
		{Func: "io.ReadAll", Into: Results, Of: At(0)},
		{Func: "io/ioutil.ReadAll", Into: Results, Of: At(0)},
		{Func: "io.LimitReader", Into: Results, Of: At(0)},
	},
	Writers: concat(
		writersOf([]string{"io.WriteString", "io.Copy", "io.CopyN", "io.CopyBuffer"}, 0, At(1), Raw),
		writersOf([]string{"(io.Writer).Write", "(io.StringWriter).WriteString", "(io.WriteCloser).Write", "(io.ReadWriter).Write", "(io.ReadWriteCloser).Write", "(io.ByteWriter).WriteByte", "(io.WriterAt).WriteAt", "(io.ReaderFrom).ReadFrom"}, 0, At(1), Raw),
	),
	Wrappers: []Wrapper{
		{"io.MultiWriter", All()},
		{"io.NopCloser", All()},
	},
	Propagators: []Propagator{
		{Func: "io.MultiReader", From: All(), Into: Results},
		{Func: "io.NopCloser", From: All(), Into: Results},
		{Func: "io.ReadAll", From: All(), Into: Results},
		{Func: "io.TeeReader", From: At(0), Into: Results},
	},
})

var bufioTable = register(Table{
	Package: "bufio",
	RequestReads: []RequestRead{
		{Func: "bufio.NewReader", Into: Results, Of: At(0)},
		{Func: "bufio.NewReaderSize", Into: Results, Of: At(0)},
	},
	Writers: writersOf(each("(*bufio.Writer).", "Write", "WriteString", "WriteByte", "WriteRune", "ReadFrom"), 0, At(1), Raw),
	Wrappers: []Wrapper{
		{"bufio.NewWriter", At(0)},
		{"bufio.NewWriterSize", At(0)},
		{"bufio.NewReadWriter", At(1)},
	},
})

var csvTable = register(Table{
	Package:  "encoding/csv",
	Writers:  writersOf(each("(*encoding/csv.Writer).", "Write", "WriteAll"), 0, At(1), Raw),
	Wrappers: []Wrapper{{"encoding/csv.NewWriter", At(0)}},
})

// JSON is encoding/json's: MarshalJSON or MarshalText, called on
// the addressable values it walks too; without one, the exported fields
// not tagged json:"-".
var JSON = newPrinter(PrinterSpec{
	Name:           "json",
	Doc:            "MarshalJSON, MarshalText; exported fields, `json:\"-\"` skipped",
	Methods:        []Method{{"MarshalJSON", -1}, {"MarshalText", -1}},
	PointerMethods: true,
	ExportedOnly:   true,
	HideTag:        "json",
	SelfRendering:  true,
})

var jsonTable = register(jsonRows("encoding/json"))

// goccyJSONTable models github.com/goccy/go-json, a drop-in replacement
// for encoding/json: the same functions, encoding and decoding by the
// same struct tags. Modelled by its rows, its bodies are not analysed:
// its encoder's debug dump to standard output (which runs only under a
// debug option) is not a log of what the code encodes, and an encoding
// error is about the value's type, as for encoding/json.
var goccyJSONTable = register(func() Table {
	t := jsonRows("github.com/goccy/go-json")
	t.Name, t.Cases = "go-json", "goccyleaks"
	return t
}())

// jsonRows is the table of a package with encoding/json's API.
func jsonRows(pkg string) Table {
	return Table{
		Package:      pkg,
		RequestReads: decoderReads(pkg),
		Keeps:        decoderKeeps(pkg),
		Writers:      writersOf([]string{"(*" + pkg + ".Encoder).Encode"}, 0, At(1), JSON),
		Wrappers:     []Wrapper{{pkg + ".NewEncoder", At(0)}},
		Propagators: []Propagator{
			{Func: pkg + ".Marshal", From: At(0), Into: Results, Printer: JSON, Document: true},
			{Func: pkg + ".MarshalIndent", From: At(0), Into: Results, Printer: JSON, Document: true},
			{Func: pkg + ".Unmarshal", From: At(0), Into: 1, Decodes: JSON},
			{Func: pkg + ".Indent", From: At(1), Into: 0},
			{Func: pkg + ".Compact", From: At(1), Into: 0},
		},
	}
}

// decoderKeeps are the calls on a decoder of a package with
// encoding/json's API that only set its options (DisallowUnknownFields,
// UseNumber) or ask about its input (More, Buffered, InputOffset): they
// write into it nothing but what its own reader gives (More peeks at the
// next bytes), so a decoder of the request being served still decodes
// only the request.
func decoderKeeps(pkg string) []Keep {
	return keepsOf(each("(*"+pkg+".Decoder).", "DisallowUnknownFields", "UseNumber", "More", "Buffered", "InputOffset"), At(0))
}

// decoderReads are the request reads of a package with encoding/json's
// decoding API (encoding/xml has it too): decoding the request's body
// decodes the request, whatever the format it is written in.
func decoderReads(pkg string) []RequestRead {
	return []RequestRead{
		{Func: pkg + ".NewDecoder", Into: Results, Of: At(0)},
		{Func: "(*" + pkg + ".Decoder).Decode", Into: 1, Of: At(0)},
		{Func: pkg + ".Unmarshal", Into: 1, Of: At(0)},
	}
}

// Compressors write what they are given, compressed, to the writer they
// wrap: still the data.
var gzipTable = register(Table{
	Package: "compress/gzip, compress/zlib, compress/flate",
	Writers: writersOf([]string{"(*compress/gzip.Writer).Write", "(*compress/zlib.Writer).Write", "(*compress/flate.Writer).Write"}, 0, At(1), Raw),
	Wrappers: []Wrapper{
		{"compress/gzip.NewWriter", At(0)},
		{"compress/gzip.NewWriterLevel", At(0)},
		{"compress/zlib.NewWriter", At(0)},
		{"compress/zlib.NewWriterLevel", At(0)},
		{"compress/zlib.NewWriterLevelDict", At(0)},
		{"compress/flate.NewWriter", At(0)},
		{"compress/flate.NewWriterDict", At(0)},
	},
})

// A multipart form writes each field's name and value, and each part's
// header (a file part's file name) and what the part's writer is given,
// to the writer it wraps: a form built in a buffer holds them all. The
// writer itself keeps only the boundary NewWriter draws at random (or
// SetBoundary is given), which is all its Boundary and
// FormDataContentType return, whatever was written through it.
var multipartTable = register(Table{
	Package: "mime/multipart",
	Opaque:  each("(*mime/multipart.Writer).", "Boundary", "FormDataContentType"),
	Writers: concat(
		writersOf([]string{"(*mime/multipart.Writer).WriteField", "(*mime/multipart.Writer).CreateFormFile"}, 0, At(1, 2), Raw),
		writersOf([]string{"(*mime/multipart.Writer).CreateFormField", "(*mime/multipart.Writer).CreatePart"}, 0, At(1), Raw),
	),
	Wrappers: concat(
		[]Wrapper{{"mime/multipart.NewWriter", At(0)}},
		perName(each("(*mime/multipart.Writer).", "CreateFormFile", "CreateFormField", "CreatePart"),
			func(n string) Wrapper { return Wrapper{n, At(0)} }),
	),
})

// Template is text/template's and html/template's: a template
// prints the fields it names, each as fmt does; given a template the
// analysis cannot read, every exported field, deep, and no method of the
// value itself (a redacting String does not speak for it).
var Template = newPrinter(PrinterSpec{
	Name: "template",
	Doc: "the fields a template's constant text names, each as fmt prints it; for a template " +
		"phivet cannot read, every exported field, deep, and no method of the value",
	ExportedOnly:  true,
	ReadsTemplate: true,
})

var (
	textTemplateTable = register(templateTable("text/template"))
	htmlTemplateTable = register(templateTable("html/template"))
)

func templateTable(pkg string) Table {
	return Table{
		Package: pkg,
		Writers: []Writer{
			{Func: "(*" + pkg + ".Template).Execute", Dest: 1, Data: At(2), Printer: Template},
			{Func: "(*" + pkg + ".Template).ExecuteTemplate", Dest: 1, Data: At(3), Printer: Template},
		},
	}
}

// TemplateStep says how a call building a template passes its text on:
// Text is the argument holding the template's text, From the argument
// whose template the call returns (Must), -1 where there is none.
type TemplateStep struct{ Text, From int }

var templateSteps = map[string]TemplateStep{}

func init() {
	for _, pkg := range []string{"text/template", "html/template"} {
		templateSteps["(*"+pkg+".Template).Parse"] = TemplateStep{Text: 1, From: -1}
		templateSteps[pkg+".Must"] = TemplateStep{Text: -1, From: 0}
	}
}

// TemplateBuilder reports how the function named fullName builds a
// template whose text a Template printer reads, if it does.
func TemplateBuilder(fullName string) (TemplateStep, bool) {
	s, ok := templateSteps[fullName]
	return s, ok
}

// Encoders that wrap a writer (quoted-printable and base64 e-mail
// bodies, hex dumps, aligned columns) write what they are given, encoded
// or padded, to the writer they wrap: still the data. base64's, base32's,
// ascii85's and hex's are written through the io.Writer or
// io.WriteCloser they return, whose Write is a writer row already.
var encoderWritersTable = register(Table{
	Package: "mime/quotedprintable, encoding/base64, encoding/base32, encoding/ascii85, encoding/hex, text/tabwriter",
	Writers: writersOf([]string{"(*mime/quotedprintable.Writer).Write", "(*text/tabwriter.Writer).Write"}, 0, At(1), Raw),
	Wrappers: []Wrapper{
		{"mime/quotedprintable.NewWriter", At(0)},
		{"encoding/base64.NewEncoder", At(1)},
		{"encoding/base32.NewEncoder", At(1)},
		{"encoding/ascii85.NewEncoder", At(0)},
		{"encoding/hex.NewEncoder", At(0)},
		{"encoding/hex.Dumper", At(0)},
		{"text/tabwriter.NewWriter", At(0)},
		{"(*text/tabwriter.Writer).Init", At(1)},
	},
})
