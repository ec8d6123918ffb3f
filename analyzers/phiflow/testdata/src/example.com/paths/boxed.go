package paths

import "log"

// A tree copied node by node through an interface (a document model's
// dup returning its Token interface) keeps each field apart: the copy's
// tag is the original's tag, not everything the node held.

type token interface{ dup() token }

type node struct {
	Tag  string
	Text string
	Kids []token
}

func (n *node) dup() token {
	c := &node{Tag: n.Tag, Text: n.Text, Kids: make([]token, len(n.Kids))}
	for i, k := range n.Kids {
		c.Kids[i] = k.dup()
	}
	return c
}

func (n *node) Copy() *node { return n.dup().(*node) }

func LogCopiedText(p *Patient) {
	n := &node{Tag: "name", Text: p.Name}
	log.Print(n.Copy().Text) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

func LogCopiedTag(p *Patient) {
	n := &node{Tag: "name", Text: p.Name}
	log.Print(n.Copy().Tag) // clean: only the tag, a constant
}
