package taint

import (
	"slices"
	"testing"
)

func TestScriptNames(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"fhir.xmlToJson(strXML);", []string{"fhir", "strXML"}},
		{"fhir.objToXml(JSON.parse(strJSON));", []string{"fhir", "JSON", "strJSON"}},
		{"a . b + c[d] * 1e5 + 0x1F", []string{"a", "c", "d"}},
		{"$x + _y2", []string{"$x", "_y2"}},
		{"x + x", []string{"x"}},
		{"", nil},
		{"1.5 + 2", nil},
	} {
		if got := scriptNames(c.src); !slices.Equal(got, c.want) {
			t.Errorf("scriptNames(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
