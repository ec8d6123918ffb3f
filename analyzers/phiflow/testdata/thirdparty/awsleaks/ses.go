package awsleaks

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	sestypes "github.com/aws/aws-sdk-go-v2/service/ses/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sesv2types "github.com/aws/aws-sdk-go-v2/service/sesv2/types"

	"example.com/thirdparty/model"
)

func text(s string) *sestypes.Message {
	return &sestypes.Message{Subject: &sestypes.Content{Data: aws.String("Your results")}, Body: &sestypes.Body{Text: &sestypes.Content{Data: aws.String(s)}}}
}

func simple(s string) *sesv2types.EmailContent {
	return &sesv2types.EmailContent{Simple: &sesv2types.Message{Body: &sesv2types.Body{Text: &sesv2types.Content{Data: aws.String(s)}}}}
}

// SES: an e-mail is a transmission of its recipients, subject, body and
// template data.
func SES(ctx context.Context, c *ses.Client, p *model.Patient, to string) {
	c.SendEmail(ctx, &ses.SendEmailInput{Destination: &sestypes.Destination{ToAddresses: []string{to}}, Message: text("Dear " + p.Name)}) // want "PHI1003"
	c.SendEmail(ctx, &ses.SendEmailInput{Destination: &sestypes.Destination{ToAddresses: []string{to}}, Message: text("Ref " + p.ID)})
	c.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte("Subject: results\r\n\r\n" + p.Diagnosis)}}) // want "PHI1003"
	c.SendRawEmail(ctx, &ses.SendRawEmailInput{RawMessage: &sestypes.RawMessage{Data: []byte("Subject: results\r\n\r\n" + p.Ward)}})
	c.SendTemplatedEmail(ctx, &ses.SendTemplatedEmailInput{Template: aws.String("results"), TemplateData: aws.String(fmt.Sprintf(`{"nhs":%q}`, p.NHSNumber))}) // want "PHI1003"
	c.SendTemplatedEmail(ctx, &ses.SendTemplatedEmailInput{Template: aws.String("results"), TemplateData: aws.String(fmt.Sprintf(`{"ref":%q}`, p.ID))})
	c.SendBulkTemplatedEmail(ctx, &ses.SendBulkTemplatedEmailInput{Destinations: []sestypes.BulkEmailDestination{{ReplacementTemplateData: aws.String(p.Name)}}}) // want "PHI1003"
	c.SendBulkTemplatedEmail(ctx, &ses.SendBulkTemplatedEmailInput{Destinations: []sestypes.BulkEmailDestination{{ReplacementTemplateData: aws.String(p.ID)}}})
	c.SendCustomVerificationEmail(ctx, &ses.SendCustomVerificationEmailInput{EmailAddress: aws.String(p.Name + "@example.org")}) // want "PHI1003"
	c.SendCustomVerificationEmail(ctx, &ses.SendCustomVerificationEmailInput{EmailAddress: aws.String(to)})
	if model.Allowed(p) {
		c.SendEmail(ctx, &ses.SendEmailInput{Message: text("Dear " + p.Name)}) // clean: a disclosure check holds
	}
}

// SESv2: the same, through the second version of the API.
func SESv2(ctx context.Context, c *sesv2.Client, p *model.Patient, to string) {
	c.SendEmail(ctx, &sesv2.SendEmailInput{Content: simple("Your plan: " + p.Diagnosis)}) // want "PHI1003"
	c.SendEmail(ctx, &sesv2.SendEmailInput{Content: simple("Your ward: " + p.Ward)})
	c.SendEmail(ctx, &sesv2.SendEmailInput{Destination: &sesv2types.Destination{ToAddresses: []string{p.Name + " <" + to + ">"}}, Content: simple("Hello")})                                                                                                              // want "PHI1003"
	c.SendBulkEmail(ctx, &sesv2.SendBulkEmailInput{BulkEmailEntries: []sesv2types.BulkEmailEntry{{ReplacementEmailContent: &sesv2types.ReplacementEmailContent{ReplacementTemplate: &sesv2types.ReplacementTemplate{ReplacementTemplateData: aws.String(p.Postcode)}}}}}) // want "PHI1003"
	c.SendBulkEmail(ctx, &sesv2.SendBulkEmailInput{BulkEmailEntries: []sesv2types.BulkEmailEntry{{ReplacementEmailContent: &sesv2types.ReplacementEmailContent{ReplacementTemplate: &sesv2types.ReplacementTemplate{ReplacementTemplateData: aws.String(p.ID)}}}}})
	c.SendCustomVerificationEmail(ctx, &sesv2.SendCustomVerificationEmailInput{EmailAddress: aws.String(p.NHSNumber + "@nhs.example")}) // want "PHI1003"
	c.SendCustomVerificationEmail(ctx, &sesv2.SendCustomVerificationEmailInput{EmailAddress: aws.String(to), TemplateName: aws.String("verify")})
}
