package config

import "testing"

func TestPatternMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		literal bool
		match   []string
		noMatch []string
	}{
		{"example.com/ehr/redact.Name", true,
			[]string{"example.com/ehr/redact.Name"},
			[]string{"example.com/ehr/redact.Names", "example.com/ehr/redact.Nam", "(example.com/ehr/redact.T).Name", ""}},
		{"example.com/ehr/redact.*", false,
			[]string{"example.com/ehr/redact.Name", "example.com/ehr/redact.X", "example.com/ehr/redact."},
			[]string{"example.com/ehr/redact/sub.Name", "(example.com/ehr/redact.T).M", "(*example.com/ehr/redact.T).M",
				"example.com/ehr/redactx.Name", "example.com/ehr.Name", "example.com/ehr/redact"}},
		{"(*example.com/ehr/audit.Log).*", false,
			[]string{"(*example.com/ehr/audit.Log).Record", "(*example.com/ehr/audit.Log).flush"},
			[]string{"(example.com/ehr/audit.Log).Record", "(*example.com/ehr/audit.Logger).Record", "example.com/ehr/audit.Record"}},
		{"(*example.com/ehr/audit.Log).Record", true,
			[]string{"(*example.com/ehr/audit.Log).Record"},
			[]string{"(*example.com/ehr/audit.Log).Recorded", "(example.com/ehr/audit.Log).Record"}},
		{"example.com/*/redact.Name", false,
			[]string{"example.com/ehr/redact.Name", "example.com/pas/redact.Name"},
			[]string{"example.com/a/b/redact.Name", "example.com/redact.Name"}},
		{"example.com/ehr/redact.Mask*", false,
			[]string{"example.com/ehr/redact.Mask", "example.com/ehr/redact.MaskName"},
			[]string{"example.com/ehr/redact.Unmask"}},
		{"example.com/ehr/redact.*Name*", false,
			[]string{"example.com/ehr/redact.Name", "example.com/ehr/redact.MaskNameNow", "example.com/ehr/redact.NameName"},
			[]string{"example.com/ehr/redact.Nam"}},
		{"example.com/ehr/redact.a*b*c", false,
			[]string{"example.com/ehr/redact.abc", "example.com/ehr/redact.aXbYc", "example.com/ehr/redact.abcbc"},
			[]string{"example.com/ehr/redact.ab", "example.com/ehr/redact.acb", "example.com/ehr/redact.abcd"}},
		{"gopkg.in/*.Marshal", false,
			[]string{"gopkg.in/yaml.Marshal"},
			[]string{"gopkg.in/yaml.v3.Marshal"}}, // '*' never crosses a dot
		{"(*example.com/p.*).Push", false,
			[]string{"(*example.com/p.List[T]).Push", "(*example.com/p.Stack).Push"},
			[]string{"(example.com/p.Stack).Push"}},
		{"(*gopkg.in/yaml.v3.List[K, V]).Get", true,
			[]string{"(*gopkg.in/yaml.v3.List[K, V]).Get"},
			[]string{"(*gopkg.in/yaml.v3.List[K,V]).Get"}},
		{"*.Printf", false,
			[]string{"log.Printf", "fmt.Printf"},
			[]string{"example.com/log.Printf"}},
	} {
		p, err := CompilePattern(tc.pattern)
		if err != nil {
			t.Fatalf("CompilePattern(%q): %v", tc.pattern, err)
		}
		if p.IsLiteral() != tc.literal {
			t.Errorf("CompilePattern(%q).IsLiteral() = %v", tc.pattern, p.IsLiteral())
		}
		if p.String() != tc.pattern {
			t.Errorf("CompilePattern(%q).String() = %q", tc.pattern, p.String())
		}
		for _, s := range tc.match {
			if !p.Match(s) {
				t.Errorf("%q does not match %q, want match", tc.pattern, s)
			}
		}
		for _, s := range tc.noMatch {
			if p.Match(s) {
				t.Errorf("%q matches %q, want no match", tc.pattern, s)
			}
		}
	}
}

func TestCompilePatternErrors(t *testing.T) {
	for _, s := range []string{"", "example.com/c.Check It", "\texample.com/c.Check"} {
		if _, err := CompilePattern(s); err == nil {
			t.Errorf("CompilePattern(%q) succeeded, want error", s)
		}
	}
	if (Pattern{}).Match("") || (Pattern{}).Match("x") {
		t.Error("zero Pattern matches, want it to match nothing")
	}
}

func TestPatternMatchDoesNotAllocate(t *testing.T) {
	p, _ := CompilePattern("(*example.com/ehr/*.Log).Rec*d")
	allocs := testing.AllocsPerRun(100, func() {
		p.Match("(*example.com/ehr/audit.Log).Record")
		p.Match("example.com/ehr/audit.Record")
	})
	if allocs != 0 {
		t.Errorf("Match allocates %v times per run, want 0", allocs)
	}
}

func BenchmarkPatternMatch(b *testing.B) {
	p, _ := CompilePattern("(*example.com/ehr/audit.Log).*")
	for b.Loop() {
		p.Match("(*example.com/ehr/audit.Log).Record")
	}
}
