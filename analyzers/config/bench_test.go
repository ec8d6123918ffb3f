package config

import "testing"

// BenchmarkMatch matches called functions' names against configured
// patterns, as the model does for every call in every package.
func BenchmarkMatch(b *testing.B) {
	var pats []Pattern
	for _, s := range []string{
		"example.com/ehr/redact.*", "(*example.com/ehr/store.Store).Get*", "example.com/ehr/consent.Check",
		"(*example.com/ehr/audit.Log).Record", "example.com/*/notify.Send*", "(example.com/ehr/model.T[K, V]).M",
	} {
		p, err := CompilePattern(s)
		if err != nil {
			b.Fatal(err)
		}
		pats = append(pats, p)
	}
	names := []string{
		"example.com/ehr/redact.Name", "(*example.com/ehr/store.Store).GetPatient", "example.com/ehr/consent.Check",
		"example.com/ehr/redact/sub.Name", "(*example.com/ehr/api.Handler).ServeHTTP", "fmt.Sprintf", "gopkg.in/yaml.v3.Marshal",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		n := names[i%len(names)]
		for _, p := range pats {
			p.Match(n)
		}
	}
}
