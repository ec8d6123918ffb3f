package catalog

// go.uber.org/zap and go.uber.org/zap/zapcore.

const (
	zapLogger  = "(*go.uber.org/zap.Logger)."
	zapSugared = "(*go.uber.org/zap.SugaredLogger)."
	zapcore    = "go.uber.org/zap/zapcore."
)

var zapLevels = []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log"}

// zapFields are the field constructors whose values are encoded as they
// are, or through zap.Any's rules (ObjectMarshaler, error, Stringer,
// reflection).
var zapFields = []string{
	"Any", "Array", "Binary", "Bool", "Boolp", "Bools", "ByteString", "ByteStrings",
	"Complex128", "Complex128p", "Complex128s", "Complex64", "Complex64p", "Complex64s",
	"Dict", "DictObject", "Duration", "Durationp", "Durations",
	"Float32", "Float32p", "Float32s", "Float64", "Float64p", "Float64s",
	"Inline", "Int", "Int16", "Int16p", "Int16s", "Int32", "Int32p", "Int32s", "Int64", "Int64p", "Int64s",
	"Int8", "Int8p", "Int8s", "Intp", "Ints", "Object", "ObjectValues", "Objects",
	"String", "Stringp", "Strings", "Time", "Timep", "Times",
	"Uint", "Uint16", "Uint16p", "Uint16s", "Uint32", "Uint32p", "Uint32s", "Uint64", "Uint64p", "Uint64s",
	"Uint8", "Uint8p", "Uint8s", "Uintp", "Uintptr", "Uintptrp", "Uintptrs", "Uints",
}

var zapObjectEncoder = []string{
	"AddBinary", "AddBool", "AddByteString", "AddComplex128", "AddComplex64", "AddDuration",
	"AddFloat32", "AddFloat64", "AddInt", "AddInt16", "AddInt32", "AddInt64", "AddInt8",
	"AddString", "AddTime", "AddUint", "AddUint16", "AddUint32", "AddUint64", "AddUint8", "AddUintptr",
}

var zapPrimitiveArrayEncoder = []string{
	"AppendBool", "AppendByteString", "AppendComplex128", "AppendComplex64", "AppendFloat32", "AppendFloat64",
	"AppendInt", "AppendInt16", "AppendInt32", "AppendInt64", "AppendInt8", "AppendString",
	"AppendUint", "AppendUint16", "AppendUint32", "AppendUint64", "AppendUint8", "AppendUintptr",
}

// Zap is zap's: zap.Any (and so SugaredLogger's key/value pairs)
// tries ObjectMarshaler or ArrayMarshaler, then error and fmt.Stringer,
// then reflection, as encoding/json.
var Zap = newPrinter(PrinterSpec{
	Name: "zap",
	Doc:  "MarshalLogObject or MarshalLogArray, then Error and String, then as json",
	Methods: append([]Method{{"MarshalLogObject", 1}, {"MarshalLogArray", 1}, {"Error", -1}, {"String", -1}},
		JSON.Methods()...),
	PointerMethods: true,
	ExportedOnly:   true,
	HideTag:        "json",
	SelfRendering:  true,
})

var zapTable = register(Table{
	// Fatal exits and Panic panics after writing the entry (DPanic only
	// in development: it may return).
	NoReturns: concat(
		each(zapLogger, "Fatal", "Panic"),
		each(zapSugared, "Fatal", "Fatalf", "Fatalw", "Fatalln", "Panic", "Panicf", "Panicw", "Panicln"),
	),
	Package: "go.uber.org/zap", Name: "zap", Cases: "zapleaks",
	Sinks: concat(
		// The receiver is data: a logger made by With carries its fields
		// into every entry.
		sinksOf(each(zapLogger, zapLevels...), Log, All(), Zap),
		// Debug(args...) and Debugf print like fmt; Debugw's key/value
		// pairs are fields made by zap.Any.
		sinksOf(each(zapSugared, "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal", "Log",
			"Debugf", "Infof", "Warnf", "Errorf", "DPanicf", "Panicf", "Fatalf", "Logf",
			"Debugln", "Infoln", "Warnln", "Errorln", "DPanicln", "Panicln", "Fatalln", "Logln"), Log, All(), Fmt),
		sinksOf(each(zapSugared, "Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw", "Logw"), Log, All(), Zap),
		sinksOf([]string{"(*" + zapcore + "CheckedEntry).Write"}, Log, All(), Zap),
		sinksOf([]string{"(" + zapcore + "Core).Write"}, Log, All(), Zap),
	),
	Propagators: concat(
		// Field constructors carry their value to the call that logs it.
		propagate(each("go.uber.org/zap.", zapFields...), All(), Results, Zap),
		propagate(each("go.uber.org/zap.", "Error", "NamedError", "Errors", "Stringer", "Stringers"), All(), Results, Fmt),
		propagate([]string{"go.uber.org/zap.Reflect"}, All(), Results, JSON),
		// Options and loggers that carry fields.
		propagate([]string{"go.uber.org/zap.Fields", "go.uber.org/zap.New"}, All(), Results, Zap),
		propagate(each(zapLogger, "With", "WithLazy", "WithOptions", "Named", "Sugar", "Check"), All(), Results, Zap),
		propagate(each(zapSugared, "With", "WithLazy", "WithOptions", "Named", "Desugar"), All(), Results, Zap),
		propagate([]string{"(" + zapcore + "Core).With"}, All(), Results, Zap),
		// A MarshalLogObject method emits what it adds to the encoder.
		propagate(each("("+zapcore+"ObjectEncoder).", zapObjectEncoder...), From(1), Receiver, Raw),
		propagate(each("("+zapcore+"ObjectEncoder).", "AddObject", "AddArray"), From(1), Receiver, Zap),
		propagate([]string{"(" + zapcore + "ObjectEncoder).AddReflected"}, From(1), Receiver, JSON),
		propagate(each("("+zapcore+"PrimitiveArrayEncoder).", zapPrimitiveArrayEncoder...), From(1), Receiver, Raw),
		propagate(each("("+zapcore+"ArrayEncoder).", "AppendDuration", "AppendTime"), From(1), Receiver, Raw),
		propagate(each("("+zapcore+"ArrayEncoder).", "AppendObject", "AppendArray"), From(1), Receiver, Zap),
		propagate([]string{"(" + zapcore + "ArrayEncoder).AppendReflected"}, From(1), Receiver, JSON),
	),
})
