// Package grpcleaks has the cases of google.golang.org/grpc.
package grpcleaks

import (
	"context"
	"errors"
	"log"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"example.com/thirdparty/model"
)

// PatientsClient is a client stub as protoc-gen-go-grpc generates it.
type PatientsClient interface {
	Register(ctx context.Context, in *model.Request, opts ...grpc.CallOption) (*model.Request, error)
	Find(ctx context.Context, in *model.Lookup, opts ...grpc.CallOption) (*model.Request, error)
	Watch(ctx context.Context, opts ...grpc.CallOption) (grpc.BidiStreamingClient[model.Lookup, model.Request], error)
	Upload(ctx context.Context, opts ...grpc.CallOption) (grpc.ClientStreamingClient[model.Lookup, model.Request], error)
}

// Clients: request messages leave the process. A message type with a
// marked field (model.Request) is a record, identifiable when sent whole;
// a literal holds what it is given (contract §3), so one given only its
// unmarked ID holds nothing, as does a model.Lookup, which has no marks.
func Clients(ctx context.Context, cc *grpc.ClientConn, ci grpc.ClientConnInterface, c PatientsClient, p *model.Patient) {
	cc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil) // want "Request.Name.*PHI1003"
	cc.Invoke(ctx, "/clinic.Patients/Find", &model.Lookup{ID: p.ID}, nil)
	ci.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil) // want "PHI1003"
	ci.Invoke(ctx, "/clinic.Patients/Find", &model.Lookup{ID: p.ID}, nil)
	grpc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil, cc) // want "PHI1003"
	grpc.Invoke(ctx, "/clinic.Patients/Find", &model.Lookup{ID: p.ID}, nil, cc)
	c.Register(ctx, &model.Request{Name: p.Name})                                    // want `Request.Name \(direct\) is transmitted by \(grpcleaks.PatientsClient\).Register`
	c.Register(ctx, &model.Request{ID: p.ID})                                        // clean: given no marked field
	c.Register(ctx, &model.Request{ID: p.ID, Name: p.Name}, grpc.WaitForReady(true)) // want "PHI1003"
	c.Find(ctx, &model.Lookup{ID: p.Name})                                           // want `Patient.Name \(direct\) is transmitted by \(grpcleaks.PatientsClient\).Find`
	c.Find(ctx, &model.Lookup{ID: p.ID})
	c.Find(ctx, &model.Lookup{ID: p.ID}, grpc.WaitForReady(true))
	if model.Allowed(p) {
		c.Register(ctx, &model.Request{Name: p.Name})
	}
	c.Find(ctx, &model.Lookup{ID: model.Redact(p.Name)})
}

