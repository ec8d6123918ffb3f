// Package lambdaleaks has the cases of github.com/aws/aws-lambda-go: an
// HTTP handler's response goes back to its caller.
package lambdaleaks

import (
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/thirdparty/model"
)

// StoredPatient returns the stored record with the given id.
//
//phi:source clinical
func StoredPatient(id string) *model.Patient { return &model.Patient{ID: id} }

// Show answers with a stored record: a response to the caller.
func Show(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	p := StoredPatient(req.PathParameters["id"])
	if req.PathParameters["id"] == "checked" && model.Allowed(p) {
		b, _ := json.Marshal(p)
		return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(b)}, nil // clean: the check holds
	}
	b, _ := json.Marshal(p)
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(b)}, nil // want `Patient.Name \(direct\).* is sent in a response by the return of lambdaleaks.Show \(an AWS Lambda HTTP handler\)`
}

// Register echoes the caller's own body (contract §3); logging it, or an
// error quoting a stored name, is a disclosure.
func Register(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var p model.Patient
	if err := json.Unmarshal([]byte(req.Body), &p); err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 400}, nil
	}
	log.Printf("register %s", p.Name) // want "PHI1001"
	if p.ID == "" {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404}, fmt.Errorf("no record for %s", StoredPatient(p.ID).Name) // want "PHI1003"
	}
	b, _ := json.Marshal(p)
	return events.APIGatewayV2HTTPResponse{StatusCode: 201, Body: string(b)}, nil // clean: what the caller sent
}

// Count answers with nothing identifiable.
func Count(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: StoredPatient(req.PathParameters["id"]).ID}, nil
}

func main() {
	lambda.Start(Show)
	lambda.Start(func(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
		b, _ := json.Marshal(StoredPatient(req.QueryStringParameters["id"]))
		return events.LambdaFunctionURLResponse{StatusCode: 200, Body: string(b)}, nil // want `is sent in a response by the return of a function literal \(an AWS Lambda HTTP handler\)`
	})
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		var p model.Patient
		if err := json.Unmarshal([]byte(req.Body), &p); err != nil {
			return events.APIGatewayProxyResponse{StatusCode: 400}, nil
		}
		b, _ := json.Marshal(p)
		return events.APIGatewayProxyResponse{StatusCode: 201, Body: string(b)}, nil // clean: what the caller sent
	})
}

func respond(p *model.Patient) events.APIGatewayProxyResponse {
	b, _ := json.Marshal(p)
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: string(b)}
}

// Route chooses the response on branches and returns it once: what the
// checked branch chose is sent under its check.
func Route(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var resp events.APIGatewayProxyResponse
	p := StoredPatient(req.PathParameters["id"])
	if model.Allowed(p) {
		resp = respond(p)
	} else {
		resp = events.APIGatewayProxyResponse{StatusCode: 403}
	}
	return resp, nil // clean: the record is chosen only where the check holds
}

// RouteOpen has a branch with no check.
func RouteOpen(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var resp events.APIGatewayProxyResponse
	p := StoredPatient(req.PathParameters["id"])
	switch req.HTTPMethod {
	case "GET":
		if model.Allowed(p) {
			resp = respond(p)
		}
	default:
		resp = respond(p)
	}
	return resp, nil // want `Patient.Name \(direct\).* is sent in a response by the return of lambdaleaks.RouteOpen`
}
