// Package aliasing builds trees of records: data written into a child
// after it was linked to its parent is in the parent.
package aliasing

import (
	"encoding/json"
	"log"
)

type Patient struct {
	ID   string
	Name string `phi:"direct"`
}

// Node is not a record: it holds identifiable data only where the code
// puts it.
type Node struct {
	Label    string
	Child    *Node
	Children []*Node
}

func LogAppended(p *Patient) {
	parent := &Node{}
	child := &Node{}
	parent.Children = append(parent.Children, child)
	child.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogLinked(p *Patient) {
	parent := &Node{}
	child := &Node{}
	parent.Child = child
	child.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogUnrelated(p *Patient) {
	parent := &Node{}
	child := &Node{}
	other := &Node{}
	parent.Child = child
	other.Label = p.Name
	child.Label = p.ID
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // clean: the name went into another node
}

// Builders link a child to its parent; what the caller writes into the
// child afterwards is in the parent.

func (n *Node) Add(c *Node) { n.Children = append(n.Children, c) }

func (n *Node) NewChild() *Node {
	c := &Node{}
	n.Children = append(n.Children, c)
	return c
}

func link(parent, child *Node) { parent.Child = child }

func LogAdded(p *Patient) {
	parent := &Node{}
	child := &Node{}
	parent.Add(child)
	child.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogNewChild(p *Patient) {
	parent := &Node{}
	child := parent.NewChild()
	child.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogHelperLinked(p *Patient) {
	parent := &Node{}
	child := &Node{}
	link(parent, child)
	child.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogAddedUnrelated(p *Patient) {
	parent := &Node{}
	child := &Node{}
	other := &Node{}
	parent.Add(child)
	other.Label = p.Name
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // clean: the name went into a node never added
}

func LogNewChildID(p *Patient) {
	parent := &Node{}
	child := parent.NewChild()
	child.Label = p.ID
	b, _ := json.Marshal(parent)
	log.Print(string(b)) // clean: only the ID is in the tree
}

// Element builders link the new child to its parent in a constructor
// shared by every way of making one (an XML tree's CreateElement calls
// newElement(parent), which appends through addChild).

func newNode(parent *Node) *Node {
	c := &Node{}
	if parent != nil {
		parent.Add(c)
	}
	return c
}

func (n *Node) CreateChild() *Node { return newNode(n) }

func LogCreatedDeep(p *Patient) {
	root := &Node{}
	a := root.CreateChild()
	b := a.CreateChild()
	c := b.CreateChild()
	d := c.CreateChild()
	d.Label = p.Name
	out, _ := json.Marshal(root)
	log.Print(string(out)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogCreatedDeepID(p *Patient) {
	root := &Node{}
	a := root.CreateChild()
	b := a.CreateChild()
	other := newNode(nil)
	other.Label = p.Name
	b.Label = p.ID
	out, _ := json.Marshal(root)
	log.Print(string(out)) // clean: the name went into a node never linked
}

func LogCreatedOnce(p *Patient) {
	root := &Node{}
	a := root.CreateChild()
	a.Label = p.Name
	out, _ := json.Marshal(root)
	log.Print(string(out)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogNewNode(p *Patient) {
	root := &Node{}
	a := newNode(root)
	a.Label = p.Name
	out, _ := json.Marshal(root)
	log.Print(string(out)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}
