package taint

// A freeList keeps values a finished piece of work hands back for the
// next to reuse. Work nests (a call analyses its callee first, a set
// builder may be open while code it calls builds another), so each
// taker gets a value of its own, and gives it back when done.
type freeList[T any] struct{ free []*T }

// take returns a kept value, or nil if there is none.
func (l *freeList[T]) take() *T {
	n := len(l.free)
	if n == 0 {
		return nil
	}
	x := l.free[n-1]
	l.free = l.free[:n-1]
	return x
}

// get returns a kept value, or a new one.
func (l *freeList[T]) get() *T {
	if x := l.take(); x != nil {
		return x
	}
	return new(T)
}

func (l *freeList[T]) put(x *T) { l.free = append(l.free, x) }

func (l *freeList[T]) len() int { return len(l.free) }
