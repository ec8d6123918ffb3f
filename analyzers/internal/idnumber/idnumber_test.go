package idnumber

import "testing"

func TestMod11(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"4010232137", true},
		{"4010232136", false}, // wrong check digit
		{"9434765919", true},  // the NHS's published example
		{"4000000004", true},
		{"3200000015", true},
		{"1234567890", false}, // check digit would be 10: no valid number
		{"401023213", false},  // too short
		{"40102321370", false},
		{"40102321a7", false},
		{"", false},
	} {
		if got := Mod11Valid(tc.s); got != tc.want {
			t.Errorf("Mod11Valid(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRecogniseUK(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want Kind
	}{
		// NHS numbers: the allocated 4, 6 and 7 ranges.
		{"4010232137", NHS},
		{"401 023 2137", NHS},
		{"401-023-2137", NHS},
		{" 4857773457 ", NHS},
		{"6123456784", NHS},
		{"7012345675", NHS},
		{"4010232136", None}, // check digit wrong
		// The 9 range is for testing and training; 5 and 8 are not allocated.
		{"9990000018", None},
		{"9434765919", None},
		{"5000000005", None},
		{"8123456786", None},
		// H&C numbers: 320… to 399….
		{"3200000015", HC},
		{"3500000002", HC},
		// CHI numbers: a date of birth DDMMYY first.
		{"0101010001", CHI},
		{"1503851230", CHI},
		{"3112999991", CHI},
		{"2902002343", CHI},  // 29 Feb 2000
		{"2902012349", None}, // 29 Feb 2001 is no date
		{"3104851239", None}, // 31 April
		{"3000000003", None}, // month 00
		{"2200000006", None}, // month 00
		// Not a bare number.
		{"401  023 2137", None},
		{"-4010232137", None},
		{"4010232137-", None},
		{"401.023.2137", None},
		{"NHS 4010232137", None},
	} {
		if got := Recognise(tc.s); got != tc.want {
			t.Errorf("Recognise(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRecogniseSSN(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want Kind
	}{
		{"212-66-4567", SSN},
		{"212664567", SSN},
		{"000-12-3456", None}, // area 000
		{"666-12-3456", None}, // area 666
		{"900-12-3456", None}, // area 900–999
		{"999-12-3456", None},
		{"212-00-4567", None}, // group 00
		{"212-66-0000", None}, // serial 0000
		{"078-05-1120", None}, // advertising
		{"219-09-9999", None}, // advertising
		{"123-45-6789", None}, // the stock example
		{"21266456", None},
		{"212-66-456a", None},
	} {
		if got := Recognise(tc.s); got != tc.want {
			t.Errorf("Recognise(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRecogniseMBI(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want Kind
	}{
		{"2EG4-TE5-MK73", MBI},
		{"2EG4TE5MK73", MBI},
		{"9AA0A00AA00", MBI},
		{"1EG4-TE5-MK73", None}, // CMS's published example
		{"0EG4TE5MK73", None},   // position 1 is 1–9
		{"2SG4TE5MK73", None},   // S never used
		{"2EG4TE5MB73", None},   // B never used
		{"2E64TE5MK73", MBI},    // position 3 may be a digit
		{"2EGATE5MK73", None},   // position 4 is a digit
		{"2EG4TE5M973", None},   // position 9 is a letter
		{"2eg4te5mk73", None},   // lower case
		{"2EG4TE5MK7", None},
	} {
		if got := Recognise(tc.s); got != tc.want {
			t.Errorf("Recognise(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
