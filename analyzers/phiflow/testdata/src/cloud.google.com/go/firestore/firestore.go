// Package firestore is a stand-in for the Cloud Firestore client: its
// writes and reads go through the generated gRPC client, as the real
// client's do.
package firestore

import (
	"context"

	"cloud.google.com/go/firestore/apiv1/firestorepb"
)

type Client struct{ rpc firestorepb.FirestoreClient }

func (c *Client) Collection(path string) *CollectionRef { return &CollectionRef{c: c, Path: path} }

func (c *Client) Doc(path string) *DocumentRef { return &DocumentRef{c: c, Path: path} }

func (c *Client) Batch() *WriteBatch { return &WriteBatch{c: c} }

func (c *Client) BulkWriter(ctx context.Context) *BulkWriter { return &BulkWriter{ctx: ctx, c: c} }

func (c *Client) RunTransaction(ctx context.Context, f func(context.Context, *Transaction) error) error {
	t := &Transaction{}
	if err := f(ctx, t); err != nil {
		return err
	}
	_, err := c.commit(ctx, t.writes)
	return err
}

func (c *Client) commit(ctx context.Context, ws []*firestorepb.Write) ([]*WriteResult, error) {
	res, err := c.rpc.Commit(ctx, &firestorepb.CommitRequest{Writes: ws})
	if err != nil {
		return nil, err
	}
	return make([]*WriteResult, res.Results), nil
}

type CollectionRef struct {
	c    *Client
	Path string
}

func (r *CollectionRef) Doc(id string) *DocumentRef {
	return &DocumentRef{c: r.c, Path: r.Path + "/" + id}
}

func (r *CollectionRef) Add(ctx context.Context, data any) (*DocumentRef, *WriteResult, error) {
	d := r.Doc("generated")
	res, err := d.Create(ctx, data)
	return d, res, err
}

type DocumentRef struct {
	c    *Client
	Path string
}

func (d *DocumentRef) Collection(id string) *CollectionRef {
	return &CollectionRef{c: d.c, Path: d.Path + "/" + id}
}

func (d *DocumentRef) Set(ctx context.Context, data any) (*WriteResult, error) {
	return d.write(ctx, write(d.Path, data))
}

func (d *DocumentRef) Create(ctx context.Context, data any) (*WriteResult, error) {
	return d.write(ctx, write(d.Path, data))
}

func (d *DocumentRef) Update(ctx context.Context, updates []Update) (*WriteResult, error) {
	return d.write(ctx, write(d.Path, updates))
}

func (d *DocumentRef) write(ctx context.Context, w *firestorepb.Write) (*WriteResult, error) {
	rs, err := d.c.commit(ctx, []*firestorepb.Write{w})
	if err != nil {
		return nil, err
	}
	return rs[0], nil
}

func (d *DocumentRef) Get(ctx context.Context) (*DocumentSnapshot, error) {
	doc, err := d.c.rpc.GetDocument(ctx, &firestorepb.GetDocumentRequest{Name: d.Path})
	if err != nil {
		return nil, err
	}
	return &DocumentSnapshot{Ref: d, fields: doc.Fields}, nil
}

// write encodes data as a document's fields.
func write(path string, data any) *firestorepb.Write {
	return &firestorepb.Write{Name: path, Fields: map[string]any{"": data}}
}

type Update struct {
	Path  string
	Value any
}

type WriteResult struct{ UpdateTime int64 }

type DocumentSnapshot struct {
	Ref    *DocumentRef
	fields map[string]any
}

func (s *DocumentSnapshot) Data() map[string]any { return s.fields }

type WriteBatch struct {
	c      *Client
	writes []*firestorepb.Write
}

func (b *WriteBatch) Set(d *DocumentRef, data any) *WriteBatch {
	b.writes = append(b.writes, write(d.Path, data))
	return b
}

func (b *WriteBatch) Commit(ctx context.Context) ([]*WriteResult, error) {
	return b.c.commit(ctx, b.writes)
}

type BulkWriter struct {
	ctx context.Context
	c   *Client
}

type BulkWriterJob struct{ err error }

func (w *BulkWriter) Create(d *DocumentRef, data any) (*BulkWriterJob, error) {
	_, err := w.c.commit(w.ctx, []*firestorepb.Write{write(d.Path, data)})
	return &BulkWriterJob{err: err}, nil
}

type Transaction struct{ writes []*firestorepb.Write }

func (t *Transaction) Update(d *DocumentRef, updates []Update) error {
	t.writes = append(t.writes, write(d.Path, updates))
	return nil
}
