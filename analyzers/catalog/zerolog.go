package catalog

// github.com/rs/zerolog and github.com/rs/zerolog/log: events are built
// by chains (log.Info().Str("k", v).Msg("…")) that end in Msg, Msgf or
// Send; a logger made by With()…Logger() carries its fields into every
// event.

const (
	zlEvent   = "(*github.com/rs/zerolog.Event)."
	zlContext = "(github.com/rs/zerolog.Context)."
	zlArray   = "(*github.com/rs/zerolog.Array)."
	zlLogger  = "(*github.com/rs/zerolog.Logger)."
)

// zerologRaw are the field methods that add their value as it is.
var zerologRaw = []string{
	"Str", "Strs", "StrsV", "Bytes", "Hex", "RawJSON", "RawCBOR", "Dict", "Array",
	"Bool", "Bools", "Int", "Ints", "Int8", "Ints8", "Int16", "Ints16", "Int32", "Ints32", "Int64", "Ints64",
	"Uint", "Uints", "Uint8", "Uints8", "Uint16", "Uints16", "Uint32", "Uints32", "Uint64", "Uints64",
	"Float32", "Floats32", "Float64", "Floats64", "Time", "Times", "Dur", "Durs",
	"IPAddr", "IPAddrs", "IPPrefix", "IPPrefixes", "MACAddr",
}

// zerologFmt add what the value's String or Error method returns.
var zerologFmt = []string{"Stringer", "Stringers", "StringersV", "AnErr", "Errs", "Err"}

// zerologObj marshal a value: MarshalZerologObject, else encoding/json.
var zerologObj = []string{"Object", "Objects", "ObjectsV", "EmbedObject", "Any", "Interface", "Fields"}

var zerologArray = []string{
	"Str", "Bytes", "Hex", "RawJSON", "Bool", "Int", "Int8", "Int16", "Int32", "Int64",
	"Uint", "Uint8", "Uint16", "Uint32", "Uint64", "Float32", "Float64", "Time", "Dur",
	"IPAddr", "IPPrefix", "MACAddr", "Dict",
}

// zerologAdds makes the rows of field methods that add their arguments to
// the receiver and return it: the data goes into the receiver's contents
// (so an event built in steps, or in a MarshalZerologObject method, holds
// it), the result is the receiver (so a chain goes on holding it).
func zerologAdds(prefix string, names []string, p Printer) []Propagator {
	var out []Propagator
	for _, n := range names {
		out = append(out,
			Propagator{Func: prefix + n, From: From(1), Into: Receiver, Printer: p},
			Propagator{Func: prefix + n, From: All(), Into: Results, Printer: p})
	}
	return out
}

// Zerolog is zerolog's: MarshalZerologObject, then as
// encoding/json. It is not SelfRendering: phivet has never counted
// MarshalZerologObject among the methods that make a boxed value render
// itself.
var Zerolog = newPrinter(PrinterSpec{
	Name:           "zerolog",
	Doc:            "MarshalZerologObject, then as json",
	Methods:        append([]Method{{"MarshalZerologObject", 1}}, JSON.Methods()...),
	PointerMethods: true,
	ExportedOnly:   true,
	HideTag:        "json",
})

var zerologTable = register(Table{
	Package: "github.com/rs/zerolog", Name: "zerolog", Cases: "zerologleaks",
	Sinks: concat(
		// The event (the receiver) carries the fields added to it.
		sinksOf(each(zlEvent, "Msg", "Send"), Log, All(), Raw),
		sinksOf(each(zlEvent, "Msgf"), Log, All(), Fmt),
		sinksOf(each(zlLogger, "Print", "Printf", "Println"), Log, All(), Fmt),
		sinksOf(each("github.com/rs/zerolog/log.", "Print", "Printf"), Log, All(), Fmt),
	),
	Wrappers: returnsReceiver(zlEvent, zerologRaw, zerologFmt, zerologObj),
	Propagators: concat(
		zerologAdds(zlEvent, zerologRaw, Raw),
		zerologAdds(zlEvent, zerologFmt, Fmt),
		zerologAdds(zlEvent, zerologObj, Zerolog),
		zerologAdds(zlArray, zerologArray, Raw),
		zerologAdds(zlArray, []string{"Err", "Errs"}, Fmt),
		zerologAdds(zlArray, []string{"Object", "Interface"}, Zerolog),
		// A context (a value) returns a copy holding the field.
		propagate(each(zlContext, without(zerologRaw, "RawCBOR")...), All(), Results, Raw),
		propagate(each(zlContext, zerologFmt...), All(), Results, Fmt),
		propagate(each(zlContext, zerologObj...), All(), Results, Zerolog),
		// Loggers and the events they start carry the context's fields.
		propagate([]string{zlContext + "Logger"}, All(), Results, Raw),
		propagate([]string{"(github.com/rs/zerolog.Logger).With", "(github.com/rs/zerolog.Logger).Level", "(github.com/rs/zerolog.Logger).Output",
			"(github.com/rs/zerolog.Logger).Sample", "(github.com/rs/zerolog.Logger).Hook"}, At(0), Results, Raw),
		propagate(each(zlLogger, "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Panic", "WithLevel", "Log"), At(0), Results, Raw),
		propagate([]string{zlLogger + "Err", "github.com/rs/zerolog/log.Err"}, All(), Results, Fmt),
	),
})

// without returns names less the given ones.
func without(names []string, drop ...string) []string {
	var out []string
	for _, n := range names {
		keep := true
		for _, d := range drop {
			keep = keep && n != d
		}
		if keep {
			out = append(out, n)
		}
	}
	return out
}
