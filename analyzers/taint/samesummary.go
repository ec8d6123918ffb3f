package taint

// sameSummary reports whether a and b tell callers the same: the same
// data and destinations, sinks, writes, roles and inlined flows. The
// steps shown to users are not compared: a cycle's passes may find
// another path to the same fact, and that is not a change a caller must
// be solved again for.
func sameSummary(a, b *Summary) bool {
	if a.Audit != b.Audit || (a.Check == nil) != (b.Check == nil) || a.Check != nil && *a.Check != *b.Check ||
		a.Own != b.Own || a.Fresh != b.Fresh || a.Fills != b.Fills {
		return false
	}
	return sameSlices(a.Results, b.Results, sameTaintData) &&
		sameSlices(a.ResultFields, b.ResultFields, samePathTaint) &&
		sameSlices(a.Outs, b.Outs, samePathTaint) &&
		sameSlices(a.ResultAliases, b.ResultAliases, func(x, y ResultAlias) bool { return x == y }) &&
		sameSlices(a.ParamLinks, b.ParamLinks, func(x, y ParamLink) bool { return x == y }) &&
		sameSlices(a.Sinks, b.Sinks, func(x, y ParamSink) bool {
			return x.Param == y.Param && x.Path == y.Path && x.Sink == y.Sink && x.Guards == y.Guards
		}) &&
		sameSlices(a.Writes, b.Writes, func(x, y WriterSink) bool {
			return x.Dest == y.Dest && x.Sink == y.Sink && x.Guards == y.Guards && sameSet(x.Data, y.Data)
		}) &&
		sameSlices(a.Unfollowed, b.Unfollowed, func(x, y ParamUnfollowed) bool {
			return x.Param == y.Param && x.Path == y.Path && x.Callee == y.Callee && x.Reason == y.Reason
		}) &&
		sameSlices(a.SlotCalls, b.SlotCalls, SlotCall.same) &&
		sameSlices(a.internal, b.internal, func(x, y Flow) bool {
			return x.Sink == y.Sink && x.Requires == y.Requires && x.Sanitized == y.Sanitized &&
				x.Callee == y.Callee && x.Pos == y.Pos && x.Guards == y.Guards && sameSet(x.Data, y.Data)
		})
}

func sameSlices[T any](a, b []T, eq func(T, T) bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !eq(a[i], b[i]) {
			return false
		}
	}
	return true
}

// sameTaintData is sameTaint without the origins.
func sameTaintData(a, b Taint) bool { return a.Dest == b.Dest && sameSet(a.Data, b.Data) }

func samePathTaint(a, b PathTaint) bool {
	return a.Index == b.Index && a.Path == b.Path && sameTaintData(a.Taint, b.Taint)
}

// sameSet compares sets by their labels' keys; sets are sorted.
func sameSet(a, b Set) bool {
	return sameSlices(a, b, func(x, y Label) bool { return x.key() == y.key() })
}
