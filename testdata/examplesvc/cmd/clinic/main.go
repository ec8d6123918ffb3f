// Command clinic serves the patient register over HTTP and runs the clinic's
// batch jobs.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"example.com/clinic/api"
	"example.com/clinic/audit"
	"example.com/clinic/consent"
	"example.com/clinic/export"
	"example.com/clinic/fhirapi"
	"example.com/clinic/model"
	"example.com/clinic/notify"
	"example.com/clinic/referral"
	"example.com/clinic/store"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:8080", "`address` to serve the API on")
	ers := flag.String("ers", "http://127.0.0.1:9090", "base `URL` of the e-Referral Service")
	pager := flag.String("pager", "http://127.0.0.1:9091/page", "`URL` of the on-call pager service")
	list := flag.Bool("list", false, "print the register and exit")
	dump := flag.String("dump", "", "write a full CSV backup of the register to `file` and exit")
	snapshot := flag.String("snapshot", "", "write a JSON snapshot of the register to `file` and exit")
	research := flag.String("research", "", "write a pseudonymised research extract to `file` and exit")
	salt := flag.String("salt", "clinic-demo", "pseudonym `salt` for -research")
	practice := flag.String("practice", "", "GP practice `code`: write its patients to the file named by -out and exit")
	out := flag.String("out", "practice.csv", "output `file` for -practice")
	flag.Parse()

	st := store.New()
	for _, p := range demoPatients() {
		if err := st.Register(p); err != nil {
			log.Fatal("clinic: the demo patients collide") // clean: the store's error names a patient, so it is not logged
		}
		// clean: suppressed by the directive on the next line.
		//phi:ignore the demo patients are synthetic; the operator wants to see who was loaded
		log.Printf("seeded demo patient %s", p.Name)
		consent.JoinCareTeam("dr-okafor", p.ID)
		st.AddAppointment(model.Appointment{
			ID:        "ap-" + p.ID,
			PatientID: p.ID,
			Clinic:    "Respiratory",
			Slot:      time.Now().AddDate(0, 0, 1).Truncate(time.Hour),
		})
	}
	consent.OptOut("pt-0002", consent.Research)
	rec := audit.NewRecorder()

	switch {
	case *list:
		for _, p := range st.List() {
			fmt.Println(p) // leak: PHI1001 the whole record goes to standard output
		}
		return
	case *dump != "":
		if err := export.Dump(*dump, st.List()); err != nil {
			log.Fatalf("clinic: could not write %s", *dump)
		}
		return
	case *snapshot != "":
		if err := st.Snapshot(*snapshot); err != nil {
			log.Fatalf("clinic: could not write %s", *snapshot)
		}
		return
	case *research != "":
		if err := export.Research(*research, *salt, st.List()); err != nil {
			log.Fatalf("clinic: could not write %s", *research)
		}
		return
	case *practice != "":
		if err := export.ForPractice(*out, *practice, "operator", rec, st.List()); err != nil {
			log.Fatalf("clinic: could not extract for practice %s", *practice)
		}
		return
	}

	sms := &notify.Gateway{}
	client := referral.NewClient(*ers, *pager)
	outbox := &referral.Outbox{}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))

	go func() {
		for range time.Tick(time.Minute) {
			outbox.Retry(context.Background(), client)
		}
	}()
	go func() {
		for range time.Tick(24 * time.Hour) {
			for _, a := range st.AppointmentsOn(time.Now().AddDate(0, 0, 1)) {
				p, err := st.GetPatient(a.PatientID)
				if err != nil {
					continue
				}
				if err := notify.Reminder(sms, p, a); err != nil { // leak: PHI2003 the nightly batch records no audit before the reminder
					logger.Warn("reminder failed", "appointment", a.ID) // clean: the appointment's surrogate ID only
				}
			}
		}
	}()

	h := http.NewServeMux()
	h.Handle("/", api.New(api.Deps{Store: st, Audit: rec, Referrals: client, Outbox: outbox, Gateway: sms, Log: logger}))
	h.Handle("/fhir/", fhirapi.New(st, logger))
	srv := &http.Server{Addr: *listen, Handler: h, ReadHeaderTimeout: 5 * time.Second}
	logger.Info("clinic listening", "addr", *listen)
	log.Fatal(srv.ListenAndServe())
}

// demoPatients returns synthetic patients with NHS numbers from the 999
// range, which is never issued to real people.
func demoPatients() []*model.Patient {
	dob := func(s string) time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	return []*model.Patient{
		{
			NHSNumber:  "9990000018",
			Name:       "Ada Example",
			BirthDate:  dob("1957-03-14"),
			Sex:        "F",
			Phone:      "07700 900001",
			Address:    model.Address{Line1: "1 Test Street", Town: "Leeds", Postcode: "LS1 1AA"},
			GPPractice: "Y00001",
			Diagnoses:  []string{"asthma"},
		},
		{
			NHSNumber:  "9990000026",
			Name:       "Ben Sample",
			BirthDate:  dob("1984-11-02"),
			Sex:        "M",
			Phone:      "07700 900002",
			Address:    model.Address{Line1: "2 Demo Road", Town: "York", Postcode: "YO1 2BB"},
			GPPractice: "Y00002",
			Diagnoses:  []string{"type 2 diabetes", "hypertension"},
			Notes:      "Prefers morning appointments.",
		},
		{
			NHSNumber:  "9990000034",
			Name:       "Cara Placeholder",
			BirthDate:  dob("2001-06-30"),
			Sex:        "F",
			Phone:      "07700 900003",
			Address:    model.Address{Line1: "3 Mock Lane", Town: "Hull", Postcode: "HU1 3CC"},
			GPPractice: "Y00001",
			Diagnoses:  []string{"COPD"},
		},
	}
}
