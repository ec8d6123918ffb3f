// Package broken does not parse.
package broken

func Count() int {
	return 3 +
}
