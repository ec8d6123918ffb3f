// Package grpc is a stand-in for gRPC: the option type by which the
// catalog recognises a generated client's calls as transmissions.
package grpc

// CallOption configures a call.
type CallOption interface{ applies() }
