package catalog

// github.com/sirupsen/logrus: package functions, *Logger and *Entry.

var logrusLevels = []string{"Trace", "Debug", "Print", "Info", "Warn", "Warning", "Error", "Fatal", "Panic"}

// logrusPrints are the printing methods of every level: Info, Infof, Infoln…
func logrusPrints(prefix string) []string {
	var out []string
	for _, l := range logrusLevels {
		out = append(out, prefix+l, prefix+l+"f", prefix+l+"ln")
	}
	return out
}

var logrusTable = register(Table{
	// Fatal exits (through the logger's ExitFunc) and Panic panics after
	// logging.
	NoReturns: concat(
		each("github.com/sirupsen/logrus.", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Exit"),
		each("(*github.com/sirupsen/logrus.Logger).", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Exit"),
		each("(*github.com/sirupsen/logrus.Entry).", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"),
		each("(github.com/sirupsen/logrus.StdLogger).", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"),
	),
	Package: "github.com/sirupsen/logrus", Name: "logrus", Cases: "logrusleaks",
	Sinks: concat(
		// The text formatter prints fields and arguments with fmt.
		sinksOf(logrusPrints("github.com/sirupsen/logrus."), Log, All(), Fmt),
		// Methods: a *Logger has no fields of its own; an *Entry made by
		// WithField carries them into what it logs.
		sinksOf(logrusPrints("(*github.com/sirupsen/logrus.Logger)."), Log, From(1), Fmt),
		sinksOf(each("(*github.com/sirupsen/logrus.Logger).", "Log", "Logf", "Logln"), Log, From(2), Fmt),
		sinksOf(logrusPrints("(*github.com/sirupsen/logrus.Entry)."), Log, All(), Fmt),
		sinksOf(each("(*github.com/sirupsen/logrus.Entry).", "Log", "Logf", "Logln"), Log, All(), Fmt),
	),
	Propagators: concat(
		// Fields go into a new entry, which logs them with its message.
		propagate(each("github.com/sirupsen/logrus.", "WithField", "WithFields", "WithError"), All(), Results, Fmt),
		propagate(each("(*github.com/sirupsen/logrus.Logger).", "WithField", "WithFields", "WithError"), From(1), Results, Fmt),
		propagate(each("(*github.com/sirupsen/logrus.Entry).", "WithField", "WithFields", "WithError", "WithTime", "Dup"), All(), Results, Fmt),
		// An entry keeps its context for hooks; the formatters do not
		// print it (as slog's handlers, log.go).
		propagate([]string{"(*github.com/sirupsen/logrus.Entry).WithContext", "(*github.com/sirupsen/logrus.Logger).WithContext"}, At(0), Results, Fmt),
		propagate(each("(*github.com/sirupsen/logrus.Entry).", "String", "Bytes"), At(0), Results, Fmt),
	),
})
