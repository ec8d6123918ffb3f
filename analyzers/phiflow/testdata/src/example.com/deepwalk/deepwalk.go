// Package deepwalk parses and prints a recursive document type, as YAML // want package:"analysed"
// and protobuf libraries do: mutually recursive functions whose results
// and writes reach one level deeper into the type (Content[].Content[]…)
// on each pass over their cycle. Summary paths are cut at maxPathParts,
// so the cycle settles; the flows below must be found all the same.
package deepwalk

import "log"

// Patient is a record.
type Patient struct {
	Name string `phi:"direct"`
}

// Node is a document node holding nodes.
type Node struct {
	Kind    int
	Value   string
	Content []*Node
}

type parser struct {
	tokens []string
	pos    int
}

func (p *parser) peek() string { // want peek:`summary\(r0=\{p0.tokens\[\]\}\)`
	if p.pos < len(p.tokens) {
		return p.tokens[p.pos]
	}
	return "]"
}

// parse returns a node holding what the tokens hold, at any depth.
func (p *parser) parse() *Node { // want parse:`summary\(r0\.Content\[\]=\{p0\.tokens\[\]\}; r0\.Content\[\]\.Content=\{p0\.tokens\[\]\}; r0\.Content\[\]\.Value=\{p0\.tokens\[\]\}; r0\.Value=\{p0\.tokens\[\]\}\)`
	switch p.peek() {
	case "[":
		p.pos++
		return p.sequence()
	default:
		return p.scalar()
	}
}

func (p *parser) sequence() *Node { // want sequence:`summary\(r0\.Content\[\]=\{p0\.tokens\[\]\}; r0\.Content\[\]\.Content=\{p0\.tokens\[\]\}; r0\.Content\[\]\.Value=\{p0\.tokens\[\]\}\)`
	n := &Node{Kind: 1}
	for p.peek() != "]" {
		n.Content = append(n.Content, p.parse())
	}
	p.pos++
	return n
}

func (p *parser) scalar() *Node { // want scalar:`summary\(r0.Value=\{p0.tokens\[\]\}\)`
	n := &Node{Value: p.tokens[p.pos]}
	p.pos++
	return n
}

type encoder struct {
	out []string
}

// node prints n and everything below it, and marks each child it
// visits with its parent's value.
func (e *encoder) node(n *Node) { // want node:`summary\(writes p0\.out=\{p1\.Content\[\]\.Content,p1\.Content\[\]\.Value,p1\.Value\}; writes p0\.out\[\]=\{p0\.out,p1\.Content\[\]\.Content,p1\.Content\[\]\.Value,p1\.Value\}; writes p1\.Content\[\]=\{p1\.Content\[\]\.Content,p1\.Content\[\]\.Value,p1\.Value\}; writes p1\.Content\[\]\.Content=\{p1\.Content\[\]\.Value,p1\.Value\}\)`
	if n.Kind == 0 {
		e.out = append(e.out, n.Value)
		return
	}
	e.children(n)
}

func (e *encoder) children(n *Node) { // want children:`summary\(writes p0.out=.*; writes p1.Content\[\].Content=\{p1.Content\[\].Content,p1.Content\[\].Value,p1.Value\}\)`
	for _, c := range n.Content {
		c.Content = append(c.Content, &Node{Value: n.Value})
		e.node(c)
	}
}

// LogParsed logs a document parsed from a patient's name, deep down.
func LogParsed(p *Patient) {
	ps := &parser{tokens: []string{"[", "[", "[", p.Name, "]", "]", "]"}}
	doc := ps.parse()
	log.Print(doc.Content[0].Content[0].Content[0].Value) // want "PHI1001"
}

// LogEncoded logs the printed form of a document holding a name.
func LogEncoded(p *Patient) {
	doc := &Node{Kind: 1, Content: []*Node{{Kind: 1, Content: []*Node{{Value: p.Name}}}}}
	e := &encoder{}
	e.node(doc)
	log.Print(e.out) // want "PHI1001"
}

// LogShape logs only the shape of a parsed document: clean.
func LogShape(p *Patient) {
	ps := &parser{tokens: []string{"[", p.Name, "]"}}
	doc := ps.parse()
	log.Print(len(doc.Content), doc.Kind)
}
