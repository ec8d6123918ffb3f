package config

import (
	"strings"
	"testing"
)

// TestUnreadableBytes: a file the YAML reader cannot read at all (binary
// garbage, control characters, invalid UTF-8) is still reported at a line.
func TestUnreadableBytes(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		line       string
	}{
		{"NUL on line 2", "policy:\n  log: \x00any\n", "phivet.yaml:2: "},
		{"PNG header", "sources:\n  - \x00\x01\xff\xfe\x89PNG\r\n\x1a\n", "phivet.yaml:2: "},
		{"invalid UTF-8 first", "\xc3\x28: x\n", "phivet.yaml:1: "},
		{"escape on line 3", "policy:\n  log: any\n\x1b[31m\n", "phivet.yaml:3: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("phivet.yaml", []byte(tc.data))
			if err == nil {
				t.Fatalf("no error")
			}
			if !strings.HasPrefix(err.Error(), tc.line) {
				t.Errorf("error %q does not start with %q", err, tc.line)
			}
		})
	}
}
