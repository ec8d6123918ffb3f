// Package graph walks the directed graphs phivet meets (packages and
// their imports, analyzers and their requirements), given as a function
// from a node to its successors.
package graph

// DepthFirst visits every node reachable from roots through next once,
// depth first, in the order of roots and of each node's successors:
// pre before the node's successors, post after them. Either may be nil.
func DepthFirst[N comparable](roots []N, next func(N) []N, pre, post func(N)) {
	seen := map[N]bool{}
	var visit func(n N)
	visit = func(n N) {
		if seen[n] {
			return
		}
		seen[n] = true
		if pre != nil {
			pre(n)
		}
		for _, m := range next(n) {
			visit(m)
		}
		if post != nil {
			post(n)
		}
	}
	for _, r := range roots {
		visit(r)
	}
}
