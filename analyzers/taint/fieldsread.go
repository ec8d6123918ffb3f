package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// What a record's source method returns is parameter data when the
// record is (contract §3: "what a record parameter's methods return").
// A record the function obtains itself is not a parameter's just because
// the function later writes its parameter into some other field of it
// (fetched.ID = id after fetched.FullName()): the memory of a local is
// one state for the whole function, so the earlier read would see the
// later write. When the method's own summary says which fields of its
// receiver its result comes from, only those fields decide.

// fieldsRead is data a source method returned and the receiver fields
// its summary reads it from.
type fieldsRead struct {
	paths []string
	data  Set
}

// receiverPathsRead returns the fields of the receiver from which the
// callee's summary says result i is read, or nil when that is unknown or
// includes the whole receiver. A field read shows in the summary as the
// receiver parameter's data at a path, or, for a marked field, as that
// field's own label ("Patient.Name"); what another method of the
// receiver's type returns ("Patient.Emails()") adds the labels of the
// fields it read itself.
func receiverPathsRead(sum *Summary, recv types.Type, i int) []string {
	if sum == nil || i >= len(sum.Results) {
		return nil
	}
	prefix, pkg := recvName(recv)+".", recvPkg(recv)
	var paths []string
	for _, l := range sum.Results[i].Data {
		switch {
		case l.Param == 1: // the receiver is parameter 0
			if l.Path == "" {
				return nil
			}
			paths = append(paths, l.Path)
		case l.Param != 0 || l.Record || l.Pkg != pkg || !strings.HasPrefix(l.Name, prefix):
			return nil
		default:
			field := l.Name[len(prefix):]
			if strings.HasSuffix(field, "()") && isFieldName(field[:len(field)-2]) {
				continue // a method of the receiver's type: see above
			}
			if !isFieldName(field) {
				return nil
			}
			paths = append(paths, "."+field)
		}
	}
	return paths
}

// noteRecvRead records, for classOwnData, data that result i of a
// method called on a record returns as read from that record: from the
// fields the method's summary reads, where it says.
func (f *family) noteRecvRead(s *callSite, sum *Summary, i int, data Set) {
	if len(data) == 0 {
		return
	}
	if paths := receiverPathsRead(sum, s.args[0].Type(), i); paths != nil {
		f.noteFieldsRead(s.args[0], paths, data)
	} else {
		f.noteReadFrom(s.args[0], data)
	}
}

// noteFieldsRead records, for classOwnData, data read from the given
// fields of the record v.
func (f *family) noteFieldsRead(v ssa.Value, paths []string, data Set) {
	if f.readFromFields == nil {
		f.readFromFields = map[ssa.Value]*fieldsRead{}
	}
	fr := f.readFromFields[v]
	if fr == nil {
		fr = &fieldsRead{}
		f.readFromFields[v] = fr
	}
	for _, p := range paths {
		if !slices.Contains(fr.paths, p) {
			fr.paths = append(fr.paths, p)
		}
	}
	fr.data, _ = fr.data.Union(data)
}

// fieldsData is what the record v holds at the given paths, read as the
// field reads of the transfer function read them; the whole of v where
// its fields are not told apart (a struct value a call returned).
func (f *family) fieldsData(v ssa.Value, paths []string) Set {
	ld, isLoad := v.(*ssa.UnOp)
	isLoad = isLoad && ld.Op == token.MUL
	if !isLoad && !isReference(v.Type()) {
		return f.taintOf(v).Data
	}
	b := f.e.taintBuilder()
	for _, p := range paths {
		for _, l := range f.locs(v) {
			b.add(f.read(loc{l.root, l.path + p}))
		}
		if isLoad {
			b.add(Taint{Data: f.valueOnly(ld.X).Data.Whole().under(p)})
		}
	}
	return b.taint().Data
}

// isFieldName reports whether a label's name, after its type's, is one
// field ("Name"), not a path or a call.
func isFieldName(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".()[]")
}
