package catalog

import (
	"reflect"
	"slices"
	"testing"
)

// TestBuildIgnoresTableOrder checks that the catalog does not depend on
// the order of its tables: they register themselves from their files,
// and no row of one table may replace or reorder another's.
func TestBuildIgnoresTableOrder(t *testing.T) {
	reversed := slices.Clone(Tables())
	slices.Reverse(reversed)
	if !reflect.DeepEqual(build(reversed), Standard) {
		t.Error("the catalog built from the tables in reverse order differs: two tables give one name rows that depend on their order")
	}
}

// TestPrintersRegistered checks that every printer a row uses is
// registered, and that Raw is the zero Printer.
func TestPrintersRegistered(t *testing.T) {
	if Raw != 0 || Raw.String() != "raw" {
		t.Errorf("Raw is %d (%q), want the zero Printer", Raw, Raw)
	}
	for _, p := range []Printer{Fmt, JSON, Slog, Zap, Zerolog, Template} {
		if p == Raw || int(p) >= len(printers) {
			t.Errorf("printer %d is not registered", p)
		}
	}
}
