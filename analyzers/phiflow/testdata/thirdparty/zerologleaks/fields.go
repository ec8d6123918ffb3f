// Cases of every zerolog field method on events, contexts and arrays.

package zerologleaks

import (
	"errors"
	"net"
	"time"

	"github.com/rs/zerolog"

	"example.com/thirdparty/model"
)

var (
	_ = errors.New
	_ = net.IPv4
	_ = time.Now
)

// EventFields: a field added to an event is logged with it.
func EventFields(l *zerolog.Logger, p *model.Patient, b model.Badge, c model.Card) {
	l.Info().Str("k", p.Name).Msg("x") // want "PHI1001"
	l.Info().Str("k", p.ID).Msg("x")
	l.Info().Strs("k", p.Notes).Msg("x") // want "PHI1001"
	l.Info().Strs("k", []string{p.ID}).Msg("x")
	l.Info().StrsV("k", p.Name).Msg("x") // want "PHI1001"
	l.Info().StrsV("k", p.ID).Msg("x")
	l.Info().Bytes("k", p.Photo).Msg("x") // want "PHI1001"
	l.Info().Bytes("k", []byte(p.ID)).Msg("x")
	l.Info().Hex("k", p.Photo).Msg("x") // want "PHI1001"
	l.Info().Hex("k", []byte(p.ID)).Msg("x")
	l.Info().Bool("k", p.Diabetic).Msg("x") // want "PHI1001"
	l.Info().Bool("k", p.ID == "").Msg("x")
	l.Info().Bools("k", []bool{p.Diabetic}).Msg("x") // want "PHI1001"
	l.Info().Bools("k", []bool{p.ID == ""}).Msg("x")
	l.Info().Int("k", p.Age).Msg("x") // want "PHI1001"
	l.Info().Int("k", p.Visits).Msg("x")
	l.Info().Ints("k", []int{p.Age}).Msg("x") // want "PHI1001"
	l.Info().Ints("k", []int{p.Visits}).Msg("x")
	l.Info().Int8("k", int8(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Int8("k", int8(p.Visits)).Msg("x")
	l.Info().Ints8("k", []int8{int8(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Ints8("k", []int8{int8(p.Visits)}).Msg("x")
	l.Info().Int16("k", int16(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Int16("k", int16(p.Visits)).Msg("x")
	l.Info().Ints16("k", []int16{int16(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Ints16("k", []int16{int16(p.Visits)}).Msg("x")
	l.Info().Int32("k", int32(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Int32("k", int32(p.Visits)).Msg("x")
	l.Info().Ints32("k", []int32{int32(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Ints32("k", []int32{int32(p.Visits)}).Msg("x")
	l.Info().Int64("k", int64(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Int64("k", int64(p.Visits)).Msg("x")
	l.Info().Ints64("k", []int64{int64(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Ints64("k", []int64{int64(p.Visits)}).Msg("x")
	l.Info().Uint("k", uint(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Uint("k", uint(p.Visits)).Msg("x")
	l.Info().Uints("k", []uint{uint(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Uints("k", []uint{uint(p.Visits)}).Msg("x")
	l.Info().Uint8("k", uint8(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Uint8("k", uint8(p.Visits)).Msg("x")
	l.Info().Uints8("k", []uint8{uint8(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Uints8("k", []uint8{uint8(p.Visits)}).Msg("x")
	l.Info().Uint16("k", uint16(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Uint16("k", uint16(p.Visits)).Msg("x")
	l.Info().Uints16("k", []uint16{uint16(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Uints16("k", []uint16{uint16(p.Visits)}).Msg("x")
	l.Info().Uint32("k", uint32(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Uint32("k", uint32(p.Visits)).Msg("x")
	l.Info().Uints32("k", []uint32{uint32(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Uints32("k", []uint32{uint32(p.Visits)}).Msg("x")
	l.Info().Uint64("k", uint64(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Uint64("k", uint64(p.Visits)).Msg("x")
	l.Info().Uints64("k", []uint64{uint64(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Uints64("k", []uint64{uint64(p.Visits)}).Msg("x")
	l.Info().Float32("k", float32(p.Weight)).Msg("x") // want "PHI1001"
	l.Info().Float32("k", float32(p.Visits)).Msg("x")
	l.Info().Floats32("k", []float32{float32(p.Weight)}).Msg("x") // want "PHI1001"
	l.Info().Floats32("k", []float32{float32(p.Visits)}).Msg("x")
	l.Info().Float64("k", p.Weight).Msg("x") // want "PHI1001"
	l.Info().Float64("k", float64(p.Visits)).Msg("x")
	l.Info().Floats64("k", []float64{p.Weight}).Msg("x") // want "PHI1001"
	l.Info().Floats64("k", []float64{float64(p.Visits)}).Msg("x")
	l.Info().Time("k", p.Admitted).Msg("x") // want "PHI1001"
	l.Info().Time("k", time.Unix(int64(p.Visits), 0)).Msg("x")
	l.Info().Times("k", []time.Time{p.Admitted}).Msg("x") // want "PHI1001"
	l.Info().Times("k", []time.Time{time.Unix(int64(p.Visits), 0)}).Msg("x")
	l.Info().Dur("k", time.Duration(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Dur("k", time.Duration(p.Visits)).Msg("x")
	l.Info().Durs("k", []time.Duration{time.Duration(p.Age)}).Msg("x") // want "PHI1001"
	l.Info().Durs("k", []time.Duration{time.Duration(p.Visits)}).Msg("x")
	l.Info().IPAddr("k", net.IP(p.Photo)).Msg("x") // want "PHI1001"
	l.Info().IPAddr("k", net.IPv4(1, 2, 3, 4)).Msg("x")
	l.Info().IPAddrs("k", []net.IP{net.IP(p.Photo)}).Msg("x") // want "PHI1001"
	l.Info().IPAddrs("k", []net.IP{net.IPv4(1, 2, 3, 4)}).Msg("x")
	l.Info().IPPrefix("k", net.IPNet{IP: net.IP(p.Photo)}).Msg("x") // want "PHI1001"
	l.Info().IPPrefix("k", net.IPNet{}).Msg("x")
	l.Info().IPPrefixes("k", []net.IPNet{net.IPNet{IP: net.IP(p.Photo)}}).Msg("x") // want "PHI1001"
	l.Info().IPPrefixes("k", []net.IPNet{net.IPNet{}}).Msg("x")
	l.Info().MACAddr("k", net.HardwareAddr(p.Photo)).Msg("x") // want "PHI1001"
	l.Info().MACAddr("k", net.HardwareAddr(nil)).Msg("x")
}

// ContextFields: a field added to a context is logged with every event of
// the logger made from it.
func ContextFields(l *zerolog.Logger, p *model.Patient, b model.Badge, c model.Card) {
	lg(l.With().Str("k", p.Name).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Str("k", p.ID).Logger()).Info().Msg("x")
	lg(l.With().Strs("k", p.Notes).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Strs("k", []string{p.ID}).Logger()).Info().Msg("x")
	lg(l.With().StrsV("k", p.Name).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().StrsV("k", p.ID).Logger()).Info().Msg("x")
	lg(l.With().Bytes("k", p.Photo).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Bytes("k", []byte(p.ID)).Logger()).Info().Msg("x")
	lg(l.With().Hex("k", p.Photo).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Hex("k", []byte(p.ID)).Logger()).Info().Msg("x")
	lg(l.With().Bool("k", p.Diabetic).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Bool("k", p.ID == "").Logger()).Info().Msg("x")
	lg(l.With().Bools("k", []bool{p.Diabetic}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Bools("k", []bool{p.ID == ""}).Logger()).Info().Msg("x")
	lg(l.With().Int("k", p.Age).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Int("k", p.Visits).Logger()).Info().Msg("x")
	lg(l.With().Ints("k", []int{p.Age}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Ints("k", []int{p.Visits}).Logger()).Info().Msg("x")
	lg(l.With().Int8("k", int8(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Int8("k", int8(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Ints8("k", []int8{int8(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Ints8("k", []int8{int8(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Int16("k", int16(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Int16("k", int16(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Ints16("k", []int16{int16(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Ints16("k", []int16{int16(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Int32("k", int32(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Int32("k", int32(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Ints32("k", []int32{int32(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Ints32("k", []int32{int32(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Int64("k", int64(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Int64("k", int64(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Ints64("k", []int64{int64(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Ints64("k", []int64{int64(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Uint("k", uint(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uint("k", uint(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Uints("k", []uint{uint(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uints("k", []uint{uint(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Uint8("k", uint8(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uint8("k", uint8(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Uints8("k", []uint8{uint8(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uints8("k", []uint8{uint8(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Uint16("k", uint16(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uint16("k", uint16(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Uints16("k", []uint16{uint16(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uints16("k", []uint16{uint16(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Uint32("k", uint32(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uint32("k", uint32(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Uints32("k", []uint32{uint32(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uints32("k", []uint32{uint32(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Uint64("k", uint64(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uint64("k", uint64(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Uints64("k", []uint64{uint64(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Uints64("k", []uint64{uint64(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Float32("k", float32(p.Weight)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Float32("k", float32(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Floats32("k", []float32{float32(p.Weight)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Floats32("k", []float32{float32(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Float64("k", p.Weight).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Float64("k", float64(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Floats64("k", []float64{p.Weight}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Floats64("k", []float64{float64(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().Time("k", p.Admitted).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Time("k", time.Unix(int64(p.Visits), 0)).Logger()).Info().Msg("x")
	lg(l.With().Times("k", []time.Time{p.Admitted}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Times("k", []time.Time{time.Unix(int64(p.Visits), 0)}).Logger()).Info().Msg("x")
	lg(l.With().Dur("k", time.Duration(p.Age)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Dur("k", time.Duration(p.Visits)).Logger()).Info().Msg("x")
	lg(l.With().Durs("k", []time.Duration{time.Duration(p.Age)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().Durs("k", []time.Duration{time.Duration(p.Visits)}).Logger()).Info().Msg("x")
	lg(l.With().IPAddr("k", net.IP(p.Photo)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().IPAddr("k", net.IPv4(1, 2, 3, 4)).Logger()).Info().Msg("x")
	lg(l.With().IPAddrs("k", []net.IP{net.IP(p.Photo)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().IPAddrs("k", []net.IP{net.IPv4(1, 2, 3, 4)}).Logger()).Info().Msg("x")
	lg(l.With().IPPrefix("k", net.IPNet{IP: net.IP(p.Photo)}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().IPPrefix("k", net.IPNet{}).Logger()).Info().Msg("x")
	lg(l.With().IPPrefixes("k", []net.IPNet{net.IPNet{IP: net.IP(p.Photo)}}).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().IPPrefixes("k", []net.IPNet{net.IPNet{}}).Logger()).Info().Msg("x")
	lg(l.With().MACAddr("k", net.HardwareAddr(p.Photo)).Logger()).Info().Msg("x") // want "PHI1001"
	lg(l.With().MACAddr("k", net.HardwareAddr(nil)).Logger()).Info().Msg("x")
}

// ArrayFields: an array holds what is appended to it.
func ArrayFields(l *zerolog.Logger, p *model.Patient, b model.Badge, c model.Card) {
	l.Info().Array("k", zerolog.Arr().Str(p.Name)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Str(p.ID)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Bytes(p.Photo)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Bytes([]byte(p.ID))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Hex(p.Photo)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Hex([]byte(p.ID))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Bool(p.Diabetic)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Bool(p.ID == "")).Msg("x")
	l.Info().Array("k", zerolog.Arr().Int(p.Age)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Int(p.Visits)).Msg("x")
	l.Info().Array("k", zerolog.Arr().Int8(int8(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Int8(int8(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Int16(int16(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Int16(int16(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Int32(int32(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Int32(int32(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Int64(int64(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Int64(int64(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Uint(uint(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Uint(uint(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Uint8(uint8(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Uint8(uint8(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Uint16(uint16(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Uint16(uint16(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Uint32(uint32(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Uint32(uint32(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Uint64(uint64(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Uint64(uint64(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Float32(float32(p.Weight))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Float32(float32(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Float64(p.Weight)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Float64(float64(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Time(p.Admitted)).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Time(time.Unix(int64(p.Visits), 0))).Msg("x")
	l.Info().Array("k", zerolog.Arr().Dur(time.Duration(p.Age))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().Dur(time.Duration(p.Visits))).Msg("x")
	l.Info().Array("k", zerolog.Arr().IPAddr(net.IP(p.Photo))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().IPAddr(net.IPv4(1, 2, 3, 4))).Msg("x")
	l.Info().Array("k", zerolog.Arr().IPPrefix(net.IPNet{IP: net.IP(p.Photo)})).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().IPPrefix(net.IPNet{})).Msg("x")
	l.Info().Array("k", zerolog.Arr().MACAddr(net.HardwareAddr(p.Photo))).Msg("x") // want "PHI1001"
	l.Info().Array("k", zerolog.Arr().MACAddr(net.HardwareAddr(nil))).Msg("x")
}
