package catalog

// A crypto.Signer is handed a digest to sign (its contract: the caller
// hashes the message first). The signature it returns reveals nothing of
// what was hashed, and what signs — a hardware module, the cloud key
// service the program's key lives in — holds the key, not the data: a
// call through the interface is not followed into the implementations,
// and its results carry nothing. Without the row, a SAML or JWT signer
// backed by a key vault reported the digest of every signed document as
// transmitted in the vault client's request.
var cryptoSignTable = register(Table{
	Package:     "crypto",
	Propagators: []Propagator{{Func: "(crypto.Signer).Sign", From: At(), Into: Results}},
})
