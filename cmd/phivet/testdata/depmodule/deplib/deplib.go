// Package deplib is a dependency in a module of its own: its panic and
// println are its internal failures, not its callers' disclosures.
package deplib

// MustShort panics with its argument when it is too long.
func MustShort(s string) string {
	if len(s) > 8 {
		println("too long:", s)
		panic("too long: " + s)
	}
	return s
}

// Hook is called with every value Notify is given; nothing in sight sets
// it, so phivet cannot say what it does.
var Hook func(string)

// Notify hands s to the hook.
func Notify(s string) {
	if Hook != nil {
		Hook(s)
	}
}
