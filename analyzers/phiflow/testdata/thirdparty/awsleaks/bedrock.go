package awsleaks

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	brtypes "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"

	"example.com/thirdparty/model"
)

func say(s string) []brtypes.Message {
	return []brtypes.Message{{Role: brtypes.ConversationRoleUser, Content: []brtypes.ContentBlock{&brtypes.ContentBlockMemberText{Value: s}}}}
}

// Bedrock: a prompt sent to a model (a request body, a conversation, or
// text given to a guardrail or counted in tokens) is a transmission.
func Bedrock(ctx context.Context, c *bedrockruntime.Client, p *model.Patient) {
	prompt, _ := json.Marshal(map[string]string{"prompt": "Summarise: " + p.Diagnosis})
	plain, _ := json.Marshal(map[string]string{"prompt": "Summarise ward " + p.Ward})
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String("model"), Body: prompt}) // want "PHI1003"
	c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String("model"), Body: plain})
	c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{Body: prompt}) // want "PHI1003"
	c.InvokeModelWithResponseStream(ctx, &bedrockruntime.InvokeModelWithResponseStreamInput{Body: plain})

	c.Converse(ctx, &bedrockruntime.ConverseInput{Messages: say("Patient " + p.Name + " asks about their results")}) // want "PHI1003"
	c.Converse(ctx, &bedrockruntime.ConverseInput{Messages: say("Visit " + p.ID)})
	c.Converse(ctx, &bedrockruntime.ConverseInput{System: []brtypes.SystemContentBlock{&brtypes.SystemContentBlockMemberText{Value: "The patient is " + p.Name}}}) // want "PHI1003"
	c.ConverseStream(ctx, &bedrockruntime.ConverseStreamInput{Messages: say(p.Diagnosis)})                                                                         // want "PHI1003"
	c.ConverseStream(ctx, &bedrockruntime.ConverseStreamInput{Messages: say("What is a ward round?")})

	c.ApplyGuardrail(ctx, &bedrockruntime.ApplyGuardrailInput{Source: brtypes.GuardrailContentSourceInput, Content: []brtypes.GuardrailContentBlock{&brtypes.GuardrailContentBlockMemberText{Value: brtypes.GuardrailTextBlock{Text: aws.String(p.Name)}}}}) // want "PHI1003"
	c.ApplyGuardrail(ctx, &bedrockruntime.ApplyGuardrailInput{Source: brtypes.GuardrailContentSourceInput, Content: []brtypes.GuardrailContentBlock{&brtypes.GuardrailContentBlockMemberText{Value: brtypes.GuardrailTextBlock{Text: aws.String(p.Ward)}}}})
	c.CountTokens(ctx, &bedrockruntime.CountTokensInput{ModelId: aws.String("model"), Input: &brtypes.CountTokensInputMemberInvokeModel{Value: brtypes.InvokeModelTokensRequest{Body: prompt}}}) // want "PHI1003"
	c.CountTokens(ctx, &bedrockruntime.CountTokensInput{ModelId: aws.String("model"), Input: &brtypes.CountTokensInputMemberInvokeModel{Value: brtypes.InvokeModelTokensRequest{Body: plain}}})
	if model.Allowed(p) {
		c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{Body: prompt}) // clean: a disclosure check holds
	}
}
