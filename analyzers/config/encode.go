package config

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// Encode returns c as compact JSON. The phivet command hands the
// configuration to its analyzers as a flag value in this form, so that
// every runner's cache (go vet, golangci-lint, the analysis driver) keys on
// the configuration's content: a changed phivet.yaml can never replay a
// stale result. The output is deterministic: fields and entries keep their
// order and nothing depends on map iteration.
func (c *Config) Encode() string {
	b, err := json.Marshal(c)
	if err != nil {
		// A Config holds only strings, ints, words and slices of them.
		panic(fmt.Sprintf("config: encoding: %v", err))
	}
	return string(b)
}

// Hash is the hex SHA-256 of Encode, for cache keys and version stamps.
func (c *Config) Hash() string {
	sum := sha256.Sum256([]byte(c.Encode()))
	return hex.EncodeToString(sum[:])
}

// Decode is the inverse of Encode; "" means no configuration, Default().
// A flag value can be written by hand, so Decode validates what it reads
// just as Parse does, naming the entry's line in the original file.
func Decode(s string) (*Config, error) {
	if s == "" {
		return Default(), nil
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.DisallowUnknownFields()
	var c Config
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("decoding phivet configuration: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decoding phivet configuration: data after the JSON value")
	}
	var w written
	if err := json.Unmarshal([]byte(s), &w); err != nil {
		// Config read the same value, whose words are strings in both.
		return nil, fmt.Errorf("decoding phivet configuration: %w", err)
	}
	if err := c.check(nil, &w); err != nil {
		return nil, err
	}
	return &c, nil
}
