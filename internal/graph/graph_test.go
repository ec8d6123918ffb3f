package graph

import (
	"reflect"
	"testing"
)

func TestDepthFirst(t *testing.T) {
	// a → b, c; b → d; c → d, a (a cycle back to the root).
	edges := map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d", "a"}}
	var pre, post []string
	DepthFirst([]string{"a", "d"}, func(n string) []string { return edges[n] },
		func(n string) { pre = append(pre, n) }, func(n string) { post = append(post, n) })
	if want := []string{"a", "b", "d", "c"}; !reflect.DeepEqual(pre, want) {
		t.Errorf("pre order %v, want %v", pre, want)
	}
	if want := []string{"d", "b", "c", "a"}; !reflect.DeepEqual(post, want) {
		t.Errorf("post order %v, want %v", post, want)
	}
	DepthFirst([]string{"a"}, func(n string) []string { return edges[n] }, nil, nil) // nil visitors
}
