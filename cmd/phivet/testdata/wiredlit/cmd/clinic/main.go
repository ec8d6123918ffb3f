// Command clinic wires notify's types to functions of its own.
package main

import (
	"log"
	"os"

	"example.com/wiredlit/model"
	"example.com/wiredlit/notify"
	"example.com/wiredlit/ward"
)

func main() {
	p := &model.Patient{ID: "1", Name: os.Args[1]}

	notify.New(func(s string) { log.Println(s) }).Patient(p)
	notify.NewPager(func(s string) { _ = len(s) }).Patient(p)

	prefix := "patient:"
	notify.NewPager(func(s string) { log.Println(prefix, len(s)) }).Patient(p)

	notify.NewPrinter(log.Printf).Patient(p)

	lg := log.New(os.Stderr, "", 0)
	notify.NewMailer(lg.Print).Patient(p)

	var h notify.Hooked
	h.SetHook(func(s string) { log.Print("hook ", s) })
	h.Patient(p)

	var r notify.Router
	r.Handle("quiet", func(string) {})
	r.Handle("loud", func(s string) { log.Print(s) })
	r.Patient("loud", p)

	var c notify.Chain
	c.Use(func(string) {})
	c.Use(func(s string) { log.Printf("%s: %s", prefix, s) })
	c.Patient(p)

	var reg notify.Registry
	reg.Register(func(p *model.Patient) {
		log.Print(p.Name) // leak: PHI1001
	})
	reg.Register(func(p *model.Patient) { log.Print(p.ID) })
	reg.Admit(p)

	courier := notify.NewCourier(func(s string) { log.Print("courier ", s) })
	courier.Deliver(p.Name) // leak: PHI1001
	w := &ward.Ward{Out: courier}
	w.Admit(p)
}
