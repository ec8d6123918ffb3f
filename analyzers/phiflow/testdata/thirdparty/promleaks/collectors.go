package promleaks

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"example.com/thirdparty/model"
)

// AutoLabels: promauto's constructors (and a Factory's) take constant
// labels in their options too.
func AutoLabels(reg prometheus.Registerer, value func() float64, p *model.Patient) {
	promauto.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	promauto.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	promauto.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	promauto.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	promauto.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	promauto.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	promauto.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	promauto.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	promauto.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	promauto.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	promauto.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	promauto.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	promauto.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	promauto.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	promauto.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	promauto.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	promauto.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	promauto.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	promauto.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	promauto.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	promauto.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	promauto.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	f := promauto.With(reg)
	f.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	f.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	f.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	f.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	f.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	f.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	f.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	f.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	f.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	f.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	f.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	f.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	f.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	f.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	f.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	f.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	f.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	f.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	f.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	f.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	f.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	f.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	prometheus.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, value) // want "PHI1002"
	prometheus.NewUntypedFunc(prometheus.UntypedOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, value)
	prometheus.WrapRegistererWith(prometheus.Labels{"name": p.Name}, reg) // want "PHI1002"
	prometheus.WrapRegistererWith(prometheus.Labels{"ward": p.Ward}, reg)
}

// Collectors: the label values of the metrics a custom collector makes
// are exported; the numbers observed are not.
func Collectors(d *prometheus.Desc, now time.Time, p *model.Patient) {
	prometheus.NewConstMetricWithCreatedTimestamp(d, prometheus.GaugeValue, p.Weight, now, p.Postcode) // want "PHI1002"
	prometheus.NewConstMetricWithCreatedTimestamp(d, prometheus.GaugeValue, p.Weight, now, p.Ward)
	prometheus.MustNewConstMetricWithCreatedTimestamp(d, prometheus.GaugeValue, p.Weight, now, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstMetricWithCreatedTimestamp(d, prometheus.GaugeValue, p.Weight, now, p.Ward)
	prometheus.NewConstHistogram(d, uint64(p.Visits), p.Weight, nil, p.Postcode) // want "PHI1002"
	prometheus.NewConstHistogram(d, uint64(p.Visits), p.Weight, nil, p.Ward)
	prometheus.MustNewConstHistogram(d, uint64(p.Visits), p.Weight, nil, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstHistogram(d, uint64(p.Visits), p.Weight, nil, p.Ward)
	prometheus.NewConstSummary(d, uint64(p.Visits), p.Weight, nil, p.Postcode) // want "PHI1002"
	prometheus.NewConstSummary(d, uint64(p.Visits), p.Weight, nil, p.Ward)
	prometheus.MustNewConstSummary(d, uint64(p.Visits), p.Weight, nil, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstSummary(d, uint64(p.Visits), p.Weight, nil, p.Ward)
	prometheus.NewConstHistogramWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Postcode) // want "PHI1002"
	prometheus.NewConstHistogramWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Ward)
	prometheus.MustNewConstHistogramWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstHistogramWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Ward)
	prometheus.NewConstSummaryWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Postcode) // want "PHI1002"
	prometheus.NewConstSummaryWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Ward)
	prometheus.MustNewConstSummaryWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstSummaryWithCreatedTimestamp(d, uint64(p.Visits), p.Weight, nil, now, p.Ward)
	prometheus.NewConstNativeHistogram(d, uint64(p.Visits), p.Weight, nil, nil, 0, 3, 0, now, p.Postcode) // want "PHI1002"
	prometheus.NewConstNativeHistogram(d, uint64(p.Visits), p.Weight, nil, nil, 0, 3, 0, now, p.Ward)
	prometheus.MustNewConstNativeHistogram(d, uint64(p.Visits), p.Weight, nil, nil, 0, 3, 0, now, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstNativeHistogram(d, uint64(p.Visits), p.Weight, nil, nil, 0, 3, 0, now, p.Ward)
}
