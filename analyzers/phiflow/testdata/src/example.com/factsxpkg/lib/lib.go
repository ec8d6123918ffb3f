// Package lib tells package app what its functions do through facts. // want package:"analysed" package:`funcslots\(F example.com/factsxpkg/lib.Hooks.OnName: example.com/factsxpkg/lib.Trace\)`
package lib

import (
	"errors"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Trace logs its message: its parameter reaches a sink.
func Trace(msg string) { // want Trace:`summary\(p0→log.Print log\)`
	log.Print("trace: " + msg)
}

// FullName returns identifiable data, read from its parameter alone: an
// accessor, whose result is its caller's own when the record passed is.
func FullName(p *Patient) string { return p.Name } // want FullName:`summary\(r0=\{Patient.Name\(direct,own if p0\)\}; r0 reads p0\)`

// Echo returns what it is given.
func Echo(s string) string { return s } // want Echo:`summary\(r0=\{p0\}; r0 reads p0\)`

//phi:check
func Allowed(p *Patient) bool { return p.ID != "" } // want Allowed:`summary\(nothing\)`

// MayShare returns Allowed's result on every path: a check wrapper.
func MayShare(p *Patient) bool { return Allowed(p) } // want MayShare:`summary\(check r0 bool\)`

// Hooks holds a callback.
type Hooks struct {
	OnName func(string)
}

// Default stores Trace in the OnName slot.
var Default = Hooks{OnName: Trace}

// Node is a tree its builders link children into.
type Node struct {
	Label string
	Kids  []*Node
}

// Add links c into n: a parameter linked into another's memory.
func (n *Node) Add(c *Node) { n.Kids = append(n.Kids, c) } // want Add:`summary\(writes p0.Kids\[\]=\{p1\}; p1 in p0.Kids\)`

// NewChild makes a child and links it through Add: a builder.
func NewChild(parent *Node) *Node { // want NewChild:`summary\(r0 in p0.Kids\)`
	c := &Node{}
	parent.Add(c)
	return c
}

// Query puts q into the URL only for a GET: its result names the
// condition, in the fact's own table.
func Query(method, q string) string { // want Query:`summary\(r0=\{p1 if0\}; if0: p0=="GET"\)`
	u := "/search"
	if method == "GET" {
		u += "?" + q
	}
	return u
}

// Archive keeps notes; no implementation is in this package's sight.
type Archive interface {
	Keep(note string) error
}

// Filer files notes into an archive its caller wires.
type Filer struct{ A Archive }

// File passes note to a call through Archive that nothing in sight
// answers: the fact carries the call for the callers to complete.
func (f *Filer) File(note string) error { return f.A.Keep(note) } // want File:`summary\(p1→a1 of Keep\(string\)\(error\)\)`

//phi:audit
func Record(p *Patient) {}

var ward = map[string]*Patient{}

// Open hands a record back with a nil error only after recording its
// disclosure: it audits on success.
func Open(id string) (*Patient, error) { // want Open:`summary\(r0=\{Patient\(record: direct,record\)\}; returns audited; audit on success r1\)`
	p, ok := ward[id]
	if !ok {
		return nil, errors.New("unknown patient")
	}
	Record(p)
	return p, nil
}

// Anonymise clears the name of the record it is given on every path: its
// callers' records hold no name after the call.
func (p *Patient) Anonymise() { // want Anonymise:`summary\(clears p0.Name\)`
	p.Name = ""
}

// AnonymiseIf clears it only when asked: no clear for its callers.
func (p *Patient) AnonymiseIf(hide bool) {
	if hide {
		p.Name = ""
	}
}
