package config

import (
	"os"
	"reflect"
	"testing"
)

// FuzzParse checks that no input makes Parse panic and that whatever Parse
// accepts survives the trip through the analyzer flag unchanged.
func FuzzParse(f *testing.F) {
	contract, err := os.ReadFile("testdata/contract.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(contract)
	for _, s := range []string{
		"",
		"policy: strict\n",
		"policy: {transmit: check}\n",
		"sources:\n  - {type: example.com/m.T, class: -}\n",
		"sanitizers:\n  - func: example.com/r.*\n    classes: [direct, clinical]\n",
		"audits:\n  - &a {func: (*example.com/a.L[K, V]).R}\n  - *a\n",
		"a: &x [*x]\n",
		"sources: &s\n  - *s\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("phivet.yaml", data)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Parse error %v is a %T, want *Error", err, err)
			}
			return
		}
		d, err := Decode(c.Encode())
		if err != nil {
			t.Fatalf("Decode(Encode()) of a parsed config: %v\n%s", err, c.Encode())
		}
		if !reflect.DeepEqual(c, d) {
			t.Fatalf("Decode(Encode(c)) = %+v\nwant %+v", d, c)
		}
		for _, n := range names(c) {
			if _, err := CompilePattern(n); err != nil {
				t.Fatalf("accepted name %q does not compile: %v", n, err)
			}
		}
	})
}

func names(c *Config) []string {
	var ns []string
	for _, s := range c.Sources {
		ns = append(ns, s.Name())
	}
	for _, s := range c.Sinks {
		ns = append(ns, s.Func)
	}
	for _, rs := range [][]FuncRef{c.Checks, c.Audits} {
		for _, r := range rs {
			ns = append(ns, r.Func)
		}
	}
	for _, s := range c.Sanitizers {
		ns = append(ns, s.Func)
	}
	for _, r := range c.Requires {
		ns = append(ns, r.Func)
	}
	return ns
}
