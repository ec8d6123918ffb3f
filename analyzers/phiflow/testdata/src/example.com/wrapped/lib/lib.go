// Package lib wraps a handle in another object, as storage clients do: a
// writer holds its object handle, and each method reads one of the
// handle's fields.
package lib

import "log/slog"

type Handle struct {
	Bucket string
	Object string
}

func NewHandle(bucket, object string) *Handle { return &Handle{Bucket: bucket, Object: object} }

type Writer struct{ h *Handle }

// Wrap returns a writer holding h itself, not a copy of what it holds.
func Wrap(h *Handle) *Writer { return &Writer{h: h} }

// NewWriter is Wrap as a method of the handle.
func (h *Handle) NewWriter() *Writer { return &Writer{h: h} }

// Attach links h into a writer that exists already.
func (w *Writer) Attach(h *Handle) { w.h = h }

func (w *Writer) Close() { slog.Debug("closing", "bucket", w.h.Bucket) }

func (w *Writer) Describe() { slog.Debug("writing", "object", w.h.Object) }
