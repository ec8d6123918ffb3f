// Package firestorepb is a stand-in for Firestore's generated gRPC
// client: its calls are recognised as transmissions by their options.
package firestorepb

import (
	"context"

	"google.golang.org/grpc"
)

// Write stores fields in the named document.
type Write struct {
	Name   string
	Fields map[string]any
}

type CommitRequest struct{ Writes []*Write }

type CommitResponse struct{ Results int }

type GetDocumentRequest struct{ Name string }

type Document struct {
	Name   string
	Fields map[string]any
}

// FirestoreClient is the generated client.
type FirestoreClient interface {
	Commit(ctx context.Context, in *CommitRequest, opts ...grpc.CallOption) (*CommitResponse, error)
	GetDocument(ctx context.Context, in *GetDocumentRequest, opts ...grpc.CallOption) (*Document, error)
}
