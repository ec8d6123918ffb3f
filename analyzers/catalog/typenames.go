package catalog

import "strings"

// TypeNameMember is a JSON member that a standard defines to hold the
// name of the type of the object it is in. Type names are not
// identifiable (contract §3): the value says what kind of thing the
// document is, not what it says of anyone.
type TypeNameMember struct {
	Name     string
	Standard string // the standard that defines it, for the documentation
}

// TypeNameMembers lists the members whose value is a type name.
//
// HL7 FHIR's JSON representation ("JSON Representation of Resources")
// puts the resource's type in the member "resourceType" of every
// resource, contained and bundled ones included: its value is one of the
// resource type names the specification defines ("Patient",
// "Observation"). JSON-LD 1.1 (W3C Recommendation, "Specifying the
// Type") gives the keyword "@type" the same role: its value is an IRI or
// term naming the node's class, or a value's datatype (schema.org's
// "Person"). Members that hold a type only by convention ("type",
// "kind") are left out: no standard fixes their meaning, and in FHIR
// itself "type" is content (an Encounter's or an Identifier's type).
var TypeNameMembers = []TypeNameMember{
	{"resourceType", "HL7 FHIR: the type of a resource"},
	{"@type", "JSON-LD: the class of a node or the datatype of a value"},
}

// PathSyntax is how a lookup function's key path names a member.
type PathSyntax uint8

const (
	// KeyPerArg: each key-path argument, or each element of a variadic
	// one, is one member name or array index, taken literally.
	KeyPerArg PathSyntax = iota
	// DottedPath: one string of members separated by '.', with '\'
	// escaping the next character, '|' a pipe to a further path, and
	// wildcards, '#' queries and '@' modifiers (gjson's path syntax).
	DottedPath
)

// String names the syntax, for the documentation.
func (s PathSyntax) String() string {
	if s == DottedPath {
		return "dotted path"
	}
	return "one key per argument"
}

// KeyPathLookup is a function that reads one member of a JSON document
// by a key path: its results, value and error, are that member's value
// or about it. When the path is constant and its last member is a type
// name member, the results carry none of the document's data.
type KeyPathLookup struct {
	Func    string // the library function, as types.Func.FullName() spells it
	Path    Args   // the arguments that hold the key path, in order (receiver = 0)
	Syntax  PathSyntax
	Library string // what it is, for the documentation
}

var typeNameMembers = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range TypeNameMembers {
		m[n.Name] = true
	}
	return m
}()

// ReadsTypeName reports whether the lookup, given the constant key path
// path (one string per element of its Path arguments, in order), reads a
// type name member: the last member it names is one.
func (k *KeyPathLookup) ReadsTypeName(path []string) bool {
	if len(path) == 0 {
		return false
	}
	last := path[len(path)-1]
	if k.Syntax == DottedPath {
		if len(path) != 1 {
			return false
		}
		var ok bool
		if last, ok = lastDottedMember(last); !ok {
			return false
		}
	}
	return typeNameMembers[last]
}

// lastDottedMember returns the last member a gjson path names, or false
// when its last component is not a plain member name: an unescaped
// wildcard, query, modifier, multipath or literal character may make it
// something else. A '\' makes the next character part of the name
// ("\@type" names the member "@type"; "@type" is a modifier).
func lastDottedMember(path string) (string, bool) {
	var name []byte
	plain := true
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '\\' && i+1 < len(path):
			i++
			name = append(name, path[i])
		case c == '.' || c == '|':
			name, plain = name[:0], true
		default:
			if strings.IndexByte(dottedPathSpecials, c) >= 0 {
				plain = false
			}
			name = append(name, c)
		}
	}
	return string(name), plain && len(name) > 0
}

// dottedPathSpecials are the characters that, unescaped, give a gjson
// path component a meaning other than a member's name.
const dottedPathSpecials = `\*?#@!{}[],:"=<>()~%`
