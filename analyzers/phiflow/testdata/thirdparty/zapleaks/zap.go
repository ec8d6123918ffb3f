// Package zapleaks has the cases of go.uber.org/zap.
package zapleaks

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"example.com/thirdparty/model"
)

// Loggers: every level of *Logger, *SugaredLogger and the checked entry.
func Loggers(l *zap.Logger, p *model.Patient, core zapcore.Core) {
	l.Debug("x", zap.String("k", p.Name)) // want `Patient.Name \(direct\) reaches log sink \(\*zap.Logger\).Debug without a disclosure check or an audit call \(PHI1001\)`
	l.Debug("x", zap.String("k", p.ID))
	l.Info(p.Diagnosis) // want "Patient.Diagnosis .clinical.*PHI1001"
	l.Info(model.Redact(p.Diagnosis))
	l.Warn("x", zap.String("k", p.Name)) // want "PHI1001"
	l.Warn("x", zap.String("k", p.ID))
	l.Error("x", zap.String("k", p.Name)) // want "PHI1001"
	l.Error("x", zap.String("k", p.ID))
	l.DPanic("x", zap.String("k", p.Name)) // want "PHI1001"
	l.DPanic("x", zap.String("k", p.ID))
	l.Panic("x", zap.String("k", p.Name)) // want "PHI1001"
	l.Panic("x", zap.String("k", p.ID))
	l.Fatal("x", zap.String("k", p.Name)) // want "PHI1001"
	l.Fatal("x", zap.String("k", p.ID))
	l.Log(zap.InfoLevel, "x", zap.String("k", p.Name)) // want "PHI1001"
	l.Log(zap.InfoLevel, "x", zap.String("k", p.ID))
	if ce := l.Check(zap.InfoLevel, "x"); ce != nil {
		ce.Write(zap.String("k", p.Name)) // want "PHI1001"
		ce.Write(zap.String("k", p.ID))
	}
	l.Check(zap.InfoLevel, p.Name).Write()          // want "PHI1001"
	core.Write(zapcore.Entry{Message: p.Name}, nil) // want "PHI1001"
	core.Write(zapcore.Entry{Message: p.ID}, nil)
	core.With([]zap.Field{zap.String("k", p.Name)}).Write(zapcore.Entry{}, nil) // want "PHI1001"
	core.With([]zap.Field{zap.String("k", p.ID)}).Write(zapcore.Entry{}, nil)
}

// Guards: a check, a sanitizer, an unmarked field.
func Guards(l *zap.Logger, p *model.Patient) {
	if model.Allowed(p) {
		l.Info("x", zap.String("k", p.Name))
	}
	l.Info("x", zap.String("k", model.Redact(p.Name)))
	l.Info("x", zap.Int("visits", p.Visits))
}

// Derived loggers carry their fields into every entry.
func Derived(l *zap.Logger, p *model.Patient) {
	l.With(zap.String("k", p.Name)).Info("x") // want "PHI1001"
	l.With(zap.String("k", p.ID)).Info("x")
	l.WithLazy(zap.String("k", p.Name)).Info("x") // want "PHI1001"
	l.WithLazy(zap.String("k", p.ID)).Info("x")
	l.WithOptions(zap.Fields(zap.String("k", p.Name))).Info("x") // want "PHI1001"
	l.WithOptions(zap.Fields(zap.String("k", p.ID))).Info("x")
	l.Named(p.Name).Info("x") // want "PHI1001"
	l.Named("clinic").Info("x")
	zap.New(nil, zap.Fields(zap.String("k", p.Name))).Info("x") // want "PHI1001"
	zap.New(nil, zap.Fields(zap.String("k", p.ID))).Info("x")
	l.With(zap.String("k", p.Name)).Sugar().Info("x") // want "PHI1001"
	l.With(zap.String("k", p.ID)).Sugar().Info("x")
	s := l.Sugar()
	s.With("k", p.Name).Info("x") // want "PHI1001"
	s.With("k", p.ID).Info("x")
	s.WithLazy("k", p.Name).Info("x") // want "PHI1001"
	s.WithLazy("k", p.ID).Info("x")
	s.Named(p.Name).Info("x") // want "PHI1001"
	s.Named("clinic").Info("x")
	s.With("k", p.Name).WithOptions().Info("x") // want "PHI1001"
	s.With("k", p.ID).WithOptions().Info("x")
	s.With("k", p.Name).Desugar().Info("x") // want "PHI1001"
	s.With("k", p.ID).Desugar().Info("x")
}

