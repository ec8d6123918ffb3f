package catalog

// github.com/aws/aws-lambda-go: a Lambda function behind API Gateway, an
// application load balancer or a function URL answers the HTTP caller
// with what its handler returns. The handler is recognised by its
// response type (ServedHandler); lambda.Start calls it out of sight.

const lambdaEvents = "github.com/aws/aws-lambda-go/events."

var lambdaTable = register(Table{
	Package: "github.com/aws/aws-lambda-go", Name: "AWS Lambda", Analysed: true, Cases: "lambdaleaks",
	ServedHandlers: []ServedHandler{{
		Responses: each(lambdaEvents, "APIGatewayProxyResponse", "APIGatewayV2HTTPResponse",
			"ALBTargetGroupResponse", "LambdaFunctionURLResponse"),
		Requests: each(lambdaEvents, "APIGatewayProxyRequest", "APIGatewayV2HTTPRequest",
			"ALBTargetGroupRequest", "LambdaFunctionURLRequest"),
		What:    "an AWS Lambda HTTP handler",
		Printer: JSON,
	}},
})
