// Package typenameleaks has the cases of JSON lookups by key path: a
// member that a standard fixes to hold a type name (FHIR's resourceType,
// JSON-LD's @type) says what kind of document it is in, and type names
// are not identifiable; any other member is the document's data.
package typenameleaks

import (
	"fmt"
	"log"

	"github.com/buger/jsonparser"
)

// Resource is a FHIR resource kept as the JSON it was received in.
type Resource struct {
	ID   string
	JSON []byte `phi:"clinical"`
}

// TypeLogged: the resource's type, printed.
func TypeLogged(r *Resource) {
	rt, err := jsonparser.GetString(r.JSON, "resourceType")
	if err != nil {
		log.Printf("reading the type of %s: %v", r.ID, err)
		return
	}
	log.Printf("parsing a %s", rt)
}

// TypePanics: a schema error naming the type it does not know.
func TypePanics(r *Resource) {
	rt, err := jsonparser.GetString(r.JSON, "resourceType")
	if err != nil || rt != "Patient" {
		panic(fmt.Errorf("unsupported resource type %q: %v", rt, err))
	}
}

// TypeErrorLogged: the lookup's error (which quotes a value that is not
// a string) and the type, put in an error that the caller logs.
func TypeErrorLogged(r *Resource) {
	if err := checkType(r.JSON); err != nil {
		log.Print(err)
	}
}

func checkType(doc []byte) error {
	rt, err := jsonparser.GetString(doc, "resourceType")
	if err != nil {
		return fmt.Errorf("no resource type: %w", err)
	}
	if rt != "Patient" {
		return fmt.Errorf("unsupported resource type %s", rt)
	}
	return nil
}

// UnsafeTypeLogged: the type, read in place.
func UnsafeTypeLogged(r *Resource) {
	rt, _ := jsonparser.GetUnsafeString(r.JSON, "resourceType")
	log.Printf("parsing a %s", rt)
}

// ContainedTypeLogged: the type of a contained resource, by a nested path
// whose last member is the type member.
func ContainedTypeLogged(r *Resource) {
	v, _, _, err := jsonparser.Get(r.JSON, "contained", "[0]", "resourceType")
	log.Printf("contained %s (%v)", v, err)
}

// LinkedDataTypeLogged: JSON-LD's @type names a node's class.
func LinkedDataTypeLogged(r *Resource) {
	t, _ := jsonparser.GetString(r.JSON, "@type")
	log.Printf("node of class %s", t)
}

// NameLogged: any other member is the document's data.
func NameLogged(r *Resource) {
	name, _ := jsonparser.GetString(r.JSON, "name")
	log.Printf("patient %s", name) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// NameErrorLogged: the error of a lookup quotes the value it failed on.
func NameErrorLogged(r *Resource) {
	_, err := jsonparser.GetString(r.JSON, "name")
	log.Print(err) // want `Resource.JSON \(clinical\) reaches log sink log.Print`
}

// MemberLogged: a key the code computes may name any member.
func MemberLogged(r *Resource, member string) {
	v, _ := jsonparser.GetString(r.JSON, member)
	log.Printf("%s: %s", member, v) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// typePath is a key path held in a variable: its elements are not
// constants of the call.
var typePath = []string{"resourceType"}

// PathVarLogged: a key path passed as a slice.
func PathVarLogged(r *Resource) {
	v, _ := jsonparser.GetString(r.JSON, typePath...)
	log.Printf("type %s", v) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// NestedNameLogged: a nested path through a type member to another one.
func NestedNameLogged(r *Resource) {
	v, _, _, _ := jsonparser.Get(r.JSON, "contained", "[0]", "resourceType", "name")
	log.Printf("contained %s", v) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// WholeDocumentLogged: looking the type up leaves the document as it was.
func WholeDocumentLogged(r *Resource) {
	rt, _ := jsonparser.GetString(r.JSON, "resourceType")
	log.Printf("%s: %s", rt, r.JSON) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// NoPathLogged: Get with no key path is the whole document.
func NoPathLogged(r *Resource) {
	v, _, _, _ := jsonparser.Get(r.JSON)
	log.Printf("%s", v) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}