// Sugared: printing levels like fmt, key/value levels like zap.Any.
func Sugared(s *zap.SugaredLogger, p *model.Patient, b model.Badge, c model.Card) {
	s.Debug(p.Name) // want "PHI1001"
	s.Debug(p.ID)
	s.Info(p.Name) // want "PHI1001"
	s.Info(p.ID)
	s.Warn(p.Name) // want "PHI1001"
	s.Warn(p.ID)
	s.Error(p.Name) // want "PHI1001"
	s.Error(p.ID)
	s.DPanic(p.Name) // want "PHI1001"
	s.DPanic(p.ID)
	s.Panic(p.Name) // want "PHI1001"
	s.Panic(p.ID)
	s.Fatal(p.Name) // want "PHI1001"
	s.Fatal(p.ID)
	s.Log(zap.InfoLevel, p.Name) // want "PHI1001"
	s.Log(zap.InfoLevel, p.ID)
	s.Debugf("%s", p.Name) // want "PHI1001"
	s.Debugf("%s", p.ID)
	s.Infof("%v", b) // want "Badge.Name.*PHI1001"
	s.Infof("%v", c)
	s.Warnf("%s", p.Name) // want "PHI1001"
	s.Warnf("%s", p.ID)
	s.Errorf("%s", p.Name) // want "PHI1001"
	s.Errorf("%s", p.ID)
	s.DPanicf("%s", p.Name) // want "PHI1001"
	s.DPanicf("%s", p.ID)
	s.Panicf("%s", p.Name) // want "PHI1001"
	s.Panicf("%s", p.ID)
	s.Fatalf("%s", p.Name) // want "PHI1001"
	s.Fatalf("%s", p.ID)
	s.Logf(zap.InfoLevel, "%s", p.Name) // want "PHI1001"
	s.Logf(zap.InfoLevel, "%s", p.ID)
	s.Debugln(p.Name) // want "PHI1001"
	s.Debugln(p.ID)
	s.Infoln(p.Name) // want "PHI1001"
	s.Infoln(p.ID)
	s.Warnln(p.Name) // want "PHI1001"
	s.Warnln(p.ID)
	s.Errorln(p.Name) // want "PHI1001"
	s.Errorln(p.ID)
	s.DPanicln(p.Name) // want "PHI1001"
	s.DPanicln(p.ID)
	s.Panicln(p.Name) // want "PHI1001"
	s.Panicln(p.ID)
	s.Fatalln(p.Name) // want "PHI1001"
	s.Fatalln(p.ID)
	s.Logln(zap.InfoLevel, p.Name) // want "PHI1001"
	s.Logln(zap.InfoLevel, p.ID)
	s.Debugw("x", "k", p.Name) // want "PHI1001"
	s.Debugw("x", "k", p.ID)
	s.Infow("x", "k", b) // want "Badge.Name.*PHI1001"
	s.Infow("x", "k", c)
	s.Warnw("x", "k", p) // want "Patient.*PHI1001"
	s.Warnw("x", "k", p.ID)
	s.Errorw("x", "k", p.Name) // want "PHI1001"
	s.Errorw("x", "k", p.ID)
	s.DPanicw("x", "k", p.Name) // want "PHI1001"
	s.DPanicw("x", "k", p.ID)
	s.Panicw("x", "k", p.Name) // want "PHI1001"
	s.Panicw("x", "k", p.ID)
	s.Fatalw("x", "k", p.Name) // want "PHI1001"
	s.Fatalw("x", "k", p.ID)
	s.Logw(zap.InfoLevel, "x", "k", p.Name) // want "PHI1001"
	s.Logw(zap.InfoLevel, "x", "k", p.ID)
}

