package output

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// FingerprintKey is the SARIF partialFingerprints key phivet's fingerprints
// are stored under. The "/v1" is the scheme version: if what is hashed ever
// changes, the key changes too, so GitHub treats old and new values as
// unrelated instead of mis-matching alerts.
const FingerprintKey = "phivet/v1"

// Fingerprint identifies a finding across runs so that code scanning and
// baselines can tell "the same problem, still there" from "a new problem".
//
// It hashes the code, the file relative to root (forward slashes), the
// enclosing function and the message, and deliberately not the line or
// column: editing code above a finding moves it without changing it, and
// must not close one alert and open another. (GitHub's own
// primaryLocationLineHash hashes the line's text, which breaks as soon as the
// line is reformatted.) Messages must therefore not contain positions; those
// belong in Steps. Two findings with the same fingerprint are told apart by
// the writers with ":2", ":3" suffixes; see uniqueFingerprints.
func Fingerprint(f Finding, root string) string {
	return fingerprint(f, newPaths(Options{Root: root}))
}

func fingerprint(f Finding, p *paths) string {
	h := sha256.New()
	for _, s := range []string{string(f.Code), p.repoFile(f.Pos.File), f.Func, f.Message} {
		// Length-prefix each field so that no choice of strings can make
		// two different findings hash the same input.
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// uniqueFingerprints returns the fingerprint of each finding in fs, which
// must already be sorted: the first finding with a given fingerprint keeps
// it, the next gets ":2", then ":3". GitHub needs a unique fingerprint per
// result (duplicates are merged into one alert), and numbering in sorted
// order keeps the suffixes stable when a function with two identical flows
// moves as a whole.
func uniqueFingerprints(fs []Finding, p *paths) []string {
	out := make([]string, len(fs))
	seen := make(map[string]int)
	for i, f := range fs {
		fp := fingerprint(f, p)
		seen[fp]++
		if n := seen[fp]; n > 1 {
			fp += ":" + strconv.Itoa(n)
		}
		out[i] = fp
	}
	return out
}
