package config

// writtenSource, writtenSink, writtenSanitizer and writtenRequire hold
// one entry's words as written, by kind of entry; written below lists
// them.
type writtenSource struct {
	Class string            `json:"class"`
	Keys  map[string]string `json:"keys"`
}

type writtenSink struct {
	Kind string `json:"kind"`
}

type writtenSanitizer struct {
	Classes []string `json:"classes"`
}

type writtenRequire struct {
	Guard string `json:"guard"`
}

// written holds the vocabulary words of a configuration as the user wrote
// them, entry by entry, beside the Config that holds each as its vocab
// value (an unknown word as the zero value). check judges the words as
// written, so that a bad one is reported at its place and in the order
// of every other problem, whether the configuration came from YAML or
// from its JSON flag value.
type written struct {
	Sources    []writtenSource    `json:"sources"`
	Sinks      []writtenSink      `json:"sinks"`
	Sanitizers []writtenSanitizer `json:"sanitizers"`
	Requires   []writtenRequire   `json:"requires"`
}

// at returns entry i of list, or the zero entry when the list is shorter
// (a Config built in Go rather than read has no words as written).
func at[T any](list []T, i int) T {
	if i < len(list) {
		return list[i]
	}
	var zero T
	return zero
}
