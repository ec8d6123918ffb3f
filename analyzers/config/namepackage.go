package config

import "strings"

// Package returns the import path of the package that declares what s
// names: the function's or the method receiver's, the type's, the
// variable's or the field's struct type's. It is "" for a tag source,
// which names no declaration, and for a name too malformed to have a path
// (Parse rejects those). The path is split off as checkName reads the
// name, so it may contain a pattern's wildcards.
func (s Source) Package() string {
	switch s.Key() {
	case "field":
		return namePackage(fieldName, s.Field)
	case "type":
		return namePackage(typeName, s.Type)
	case "func":
		return namePackage(funcName, s.Func)
	case "var":
		return namePackage(varName, s.Var)
	}
	return ""
}

// namePackage returns the package path of the name s of kind k, or "".
func namePackage(k nameKind, s string) string {
	if k == funcName && strings.HasPrefix(s, "(") {
		end := strings.LastIndexByte(s, ')')
		if end < 0 {
			return ""
		}
		s = strings.TrimPrefix(s[1:end], "*")
		if i := strings.IndexByte(s, '['); i >= 0 {
			s = s[:i]
		}
	}
	n := nameForms[k].idents
	if k == fieldName {
		n = fieldIdents(s)
	}
	slash := strings.LastIndexByte(s, '/')
	head := s[slash+1:]
	for range n {
		dot := strings.LastIndexByte(head, '.')
		if dot < 0 {
			return ""
		}
		head = head[:dot]
	}
	if head == "" {
		return ""
	}
	return s[:slash+1] + head
}
