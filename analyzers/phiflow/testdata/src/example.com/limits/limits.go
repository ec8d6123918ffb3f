// Package limits reaches engine bounds that can cut a path, and stays
// under them: each function where one is reached is recorded, with the
// bound's name, for the data-flow map's coverage section.
package limits

import "fmt"

type Member struct {
	Names []string `phi:"direct"`
}

// Shallow reslices a marked collection field twice: under the bound, the
// element is known to be identifiable and nothing is recorded.
func Shallow(m *Member) {
	fmt.Println(m.Names[1:][1:][0]) // want `PHI1001`
}

// Deep reslices it more often than the engine looks through: the
// element's data is cut, and the function is recorded.
func Deep(m *Member) {
	fmt.Println(m.Names[1:][1:][1:][1:][1:][1:][0])
}

// Outlet has no implementation in sight: each method is a callee phivet
// cannot follow.
type Outlet interface {
	A(string)
	B(string)
	C(string)
	D(string)
	E(string)
	F(string)
	G(string)
	H(string)
	I(string)
	J(string)
	K(string)
	L(string)
	M(string)
	N(string)
	O(string)
	P(string)
	Q(string)
}

// Fanout hands its parameter to more callees phivet cannot follow than
// a summary carries to the callers: recorded.
func Fanout(o Outlet, s string) {
	o.A(s)
	o.B(s)
	o.C(s)
	o.D(s)
	o.E(s)
	o.F(s)
	o.G(s)
	o.H(s)
	o.I(s)
	o.J(s)
	o.K(s)
	o.L(s)
	o.M(s)
	o.N(s)
	o.O(s)
	o.P(s)
	o.Q(s)
}

// Few hands it to fewer, one of them twice: nothing is recorded.
func Few(o Outlet, s string) {
	o.A(s)
	o.A(s + "!")
	o.B(s)
}

// Scatter prints its parameter at more calls of one sink function than
// a summary keeps places for: recorded, and its callers report the
// first ones.
func Scatter(s string) {
	fmt.Println("1", s)
	fmt.Println("2", s)
	fmt.Println("3", s)
	fmt.Println("4", s)
	fmt.Println("5", s)
}

// Spread gives Scatter a member's name.
func Spread(m *Member) {
	Scatter(m.Names[0]) // want `PHI1001` `PHI1001` `PHI1001` `PHI1001`
}

// Scatter4 prints it at as many as are kept: nothing is recorded.
func Scatter4(s string) {
	fmt.Println("1", s)
	fmt.Println("2", s)
	fmt.Println("3", s)
	fmt.Println("4", s)
}

// Wide has more parts than a holder keeps apart.
type Wide struct{ A, B, C, D, E, F, G, H, I, J string }

// Holder keeps the pointer it is given.
type Holder struct{ W *Wide }

func hold(w *Wide) *Holder { return &Holder{W: w} }

// HoldWide fills nine parts, all but B, and keeps them: past the bound
// they are stored whole under the holder, so B carries its siblings'
// data, and the function is recorded.
func HoldWide(m *Member) {
	n := m.Names[0]
	w := &Wide{A: n, B: "b", C: n, D: n, E: n, F: n, G: n, H: n, I: n, J: n}
	fmt.Println(hold(w).W.B) // want `PHI1001`
}

// HoldNarrow fills fewer: each is kept apart, B stays clean, and
// nothing is recorded.
func HoldNarrow(m *Member) {
	w := &Wide{A: m.Names[0], B: "b"}
	fmt.Println(hold(w).W.B)
}
