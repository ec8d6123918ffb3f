package taint

import "slices"

// sameSummary reports whether a and b tell callers the same: the same
// data and destinations, sinks, writes, roles and inlined flows. The
// steps shown to users are not compared: a cycle's passes may find
// another path to the same fact, and that is not a change a caller must
// be solved again for. How many places a sink is reached at is: each is
// a finding at the callers.
func sameSummary(a, b *Summary) bool {
	if a.Audit != b.Audit || a.ResultGuards != b.ResultGuards || !sameRole(a.Check, b.Check) || !sameRole(a.AuditOnSuccess, b.AuditOnSuccess) ||
		a.Own != b.Own || a.Fresh != b.Fresh || a.Fills != b.Fills || a.FillsOwn != b.FillsOwn {
		return false
	}
	return slices.Equal(a.Clears, b.Clears) &&
		sameSlices(a.Results, b.Results, sameTaintData) &&
		sameSlices(a.ResultFields, b.ResultFields, samePathTaint) &&
		sameSlices(a.Outs, b.Outs, samePathTaint) &&
		sameElements(a.ResultAliases, b.ResultAliases, func(x ResultAlias) ResultAlias { return x }, nil) &&
		sameElements(a.ParamLinks, b.ParamLinks, func(x ParamLink) ParamLink { return x }, nil) &&
		sameElements(a.Passes, b.Passes, func(x PassedParam) PassedParam { return x }, nil) &&
		sameSlices(a.Queries, b.Queries, func(x, y QueryResult) bool {
			return x.Result == y.Result && x.Param == y.Param && slices.Equal(x.Names, y.Names)
		}) &&
		sameElements(a.Accessors, b.Accessors, func(x AccessorResult) AccessorResult { return x }, nil) &&
		sameSlices(a.ResultFuncs, b.ResultFuncs, func(x, y ResultFunc) bool {
			return x.Result == y.Result && x.Summary == y.Summary && x.Func == y.Func && x.decl == y.decl && sameSlices(x.Free, y.Free, FreeFunc.same)
		}) &&
		sameElements(a.Sinks, b.Sinks, func(x ParamSink) sinkKey { return sinkKey{x.Param, x.Path, x.Sink, x.Guards, x.Cond} },
			func(x, y ParamSink) bool { return len(x.More) == len(y.More) }) &&
		sameElements(a.Writes, b.Writes, func(x WriterSink) writeKey { return writeKey{sinkKey{x.Dest, "", x.Sink, x.Guards, 0}, x.Reported} },
			func(x, y WriterSink) bool { return sameSet(x.Data, y.Data) }) &&
		sameSlices(a.Unfollowed, b.Unfollowed, func(x, y ParamUnfollowed) bool {
			return x.Param == y.Param && x.Path == y.Path && x.Callee == y.Callee && x.Reason == y.Reason
		}) &&
		sameSlices(a.SlotCalls, b.SlotCalls, SlotCall.same) &&
		sameSlices(a.IfaceCalls, b.IfaceCalls, IfaceCall.same) &&
		sameSlices(a.FuncCalls, b.FuncCalls, FuncCall.same) &&
		sameSlices(a.internal, b.internal, func(x, y Flow) bool {
			return x.Sink == y.Sink && x.Requires == y.Requires && x.Sanitized == y.Sanitized &&
				x.Callee == y.Callee && x.Pos == y.Pos && x.Guards == y.Guards && sameSet(x.Data, y.Data)
		})
}

// sinkKey is what tells a summary's sinks apart.
type sinkKey struct {
	param  int
	path   string
	sink   SinkDesc
	guards Guards
	cond   uint8
}

// writeKey is what tells a summary's writes apart.
type writeKey struct {
	sinkKey
	reported uint8
}

// sameElements compares lists that are sets: the same elements by key in
// any order (and, if eq is given, equal where their keys are). A
// function's sinks, writes and links are listed in the order its
// callees' summaries list theirs, which can change between passes over
// a cycle while the sets do not; compared in order, such a cycle never
// settled and was solved again up to maxCyclePasses.
func sameElements[T any, K comparable](a, b []T, key func(T) K, eq func(T, T) bool) bool {
	if len(a) != len(b) {
		return false
	}
	if sameSlices(a, b, func(x, y T) bool { return key(x) == key(y) && (eq == nil || eq(x, y)) }) {
		return true
	}
	byKey := make(map[K][]T, len(a))
	for _, x := range a {
		byKey[key(x)] = append(byKey[key(x)], x)
	}
	for _, y := range b {
		xs := byKey[key(y)]
		i := 0
		for i < len(xs) && eq != nil && !eq(xs[i], y) {
			i++
		}
		if i == len(xs) {
			return false
		}
		byKey[key(y)] = append(xs[:i], xs[i+1:]...)
	}
	return true
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

// sameRole reports whether two roles (a check's, or auditing on success)
// are the same, or both none.
func sameRole(a, b *CheckRole) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}
