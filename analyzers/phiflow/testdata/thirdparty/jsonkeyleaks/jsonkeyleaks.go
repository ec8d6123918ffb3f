// Package jsonkeyleaks has the cases of the JSON iterators whose callbacks
// receive an object's member names beside its values: a name is the
// document's schema and carries none of its data; a value is the data.
package jsonkeyleaks

import (
	"fmt"
	"log"

	"github.com/buger/jsonparser"

	"example.com/thirdparty/model"
)

// ObjectEachKeyLogged: naming the member being parsed discloses nothing.
func ObjectEachKeyLogged(p *model.Patient) error {
	return jsonparser.ObjectEach([]byte(p.Diagnosis), func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		log.Printf("parsing member %s", key)
		return nil
	})
}

// ObjectEachValueLogged: the member's value is the document's data.
func ObjectEachValueLogged(p *model.Patient) error {
	return jsonparser.ObjectEach([]byte(p.Diagnosis), func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		log.Printf("member %s is %s", key, value) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Printf`
		return nil
	})
}

// ObjectEachKeyPanics: a schema error naming the unknown member, raised
// in a helper the key is passed to.
func ObjectEachKeyPanics(p *model.Patient) error {
	return jsonparser.ObjectEach([]byte(p.Diagnosis), func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		checkMember(string(key))
		return nil
	})
}

// ObjectEachValuePanics: a helper given the value raises it.
func ObjectEachValuePanics(p *model.Patient) error {
	return jsonparser.ObjectEach([]byte(p.Diagnosis), func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		checkMember(string(value)) // want `Patient.Diagnosis \(clinical\) reaches log sink panic`
		return nil
	})
}

func checkMember(name string) {
	if name != "code" {
		panic(fmt.Errorf("unknown member %q", name))
	}
}

// EachObjectKeyLogged: EachObject is ObjectEach under another name.
func EachObjectKeyLogged(p *model.Patient) error {
	return jsonparser.EachObject([]byte(p.Diagnosis), func(key, value []byte, _ jsonparser.ValueType, _ int) error {
		log.Printf("parsing member %s", key)
		log.Printf("member value %s", value) // want `Patient.Diagnosis \(clinical\) reaches log sink log.Printf`
		return nil
	})
}