// Marshalers: zap.Any, Object, Inline… use MarshalLogObject, then Error
// and String, then reflection; Card's methods redact, Badge's do not.
func Marshalers(l *zap.Logger, p *model.Patient, b model.Badge, c model.Card) {
	l.Info("x", zap.Any("k", p)) // want "Patient.Name.*PHI1001"
	l.Info("x", zap.Any("k", c))
	l.Info("x", zap.Any("k", b))    // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Object("k", b)) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Object("k", c))
	l.Info("x", zap.Inline(b)) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Inline(c))
	l.Info("x", zap.Objects("k", []model.Badge{b})) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Objects("k", []model.Card{c}))
	l.Info("x", zap.ObjectValues("k", []model.Badge{b})) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.ObjectValues("k", []model.Card{c}))
	l.Info("x", zap.Dict("k", zap.String("n", p.Name))) // want "PHI1001"
	l.Info("x", zap.Dict("k", zap.String("id", p.ID)))
	l.Info("x", zap.Object("k", zap.DictObject(zap.String("n", p.Name)))) // want "PHI1001"
	l.Info("x", zap.Object("k", zap.DictObject(zap.String("id", p.ID))))
	l.Info("x", zap.Stringer("k", b)) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Stringer("k", c))
	l.Info("x", zap.Stringers("k", []model.Badge{b})) // want "Badge.Name.*PHI1001"
	l.Info("x", zap.Stringers("k", []model.Card{c}))
	l.Info("x", zap.Reflect("k", p)) // want "Patient.Name.*PHI1001"
	l.Info("x", zap.Reflect("k", c))
	l.Info("x", zap.Error(model.Err(p))) // want "PHI1001"
	l.Info("x", zap.Error(nil))
	l.Info("x", zap.NamedError("k", model.Err(p))) // want "PHI1001"
	l.Info("x", zap.NamedError("k", nil))
	l.Info("x", zap.Errors("k", []error{model.Err(p)})) // want "PHI1001"
	l.Info("x", zap.Errors("k", nil))
	l.Info("x", zap.Array("k", names(p.Notes))) // want "PHI1001"
	l.Info("x", zap.Array("k", names{p.ID}))
}

// names is a zapcore.ArrayMarshaler.
type names []string

func (ns names) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	for _, n := range ns {
		enc.AppendString(n)
	}
	return nil
}

