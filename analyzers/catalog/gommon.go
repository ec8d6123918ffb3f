package catalog

// github.com/labstack/gommon/log: echo's logger package, whose *Logger
// implements echo.Logger. Its package functions log through a global
// *Logger. Each level has a print, a printf and a JSON-map function
// (Info, Infof, Infoj), as echo.Logger's methods (echoLogs); the JSON
// map is encoded with encoding/json. Fatal exits and Panic panics after
// logging. Its body writes through a fasttemplate callback phivet cannot
// resolve, so the calls are the sinks.
const (
	gommonLog    = "github.com/labstack/gommon/log."
	gommonLogger = "(*github.com/labstack/gommon/log.Logger)."
)

var gommonTable = register(Table{
	Package: "github.com/labstack/gommon/log", Name: "gommon/log", Cases: "gommonleaks",
	Sinks: concat(
		sinksOf(echoLogs(gommonLog, "", "f"), Log, All(), Fmt),
		sinksOf(echoLogs(gommonLog, "j"), Log, At(0), JSON),
		sinksOf(echoLogs(gommonLogger, "", "f"), Log, From(1), Fmt),
		sinksOf(echoLogs(gommonLogger, "j"), Log, At(1), JSON),
	),
	NoReturns: concat(
		each(gommonLog, "Fatal", "Fatalf", "Fatalj", "Panic", "Panicf", "Panicj"),
		each(gommonLogger, "Fatal", "Fatalf", "Fatalj", "Panic", "Panicf", "Panicj"),
	),
})
