// Package loops has data that reaches an instruction only through a
// loop's back edge, after the instruction's first visit: solve must visit
// it again, whatever its state is kept under.
package loops

import "fmt"

type Patient struct {
	Name string `phi:"direct"`
}

func lookup(s string) (string, error) { return s, nil }

// TupleLoop: the call's tuple gains the name on the second pass only.
func TupleLoop(p *Patient) string {
	var out, cur string
	for i := 0; i < 3; i++ {
		v, err := lookup(cur)
		if err != nil {
			return ""
		}
		out = v
		cur = p.Name
	}
	fmt.Println(out)
	return out
}

type box struct{ s string }

// MemoryLoop: both loads read the box before the name is stored in it,
// the second from the memo of the first.
func MemoryLoop(p *Patient) {
	b := &box{}
	for i := 0; i < 3; i++ {
		x := b.s
		y := b.s
		fmt.Println(x, y)
		b.s = p.Name
	}
}

// ClosureLoop: the literal reads a captured variable the loop assigns
// after the call.
func ClosureLoop(p *Patient) {
	name := ""
	show := func() { fmt.Println(name) }
	for i := 0; i < 3; i++ {
		show()
		name = p.Name
	}
}

func id(s string) string { return s }

// ArgLoop: the second call substitutes the same argument as the first,
// with nothing changed between them, and both must see the name the
// loop brings back.
func ArgLoop(p *Patient) {
	cur := ""
	for i := 0; i < 3; i++ {
		a := id(cur)
		b := id(cur)
		fmt.Println(a, b)
		cur = p.Name
	}
}

type wrap struct{ b box }

func name(b *box) string { return b.s }

// MemoryArgLoop: as ArgLoop, with the argument's data in memory, under
// a root that is not the argument itself.
func MemoryArgLoop(p *Patient) {
	w := &wrap{}
	q := &w.b
	for i := 0; i < 3; i++ {
		a := name(q)
		c := name(q)
		fmt.Println(a, c)
		q.s = p.Name
	}
}

// put writes s into b and returns t: a summary with an Out that reads
// one argument, and a result that reads another.
func put(b *box, s, t string) string {
	b.s = s
	return t
}

// OutLoop: the call runs again when the loop brings the name back in
// tag, while its Out still writes the same data into both boxes b may
// point to, which hold it already.
func OutLoop(p *Patient, first bool) {
	b := &box{}
	if !first {
		b = &box{}
	}
	tag := ""
	for i := 0; i < 3; i++ {
		x := put(b, p.Name, tag)
		fmt.Println(x)
		tag = p.Name
	}
	fmt.Println(b.s)
}

// OutGrowsLoop: as OutLoop, but what the Out writes is what the loop
// brings back: the second run of the call stores new data.
func OutGrowsLoop(p *Patient, first bool) {
	b := &box{}
	if !first {
		b = &box{}
	}
	cur := ""
	for i := 0; i < 3; i++ {
		put(b, cur, "")
		cur = p.Name
	}
	fmt.Println(b.s)
}
