package phidiscover

import "slices"

// Names whose words say whose the data is, or which of a person's data it
// is: a patient word before a person pattern (PatientGender), a qualifier
// before an address, a phone or an email in a struct named for a person
// (IsolationAddress), and an identifier's own id (AadhaarID).

// technicalQualifiers, before an address, a phone or an email in a
// field's name, say it is a machine's, a network's or the program's
// (ServerAddress, IPAddress, WalletAddress, ListenAddress), not the
// person's, even in a struct named for a person.
var technicalQualifiers = []string{
	"ip", "ipv4", "ipv6", "mac", "server", "host", "web", "url", "remote", "local", "bind", "listen",
	"network", "net", "proxy", "gateway", "wallet", "contract", "memory", "node", "peer", "endpoint",
	"dns", "tcp", "udp", "http", "smtp", "device", "hardware", "public", "private", "sip",
}

// patientsData returns the words after a leading patient word
// (PatientGender is a patient's gender), or nil.
func patientsData(words []string) []string {
	if len(words) < 2 || !contains(patientWords, words[0]) {
		return nil
	}
	return words[1:]
}

// namesThrough reports whether one of t's own patterns ends at the last
// of words: then that word is part of the data's name (NHSID, AadhaarID,
// SubscriberID, PatientPhotoURL), not a key word after it.
func namesThrough(words []string, t *term) bool {
	patients := patientsData(words)
	for _, ct := range compiled {
		if ct.term != t {
			continue
		}
		for _, p := range ct.anywhere {
			p.last = true
			if p.match(words) {
				return true
			}
		}
		for _, p := range ct.person {
			if patients != nil && p.match(patients) {
				return true
			}
		}
	}
	return false
}

// classifyQualified returns the term whose qualified patterns end a name
// with the given words after at least one qualifier, none of them
// technical (IsolationAddress, AlternatePhone; not IPAddress), or nil.
// It applies in a struct named for a person: there an address or a phone
// number, whichever it is, is the person's.
func classifyQualified(words []string) *term {
	words = trimNumber(words)
	for _, t := range compiled {
		for _, p := range t.qualified {
			n := len(words) - len(p.words)
			if n < 1 || !p.match(words) || slices.ContainsFunc(words[:n], func(w string) bool { return contains(technicalQualifiers, w) }) {
				continue
			}
			return t.term
		}
	}
	return nil
}

// lookQualified returns the term whose qualified patterns a field's name
// or tag names match (see classifyQualified), and the words of the name
// that matched.
func lookQualified(name, tag string) (*term, []string) {
	for _, n := range append([]string{name}, tagNames(tag)...) {
		ws := words(n)
		if t := classifyQualified(ws); t != nil {
			return t, ws
		}
	}
	return nil, nil
}
