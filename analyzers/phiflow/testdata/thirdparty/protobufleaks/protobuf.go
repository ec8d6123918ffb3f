// Package protobufleaks has the cases of google.golang.org/protobuf: a
// generated message's String, and the text and JSON encoders.
package protobufleaks

import (
	"log"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/prototext"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/runtime/protoimpl"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"example.com/thirdparty/model"
)

// Strings: a generated message's String renders every field.
func Strings(p *model.Patient) {
	log.Println(wrapperspb.String(p.Name)) // want `Patient.Name \(direct\) reaches log sink log.Println`
	log.Println(wrapperspb.String(p.ID))
	log.Println(protoimpl.X.MessageStringOf(wrapperspb.String(p.Name))) // want "PHI1001"
	log.Println(protoimpl.X.MessageStringOf(wrapperspb.String(p.ID)))
}

// Encoders: what the encoders return is made of the message.
func Encoders(p *model.Patient) {
	log.Println(protojson.Format(wrapperspb.String(p.Name))) // want "PHI1001"
	log.Println(protojson.Format(wrapperspb.String(p.ID)))
	log.Println(text(protojson.Marshal(wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(protojson.Marshal(wrapperspb.String(p.ID))))
	log.Println(protojson.MarshalOptions{Multiline: true}.Format(wrapperspb.String(p.Diagnosis))) // want "PHI1001"
	log.Println(protojson.MarshalOptions{Multiline: true}.Format(wrapperspb.String(p.ID)))
	log.Println(text(protojson.MarshalOptions{}.Marshal(wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(protojson.MarshalOptions{}.Marshal(wrapperspb.String(p.ID))))
	log.Println(text(protojson.MarshalOptions{}.MarshalAppend(nil, wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(protojson.MarshalOptions{}.MarshalAppend([]byte(p.ID), wrapperspb.String(p.ID))))

	log.Println(prototext.Format(wrapperspb.String(p.Name))) // want "PHI1001"
	log.Println(prototext.Format(wrapperspb.String(p.ID)))
	log.Println(text(prototext.Marshal(wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(prototext.Marshal(wrapperspb.String(p.ID))))
	log.Println(prototext.MarshalOptions{Multiline: true}.Format(wrapperspb.String(p.Diagnosis))) // want "PHI1001"
	log.Println(prototext.MarshalOptions{Multiline: true}.Format(wrapperspb.String(p.ID)))
	log.Println(text(prototext.MarshalOptions{}.Marshal(wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(prototext.MarshalOptions{}.Marshal(wrapperspb.String(p.ID))))
	log.Println(text(prototext.MarshalOptions{}.MarshalAppend(nil, wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(prototext.MarshalOptions{}.MarshalAppend([]byte(p.ID), wrapperspb.String(p.ID))))
}

// Decoders: the message is filled with what the bytes hold.
func Decoders(p *model.Patient) {
	var m wrapperspb.StringValue
	protojson.Unmarshal([]byte(`"`+p.Name+`"`), &m)
	log.Println(m.GetValue()) // want "PHI1001"
	var n wrapperspb.StringValue
	protojson.Unmarshal([]byte(`"`+p.ID+`"`), &n)
	log.Println(n.GetValue())
	var o wrapperspb.StringValue
	protojson.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.Name), &o)
	log.Println(o.GetValue()) // want "PHI1001"
	var q wrapperspb.StringValue
	protojson.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.ID), &q)
	log.Println(q.GetValue())

	var r wrapperspb.StringValue
	prototext.Unmarshal([]byte(p.Name), &r)
	log.Println(r.GetValue()) // want "PHI1001"
	var s wrapperspb.StringValue
	prototext.Unmarshal([]byte(p.ID), &s)
	log.Println(s.GetValue())
	var u wrapperspb.StringValue
	prototext.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.Name), &u)
	log.Println(u.GetValue()) // want "PHI1001"
	var v wrapperspb.StringValue
	prototext.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.ID), &v)
	log.Println(v.GetValue())
}

// Wire: the wire format's bytes carry the message (a queue's payload).
func Wire(p *model.Patient) {
	log.Println(text(proto.Marshal(wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(proto.Marshal(wrapperspb.String(p.ID))))
	log.Println(text(proto.MarshalOptions{Deterministic: true}.Marshal(wrapperspb.String(p.Diagnosis)))) // want "PHI1001"
	log.Println(text(proto.MarshalOptions{}.Marshal(wrapperspb.String(p.ID))))
	log.Println(text(proto.MarshalOptions{}.MarshalAppend(nil, wrapperspb.String(p.Name)))) // want "PHI1001"
	log.Println(text(proto.MarshalOptions{}.MarshalAppend([]byte(p.ID), wrapperspb.String(p.ID))))

	var m wrapperspb.StringValue
	proto.Unmarshal([]byte(p.Name), &m)
	log.Println(m.GetValue()) // want "PHI1001"
	var n wrapperspb.StringValue
	proto.Unmarshal([]byte(p.ID), &n)
	log.Println(n.GetValue())
	var o wrapperspb.StringValue
	proto.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.Name), &o)
	log.Println(o.GetValue()) // want "PHI1001"
	var q wrapperspb.StringValue
	proto.UnmarshalOptions{DiscardUnknown: true}.Unmarshal([]byte(p.ID), &q)
	log.Println(q.GetValue())
}

// text is what an encoder returned, as a string.
func text(b []byte, _ error) string { return string(b) }
