package deepwalk

import "log"

// item is a node of a doubly linked list of names, spliced as
// container/list and schedulers' queues are: every splice copies a node
// (and what is stored under it) under other nodes, so the paths under one
// root would be every sequence of prev and next without the cut at a
// repeated field.
type item struct {
	prev, next *item
	parent     *ring
	value      string
}

type ring struct {
	head *item
}

// moveAfter unlinks n and links it after at.
func moveAfter(n, at *item) { // want moveAfter:`summary\(writes p0\.next=\{p0,p0\.prev,p1,p1\.next\}; writes p0\.next\.parent=\{p1\.parent\}; writes p0\.next\.prev=\{p0,p0\.next,p0\.prev,p1,p1\.next\}; writes p0\.next\.prev\.parent=\{p1\.parent\}; writes p0\.parent=\{p1\.parent\}; writes p0\.prev=\{p1\}; writes p0\.prev\.next=\{p0,p0\.next,p0\.prev,p1,p1\.next\}; writes p0\.prev\.next\.parent=\{p1\.parent\}; writes p1\.next=\{p0,p0\.next,p0\.prev,p1\}; writes p1\.next\.parent=\{p1\.parent\}; writes p1\.next\.prev=\{p0,p0\.next,p0\.prev,p1\}; writes p1\.next\.prev\.parent=\{p1\.parent\}; p1 in p0\.prev; p0 in p1\.next\.prev; p0 in p1\.next\)`
	if n.prev != nil {
		n.prev.next = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	}
	n.prev = at
	n.next = at.next
	if at.next != nil {
		at.next.prev = n
	}
	at.next = n
	n.parent = at.parent
}

// LogSpliced logs a name that went through splices: still found.
func LogSpliced(p *Patient) {
	r := &ring{}
	a := &item{parent: r}
	b := &item{parent: r, value: p.Name}
	r.head = a
	moveAfter(b, a)
	moveAfter(a, b)
	log.Print(r.head.next.value) // want "PHI1001"
}

// LogLinks logs only that the list is linked: clean.
func LogLinks(p *Patient) {
	r := &ring{}
	a := &item{parent: r}
	b := &item{parent: r, value: p.Name}
	r.head = a
	moveAfter(b, a)
	log.Print(r.head.next != nil, r.head.prev == nil)
}