// Streams: messages sent on a client stream leave the process.
func Streams(ctx context.Context, cc *grpc.ClientConn, ci grpc.ClientConnInterface, c PatientsClient, p *model.Patient) {
	s, _ := cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")
	s.SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	s.SendMsg(&model.Lookup{ID: p.ID})
	must(cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Lookup{ID: p.ID})
	must(ci.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(ci.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Lookup{ID: p.ID})
	must(grpc.NewClientStream(ctx, &grpc.StreamDesc{}, cc, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(grpc.NewClientStream(ctx, &grpc.StreamDesc{}, cc, "/clinic.Patients/Watch")).SendMsg(&model.Lookup{ID: p.ID})
	w, _ := c.Watch(ctx)
	w.Send(&model.Lookup{ID: p.Name}) // want "PHI1003"
	w.Send(&model.Lookup{ID: p.ID})
	u, _ := c.Upload(ctx)
	u.Send(&model.Lookup{ID: p.Name}) // want "PHI1003"
	u.Send(&model.Lookup{ID: p.ID})
}

func must(s grpc.ClientStream, _ error) grpc.ClientStream { return s }

// Metadata: outgoing metadata travels as request headers.
func Metadata(ctx context.Context, p *model.Patient) {
	metadata.AppendToOutgoingContext(ctx, "x-patient", p.Name) // want "PHI1003"
	metadata.AppendToOutgoingContext(ctx, "x-patient", p.ID)
	metadata.NewOutgoingContext(ctx, metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	metadata.NewOutgoingContext(ctx, metadata.Pairs("x-patient", p.ID))
	metadata.NewOutgoingContext(ctx, metadata.New(map[string]string{"x-patient": p.Name})) // want "PHI1003"
	metadata.NewOutgoingContext(ctx, metadata.New(map[string]string{"x-patient": p.ID}))
	metadata.NewOutgoingContext(ctx, metadata.Join(metadata.Pairs("x-patient", p.Name))) // want "PHI1003"
	metadata.NewOutgoingContext(ctx, metadata.Join(metadata.Pairs("x-patient", p.ID)))
	md := metadata.MD{}
	md.Set("x-patient", p.Name)
	metadata.NewOutgoingContext(ctx, md) // want "PHI1003"
	md2 := metadata.MD{}
	md2.Append("x-patient", p.Name)
	metadata.NewOutgoingContext(ctx, md2) // want "PHI1003"
	md3 := metadata.MD{}
	md3.Set("x-patient", p.ID)
	md3.Append("x-patient", p.ID)
	metadata.NewOutgoingContext(ctx, md3)
}

// Servers: what a server sends is a response to the caller.
func Servers(ctx context.Context, ss grpc.ServerStream, w grpc.ServerStreamingServer[model.Lookup], b grpc.BidiStreamingServer[model.Request, model.Lookup], u grpc.ClientStreamingServer[model.Request, model.Lookup], p *model.Patient) {
	ss.SendMsg(&model.Request{Name: p.Name}) // want "Request.Name.*PHI1003"
	ss.SendMsg(&model.Lookup{ID: p.ID})
	w.Send(&model.Lookup{ID: p.Name}) // want "PHI1003"
	w.Send(&model.Lookup{ID: p.ID})
	b.Send(&model.Lookup{ID: p.Name}) // want "PHI1003"
	b.Send(&model.Lookup{ID: p.ID})
	u.SendAndClose(&model.Lookup{ID: p.Name}) // want "PHI1003"
	u.SendAndClose(&model.Lookup{ID: p.ID})
	grpc.SetHeader(ctx, metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	grpc.SetHeader(ctx, metadata.Pairs("x-patient", p.ID))
	grpc.SendHeader(ctx, metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	grpc.SendHeader(ctx, metadata.Pairs("x-patient", p.ID))
	grpc.SetTrailer(ctx, metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	grpc.SetTrailer(ctx, metadata.Pairs("x-patient", p.ID))
	ss.SetHeader(metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	ss.SetHeader(metadata.Pairs("x-patient", p.ID))
	ss.SendHeader(metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	ss.SendHeader(metadata.Pairs("x-patient", p.ID))
	ss.SetTrailer(metadata.Pairs("x-patient", p.Name)) // want "PHI1003"
	ss.SetTrailer(metadata.Pairs("x-patient", p.ID))
}

// Statuses: a status error's message is sent to the caller.
func Statuses(p *model.Patient) (errs []error) {
	errs = append(errs, status.Error(codes.NotFound, "no record for "+p.Name)) // want "PHI1003"
	errs = append(errs, status.Error(codes.NotFound, "no record "+p.ID))
	errs = append(errs, status.Errorf(codes.NotFound, "no record for %s", p.Name)) // want "PHI1003"
	errs = append(errs, status.Errorf(codes.NotFound, "no record %s", p.ID))
	errs = append(errs, status.New(codes.NotFound, "no record for "+p.Name).Err()) // want "PHI1003"
	errs = append(errs, status.New(codes.NotFound, "no record "+p.ID).Err())
	errs = append(errs, status.Newf(codes.NotFound, "no record for %s", p.Name).Err()) // want "PHI1003"
	errs = append(errs, status.Newf(codes.NotFound, "no record %s", p.ID).Err())
	errs = append(errs, errors.New(status.Newf(codes.NotFound, "no record for %s", p.Name).Message())) // want "PHI1003"
	errs = append(errs, errors.New(status.Newf(codes.NotFound, "no record %s", p.ID).Message()))
	return errs
}

// StatusLogs: a status, and its error, carry the message on to a log.
func StatusLogs(p *model.Patient) {
	err := status.Errorf(codes.NotFound, "no record for %s", p.Name) // want "PHI1003"
	log.Print(err)                                                   // want "PHI1001"
	st := status.New(codes.NotFound, "no record for "+p.Name)        // want "PHI1003"
	log.Print(st.Message())                                          // want "PHI1001"
	log.Print(st.Err())                                              // want "PHI1001"
	log.Print(status.New(codes.NotFound, "no record "+p.ID).Err())
}
