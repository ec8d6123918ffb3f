// Command server wires the handler and the reminder to the client.
package main

import (
	"example.com/wiredmarks/client"
	"example.com/wiredmarks/handler"
	"example.com/wiredmarks/hooks"
	"example.com/wiredmarks/jobs"
	"example.com/wiredmarks/reminder"
)

func main() {
	h := &handler.Handler{Pager: client.NewPager(), Ledger: client.NewLedger()}
	h.Escalate(&handler.Patient{ID: "1"})
	h.Recorded(&handler.Patient{ID: "1"})
	r := &reminder.Reminder{Phones: client.NewDirectory("+44"), Count: client.NewCounter()}
	r.Send("1")
	_ = jobs.Enqueue(&jobs.Patient{ID: "1"})
	hooks.Lookup, hooks.Count = client.PhoneLookup, client.Next
	hooks.Announce("1")
}
