package output

import (
	"cmp"
	"slices"
)

// sorted returns a sorted copy of fs, leaving the caller's slice alone. All
// writers use this one order (file, line, column, code, then message and
// function as tie-breakers) so that output is deterministic whatever order
// the analyzers finished in, diffs between runs are meaningful, and the
// fingerprint suffixes (":2", ":3") are assigned the same way every time.
func sorted(fs []Finding) []Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.Func, b.Func),
		)
	})
	return out
}
