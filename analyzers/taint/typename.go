package taint

import (
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// readsTypeName reports whether the call looks a JSON member up by a
// constant key path whose last member holds a type name (catalog
// KeyPathLookup and TypeNameMembers): its results, value and error, can
// say no more than that name, and type names are not identifiable
// (contract §3). A key path the code computes may name any member.
func (f *family) readsTypeName(s *callSite) bool {
	kp := s.entry.KeyPath
	if kp == nil {
		return false
	}
	var path []string
	for i, a := range s.args {
		if !kp.Path.Has(i) {
			continue
		}
		keys := []ssa.Value{a}
		if _, ok := a.Type().Underlying().(*types.Slice); ok {
			var isList bool
			if keys, isList = varargValues(a); !isList {
				return false
			}
		}
		for _, k := range keys {
			c, ok := k.(*ssa.Const)
			if !ok || c.Value == nil || c.Value.Kind() != constant.String {
				return false
			}
			path = append(path, constant.StringVal(c.Value))
		}
	}
	return kp.ReadsTypeName(path)
}
