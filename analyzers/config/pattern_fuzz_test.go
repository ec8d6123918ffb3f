package config

import "testing"

// FuzzPattern checks CompilePattern and Match against a reference
// matcher (refMatch), byte for byte, and that neither panics.
func FuzzPattern(f *testing.F) {
	for _, s := range [][2]string{
		{"example.com/ehr/redact.*", "example.com/ehr/redact.Name"},
		{"example.com/ehr/redact.*", "example.com/ehr/redact/sub.Name"},
		{"(*example.com/ehr/audit.Log).*", "(*example.com/ehr/audit.Log).Record"},
		{"example.com/*/redact.Name", "example.com/pas/redact.Name"},
		{"example.com/ehr/redact.a*b*c", "example.com/ehr/redact.abcbc"},
		{"gopkg.in/*.Marshal", "gopkg.in/yaml.v3.Marshal"},
		{"(*example.com/p.*).Push", "(*example.com/p.List[T]).Push"},
		{"(*gopkg.in/yaml.v3.List[K, V]).Get", "(*gopkg.in/yaml.v3.List[K, V]).Get"},
		{"*.Printf", "log.Printf"},
		{"**", ""},
		{"(*", "(*"},
		{"*a*a", "aa"},
		{"a.*.b", "a..b"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, name string) {
		p, err := CompilePattern(pattern)
		if err != nil {
			if p.Match(name) {
				t.Fatalf("a pattern that failed to compile matched %q", name)
			}
			return
		}
		if p.String() != pattern {
			t.Fatalf("String() = %q, want %q", p.String(), pattern)
		}
		got := p.Match(name)
		if p.IsLiteral() {
			if got != (name == pattern) {
				t.Fatalf("literal %q: Match(%q) = %v", pattern, name, got)
			}
			return
		}
		if want := refMatch(pattern, name); got != want {
			t.Fatalf("CompilePattern(%q).Match(%q) = %v, reference says %v", pattern, name, got, want)
		}
	})
}

// refMatch is the reference matcher, by memoized backtracking over bytes:
// a wildcard '*' (not the pointer marker right after '(') matches any run
// of bytes other than '.' and '/'; every other byte matches itself.
func refMatch(pattern, name string) bool {
	memo := map[[2]int]bool{}
	var match func(pi, ni int) bool
	match = func(pi, ni int) (ok bool) {
		k := [2]int{pi, ni}
		if v, seen := memo[k]; seen {
			return v
		}
		defer func() { memo[k] = ok }()
		if pi == len(pattern) {
			return ni == len(name)
		}
		if pattern[pi] == '*' && (pi == 0 || pattern[pi-1] != '(') {
			for k := ni; ; k++ {
				if match(pi+1, k) {
					return true
				}
				if k == len(name) || name[k] == '.' || name[k] == '/' {
					return false
				}
			}
		}
		return ni < len(name) && name[ni] == pattern[pi] && match(pi+1, ni+1)
	}
	return match(0, 0)
}
