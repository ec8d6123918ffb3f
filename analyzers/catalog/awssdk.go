package catalog

// github.com/aws/aws-sdk-go-v2: S3 uploads are exports; SQS and SNS
// messages, SES e-mail and Bedrock model prompts are transmissions. The
// input structs carry the data (body,
// key, metadata, message attributes) in their fields. github.com/aws/smithy-go
// is the SDK's runtime (serialisation, transport, middleware): modelled
// with it, so that its bodies are not analysed either.

var awsTable = register(Table{
	Package: "github.com/aws/aws-sdk-go-v2, github.com/aws/smithy-go", Name: "AWS SDK", Cases: "awsleaks",
	// Each call's input struct is argument 2, after the context.
	Sinks: concat(
		sinksOf([]string{"(*github.com/aws/aws-sdk-go-v2/service/s3.Client).PutObject"}, Export, At(2), Raw),
		sinksOf(concat(each("(*github.com/aws/aws-sdk-go-v2/service/sqs.Client).", "SendMessage", "SendMessageBatch"),
			each("(*github.com/aws/aws-sdk-go-v2/service/sns.Client).", "Publish", "PublishBatch")), Transmit, At(2), Raw),
		// SES sends the message, its recipients and its template data.
		sinksOf(concat(each("(*github.com/aws/aws-sdk-go-v2/service/ses.Client).", "SendEmail", "SendRawEmail",
			"SendTemplatedEmail", "SendBulkTemplatedEmail", "SendCustomVerificationEmail"),
			each("(*github.com/aws/aws-sdk-go-v2/service/sesv2.Client).", "SendEmail", "SendBulkEmail", "SendCustomVerificationEmail")),
			Transmit, At(2), Raw),
		// Bedrock sends the prompt (a request body or conversation) to the model;
		// a guardrail or a token count sends the same text.
		sinksOf(each("(*github.com/aws/aws-sdk-go-v2/service/bedrockruntime.Client).", "InvokeModel", "InvokeModelWithResponseStream",
			"Converse", "ConverseStream", "ApplyGuardrail", "CountTokens"), Transmit, At(2), Raw),
	),
	Propagators: propagate(each("github.com/aws/aws-sdk-go-v2/aws.", "String", "ToString", "StringSlice", "StringMap",
		"ToStringSlice", "ToStringMap", "Int", "Int32", "Int64", "Time", "ToTime"), All(), Results, Raw),
})
