package taint

import "testing"

func TestCommonPath(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{".A.B", ".A.C", ".A"},
		{".A", ".A.B", ".A"},
		{".A.B[]", ".A.B", ".A.B"},
		{".A", ".B", ""},
		{"", ".A", ""},
		{".A.B", ".A.B", ".A.B"},
	} {
		if got := commonPath(c.a, c.b); got != c.want {
			t.Errorf("commonPath(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}
