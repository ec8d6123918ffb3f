package recursion

import "log"

// Walk and step call each other, Walk first. Walk returns its node's
// topic, and through step the topic of the next node: a fact that needs
// two passes round the cycle, since step first sees Walk's summary while
// Walk is still under way (empty), and Walk first sees step's summary
// from that pass. Walk must be solved again once step's summary grows.

type node struct {
	topic string
	next  *node
}

func Walk(n *node, depth int) string {
	if depth == 0 {
		return n.topic
	}
	return step(n, depth)
}

func step(n *node, depth int) string {
	return Walk(n.next, depth-1)
}

func LogSecondTopic(p *Patient) {
	second := &node{topic: "intake", next: &node{topic: p.Name}}
	log.Print(Walk(second, 2)) // want `Patient.Name \(direct\) reaches log sink log.Print`
}

// The same walk over nodes that hold no name stays clean.
func LogTopics(p *Patient) {
	second := &node{topic: "intake", next: &node{topic: p.ID}}
	log.Print(Walk(second, 2))
}
