package catalog

// github.com/aws/aws-sdk-go-v2: S3 uploads are exports; SQS and SNS
// messages are transmissions. The input structs carry the data (body,
// key, metadata, message attributes) in their fields. github.com/aws/smithy-go
// is the SDK's runtime (serialisation, transport, middleware): modelled
// with it, so that its bodies are not analysed either.

var awsTable = register(Table{
	Package: "github.com/aws/aws-sdk-go-v2, github.com/aws/smithy-go",
	Name:    "AWS SDK",
	Cases:   "awsleaks",
	Sinks: []Sink{
		{Func: "(*github.com/aws/aws-sdk-go-v2/service/s3.Client).PutObject", Kind: Export, Data: At(2)},
		{Func: "(*github.com/aws/aws-sdk-go-v2/service/sqs.Client).SendMessage", Kind: Transmit, Data: At(2)},
		{Func: "(*github.com/aws/aws-sdk-go-v2/service/sqs.Client).SendMessageBatch", Kind: Transmit, Data: At(2)},
		{Func: "(*github.com/aws/aws-sdk-go-v2/service/sns.Client).Publish", Kind: Transmit, Data: At(2)},
		{Func: "(*github.com/aws/aws-sdk-go-v2/service/sns.Client).PublishBatch", Kind: Transmit, Data: At(2)},
	},
	Propagators: propagate(each("github.com/aws/aws-sdk-go-v2/aws.", "String", "ToString", "StringSlice", "StringMap",
		"ToStringSlice", "ToStringMap", "Int", "Int32", "Int64", "Time", "ToTime"), All(), Results, Raw),
})
