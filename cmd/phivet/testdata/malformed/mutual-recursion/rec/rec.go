// Package rec passes identifiable data through mutually recursive functions.
package rec

import "log"

// Rec is a record.
type Rec struct {
	Name string `phi:"direct"`
}

func even(n int, s string) {
	if n == 0 {
		log.Println(s)
		return
	}
	odd(n-1, s)
}

func odd(n int, s string) {
	if n == 0 {
		return
	}
	even(n-1, s+"!")
}

// Walk starts the recursion with the name.
func Walk(r Rec, n int) {
	even(n, r.Name) // leak: PHI1001
}

// Self recurses on itself and logs at the bottom.
func Self(r Rec, n int) string {
	if n == 0 {
		return r.Name
	}
	return Self(r, n-1) + "."
}

// ShowSelf logs the result of the recursion.
func ShowSelf(r Rec) {
	log.Println(Self(r, 3)) // leak: PHI1001
}
