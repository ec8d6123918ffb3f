package catalog

// Propagation through the standard library's string building, encoding
// and collection helpers. Functions not listed here carry nothing: the
// results of I/O calls are not identifiable unless declared sources.

var stringsTable = register(Table{
	Package: "strings",
	Propagators: []Propagator{
		{Func: "strings.*", From: All(), Into: Results, NoNumbers: true},
		{Func: "(*strings.Builder).*", From: From(1), Into: Receiver},
		{Func: "(*strings.Builder).String", From: At(0), Into: Results},
		{Func: "(*strings.Reader).*", From: At(0), Into: Results},
		{Func: "(*strings.Replacer).Replace", From: All(), Into: Results},
		{Func: "(*strings.Replacer).WriteString", From: At(2), Into: 1},
	},
	// WriteTo writes the contents to argument 1 (see bytes).
	Writers: writersOf([]string{"(*strings.Reader).WriteTo"}, 1, At(0), Raw),
})

var bytesTable = register(Table{
	Package: "bytes",
	Propagators: concat(
		[]Propagator{{Func: "bytes.*", From: All(), Into: Results, NoNumbers: true}},
		propagate(each("(*bytes.Buffer).", "Write", "WriteString", "WriteByte", "WriteRune", "ReadFrom"), At(1), Receiver, Raw),
		propagate(each("(*bytes.Buffer).", "String", "Bytes"), At(0), Results, Raw),
		// Read moves the contents into argument 1.
		propagate([]string{"(*bytes.Buffer).Read", "(*bytes.Reader).Read"}, At(0), 1, Raw),
	),
	// WriteTo writes the contents to argument 1, a sink by its
	// destination (a response, a file), or a writer that keeps them.
	Writers: writersOf([]string{"(*bytes.Buffer).WriteTo", "(*bytes.Reader).WriteTo"}, 1, At(0), Raw),
})

var strconvTable = register(Table{
	Package: "strconv",
	Propagators: []Propagator{
		// strconv's errors quote the input: `strconv.Atoi: parsing "943 476 5919": invalid syntax`.
		{Func: "strconv.*", From: All(), Into: Results, ErrorToo: true},
	},
})

var errorsTable = register(Table{
	Package: "errors",
	Propagators: []Propagator{
		{Func: "errors.New", From: All(), Into: Results, ErrorToo: true},
		{Func: "errors.Join", From: All(), Into: Results, ErrorToo: true},
		{Func: "errors.Unwrap", From: All(), Into: Results, ErrorToo: true},
		{Func: "fmt.Errorf", From: All(), Into: Results, ErrorToo: true, Printer: Fmt},
		{Func: "(error).Error", From: All(), Into: Results},
	},
	NewErrors: []string{"errors.New", "fmt.Errorf"},
})

var encodingTable = register(Table{
	Package: "encoding/base64, encoding/hex, encoding/base32, crypto/sha256, crypto/sha512, crypto/sha1, crypto/md5, crypto/hmac, hash",
	Propagators: concat(
		// A digest still identifies: an unkeyed hash of a ten-digit NHS
		// number is reversed by trying them all. Pseudonymising functions
		// are declared sanitizers instead.
		propagate([]string{"crypto/sha256.Sum256", "crypto/sha256.Sum224", "crypto/sha512.Sum512", "crypto/sha512.Sum384",
			"crypto/sha1.Sum", "crypto/md5.Sum"}, All(), Results, Raw),
		propagate([]string{"(hash.Hash).Sum", "(hash.Hash32).Sum32", "(hash.Hash64).Sum64"}, All(), Results, Raw),
		propagate([]string{"(hash.Hash).Write"}, At(1), Receiver, Raw),
		propagate(each("(*encoding/base64.Encoding).", "EncodeToString", "AppendEncode", "DecodeString"), At(1), Results, Raw),
		propagate(each("(*encoding/base64.Encoding).", "Encode", "Decode"), At(2), 1, Raw),
		propagate(each("(*encoding/base32.Encoding).", "EncodeToString", "DecodeString"), At(1), Results, Raw),
		propagate(each("encoding/hex.", "EncodeToString", "DecodeString", "Dump", "AppendEncode"), All(), Results, Raw),
		propagate(each("encoding/hex.", "Encode", "Decode"), At(1), 0, Raw),
		propagate([]string{"unicode/utf8.AppendRune", "unicode.ToUpper", "unicode.ToLower", "unicode.ToTitle"}, All(), Results, Raw),
	),
})

var pathTable = register(Table{
	Package: "path, path/filepath",
	Propagators: concat(
		propagate(each("path.", "Join", "Base", "Clean", "Dir", "Ext"), All(), Results, Raw),
		propagate(each("path/filepath.", "Join", "Base", "Clean", "Dir", "Ext", "Abs", "Rel", "ToSlash", "FromSlash"), All(), Results, Raw),
	),
})

var timeTable = register(Table{
	Package: "time",
	Propagators: concat(
		// A date of birth stays identifiable however it is formatted or
		// taken apart (Year, Month, AddDate…); comparisons give booleans,
		// which never carry data.
		propagate([]string{"(time.Time).*", "(*time.Time).*", "time.Date", "time.Unix"}, All(), Results, Raw),
		// A time.ParseError quotes the text (`parsing time "1990-02-31": day
		// out of range`), as does ParseDuration's (`time: invalid duration "…"`).
		parses(each("time.", "Parse", "ParseInLocation", "ParseDuration")),
	),
})

var collectionsTable = register(Table{
	Package: "slices, maps, sort",
	Propagators: concat(
		propagate(each("slices.", "Clone", "Compact", "CompactFunc", "Concat", "Insert", "Delete", "DeleteFunc", "Replace", "Grow", "Clip", "Repeat", "Sorted", "SortedFunc", "Collect", "Values", "All", "Backward", "Chunk", "Max", "Min", "MaxFunc", "MinFunc"), All(), Results, Raw),
		propagate(each("maps.", "Clone", "Keys", "Values", "All", "Collect"), All(), Results, Raw),
		propagate([]string{"maps.Copy"}, At(1), 0, Raw),
	),
})
