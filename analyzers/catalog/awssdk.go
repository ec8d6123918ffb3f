package catalog

// github.com/aws/aws-sdk-go-v2: S3 uploads are exports; SQS and SNS
// messages are transmissions. The input structs carry the data (body,
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
	),
	Propagators: propagate(each("github.com/aws/aws-sdk-go-v2/aws.", "String", "ToString", "StringSlice", "StringMap",
		"ToStringSlice", "ToStringMap", "Int", "Int32", "Int64", "Time", "ToTime"), All(), Results, Raw),
})
