package grpcleaks

import (
	"context"
	"fmt"
	"log"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"example.com/thirdparty/model"
)

// UnimplementedPatientsServer is the stub protoc-gen-go-grpc generates:
// an implementation must embed it (mustEmbedUnimplementedPatientsServer),
// and its methods answer for the ones the implementation leaves out.
type UnimplementedPatientsServer struct{}

func (UnimplementedPatientsServer) Get(context.Context, *model.Lookup) (*model.Request, error) {
	return nil, status.Errorf(codes.Unimplemented, "method Get not implemented")
}

func (UnimplementedPatientsServer) Register(context.Context, *model.Request) (*model.Request, error) {
	return nil, status.Errorf(codes.Unimplemented, "method Register not implemented")
}

func (UnimplementedPatientsServer) Check(context.Context, *model.Lookup) (*model.Lookup, error) {
	return nil, status.Errorf(codes.Unimplemented, "method Check not implemented")
}

func (UnimplementedPatientsServer) mustEmbedUnimplementedPatientsServer() {}

// StoredRequest returns the stored record with the given id.
//
//phi:source clinical
func StoredRequest(id string) *model.Request { return &model.Request{ID: id} }

// patientsServer implements the service: gRPC sends what its methods
// return to the caller, the error's message too.
type patientsServer struct {
	UnimplementedPatientsServer
}

// Get answers with a stored record: a response to the caller.
func (patientsServer) Get(ctx context.Context, in *model.Lookup) (*model.Request, error) {
	r := StoredRequest(in.ID)
	if in.ID == "guarded" && model.Allowed(&model.Patient{ID: in.ID}) {
		return r, nil // clean: the check holds
	}
	return r, nil // want `Request.Name \(direct\) is sent in a response by the return of \(grpcleaks.patientsServer\).Get \(a gRPC method\)`
}

// Register echoes the caller's own request (contract §3); logging it,
// or an error quoting a stored name, is a disclosure.
func (patientsServer) Register(ctx context.Context, in *model.Request) (*model.Request, error) {
	log.Printf("register %s", in.Name) // want "PHI1001"
	if in.ID == "" {
		return nil, fmt.Errorf("no record for %s", StoredRequest(in.ID).Name) // want "PHI1003"
	}
	if in.ID == "x" {
		return nil, fmt.Errorf("cannot register %s", in.Name) // clean: the caller's own name
	}
	return &model.Request{ID: in.ID, Name: in.Name}, nil // clean: what the caller sent
}

// Check answers with a message holding nothing identifiable.
func (patientsServer) Check(ctx context.Context, in *model.Lookup) (*model.Lookup, error) {
	return &model.Lookup{ID: StoredRequest(in.ID).ID}, nil
}

// Lookup is no method of the service: a Go caller gets its result.
func (patientsServer) Lookup(id string) *model.Request {
	return StoredRequest(id)
}

// auditServer has the service's method names but is no implementation
// of it: nothing registers it as one.
type auditServer struct{}

func (auditServer) Get(ctx context.Context, in *model.Lookup) (*model.Request, error) {
	return StoredRequest(in.ID), nil
}
