package catalog_test

import (
	"testing"

	"github.com/phivet/phivet/analyzers/catalog"
)

// TestReadsTypeName checks which constant key paths end in a type name
// member, in each path syntax.
func TestReadsTypeName(t *testing.T) {
	keys := &catalog.KeyPathLookup{Syntax: catalog.KeyPerArg}
	dotted := &catalog.KeyPathLookup{Syntax: catalog.DottedPath}
	for _, c := range []struct {
		k    *catalog.KeyPathLookup
		path []string
		want bool
	}{
		{keys, []string{"resourceType"}, true},
		{keys, []string{"contained", "[0]", "resourceType"}, true},
		{keys, []string{"@type"}, true},
		{keys, nil, false},                              // the whole document
		{keys, []string{"resourceType", "name"}, false}, // past the type member
		{keys, []string{"resourceType "}, false},        // another member
		{dotted, []string{"resourceType"}, true},
		{dotted, []string{"entry.0.resource.resourceType"}, true},
		{dotted, []string{"name|resourceType"}, true},
		{dotted, []string{`\@type`}, true},           // the member "@type"
		{dotted, []string{"@type"}, false},           // a modifier
		{dotted, []string{`a\.resourceType`}, false}, // the member "a.resourceType"
		{dotted, []string{"resourceType.name"}, false},
		{dotted, []string{"resource*"}, false},
		{dotted, []string{"[resourceType,text]"}, false},
		{dotted, []string{`#(resourceType=="Patient")`}, false},
		{dotted, []string{"resourceType|@reverse"}, false},
		{dotted, []string{"resourceType\\"}, false},
		{dotted, []string{""}, false},
		{dotted, []string{"resourceType", "resourceType"}, false}, // one path string only
	} {
		if got := c.k.ReadsTypeName(c.path); got != c.want {
			t.Errorf("syntax %v, path %q: ReadsTypeName = %v, want %v", c.k.Syntax, c.path, got, c.want)
		}
	}
}
