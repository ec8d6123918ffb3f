package catalog

// github.com/prometheus/client_golang: label values (and constant labels)
// are exported with every scrape; the observed numbers are not sinks.

var promVecs = []string{"(*github.com/prometheus/client_golang/prometheus.CounterVec).",
	"(*github.com/prometheus/client_golang/prometheus.GaugeVec).",
	"(*github.com/prometheus/client_golang/prometheus.HistogramVec).",
	"(*github.com/prometheus/client_golang/prometheus.SummaryVec).",
	"(github.com/prometheus/client_golang/prometheus.ObserverVec)."}

func promVecSinks() []Sink {
	var out []Sink
	for _, v := range promVecs {
		out = append(out, sinksOf(each(v, "WithLabelValues", "With", "GetMetricWithLabelValues", "GetMetricWith", "CurryWith", "MustCurryWith"), Export, From(1), Raw)...)
	}
	return out
}

const prom = "github.com/prometheus/client_golang/prometheus."

var prometheusTable = Table{
	Package: "github.com/prometheus/client_golang",
	Sinks: concat(
		promVecSinks(),
		// Constant labels in the options of a new metric.
		sinksOf(each(prom, "NewCounter", "NewGauge", "NewHistogram", "NewSummary",
			"NewCounterVec", "NewGaugeVec", "NewHistogramVec", "NewSummaryVec"), Export, At(0), Raw),
		[]Sink{
			{Func: prom + "NewDesc", Kind: Export, Data: At(3)},
			{Func: prom + "NewConstMetric", Kind: Export, Data: From(3)},
			{Func: prom + "MustNewConstMetric", Kind: Export, Data: From(3)},
			// Exemplar labels.
			{Func: "(" + prom + "ExemplarObserver).ObserveWithExemplar", Kind: Export, Data: At(2)},
			{Func: "(" + prom + "ExemplarAdder).AddWithExemplar", Kind: Export, Data: At(2)},
		},
	),
}
