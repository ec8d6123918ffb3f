package guards

import (
	"context"
	"log"
)

// A check's verdict copied into a local flag that starts false: the flag
// is true only where the check succeeded, so testing it is testing the
// check (contract §3: the place is reached only on the success branch).

//phi:check
func UnderCare(ctx context.Context, p *Patient) (bool, error) { return p.ID != "", nil }

func FlagFromVerdict(ctx context.Context, p *Patient) {
	authorized := false
	ok, err := UnderCare(ctx, p)
	if err != nil {
		log.Println("care check failed:", err)
	} else {
		authorized = ok
	}
	if !authorized {
		return
	}
	log.Println("sharing", p.Name) // clean: authorized is true only when UnderCare said yes
}

func FlagTested(ctx context.Context, p *Patient, urgent bool) {
	allowed := false
	if urgent {
		allowed = Allowed(ctx, p)
	}
	if allowed {
		log.Println("urgent share", p.Name) // clean
	}
}

func FlagNested(ctx context.Context, p *Patient, urgent, night bool) {
	allowed := false
	if urgent {
		if night {
			allowed = Allowed(ctx, p)
		}
	}
	if allowed {
		log.Println("night share", p.Name) // clean: false on every path but the verdict's
	}
}

func FlagFromErrorCheck(p *Patient, urgent bool) {
	verified := false
	if urgent {
		verified = Verify(p) == nil
	}
	if !verified {
		return
	}
	log.Println("sharing", p.Name) // clean
}

func FlagTrueOnFailure(ctx context.Context, p *Patient) {
	authorized := false
	ok, err := UnderCare(ctx, p)
	if err != nil {
		authorized = true // fails open
	} else {
		authorized = ok
	}
	if !authorized {
		return
	}
	log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func FlagFromElsewhere(ctx context.Context, p *Patient, admin bool) {
	authorized := false
	ok, err := UnderCare(ctx, p)
	if err != nil {
		return
	} else if admin {
		authorized = admin
	} else {
		authorized = ok
	}
	if !authorized {
		return
	}
	log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}

func FlagInverted(ctx context.Context, p *Patient) {
	authorized := false
	if ok, _ := UnderCare(ctx, p); !ok {
		authorized = !ok // true when the check said no
	}
	if authorized {
		log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
	}
}

func FlagNotTested(ctx context.Context, p *Patient) {
	authorized := false
	if ok, _ := UnderCare(ctx, p); ok {
		authorized = true
	}
	_ = authorized
	log.Println("sharing", p.Name) // want `Patient.Name \(direct\) reaches log sink log.Println`
}
