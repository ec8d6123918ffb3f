// Package api is an SDK's public face: its interface names the options
// by an alias of the internal type, as SDKs re-export their internals.
package api

import "example.com/wiredmarks/sdk/internal/engine"

type Options = engine.Options

type Runner interface {
	Run(o Options, args ...any) error
}

func Dial() Runner { return engine.New() }
