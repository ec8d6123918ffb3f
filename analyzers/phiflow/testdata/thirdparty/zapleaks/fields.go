// Code for the cases of every zap field constructor and encoder method.

package zapleaks

import (
	"errors"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"example.com/thirdparty/model"
)

var _ = errors.New
var _ = time.Now

// FieldConstructors: a field carries its value to the entry that logs it.
func FieldConstructors(l *zap.Logger, p *model.Patient, b model.Badge, c model.Card) {
	l.Info("x", zap.Binary("k", p.Photo)) // want "PHI1001"
	l.Info("x", zap.Binary("k", []byte(p.ID)))
	l.Info("x", zap.Bool("k", p.Diabetic)) // want "PHI1001"
	l.Info("x", zap.Bool("k", p.ID == ""))
	l.Info("x", zap.Boolp("k", &p.Diabetic)) // want "PHI1001"
	l.Info("x", zap.Boolp("k", new(bool)))
	l.Info("x", zap.Bools("k", []bool{p.Diabetic})) // want "PHI1001"
	l.Info("x", zap.Bools("k", []bool{p.ID == ""}))
	l.Info("x", zap.ByteString("k", p.Photo)) // want "PHI1001"
	l.Info("x", zap.ByteString("k", []byte(p.ID)))
	l.Info("x", zap.ByteStrings("k", [][]byte{p.Photo})) // want "PHI1001"
	l.Info("x", zap.ByteStrings("k", [][]byte{[]byte(p.ID)}))
	l.Info("x", zap.Complex128("k", complex(p.Weight, 0))) // want "PHI1001"
	l.Info("x", zap.Complex128("k", complex(float64(p.Visits), 0)))
	l.Info("x", zap.Complex128p("k", func() *complex128 { v := complex(p.Weight, 0); return &v }())) // want "PHI1001"
	l.Info("x", zap.Complex128p("k", func() *complex128 { v := complex(float64(p.Visits), 0); return &v }()))
	l.Info("x", zap.Complex128s("k", []complex128{complex(p.Weight, 0)})) // want "PHI1001"
	l.Info("x", zap.Complex128s("k", []complex128{complex(float64(p.Visits), 0)}))
	l.Info("x", zap.Complex64("k", complex(float32(p.Weight), 0))) // want "PHI1001"
	l.Info("x", zap.Complex64("k", complex(float32(p.Visits), 0)))
	l.Info("x", zap.Complex64p("k", func() *complex64 { v := complex(float32(p.Weight), 0); return &v }())) // want "PHI1001"
	l.Info("x", zap.Complex64p("k", func() *complex64 { v := complex(float32(p.Visits), 0); return &v }()))
	l.Info("x", zap.Complex64s("k", []complex64{complex(float32(p.Weight), 0)})) // want "PHI1001"
	l.Info("x", zap.Complex64s("k", []complex64{complex(float32(p.Visits), 0)}))
	l.Info("x", zap.Duration("k", time.Duration(p.Age))) // want "PHI1001"
	l.Info("x", zap.Duration("k", time.Duration(p.Visits)))
	l.Info("x", zap.Durationp("k", func() *time.Duration { v := time.Duration(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Durationp("k", func() *time.Duration { v := time.Duration(p.Visits); return &v }()))
	l.Info("x", zap.Durations("k", []time.Duration{time.Duration(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Durations("k", []time.Duration{time.Duration(p.Visits)}))
	l.Info("x", zap.Float32("k", float32(p.Weight))) // want "PHI1001"
	l.Info("x", zap.Float32("k", float32(p.Visits)))
	l.Info("x", zap.Float32p("k", func() *float32 { v := float32(p.Weight); return &v }())) // want "PHI1001"
	l.Info("x", zap.Float32p("k", func() *float32 { v := float32(p.Visits); return &v }()))
	l.Info("x", zap.Float32s("k", []float32{float32(p.Weight)})) // want "PHI1001"
	l.Info("x", zap.Float32s("k", []float32{float32(p.Visits)}))
	l.Info("x", zap.Float64("k", p.Weight)) // want "PHI1001"
	l.Info("x", zap.Float64("k", float64(p.Visits)))
	l.Info("x", zap.Float64p("k", func() *float64 { v := p.Weight; return &v }())) // want "PHI1001"
	l.Info("x", zap.Float64p("k", func() *float64 { v := float64(p.Visits); return &v }()))
	l.Info("x", zap.Float64s("k", []float64{p.Weight})) // want "PHI1001"
	l.Info("x", zap.Float64s("k", []float64{float64(p.Visits)}))
	l.Info("x", zap.Int("k", p.Age)) // want "PHI1001"
	l.Info("x", zap.Int("k", p.Visits))
	l.Info("x", zap.Int16("k", int16(p.Age))) // want "PHI1001"
	l.Info("x", zap.Int16("k", int16(p.Visits)))
	l.Info("x", zap.Int16p("k", func() *int16 { v := int16(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Int16p("k", func() *int16 { v := int16(p.Visits); return &v }()))
	l.Info("x", zap.Int16s("k", []int16{int16(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Int16s("k", []int16{int16(p.Visits)}))
	l.Info("x", zap.Int32("k", int32(p.Age))) // want "PHI1001"
	l.Info("x", zap.Int32("k", int32(p.Visits)))
	l.Info("x", zap.Int32p("k", func() *int32 { v := int32(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Int32p("k", func() *int32 { v := int32(p.Visits); return &v }()))
	l.Info("x", zap.Int32s("k", []int32{int32(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Int32s("k", []int32{int32(p.Visits)}))
	l.Info("x", zap.Int64("k", int64(p.Age))) // want "PHI1001"
	l.Info("x", zap.Int64("k", int64(p.Visits)))
	l.Info("x", zap.Int64p("k", func() *int64 { v := int64(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Int64p("k", func() *int64 { v := int64(p.Visits); return &v }()))
	l.Info("x", zap.Int64s("k", []int64{int64(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Int64s("k", []int64{int64(p.Visits)}))
	l.Info("x", zap.Int8("k", int8(p.Age))) // want "PHI1001"
	l.Info("x", zap.Int8("k", int8(p.Visits)))
	l.Info("x", zap.Int8p("k", func() *int8 { v := int8(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Int8p("k", func() *int8 { v := int8(p.Visits); return &v }()))
	l.Info("x", zap.Int8s("k", []int8{int8(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Int8s("k", []int8{int8(p.Visits)}))
	l.Info("x", zap.Intp("k", &p.Age)) // want "PHI1001"
	l.Info("x", zap.Intp("k", &p.Visits))
	l.Info("x", zap.Ints("k", []int{p.Age})) // want "PHI1001"
	l.Info("x", zap.Ints("k", []int{p.Visits}))
	l.Info("x", zap.String("k", p.Name)) // want "PHI1001"
	l.Info("x", zap.String("k", p.ID))
	l.Info("x", zap.Stringp("k", &p.Name)) // want "PHI1001"
	l.Info("x", zap.Stringp("k", &p.ID))
	l.Info("x", zap.Strings("k", p.Notes)) // want "PHI1001"
	l.Info("x", zap.Strings("k", []string{p.ID}))
	l.Info("x", zap.Time("k", p.Admitted)) // want "PHI1001"
	l.Info("x", zap.Time("k", time.Unix(int64(p.Visits), 0)))
	l.Info("x", zap.Timep("k", &p.Admitted)) // want "PHI1001"
	l.Info("x", zap.Timep("k", new(time.Time)))
	l.Info("x", zap.Times("k", []time.Time{p.Admitted})) // want "PHI1001"
	l.Info("x", zap.Times("k", []time.Time{time.Unix(int64(p.Visits), 0)}))
	l.Info("x", zap.Uint("k", uint(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uint("k", uint(p.Visits)))
	l.Info("x", zap.Uint16("k", uint16(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uint16("k", uint16(p.Visits)))
	l.Info("x", zap.Uint16p("k", func() *uint16 { v := uint16(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uint16p("k", func() *uint16 { v := uint16(p.Visits); return &v }()))
	l.Info("x", zap.Uint16s("k", []uint16{uint16(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uint16s("k", []uint16{uint16(p.Visits)}))
	l.Info("x", zap.Uint32("k", uint32(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uint32("k", uint32(p.Visits)))
	l.Info("x", zap.Uint32p("k", func() *uint32 { v := uint32(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uint32p("k", func() *uint32 { v := uint32(p.Visits); return &v }()))
	l.Info("x", zap.Uint32s("k", []uint32{uint32(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uint32s("k", []uint32{uint32(p.Visits)}))
	l.Info("x", zap.Uint64("k", uint64(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uint64("k", uint64(p.Visits)))
	l.Info("x", zap.Uint64p("k", func() *uint64 { v := uint64(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uint64p("k", func() *uint64 { v := uint64(p.Visits); return &v }()))
	l.Info("x", zap.Uint64s("k", []uint64{uint64(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uint64s("k", []uint64{uint64(p.Visits)}))
	l.Info("x", zap.Uint8("k", uint8(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uint8("k", uint8(p.Visits)))
	l.Info("x", zap.Uint8p("k", func() *uint8 { v := uint8(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uint8p("k", func() *uint8 { v := uint8(p.Visits); return &v }()))
	l.Info("x", zap.Uint8s("k", []uint8{uint8(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uint8s("k", []uint8{uint8(p.Visits)}))
	l.Info("x", zap.Uintp("k", func() *uint { v := uint(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uintp("k", func() *uint { v := uint(p.Visits); return &v }()))
	l.Info("x", zap.Uintptr("k", uintptr(p.Age))) // want "PHI1001"
	l.Info("x", zap.Uintptr("k", uintptr(p.Visits)))
	l.Info("x", zap.Uintptrp("k", func() *uintptr { v := uintptr(p.Age); return &v }())) // want "PHI1001"
	l.Info("x", zap.Uintptrp("k", func() *uintptr { v := uintptr(p.Visits); return &v }()))
	l.Info("x", zap.Uintptrs("k", []uintptr{uintptr(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uintptrs("k", []uintptr{uintptr(p.Visits)}))
	l.Info("x", zap.Uints("k", []uint{uint(p.Age)})) // want "PHI1001"
	l.Info("x", zap.Uints("k", []uint{uint(p.Visits)}))
}

type leakAddBinary struct{ p *model.Patient }

func (x leakAddBinary) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddBinary("k", p.Photo)
	return nil
}

type cleanAddBinary struct{ p *model.Patient }

func (x cleanAddBinary) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddBinary("k", []byte(p.ID))
	return nil
}

type leakAddBool struct{ p *model.Patient }

func (x leakAddBool) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddBool("k", p.Diabetic)
	return nil
}

type cleanAddBool struct{ p *model.Patient }

func (x cleanAddBool) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddBool("k", p.ID == "")
	return nil
}

type leakAddByteString struct{ p *model.Patient }

func (x leakAddByteString) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddByteString("k", p.Photo)
	return nil
}

type cleanAddByteString struct{ p *model.Patient }

func (x cleanAddByteString) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddByteString("k", []byte(p.ID))
	return nil
}

type leakAddComplex128 struct{ p *model.Patient }

func (x leakAddComplex128) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddComplex128("k", complex(p.Weight, 0))
	return nil
}

type cleanAddComplex128 struct{ p *model.Patient }

func (x cleanAddComplex128) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddComplex128("k", complex(float64(p.Visits), 0))
	return nil
}

type leakAddComplex64 struct{ p *model.Patient }

func (x leakAddComplex64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddComplex64("k", complex(float32(p.Weight), 0))
	return nil
}

type cleanAddComplex64 struct{ p *model.Patient }

func (x cleanAddComplex64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddComplex64("k", complex(float32(p.Visits), 0))
	return nil
}

type leakAddDuration struct{ p *model.Patient }

func (x leakAddDuration) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddDuration("k", time.Duration(p.Age))
	return nil
}

type cleanAddDuration struct{ p *model.Patient }

func (x cleanAddDuration) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddDuration("k", time.Duration(p.Visits))
	return nil
}

type leakAddFloat32 struct{ p *model.Patient }

func (x leakAddFloat32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddFloat32("k", float32(p.Weight))
	return nil
}

type cleanAddFloat32 struct{ p *model.Patient }

func (x cleanAddFloat32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddFloat32("k", float32(p.Visits))
	return nil
}

type leakAddFloat64 struct{ p *model.Patient }

func (x leakAddFloat64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddFloat64("k", p.Weight)
	return nil
}

type cleanAddFloat64 struct{ p *model.Patient }

func (x cleanAddFloat64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddFloat64("k", float64(p.Visits))
	return nil
}

type leakAddInt struct{ p *model.Patient }

func (x leakAddInt) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt("k", p.Age)
	return nil
}

type cleanAddInt struct{ p *model.Patient }

func (x cleanAddInt) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt("k", p.Visits)
	return nil
}

type leakAddInt16 struct{ p *model.Patient }

func (x leakAddInt16) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt16("k", int16(p.Age))
	return nil
}

type cleanAddInt16 struct{ p *model.Patient }

func (x cleanAddInt16) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt16("k", int16(p.Visits))
	return nil
}

type leakAddInt32 struct{ p *model.Patient }

func (x leakAddInt32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt32("k", int32(p.Age))
	return nil
}

type cleanAddInt32 struct{ p *model.Patient }

func (x cleanAddInt32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt32("k", int32(p.Visits))
	return nil
}

type leakAddInt64 struct{ p *model.Patient }

func (x leakAddInt64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt64("k", int64(p.Age))
	return nil
}

type cleanAddInt64 struct{ p *model.Patient }

func (x cleanAddInt64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt64("k", int64(p.Visits))
	return nil
}

type leakAddInt8 struct{ p *model.Patient }

func (x leakAddInt8) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt8("k", int8(p.Age))
	return nil
}

type cleanAddInt8 struct{ p *model.Patient }

func (x cleanAddInt8) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddInt8("k", int8(p.Visits))
	return nil
}

type leakAddString struct{ p *model.Patient }

func (x leakAddString) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddString("k", p.Name)
	return nil
}

type cleanAddString struct{ p *model.Patient }

func (x cleanAddString) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddString("k", p.ID)
	return nil
}

type leakAddTime struct{ p *model.Patient }

func (x leakAddTime) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddTime("k", p.Admitted)
	return nil
}

type cleanAddTime struct{ p *model.Patient }

func (x cleanAddTime) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddTime("k", time.Unix(int64(p.Visits), 0))
	return nil
}

type leakAddUint struct{ p *model.Patient }

func (x leakAddUint) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint("k", uint(p.Age))
	return nil
}

type cleanAddUint struct{ p *model.Patient }

func (x cleanAddUint) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint("k", uint(p.Visits))
	return nil
}

type leakAddUint16 struct{ p *model.Patient }

func (x leakAddUint16) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint16("k", uint16(p.Age))
	return nil
}

type cleanAddUint16 struct{ p *model.Patient }

func (x cleanAddUint16) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint16("k", uint16(p.Visits))
	return nil
}

type leakAddUint32 struct{ p *model.Patient }

func (x leakAddUint32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint32("k", uint32(p.Age))
	return nil
}

type cleanAddUint32 struct{ p *model.Patient }

func (x cleanAddUint32) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint32("k", uint32(p.Visits))
	return nil
}

type leakAddUint64 struct{ p *model.Patient }

func (x leakAddUint64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint64("k", uint64(p.Age))
	return nil
}

type cleanAddUint64 struct{ p *model.Patient }

func (x cleanAddUint64) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint64("k", uint64(p.Visits))
	return nil
}

type leakAddUint8 struct{ p *model.Patient }

func (x leakAddUint8) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint8("k", uint8(p.Age))
	return nil
}

type cleanAddUint8 struct{ p *model.Patient }

func (x cleanAddUint8) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUint8("k", uint8(p.Visits))
	return nil
}

type leakAddUintptr struct{ p *model.Patient }

func (x leakAddUintptr) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUintptr("k", uintptr(p.Age))
	return nil
}

type cleanAddUintptr struct{ p *model.Patient }

func (x cleanAddUintptr) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	p := x.p
	enc.AddUintptr("k", uintptr(p.Visits))
	return nil
}

type leakAppendBool struct{ p *model.Patient }

func (x leakAppendBool) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendBool(p.Diabetic)
	return nil
}

type cleanAppendBool struct{ p *model.Patient }

func (x cleanAppendBool) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendBool(p.ID == "")
	return nil
}

type leakAppendByteString struct{ p *model.Patient }

func (x leakAppendByteString) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendByteString(p.Photo)
	return nil
}

type cleanAppendByteString struct{ p *model.Patient }

func (x cleanAppendByteString) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendByteString([]byte(p.ID))
	return nil
}

type leakAppendComplex128 struct{ p *model.Patient }

func (x leakAppendComplex128) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendComplex128(complex(p.Weight, 0))
	return nil
}

type cleanAppendComplex128 struct{ p *model.Patient }

func (x cleanAppendComplex128) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendComplex128(complex(float64(p.Visits), 0))
	return nil
}

type leakAppendComplex64 struct{ p *model.Patient }

func (x leakAppendComplex64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendComplex64(complex(float32(p.Weight), 0))
	return nil
}

type cleanAppendComplex64 struct{ p *model.Patient }

func (x cleanAppendComplex64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendComplex64(complex(float32(p.Visits), 0))
	return nil
}

type leakAppendFloat32 struct{ p *model.Patient }

func (x leakAppendFloat32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendFloat32(float32(p.Weight))
	return nil
}

type cleanAppendFloat32 struct{ p *model.Patient }

func (x cleanAppendFloat32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendFloat32(float32(p.Visits))
	return nil
}

type leakAppendFloat64 struct{ p *model.Patient }

func (x leakAppendFloat64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendFloat64(p.Weight)
	return nil
}

type cleanAppendFloat64 struct{ p *model.Patient }

func (x cleanAppendFloat64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendFloat64(float64(p.Visits))
	return nil
}

type leakAppendInt struct{ p *model.Patient }

func (x leakAppendInt) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt(p.Age)
	return nil
}

type cleanAppendInt struct{ p *model.Patient }

func (x cleanAppendInt) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt(p.Visits)
	return nil
}

type leakAppendInt16 struct{ p *model.Patient }

func (x leakAppendInt16) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt16(int16(p.Age))
	return nil
}

type cleanAppendInt16 struct{ p *model.Patient }

func (x cleanAppendInt16) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt16(int16(p.Visits))
	return nil
}

type leakAppendInt32 struct{ p *model.Patient }

func (x leakAppendInt32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt32(int32(p.Age))
	return nil
}

type cleanAppendInt32 struct{ p *model.Patient }

func (x cleanAppendInt32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt32(int32(p.Visits))
	return nil
}

type leakAppendInt64 struct{ p *model.Patient }

func (x leakAppendInt64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt64(int64(p.Age))
	return nil
}

type cleanAppendInt64 struct{ p *model.Patient }

func (x cleanAppendInt64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt64(int64(p.Visits))
	return nil
}

type leakAppendInt8 struct{ p *model.Patient }

func (x leakAppendInt8) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt8(int8(p.Age))
	return nil
}

type cleanAppendInt8 struct{ p *model.Patient }

func (x cleanAppendInt8) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendInt8(int8(p.Visits))
	return nil
}

type leakAppendString struct{ p *model.Patient }

func (x leakAppendString) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendString(p.Name)
	return nil
}

type cleanAppendString struct{ p *model.Patient }

func (x cleanAppendString) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendString(p.ID)
	return nil
}

type leakAppendUint struct{ p *model.Patient }

func (x leakAppendUint) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint(uint(p.Age))
	return nil
}

type cleanAppendUint struct{ p *model.Patient }

func (x cleanAppendUint) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint(uint(p.Visits))
	return nil
}

type leakAppendUint16 struct{ p *model.Patient }

func (x leakAppendUint16) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint16(uint16(p.Age))
	return nil
}

type cleanAppendUint16 struct{ p *model.Patient }

func (x cleanAppendUint16) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint16(uint16(p.Visits))
	return nil
}

type leakAppendUint32 struct{ p *model.Patient }

func (x leakAppendUint32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint32(uint32(p.Age))
	return nil
}

type cleanAppendUint32 struct{ p *model.Patient }

func (x cleanAppendUint32) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint32(uint32(p.Visits))
	return nil
}

type leakAppendUint64 struct{ p *model.Patient }

func (x leakAppendUint64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint64(uint64(p.Age))
	return nil
}

type cleanAppendUint64 struct{ p *model.Patient }

func (x cleanAppendUint64) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint64(uint64(p.Visits))
	return nil
}

type leakAppendUint8 struct{ p *model.Patient }

func (x leakAppendUint8) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint8(uint8(p.Age))
	return nil
}

type cleanAppendUint8 struct{ p *model.Patient }

func (x cleanAppendUint8) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUint8(uint8(p.Visits))
	return nil
}

type leakAppendUintptr struct{ p *model.Patient }

func (x leakAppendUintptr) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUintptr(uintptr(p.Age))
	return nil
}

type cleanAppendUintptr struct{ p *model.Patient }

func (x cleanAppendUintptr) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendUintptr(uintptr(p.Visits))
	return nil
}

type leakAppendDuration struct{ p *model.Patient }

func (x leakAppendDuration) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendDuration(time.Duration(p.Age))
	return nil
}

type cleanAppendDuration struct{ p *model.Patient }

func (x cleanAppendDuration) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendDuration(time.Duration(p.Visits))
	return nil
}

type leakAppendTime struct{ p *model.Patient }

func (x leakAppendTime) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendTime(p.Admitted)
	return nil
}

type cleanAppendTime struct{ p *model.Patient }

func (x cleanAppendTime) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	p := x.p
	enc.AppendTime(time.Unix(int64(p.Visits), 0))
	return nil
}
