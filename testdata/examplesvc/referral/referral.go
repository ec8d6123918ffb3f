// Package referral talks to the e-Referral Service (e-RS) and to the on-call
// pager service.
package referral

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"sync"
	"time"

	"example.com/clinic/model"
	"example.com/clinic/obs"
)

// Client calls e-RS and the pager service.
type Client struct {
	BaseURL  string // e-RS
	PagerURL string // on-call pager service
	HTTP     *http.Client
}

// NewClient returns a Client with a ten-second timeout.
func NewClient(baseURL, pagerURL string) *Client {
	return &Client{BaseURL: baseURL, PagerURL: pagerURL, HTTP: &http.Client{Timeout: 10 * time.Second}}
}

// Exists asks e-RS whether the patient already has an open referral.
func (c *Client) Exists(ctx context.Context, n model.NHSNumber) (bool, error) {
	u := c.BaseURL + "/referrals?nhs=" + url.QueryEscape(string(n))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil) // leak: PHI1004 the NHS number goes in the query string
	if err != nil {
		return false, err
	}
	resp, err := c.HTTP.Do(req) // clean: sending the built request is not a second finding
	if err != nil {
		return false, fmt.Errorf("referral: lookup: %w", err)
	}
	defer resp.Body.Close()
	var out struct {
		Open int `json:"open"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return false, fmt.Errorf("referral: lookup: %w", err)
	}
	return out.Open > 0, nil
}

// Status fetches a referral's status by its ID.
func (c *Client) Status(ctx context.Context, ref model.Referral) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/referrals/"+url.PathEscape(ref.ID), nil) // clean: only the surrogate ID goes in the URL
	if err != nil {
		return "", err
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return "", fmt.Errorf("referral: status: %w", err)
	}
	defer resp.Body.Close()
	var out struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("referral: status: %w", err)
	}
	return out.Status, nil
}

// Send posts the referral to e-RS. It discloses clinical details, so every
// caller must have checked consent first.
//
//phi:requires check
func (c *Client) Send(ctx context.Context, ref model.Referral) error {
	body, err := json.Marshal(ref)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+"/referrals", bytes.NewReader(body)) // clean: the body of a requires function is taken as guarded
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("referral: send %s: %w", ref.ID, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("referral: send %s: %s", ref.ID, resp.Status)
	}
	return nil
}

// Escalate pages the on-call consultant about an urgent referral.
func (c *Client) Escalate(ctx context.Context, ref model.Referral) error {
	body, err := json.Marshal(map[string]any{
		"referral":   ref.ID,
		"nhs_number": ref.NHSNumber,
		"reason":     ref.Reason,
	})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.PagerURL, bytes.NewReader(body)) // leak: PHI1003 NHS number and reason in the body, and Escalate neither checks nor requires a check
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return fmt.Errorf("referral: page on-call for %s: %w", ref.ID, err)
	}
	resp.Body.Close()
	return nil
}

// Outbox holds referrals that could not be sent, for a later retry.
type Outbox struct {
	mu      sync.Mutex
	pending []model.Referral
}

// Add queues ref for a retry.
func (o *Outbox) Add(ref model.Referral) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.pending = append(o.pending, ref)
	obs.Debug("referral.queued", ref) // leak: PHI1001 the whole referral reaches the log through Debug's any parameter
}

// Retry resends every queued referral and reports how many went. Consent was
// checked when each one was queued, but that check does not hold here.
func (o *Outbox) Retry(ctx context.Context, c *Client) (sent int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var keep []model.Referral
	for _, ref := range o.pending {
		if err := c.Send(ctx, ref); err != nil { // leak: PHI2003 Send requires a check and none holds here
			keep = append(keep, ref)
			continue
		}
		sent++
	}
	o.pending = keep
	log.Printf("referral outbox: sent %d, %d still pending", sent, len(keep)) // clean: counts only
	obs.Debug("referral.retried", sent)                                       // clean: a count is not identifiable
	return sent
}
