// Package messaging is a stand-in for Firebase Cloud Messaging
// (firebase.google.com/go/messaging, v3.13.0): the client's send methods
// are promoted from an unexported client, as the real client's are, and
// post the message where phivet does not follow it.
package messaging

import "context"

type Client struct {
	*fcmClient
}

type fcmClient struct {
	post func(ctx context.Context, body any) error
}

type Notification struct {
	Title    string `json:"title,omitempty"`
	Body     string `json:"body,omitempty"`
	ImageURL string `json:"image,omitempty"`
}

type Message struct {
	Data         map[string]string `json:"data,omitempty"`
	Notification *Notification     `json:"notification,omitempty"`
	Token        string            `json:"token,omitempty"`
	Topic        string            `json:"-"`
}

type MulticastMessage struct {
	Tokens       []string
	Data         map[string]string
	Notification *Notification
}

type BatchResponse struct{ SuccessCount, FailureCount int }

func (c *fcmClient) Send(ctx context.Context, m *Message) (string, error) { return "", c.post(ctx, m) }

func (c *fcmClient) SendDryRun(ctx context.Context, m *Message) (string, error) {
	return "", c.post(ctx, m)
}

func (c *fcmClient) SendAll(ctx context.Context, ms []*Message) (*BatchResponse, error) {
	return nil, c.post(ctx, ms)
}

func (c *fcmClient) SendAllDryRun(ctx context.Context, ms []*Message) (*BatchResponse, error) {
	return nil, c.post(ctx, ms)
}

func (c *fcmClient) SendMulticast(ctx context.Context, m *MulticastMessage) (*BatchResponse, error) {
	return nil, c.post(ctx, m)
}

func (c *fcmClient) SendMulticastDryRun(ctx context.Context, m *MulticastMessage) (*BatchResponse, error) {
	return nil, c.post(ctx, m)
}
