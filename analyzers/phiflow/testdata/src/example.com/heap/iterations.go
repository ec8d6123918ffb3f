package heap

import "log"

// A variable declared in a loop's body is new at each iteration: a note
// logged at the start of the body, then given a name for what follows,
// does not carry that name into the next iteration's log. A note made
// once before the loop does, and so does one whose address is kept in a
// list that a later iteration reads.

// send is unexported: what it logs of its note is reported at each call.
func send(n Note) { log.Print(n.Body) }

func PerIteration(p *Patient, texts []string) {
	for _, t := range texts {
		n := Note{Title: "in", Body: t}
		log.Print(n.Body) // clean: this iteration's note holds only the text
		if t == "name" {
			n.Body = p.Name
		}
		send(n) // want `Patient.Name`
	}
}

func BeforeTheLoop(p *Patient, texts []string) {
	n := Note{Title: "in"}
	for _, t := range texts {
		log.Print(n.Body) // want `Patient.Name`
		if t == "name" {
			n.Body = p.Name
		}
	}
}

func KeptInList(p *Patient, texts []string) {
	var kept []*Note
	for _, t := range texts {
		n := &Note{Title: "in", Body: t}
		kept = append(kept, n)
		log.Print(kept[0].Body) // want `Patient.Name`
		n.Body = p.Name
	}
}

func NamePerIteration(p *Patient, texts []string) {
	for _, t := range texts {
		n := Note{Title: "in", Body: t}
		n.Body = p.Name
		send(n) // want `Patient.Name`
	}
}

// Reply embeds its routing, set in place like its text.
type Reply struct {
	Routing
	Text string
}

type Routing struct{ Markup string }

func sendReply(r Reply) {}

func NestedPerIteration(p *Patient, texts []string) {
	for _, t := range texts {
		r := Reply{Text: t}
		log.Print(r.Text) // clean: this iteration's reply holds only the text
		if t == "name" {
			r.Text = p.Name
		} else {
			r.Markup = "keyboard"
		}
		sendReply(r)
	}
}
