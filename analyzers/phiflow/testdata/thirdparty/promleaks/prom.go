// Package promleaks has the cases of github.com/prometheus/client_golang.
package promleaks

import (
	"github.com/prometheus/client_golang/prometheus"

	"example.com/thirdparty/model"
)

// Labels: label values are exported with every scrape.
func Labels(cv *prometheus.CounterVec, gv *prometheus.GaugeVec, hv *prometheus.HistogramVec, sv *prometheus.SummaryVec, ov prometheus.ObserverVec, p *model.Patient) {
	cv.WithLabelValues(p.Postcode) // want "Patient.Postcode.*PHI1002"
	cv.WithLabelValues(p.Ward)
	cv.With(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	cv.With(prometheus.Labels{"ward": p.Ward})
	cv.GetMetricWithLabelValues(p.Postcode) // want "PHI1002"
	cv.GetMetricWithLabelValues(p.Ward)
	cv.GetMetricWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	cv.GetMetricWith(prometheus.Labels{"ward": p.Ward})
	cv.CurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	cv.CurryWith(prometheus.Labels{"ward": p.Ward})
	cv.MustCurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	cv.MustCurryWith(prometheus.Labels{"ward": p.Ward})
	gv.WithLabelValues(p.Postcode) // want "Patient.Postcode.*PHI1002"
	gv.WithLabelValues(p.Ward)
	gv.With(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	gv.With(prometheus.Labels{"ward": p.Ward})
	gv.GetMetricWithLabelValues(p.Postcode) // want "PHI1002"
	gv.GetMetricWithLabelValues(p.Ward)
	gv.GetMetricWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	gv.GetMetricWith(prometheus.Labels{"ward": p.Ward})
	gv.CurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	gv.CurryWith(prometheus.Labels{"ward": p.Ward})
	gv.MustCurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	gv.MustCurryWith(prometheus.Labels{"ward": p.Ward})
	hv.WithLabelValues(p.Postcode) // want "Patient.Postcode.*PHI1002"
	hv.WithLabelValues(p.Ward)
	hv.With(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	hv.With(prometheus.Labels{"ward": p.Ward})
	hv.GetMetricWithLabelValues(p.Postcode) // want "PHI1002"
	hv.GetMetricWithLabelValues(p.Ward)
	hv.GetMetricWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	hv.GetMetricWith(prometheus.Labels{"ward": p.Ward})
	hv.CurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	hv.CurryWith(prometheus.Labels{"ward": p.Ward})
	hv.MustCurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	hv.MustCurryWith(prometheus.Labels{"ward": p.Ward})
	sv.WithLabelValues(p.Postcode) // want "Patient.Postcode.*PHI1002"
	sv.WithLabelValues(p.Ward)
	sv.With(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	sv.With(prometheus.Labels{"ward": p.Ward})
	sv.GetMetricWithLabelValues(p.Postcode) // want "PHI1002"
	sv.GetMetricWithLabelValues(p.Ward)
	sv.GetMetricWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	sv.GetMetricWith(prometheus.Labels{"ward": p.Ward})
	sv.CurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	sv.CurryWith(prometheus.Labels{"ward": p.Ward})
	sv.MustCurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	sv.MustCurryWith(prometheus.Labels{"ward": p.Ward})
	ov.WithLabelValues(p.Postcode) // want "Patient.Postcode.*PHI1002"
	ov.WithLabelValues(p.Ward)
	ov.With(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	ov.With(prometheus.Labels{"ward": p.Ward})
	ov.GetMetricWithLabelValues(p.Postcode) // want "PHI1002"
	ov.GetMetricWithLabelValues(p.Ward)
	ov.GetMetricWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	ov.GetMetricWith(prometheus.Labels{"ward": p.Ward})
	ov.CurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	ov.CurryWith(prometheus.Labels{"ward": p.Ward})
	ov.MustCurryWith(prometheus.Labels{"postcode": p.Postcode}) // want "PHI1002"
	ov.MustCurryWith(prometheus.Labels{"ward": p.Ward})
	if model.Allowed(p) {
		cv.WithLabelValues(p.Postcode)
	}
	cv.WithLabelValues(model.Redact(p.Postcode))
}

// Observations: the observed numbers are not exported as labels.
func Observations(cv *prometheus.CounterVec, hv *prometheus.HistogramVec, p *model.Patient) {
	cv.WithLabelValues(p.Ward).Add(float64(p.Age))
	hv.WithLabelValues(p.Ward).Observe(p.Weight)
}

// ConstLabels: constant labels and exemplars are exported too.
func ConstLabels(d *prometheus.Desc, eo prometheus.ExemplarObserver, ea prometheus.ExemplarAdder, p *model.Patient) {
	prometheus.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	prometheus.NewCounter(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	prometheus.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	prometheus.NewCounterVec(prometheus.CounterOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	prometheus.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	prometheus.NewGauge(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	prometheus.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	prometheus.NewHistogram(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	prometheus.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}) // want "PHI1002"
	prometheus.NewSummary(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}})
	prometheus.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"name": p.Name}}, []string{"ward"}) // want "PHI1002"
	prometheus.NewSummaryVec(prometheus.SummaryOpts{Name: "n", ConstLabels: prometheus.Labels{"ward": p.Ward}}, []string{"ward"})
	prometheus.NewDesc("n", "h", nil, prometheus.Labels{"name": p.Name}) // want "PHI1002"
	prometheus.NewDesc("n", "h", []string{"ward"}, prometheus.Labels{"ward": p.Ward})
	prometheus.NewConstMetric(d, prometheus.GaugeValue, p.Weight, p.Postcode) // want "PHI1002"
	prometheus.NewConstMetric(d, prometheus.GaugeValue, p.Weight, p.Ward)
	prometheus.MustNewConstMetric(d, prometheus.GaugeValue, p.Weight, p.Postcode) // want "PHI1002"
	prometheus.MustNewConstMetric(d, prometheus.GaugeValue, p.Weight, p.Ward)
	eo.ObserveWithExemplar(p.Weight, prometheus.Labels{"name": p.Name}) // want "PHI1002"
	eo.ObserveWithExemplar(p.Weight, prometheus.Labels{"trace": p.ID})
	ea.AddWithExemplar(p.Weight, prometheus.Labels{"name": p.Name}) // want "PHI1002"
	ea.AddWithExemplar(p.Weight, prometheus.Labels{"trace": p.ID})
}
