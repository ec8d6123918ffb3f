package model

import (
	"testing"

	"github.com/phivet/phivet/analyzers/vocab"
)

// A phi struct tag is read as a class word; one outside the vocabulary
// still marks the field, and an empty tag marks nothing.
func TestPhiTagClass(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want vocab.Class
	}{
		{"direct", vocab.ClassDirect},
		{" indirect ", vocab.ClassIndirect},
		{"clinical", vocab.ClassClinical},
		{"-", vocab.ClassNone},
		{"", vocab.ClassUnset},
		{"Direct", vocab.ClassDirect},
		{"secret", vocab.ClassDirect},
	} {
		if got := phiTagClass(tc.tag); got != tc.want {
			t.Errorf("phiTagClass(%q) = %q, want %q", tc.tag, got, tc.want)
		}
	}
}
