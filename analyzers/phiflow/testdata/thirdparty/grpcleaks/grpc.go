// Package grpcleaks has the cases of google.golang.org/grpc.
package grpcleaks

import (
	"context"
	"errors"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"example.com/thirdparty/model"
)

// PatientsClient is a client stub as protoc-gen-go-grpc generates it.
type PatientsClient interface {
	Register(ctx context.Context, in *model.Request, opts ...grpc.CallOption) (*model.Request, error)
	Watch(ctx context.Context, opts ...grpc.CallOption) (grpc.BidiStreamingClient[model.Request, model.Request], error)
	Upload(ctx context.Context, opts ...grpc.CallOption) (grpc.ClientStreamingClient[model.Request, model.Request], error)
}

// Clients: request messages leave the process.
func Clients(ctx context.Context, cc *grpc.ClientConn, ci grpc.ClientConnInterface, c PatientsClient, p *model.Patient) {
	cc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil) // want "Request.Name.*PHI1003"
	cc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{ID: p.ID}, nil)
	ci.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil) // want "PHI1003"
	ci.Invoke(ctx, "/clinic.Patients/Register", &model.Request{ID: p.ID}, nil)
	grpc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{Name: p.Name}, nil, cc) // want "PHI1003"
	grpc.Invoke(ctx, "/clinic.Patients/Register", &model.Request{ID: p.ID}, nil, cc)
	c.Register(ctx, &model.Request{Name: p.Name}) // want `Request.Name \(direct\) is transmitted by \(grpcleaks.PatientsClient\).Register`
	c.Register(ctx, &model.Request{ID: p.ID})
	c.Register(ctx, &model.Request{ID: p.ID, Name: p.Name}, grpc.WaitForReady(true)) // want "PHI1003"
	if model.Allowed(p) {
		c.Register(ctx, &model.Request{Name: p.Name})
	}
	c.Register(ctx, &model.Request{Name: model.Redact(p.Name)})
}

// Streams: messages sent on a client stream leave the process.
func Streams(ctx context.Context, cc *grpc.ClientConn, ci grpc.ClientConnInterface, c PatientsClient, p *model.Patient) {
	s, _ := cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")
	s.SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	s.SendMsg(&model.Request{ID: p.ID})
	must(cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(cc.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{ID: p.ID})
	must(ci.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(ci.NewStream(ctx, &grpc.StreamDesc{}, "/clinic.Patients/Watch")).SendMsg(&model.Request{ID: p.ID})
	must(grpc.NewClientStream(ctx, &grpc.StreamDesc{}, cc, "/clinic.Patients/Watch")).SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	must(grpc.NewClientStream(ctx, &grpc.StreamDesc{}, cc, "/clinic.Patients/Watch")).SendMsg(&model.Request{ID: p.ID})
	w, _ := c.Watch(ctx)
	w.Send(&model.Request{Name: p.Name}) // want "PHI1003"
	w.Send(&model.Request{ID: p.ID})
	u, _ := c.Upload(ctx)
	u.Send(&model.Request{Name: p.Name}) // want "PHI1003"
	u.Send(&model.Request{ID: p.ID})
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
func Servers(ctx context.Context, ss grpc.ServerStream, w grpc.ServerStreamingServer[model.Request], b grpc.BidiStreamingServer[model.Request, model.Request], u grpc.ClientStreamingServer[model.Request, model.Request], p *model.Patient) {
	ss.SendMsg(&model.Request{Name: p.Name}) // want "PHI1003"
	ss.SendMsg(&model.Request{ID: p.ID})
	w.Send(&model.Request{Name: p.Name}) // want "PHI1003"
	w.Send(&model.Request{ID: p.ID})
	b.Send(&model.Request{Name: p.Name}) // want "PHI1003"
	b.Send(&model.Request{ID: p.ID})
	u.SendAndClose(&model.Request{Name: p.Name}) // want "PHI1003"
	u.SendAndClose(&model.Request{ID: p.ID})
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
func Statuses(p *model.Patient) []error {
	return []error{
		status.Error(codes.NotFound, "no record for "+p.Name), // want "PHI1003"
		status.Error(codes.NotFound, "no record "+p.ID),
		status.Errorf(codes.NotFound, "no record for %s", p.Name), // want "PHI1003"
		status.Errorf(codes.NotFound, "no record %s", p.ID),
		status.New(codes.NotFound, "no record for "+p.Name).Err(), // want "PHI1003"
		status.New(codes.NotFound, "no record "+p.ID).Err(),
		status.Newf(codes.NotFound, "no record for %s", p.Name).Err(), // want "PHI1003"
		status.Newf(codes.NotFound, "no record %s", p.ID).Err(),
		errors.New(status.Newf(codes.NotFound, "no record for %s", p.Name).Message()), // want "PHI1003"
		errors.New(status.Newf(codes.NotFound, "no record %s", p.ID).Message()),
	}
}
