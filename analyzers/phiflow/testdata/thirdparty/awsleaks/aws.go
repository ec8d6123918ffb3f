// Package awsleaks has the cases of github.com/aws/aws-sdk-go-v2.
package awsleaks

import (
	"bytes"
	"context"
	"encoding/json"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	snstypes "github.com/aws/aws-sdk-go-v2/service/sns/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"example.com/thirdparty/model"
)

// S3: an upload is an export of its body, key and metadata.
func S3(ctx context.Context, c *s3.Client, p *model.Patient) {
	b, _ := json.Marshal(p)
	c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("records"), Key: aws.String(p.ID), Body: bytes.NewReader(b)}) // want "PHI1002"
	c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("records"), Key: aws.String(p.ID), Body: bytes.NewReader([]byte(p.Ward))})
	c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(p.Name + ".pdf")})                // want "PHI1002"
	c.PutObject(ctx, &s3.PutObjectInput{Metadata: map[string]string{"nhs": p.NHSNumber}}) // want "PHI1002"
	if model.Allowed(p) {
		c.PutObject(ctx, &s3.PutObjectInput{Key: aws.String(p.Name + ".pdf")})
	}
}

// Queues: SQS messages and SNS notifications are transmissions.
func Queues(ctx context.Context, q *sqs.Client, n *sns.Client, p *model.Patient) {
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(p.Name)}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(p.ID)})
	q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{Entries: []sqstypes.SendMessageBatchRequestEntry{{MessageBody: aws.String(p.Name)}}}) // want "PHI1003"
	q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{Entries: []sqstypes.SendMessageBatchRequestEntry{{MessageBody: aws.String(p.ID)}}})
	n.Publish(ctx, &sns.PublishInput{Message: aws.String("results ready for " + p.Name)}) // want "PHI1003"
	n.Publish(ctx, &sns.PublishInput{Message: aws.String("results ready for " + p.ID)})
	n.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: []snstypes.PublishBatchRequestEntry{{Message: aws.String(p.Name)}}}) // want "PHI1003"
	n.PublishBatch(ctx, &sns.PublishBatchInput{PublishBatchRequestEntries: []snstypes.PublishBatchRequestEntry{{Message: aws.String(p.ID)}}})
}

// Helpers: the aws pointer helpers carry their value.
func Helpers(ctx context.Context, q *sqs.Client, p *model.Patient) {
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToString(&p.Name))}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToString(&p.ID))})
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageAttributes: map[string]sqstypes.MessageAttributeValue{"n": {StringListValues: aws.ToStringSlice(aws.StringSlice(p.Notes))}}}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageAttributes: map[string]sqstypes.MessageAttributeValue{"n": {StringListValues: aws.ToStringSlice(aws.StringSlice([]string{p.ID}))}}})
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.StringMap(map[string]string{"n": p.Name})["n"]}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.StringMap(map[string]string{"id": p.ID})["id"]})
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToStringMap(map[string]*string{"n": &p.Name})["n"])}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToStringMap(map[string]*string{"id": &p.ID})["id"])})
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: *aws.Int32(int32(p.Age))}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: *aws.Int32(int32(p.Visits))})
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: int32(*aws.Int64(int64(p.Age)))}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: int32(*aws.Int64(int64(p.Visits)))})
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: int32(*aws.Int(p.Age))}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{DelaySeconds: int32(*aws.Int(p.Visits))})
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToTime(aws.Time(p.Admitted)).String())}) // want "PHI1003"
	q.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(aws.ToTime(aws.Time(time.Unix(0, 0))).String())})
}
