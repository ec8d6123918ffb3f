package stdlib

import (
	"bytes"
	"crypto"
	"crypto/sha256"
	"io"
	"net/http"
)

// A crypto.Signer is handed a digest to sign; the key service behind it
// (an HSM, a cloud vault) keeps the key, not the data, and the signature
// reveals nothing of what was hashed.

type Assertion struct {
	ID  string
	NHS string `phi:"direct"`
}

// vaultKey signs in a remote key vault: it posts the digest there.
type vaultKey struct{ url string }

func (k vaultKey) Public() crypto.PublicKey { return nil }

func (k vaultKey) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	resp, err := http.Post(k.url, "application/octet-stream", bytes.NewReader(digest))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func NewSigner(url string) crypto.Signer { return vaultKey{url} }

// SignAssertion signs through crypto.Signer and sends the signature.
func SignAssertion(s crypto.Signer, a *Assertion, url string) {
	digest := sha256.Sum256([]byte(a.ID + a.NHS))
	sig, _ := s.Sign(nil, digest[:], crypto.SHA256)                  // clean: a signer is handed a digest, and keeps the key, not the data
	http.Post(url, "application/octet-stream", bytes.NewReader(sig)) // clean: a signature reveals nothing of what was hashed
}

// PostDigest sends the digest itself: an unkeyed hash still identifies.
func PostDigest(a *Assertion, url string) {
	digest := sha256.Sum256([]byte(a.NHS))
	http.Post(url, "application/octet-stream", bytes.NewReader(digest[:])) // want `Assertion.NHS \(direct\) is transmitted by http.Post`
}
