// Package idnumber recognises the national patient and person identifiers
// phivet looks for in literals (PHI3002), from their published
// definitions: the UK's NHS, CHI and H&C numbers (10 digits with a
// Modulus 11 check digit, told apart by the range each is allocated
// from), US Social Security numbers and Medicare Beneficiary Identifiers.
//
// Recognition is by shape alone and says only "this could be a real
// one": one 10-digit string in eleven passes Modulus 11. Whether the
// literal is used as an identifier is for the caller to judge.
package idnumber

import "strings"

// Kind is a kind of identifier.
type Kind int

const (
	None Kind = iota
	NHS       // NHS number (England, Wales, Isle of Man)
	CHI       // Community Health Index number (Scotland)
	HC        // Health and Care number (Northern Ireland)
	SSN       // US Social Security number
	MBI       // US Medicare Beneficiary Identifier
)

func (k Kind) String() string {
	switch k {
	case NHS:
		return "NHS number"
	case CHI:
		return "CHI number"
	case HC:
		return "H&C number"
	case SSN:
		return "social security number"
	case MBI:
		return "Medicare Beneficiary Identifier"
	}
	return "none"
}

// Recognise returns the kind of identifier s could be, or None. s is the
// whole literal: digits, optionally grouped by single spaces or hyphens
// as people write them ("943 476 5919", "123-45-6789", "1EG4-TE5-MK73").
// Surrounding space is ignored; anything else makes it None.
func Recognise(s string) Kind {
	s = strings.TrimSpace(s)
	compact, ok := ungroup(s)
	if !ok {
		return None
	}
	switch len(compact) {
	case 10:
		return tenDigit(compact)
	case 9:
		if SSNValid(compact) {
			return SSN
		}
	case 11:
		if MBIValid(compact) {
			return MBI
		}
	}
	return None
}

// ungroup removes the single spaces or hyphens that group characters,
// and reports whether what is left is ASCII letters and digits only,
// with no separator at either end or two in a row.
func ungroup(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	var b strings.Builder
	prevSep := true // a separator may not start the string
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			if prevSep {
				return "", false
			}
			prevSep = true
			continue
		case c >= '0' && c <= '9', c >= 'A' && c <= 'Z':
		default:
			return "", false
		}
		prevSep = false
		b.WriteByte(c)
	}
	if prevSep {
		return "", false
	}
	return b.String(), true
}

// tenDigit tells the three UK 10-digit numbers apart. They share the
// Modulus 11 check digit and are allocated from disjoint ranges: NHS
// numbers from 400 000 0000–499 999 9999 and 600 000 0000–799 999 9999,
// H&C numbers from 320 000 0000–399 999 9999, and CHI numbers start
// with the holder's date of birth (DDMMYY). The 9 range (999 000 0000 and
// the rest of 900 000 0000–999 999 9999) is issued for testing and
// training only, and 500… and 800… are not allocated: none of these is a
// real person's number.
func tenDigit(s string) Kind {
	if !allDigits(s) || !Mod11Valid(s) {
		return None
	}
	switch {
	case s[0] == '4' || s[0] == '6' || s[0] == '7':
		return NHS
	case s[0] == '3' && s[1] >= '2':
		return HC
	case validDOB(s[:6]):
		return CHI
	}
	return None
}

// Mod11Valid reports whether s, ten digits, ends with the Modulus 11
// check digit of its first nine: each is weighted 10 down to 2, the
// check digit is 11 minus the sum's remainder modulo 11, 11 becomes 0,
// and 10 means no valid number has those nine digits.
func Mod11Valid(s string) bool {
	if len(s) != 10 || !allDigits(s) {
		return false
	}
	sum := 0
	for i := 0; i < 9; i++ {
		sum += int(s[i]-'0') * (10 - i)
	}
	check := 11 - sum%11
	switch check {
	case 11:
		check = 0
	case 10:
		return false
	}
	return int(s[9]-'0') == check
}

// validDOB reports whether s, six digits, is a date DDMMYY. The century
// is not written, so 29 February is allowed in every year divisible by
// four (1900 was not a leap year, 2000 was).
func validDOB(s string) bool {
	day := int(s[0]-'0')*10 + int(s[1]-'0')
	month := int(s[2]-'0')*10 + int(s[3]-'0')
	year := int(s[4]-'0')*10 + int(s[5]-'0')
	if month < 1 || month > 12 || day < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month]
	if month == 2 && year%4 == 0 {
		days = 29
	}
	return day <= days
}

// publishedSSNs are numbers that were printed in advertising (a wallet
// insert in 1938, a 1940s brochure) or are the stock example of the
// format; the SSA voided the first two, and none identifies a person.
var publishedSSNs = map[string]bool{"078051120": true, "219099999": true, "123456789": true}

// SSNValid reports whether s, nine digits, could be an issued Social
// Security number: area (first three) not 000, 666 or 900–999, group
// (next two) not 00, serial (last four) not 0000, and not a number
// known from advertising.
func SSNValid(s string) bool {
	if len(s) != 9 || !allDigits(s) || publishedSSNs[s] {
		return false
	}
	area, group, serial := s[:3], s[3:5], s[5:]
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// mbiExcluded are the letters an MBI never uses, to avoid confusion with
// digits (S, L, O, I, B, Z).
const mbiExcluded = "SLOIBZ"

// mbiPositions is the MBI format position by position: C a digit 1–9, N
// a digit, A a letter, AN a letter or digit.
var mbiPositions = [11]byte{'C', 'A', 'X', 'N', 'A', 'X', 'N', 'A', 'A', 'N', 'N'}

// publishedMBIs are the examples CMS prints in its MBI guidance.
var publishedMBIs = map[string]bool{"1EG4TE5MK73": true}

// MBIValid reports whether s, eleven characters without dashes, follows
// the MBI format: position 1 a digit 1–9; 2, 5, 8 and 9 letters; 4, 7,
// 10 and 11 digits; 3 and 6 a letter or digit; letters upper case and
// never S, L, O, I, B or Z.
func MBIValid(s string) bool {
	if len(s) != 11 || publishedMBIs[s] {
		return false
	}
	for i := 0; i < 11; i++ {
		c := s[i]
		digit := c >= '0' && c <= '9'
		letter := c >= 'A' && c <= 'Z' && !strings.ContainsRune(mbiExcluded, rune(c))
		var ok bool
		switch mbiPositions[i] {
		case 'C':
			ok = digit && c != '0'
		case 'N':
			ok = digit
		case 'A':
			ok = letter
		case 'X':
			ok = digit || letter
		}
		if !ok {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
