package catalog

// k8s.io/klog/v2: the printing functions, structured InfoS/ErrorS with
// key/value pairs, and V(level). Its contextual logger is a logr.Logger
// (see logr.go).

var klogPrints = []string{
	"Info", "InfoDepth", "Infoln", "InfolnDepth", "Infof", "InfofDepth", "InfoS", "InfoSDepth",
	"Warning", "WarningDepth", "Warningln", "WarninglnDepth", "Warningf", "WarningfDepth",
	"Error", "ErrorDepth", "Errorln", "ErrorlnDepth", "Errorf", "ErrorfDepth", "ErrorS", "ErrorSDepth",
	"Fatal", "FatalDepth", "Fatalln", "FatallnDepth", "Fatalf", "FatalfDepth",
	"Exit", "ExitDepth", "Exitln", "ExitlnDepth", "Exitf", "ExitfDepth",
}

var klogTable = register(Table{
	// Fatal and Exit print, then exit.
	NoReturns: each("k8s.io/klog/v2.", "Fatal", "FatalDepth", "Fatalln", "FatallnDepth", "Fatalf", "FatalfDepth",
		"Exit", "ExitDepth", "Exitln", "ExitlnDepth", "Exitf", "ExitfDepth"),
	Package: "k8s.io/klog/v2", Name: "klog", Cases: "klogleaks",
	Sinks: concat(
		sinksOf(each("k8s.io/klog/v2.", klogPrints...), Log, All(), Fmt),
		// A Verbose is a level and a flag: not data.
		sinksOf(each("(k8s.io/klog/v2.Verbose).", "Info", "InfoDepth", "Infoln", "InfolnDepth", "Infof", "InfofDepth",
			"InfoS", "InfoSDepth", "Error", "ErrorS"), Log, From(1), Fmt),
	),
	Propagators: concat(
		// Object references name the object they are made from.
		propagate(each("k8s.io/klog/v2.", "KObj", "KObjs", "KObjSlice", "KRef", "Format"), All(), Results, Fmt),
		propagate(each("k8s.io/klog/v2.", "LoggerWithValues", "LoggerWithName"), All(), Results, Fmt),
	),
})
