// Package directives exercises //phi: directives: the marks they make
// (facts) and PHI2002 for malformed ones.
package directives

import "log"

// Well-formed directives mark their declarations.

// NHSNumber is a 10-digit NHS number.
//
//phi:source direct
type NHSNumber string // want NHSNumber:"phi source=direct"

// Pseudonym is a surrogate, not identifiable.
//
//phi:source -
type Pseudonym string // want Pseudonym:"phi source=-"

type Letter struct {
	ID string
	//phi:source clinical
	Body string // want Body:"phi source=clinical"
	//phi:source indirect
	Sent string // want Sent:"phi source=indirect"
}

// LastCaller is the last caller's name.
//
//phi:source direct
var LastCaller string // want LastCaller:"phi source=direct"

//phi:source direct
func LookupName(id string) string { return "" } // want LookupName:"phi source=direct"

//phi:sink transmit
func SendSMS(to, text string) {} // want SendSMS:"phi sink=transmit"

//phi:sink respond
func Reply(text string) {} // want Reply:"phi sink=respond"

//phi:check
func Allowed(id string) bool { return id != "" } // want Allowed:"phi check"

//phi:audit
func Record(id string) {} // want Record:"phi audit"

//phi:sanitize
func Mask(s string) string { return "***" } // want Mask:"phi sanitize"

//phi:requires check
func Refer(id string) {} // want Refer:"phi requires=check"

//phi:requires audit
func Print(id string) {} // want Print:"phi requires=audit"

type Consent struct{}

//phi:check
func (Consent) Permits(id string) bool { return true } // want Permits:"phi check"

// Ordinary comments are not directives.

// phi:source direct — with a space this is prose.
type Prose string

/*phi:sink log*/
func BlockComment(s string) {}

// Malformed directives: PHI2002 on the directive's line, no mark.

// want +2 `sorce`
//
//phi:sorce direct
type Typo string

// want +2 `secret`
//
//phi:source secret
type BadClass string

// want +2 `email`
//
//phi:sink email
func BadKind(s string) {}

// want +2 `consent`
//
//phi:requires consent
func BadGuard(s string) {}

// want +2 `phi:source`
//
//phi:source
type NoClass string

// want +2 `strict`
//
//phi:check strict
func ExtraArg(id string) bool { return true }

// want +2 `clinical`
//
//phi:source direct clinical
type TwoClasses string

// want +2 `now`
//
//phi:audit now
func AuditArg() {}

// Directives on the wrong kind of declaration.

// want +2 `phi:check`
//
//phi:check
type NotAFunc struct{}

// want +2 `phi:sink`
//
//phi:sink log
var NotAFuncVar func(string)

type Form struct {
	// want +1 `phi:audit`
	//phi:audit
	Signed bool
}

// want +2 `phi:source`
//
//phi:source direct
const Hospital = "St Elsewhere"

func Body(id string) {
	// want +1 `phi:source`
	//phi:source direct
	name := id
	//phi:ignore the id is a surrogate key
	log.Println(name)
	// want +1 `ignore`
	//phi:ignore
	log.Println(name)
}

// An interface's methods are methods: a directive on one marks it.
type Gate interface {
	//phi:check
	Permit(id string) error // want Permit:"phi check"

	// Notify sends a text.
	//
	//phi:sink transmit
	Notify(to, text string) // want Notify:"phi sink=transmit"

	Close() error
}

// A source on an interface method is one too: its results are
// identifiable.
type Directory interface {
	//phi:source direct
	Name(id string) string // want Name:"phi source=direct"
}
