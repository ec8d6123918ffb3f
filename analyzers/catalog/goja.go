package catalog

// github.com/dop251/goja: an embedded JavaScript runtime. What the code
// sets into it is what its scripts compute over, so a script's result,
// a value read back and an exported Go value carry what was set: each
// global by its name, so a script carries the globals it names and a
// value read back the one it names.
// Modelled by its rows, its bodies (an interpreter) are not analysed.

const gojaRuntime = "(*github.com/dop251/goja.Runtime)."

var gojaTable = register(Table{
	Package: "github.com/dop251/goja", Name: "goja", Cases: "gojaleaks",
	Propagators: []Propagator{
		{Func: gojaRuntime + "ToValue", From: At(1), Into: Results},
		{Func: gojaRuntime + "Set", From: At(2), Into: Receiver, Slot: &Slot{Arg: 1}},
		{Func: gojaRuntime + "RunString", From: At(0), Into: Results, Slot: &Slot{Arg: 1, Script: true}},
		{Func: gojaRuntime + "Get", From: At(0), Into: Results, Slot: &Slot{Arg: 1}},
		{Func: "(github.com/dop251/goja.Value).Export", From: At(0), Into: Results},
		{Func: "(github.com/dop251/goja.Value).String", From: At(0), Into: Results},
	},
})