// Encoders: what a MarshalLogObject or MarshalLogArray method adds to its
// encoder is what the value prints.
func Encoders(l *zap.Logger, p *model.Patient) {
	l.Info("x", zap.Object("k", leakAddBinary{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddBinary{p}))
	l.Info("x", zap.Object("k", leakAddBool{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddBool{p}))
	l.Info("x", zap.Object("k", leakAddByteString{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddByteString{p}))
	l.Info("x", zap.Object("k", leakAddComplex128{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddComplex128{p}))
	l.Info("x", zap.Object("k", leakAddComplex64{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddComplex64{p}))
	l.Info("x", zap.Object("k", leakAddDuration{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddDuration{p}))
	l.Info("x", zap.Object("k", leakAddFloat32{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddFloat32{p}))
	l.Info("x", zap.Object("k", leakAddFloat64{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddFloat64{p}))
	l.Info("x", zap.Object("k", leakAddInt{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddInt{p}))
	l.Info("x", zap.Object("k", leakAddInt16{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddInt16{p}))
	l.Info("x", zap.Object("k", leakAddInt32{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddInt32{p}))
	l.Info("x", zap.Object("k", leakAddInt64{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddInt64{p}))
	l.Info("x", zap.Object("k", leakAddInt8{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddInt8{p}))
	l.Info("x", zap.Object("k", leakAddString{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddString{p}))
	l.Info("x", zap.Object("k", leakAddTime{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddTime{p}))
	l.Info("x", zap.Object("k", leakAddUint{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUint{p}))
	l.Info("x", zap.Object("k", leakAddUint16{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUint16{p}))
	l.Info("x", zap.Object("k", leakAddUint32{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUint32{p}))
	l.Info("x", zap.Object("k", leakAddUint64{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUint64{p}))
	l.Info("x", zap.Object("k", leakAddUint8{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUint8{p}))
	l.Info("x", zap.Object("k", leakAddUintptr{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddUintptr{p}))
	l.Info("x", zap.Array("k", leakAppendBool{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendBool{p}))
	l.Info("x", zap.Array("k", leakAppendByteString{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendByteString{p}))
	l.Info("x", zap.Array("k", leakAppendComplex128{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendComplex128{p}))
	l.Info("x", zap.Array("k", leakAppendComplex64{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendComplex64{p}))
	l.Info("x", zap.Array("k", leakAppendFloat32{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendFloat32{p}))
	l.Info("x", zap.Array("k", leakAppendFloat64{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendFloat64{p}))
	l.Info("x", zap.Array("k", leakAppendInt{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendInt{p}))
	l.Info("x", zap.Array("k", leakAppendInt16{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendInt16{p}))
	l.Info("x", zap.Array("k", leakAppendInt32{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendInt32{p}))
	l.Info("x", zap.Array("k", leakAppendInt64{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendInt64{p}))
	l.Info("x", zap.Array("k", leakAppendInt8{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendInt8{p}))
	l.Info("x", zap.Array("k", leakAppendString{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendString{p}))
	l.Info("x", zap.Array("k", leakAppendUint{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUint{p}))
	l.Info("x", zap.Array("k", leakAppendUint16{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUint16{p}))
	l.Info("x", zap.Array("k", leakAppendUint32{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUint32{p}))
	l.Info("x", zap.Array("k", leakAppendUint64{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUint64{p}))
	l.Info("x", zap.Array("k", leakAppendUint8{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUint8{p}))
	l.Info("x", zap.Array("k", leakAppendUintptr{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendUintptr{p}))
	l.Info("x", zap.Array("k", leakAppendDuration{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendDuration{p}))
	l.Info("x", zap.Array("k", leakAppendTime{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendTime{p}))
	l.Info("x", zap.Object("k", leakAddObject{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddObject{p}))
	l.Info("x", zap.Object("k", leakAddArray{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddArray{p}))
	l.Info("x", zap.Object("k", leakAddReflected{p})) // want "PHI1001"
	l.Info("x", zap.Object("k", cleanAddReflected{p}))
	l.Info("x", zap.Array("k", leakAppendObject{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendObject{p}))
	l.Info("x", zap.Array("k", leakAppendArray{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendArray{p}))
	l.Info("x", zap.Array("k", leakAppendReflected{p})) // want "PHI1001"
	l.Info("x", zap.Array("k", cleanAppendReflected{p}))
}

type leakAddObject struct{ p *model.Patient }

func (x leakAddObject) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddObject("k", model.Badge{Name: x.p.Name})
}

type cleanAddObject struct{ p *model.Patient }

func (x cleanAddObject) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddObject("k", model.Card{ID: x.p.ID})
}

type leakAddArray struct{ p *model.Patient }

func (x leakAddArray) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddArray("k", names(x.p.Notes))
}

type cleanAddArray struct{ p *model.Patient }

func (x cleanAddArray) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddArray("k", names{x.p.ID})
}

type leakAddReflected struct{ p *model.Patient }

func (x leakAddReflected) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddReflected("k", x.p)
}

type cleanAddReflected struct{ p *model.Patient }

func (x cleanAddReflected) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	return enc.AddReflected("k", model.Card{ID: x.p.ID})
}

type leakAppendObject struct{ p *model.Patient }

func (x leakAppendObject) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendObject(model.Badge{Name: x.p.Name})
}

type cleanAppendObject struct{ p *model.Patient }

func (x cleanAppendObject) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendObject(model.Card{ID: x.p.ID})
}

type leakAppendArray struct{ p *model.Patient }

func (x leakAppendArray) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendArray(names(x.p.Notes))
}

type cleanAppendArray struct{ p *model.Patient }

func (x cleanAppendArray) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendArray(names{x.p.ID})
}

type leakAppendReflected struct{ p *model.Patient }

func (x leakAppendReflected) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendReflected(x.p)
}

type cleanAppendReflected struct{ p *model.Patient }

func (x cleanAppendReflected) MarshalLogArray(enc zapcore.ArrayEncoder) error {
	return enc.AppendReflected(model.Card{ID: x.p.ID})
}
