package lambdaleaks

import (
	"context"
	"encoding/json"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// A router handed to lambda.Start dispatches to methods shaped like
// handlers after its own permission check: they are not handed to the
// runtime, so their responses are the router's to send, judged there.

type Charts struct{}

// Chart has a handler's shape, but only the router calls it.
func (Charts) Chart(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	b, _ := json.Marshal(StoredPatient(req.PathParameters["id"]))
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: string(b)}, nil // clean: the router sends it, under its check
}

// Export has a handler's shape too, and the router calls it without a
// check.
func (Charts) Export(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	b, _ := json.Marshal(StoredPatient(req.PathParameters["id"]))
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: string(b)}, nil
}

type Router struct{ charts Charts }

// Handle is the handler the runtime calls.
func (r *Router) Handle(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var resp events.APIGatewayV2HTTPResponse
	var err error
	switch req.RawPath {
	case "/chart":
		if !allowedCaller(req) {
			resp = events.APIGatewayV2HTTPResponse{StatusCode: 403}
		} else {
			resp, err = r.charts.Chart(ctx, req)
		}
	case "/export":
		resp, err = r.charts.Export(ctx, req)
	}
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, nil
	}
	log.Printf("response %s", resp.Body) // want `Patient.Name \(direct\).* reaches log sink log.Printf`
	return resp, nil                     // want `Patient.Name \(direct\).* is sent in a response by the return of \(\*lambdaleaks.Router\).Handle`
}

// allowedCaller checks the caller's permission.
//
//phi:check
func allowedCaller(req events.APIGatewayV2HTTPRequest) bool {
	return req.Headers["x-role"] == "clinician"
}

func serveRouter() {
	r := &Router{}
	lambda.Start(r.Handle)
}
