package vocab

import (
	"strings"
	"testing"
)

// Labels are ordered by class; the order must be the one their words
// had, so that every printed list keeps its order.
func TestClassOrderIsWordOrder(t *testing.T) {
	var all []Class
	for c := ClassUnset; c < recordClasses+Class(len(recordOrder)); c++ {
		all = append(all, c)
	}
	for i := 1; i < len(all); i++ {
		if a, b := all[i-1].String(), all[i].String(); strings.Compare(a, b) >= 0 {
			t.Errorf("class %d %q sorts after class %d %q", all[i-1], a, all[i], b)
		}
	}
	var sets ClassSet
	for _, s := range recordOrder {
		sets |= 1 << s
	}
	if sets != 0xff {
		t.Errorf("recordOrder does not hold each of the 8 sets once")
	}
}

func TestRecordClass(t *testing.T) {
	s := ClassSet(0).With(ClassClinical).With(ClassDirect).With(ClassNone)
	if got := s.Record().String(); got != "record: direct, clinical" {
		t.Errorf("record class = %q", got)
	}
	if got := ClassSet(0).Record().String(); got != "record: " {
		t.Errorf("empty record class = %q", got)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{second(ParseClass("Direct")), `unknown class "Direct" (want direct, indirect, clinical or -)`},
		{second(ParseKind("logg")), `unknown sink kind "logg" (want log, export, transmit or respond)`},
		{second(ParseGuard("consent")), `unknown guard "consent" (want check or audit)`},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("error = %v, want %s", tc.err, tc.want)
		}
	}
	for _, w := range []string{"direct", "indirect", "clinical", "-"} {
		if c, err := ParseClass(w); err != nil || c.String() != w {
			t.Errorf("ParseClass(%q) = %v, %v", w, c, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }
