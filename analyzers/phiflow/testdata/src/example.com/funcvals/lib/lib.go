// Package lib builds structs whose fields hold functions; package app
// calls them.
package lib

import "log"

type Notifier struct {
	Logf func(string, ...any)
}

func NewNotifier() *Notifier { return &Notifier{Logf: log.Printf} }

type Chatty struct {
	Say func(string)
}

func NewChatty() *Chatty {
	return &Chatty{Say: func(s string) { log.Println("said", s) }}
}

type Quiet struct {
	Logf func(string, ...any)
}

func NewQuiet() *Quiet { return &Quiet{Logf: func(string, ...any) {}} }

// Routes maps names to handlers; one logs.
var Routes = map[string]func(string){
	"audit": auditLine,
}

func auditLine(s string) { log.Print("audit ", s) }

// Sender keeps the function its caller gives it.
type Sender struct {
	Emit func(string)
}

func NewSender(emit func(string)) *Sender { return &Sender{Emit: emit} }
