// Package recursion has functions that call each other: what a cycle of
// calls finds must not depend on which of its functions is declared, and
// so analysed, first.
package recursion

import (
	"io"
	"log"
	"os"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Forward and Backward call each other, Forward declared first. Only the
// summary of Forward, the end of the cycle, says that it returns the name.

func Forward(p *Patient, n int) string {
	if n == 0 {
		return p.Name
	}
	return Backward(p, n-1)
}

func Backward(p *Patient, n int) string {
	s := Forward(p, n-1)
	log.Print(s) // want `Patient.Name \(direct\) reaches log sink log.Print`
	return s
}

// The same pair with the callee of the log declared second.

func Down(p *Patient, n int) string {
	s := Up(p, n-1)
	log.Print(s) // want `Patient.Name \(direct\) reaches log sink log.Print`
	return s
}

func Up(p *Patient, n int) string {
	if n == 0 {
		return p.Name
	}
	return Down(p, n-1)
}

// Look-alikes returning only the unmarked ID, in both orders.

func Ping(p *Patient, n int) string {
	if n == 0 {
		return p.ID
	}
	return Pong(p, n-1)
}

func Pong(p *Patient, n int) string {
	s := Ping(p, n-1)
	log.Print(s) // clean: only the ID comes back
	return s
}

func Tick(p *Patient, n int) string {
	s := Tock(p, n-1)
	log.Print(s) // clean: only the ID comes back
	return s
}

func Tock(p *Patient, n int) string {
	if n == 0 {
		return p.ID
	}
	return Tick(p, n-1)
}

// Recursive serialisers of a tree that is not a record: what they write
// or return of a child they reach only through the call to themselves.
// Below the first child, paths are cut at maxPathParts: a serialiser
// reads everything under .Kids[], so the look-alikes keep the name at
// the root, where the fields are told apart.

type Tree struct {
	Key  string
	Val  string
	Kids []*Tree
}

func writeTree(w io.Writer, t *Tree) {
	io.WriteString(w, t.Val)
	for _, k := range t.Kids {
		writeTree(w, k)
	}
}

func DumpName(p *Patient) {
	t := &Tree{Kids: []*Tree{{Val: p.Name}}}
	writeTree(os.Stdout, t) // want `Patient.Name \(direct\) reaches log sink io.WriteString`
}

func DumpID(p *Patient) {
	t := &Tree{Key: p.Name, Kids: []*Tree{{Val: p.ID}}}
	writeTree(os.Stdout, t) // clean: the name is in a key, which is not written
}

func Render(t *Tree) string {
	s := t.Key
	for _, k := range t.Kids {
		s += Render(k)
	}
	return s
}

func LogRenderedName(p *Patient) {
	t := &Tree{Kids: []*Tree{{Key: p.Name}}}
	log.Print(Render(t)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogRenderedID(p *Patient) {
	t := &Tree{Val: p.Name, Kids: []*Tree{{Key: p.ID}}}
	log.Print(Render(t)) // clean: the name is in a value, which is not rendered
}
