package echo

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sort"
)

// A handler reads a document from the request, and helpers build views
// of it: the bytes a source method of the document returns, a batch
// decoded from those bytes, a sorted list of pointers into the batch's
// items. Each view holds only what the caller sent, so an error quoting
// it, answered to that caller, discloses nothing. The same views of a
// stored document, or of one the helper adds to, do.

type Document struct {
	raw []byte `phi:"clinical"`
}

// Raw returns the document's bytes.
//
//phi:source clinical
func (d *Document) Raw() []byte { return d.raw }

// LoadDocument returns a stored document.
//
//phi:source clinical
func LoadDocument(id string) *Document { return &Document{} }

type BatchItem struct {
	Method string `json:"method"`
	Body   string `json:"body" phi:"clinical"`
}

type Batch struct {
	Items []BatchItem `json:"items"`
}

// AsBatch decodes the document's bytes as a batch.
func (d *Document) AsBatch() (*Batch, error) {
	b := &Batch{}
	if err := json.Unmarshal(d.raw, b); err != nil {
		return nil, err
	}
	return b, nil
}

type byMethod []*BatchItem

func (s byMethod) Len() int           { return len(s) }
func (s byMethod) Less(i, j int) bool { return s[i].Method < s[j].Method }
func (s byMethod) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// sortedItems points into the batch's items, in method order.
func sortedItems(b *Batch) []*BatchItem {
	items := make([]*BatchItem, len(b.Items))
	for i := range b.Items {
		items[i] = &b.Items[i]
	}
	sort.Sort(byMethod(items))
	return items
}

// withStored adds a stored item to the batch's items.
func withStored(b *Batch, id string) []*BatchItem {
	items := make([]*BatchItem, len(b.Items)+1)
	for i := range b.Items {
		items[i] = &b.Items[i]
	}
	stored, _ := LoadDocument(id).AsBatch()
	items[len(b.Items)] = &stored.Items[0]
	return items
}

// byMethodPatched swaps items, and patches the first with a stored body.
type byMethodPatched []*BatchItem

func (s byMethodPatched) Len() int           { return len(s) }
func (s byMethodPatched) Less(i, j int) bool { return s[i].Method < s[j].Method }
func (s byMethodPatched) Swap(i, j int) {
	s[i], s[j] = s[j], s[i]
	s[0].Body = LookupBody(s[0].Method)
}

// LookupBody returns a stored body.
//
//phi:source clinical
func LookupBody(method string) string { return "" }

// patchedItems sorts pointers into the batch's items with a Swap that
// writes stored data into them.
func patchedItems(b *Batch) []*BatchItem {
	items := make([]*BatchItem, len(b.Items))
	for i := range b.Items {
		items[i] = &b.Items[i]
	}
	sort.Sort(byMethodPatched(items))
	return items
}

// Refreshed reads the document's bytes again from src before decoding.
func (d *Document) Refreshed(src io.Reader) (*Batch, error) {
	if _, err := io.ReadFull(src, d.raw); err != nil {
		return nil, err
	}
	b := &Batch{}
	if err := json.Unmarshal(d.raw, b); err != nil {
		return nil, err
	}
	return b, nil
}

// checkItems fails on the first item it cannot run, quoting it.
func checkItems(items []*BatchItem) error {
	for _, it := range items {
		if it.Method != "POST" {
			return fmt.Errorf("cannot run %s", it.Body)
		}
	}
	return nil
}

func readDocument(r *http.Request) (*Document, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	return &Document{raw: body}, nil
}

// RunBatch answers the caller with an error quoting its own item.
func RunBatch(w http.ResponseWriter, r *http.Request) {
	d, err := readDocument(r)
	if err != nil {
		return
	}
	b, err := d.AsBatch()
	if err != nil {
		return
	}
	if err := checkItems(sortedItems(b)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // clean: the caller's own item, sent back to it
		return
	}
	w.Write(d.Raw()) // clean: the caller's own document
}

// RunStored runs a stored batch: the error quotes a stored item.
func RunStored(w http.ResponseWriter, id string) {
	d := LoadDocument(id)
	b, err := d.AsBatch()
	if err != nil {
		return
	}
	if err := checkItems(sortedItems(b)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `BatchItem.Body \(clinical\) is sent in a response`
		return
	}
	w.Write(d.Raw()) // want `Document.Raw\(\) \(clinical\), Document.raw \(clinical\) is sent in a response`
}

// RunWithStored checks the caller's items beside a stored one.
func RunWithStored(w http.ResponseWriter, r *http.Request, id string) {
	d, err := readDocument(r)
	if err != nil {
		return
	}
	b, err := d.AsBatch()
	if err != nil {
		return
	}
	if err := checkItems(withStored(b, id)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `BatchItem.Body \(clinical\) is sent in a response`
	}
}

// RunPatched checks the caller's items after a sort that patches them.
func RunPatched(w http.ResponseWriter, r *http.Request) {
	d, err := readDocument(r)
	if err != nil {
		return
	}
	b, err := d.AsBatch()
	if err != nil {
		return
	}
	if err := checkItems(patchedItems(b)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `BatchItem.Body \(clinical\) is sent in a response`
	}
}

// RunRefreshed checks a batch decoded from bytes read again from src.
func RunRefreshed(w http.ResponseWriter, r *http.Request, src io.Reader) {
	d, err := readDocument(r)
	if err != nil {
		return
	}
	b, err := d.Refreshed(src)
	if err != nil {
		return
	}
	if err := checkItems(sortedItems(b)); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `BatchItem.Body \(clinical\) is sent in a response`
	}
}

// DocumentSet carries documents.
type DocumentSet struct {
	Docs []*Document
}

// Check quotes the first document that is too short in its error: the
// bytes its source method returns.
func (e *DocumentSet) Check() error {
	for _, d := range e.Docs {
		if raw := d.Raw(); len(raw) < 2 {
			return fmt.Errorf("short document %s", raw)
		}
	}
	return nil
}

// RunEnvelope answers the caller with an error quoting its own document.
func RunEnvelope(w http.ResponseWriter, r *http.Request) {
	d, err := readDocument(r)
	if err != nil {
		return
	}
	e := &DocumentSet{Docs: []*Document{d}}
	if err := e.Check(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // clean: the caller's own document, sent back to it
	}
}

// RunStoredEnvelope answers with an error quoting a stored document.
func RunStoredEnvelope(w http.ResponseWriter, id string) {
	e := &DocumentSet{Docs: []*Document{LoadDocument(id)}}
	if err := e.Check(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `Document.Raw\(\) \(clinical\).* is sent in a response`
	}
}
