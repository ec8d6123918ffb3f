// Package pds looks patients up in the national demographics service (PDS)
// with resty, traces the lookups with OpenTelemetry and logs them with zap.
package pds

import (
	"context"

	"github.com/go-resty/resty/v2"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.uber.org/zap"

	"example.com/clinic/consent"
	"example.com/clinic/model"
	"example.com/clinic/redact"
)

const endpoint = "https://pds.example.nhs.uk/Patient"

// Client calls PDS.
type Client struct {
	HTTP *resty.Client
	Log  *zap.Logger
}

// New returns a client for PDS.
func New(log *zap.Logger) *Client { return &Client{HTTP: resty.New(), Log: log} }

// Lookup fetches the PDS record of a patient in the clinic's register.
func (c *Client) Lookup(ctx context.Context, p *model.Patient) error {
	ctx, span := otel.Tracer("clinic/pds").Start(ctx, "pds.lookup")
	defer span.End()
	span.SetAttributes(attribute.String("patient.id", p.ID))                                            // clean: the surrogate ID is not identifiable
	span.SetAttributes(attribute.String("patient.nhs", redact.NHSNumber(p.NHSNumber)))                  // clean: sanitized
	span.SetAttributes(attribute.String("patient.sex", p.Sex))                                          // leak: PHI1002 an indirect identifier exported to the tracing backend unchecked
	c.Log.Info("pds lookup", zap.String("id", p.ID))                                                    // clean: the surrogate ID is not identifiable
	c.Log.Info("pds lookup", zap.String("patient", p.Name))                                             // leak: PHI1001 the name reaches the service log unchecked
	_, err := c.HTTP.R().SetContext(ctx).SetQueryParam("identifier", string(p.NHSNumber)).Get(endpoint) // leak: PHI1004 the NHS number goes into the query string
	if err != nil {
		c.Log.Warn("pds lookup failed", zap.String("id", p.ID)) // clean: the error, which quotes the URL, is not logged
		return err
	}
	if !consent.Allowed(p, consent.DirectCare) {
		return nil
	}
	_, err = c.HTTP.R().SetContext(ctx).SetBody(map[string]string{"name": p.Name}).Post(endpoint + "/$match") // clean: sent in the body, only where consent.Allowed returned true
	return err
}
