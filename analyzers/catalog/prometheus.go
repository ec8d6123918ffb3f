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

const (
	prom     = "github.com/prometheus/client_golang/prometheus."
	promauto = "github.com/prometheus/client_golang/prometheus/promauto."
)

// promNews are the constructors of a metric or vector, whose options
// hold constant labels.
var promNews = []string{"NewCounter", "NewGauge", "NewHistogram", "NewSummary",
	"NewCounterVec", "NewGaugeVec", "NewHistogramVec", "NewSummaryVec", "NewCounterFunc", "NewGaugeFunc", "NewUntypedFunc"}

var prometheusTable = register(Table{
	Package: "github.com/prometheus/client_golang", Name: "Prometheus", Cases: "promleaks",
	Sinks: concat(
		promVecSinks(),
		// Constant labels in the options of a new metric.
		sinksOf(each(prom, promNews...), Export, At(0), Raw),
		sinksOf(each(promauto, promNews...), Export, At(0), Raw),
		sinksOf(each("("+promauto+"Factory).", promNews...), Export, At(1), Raw),
		// Label values of the metrics a custom collector makes: after the
		// numbers (and the created timestamp, where there is one).
		sinksOf(each(prom, "NewConstMetric", "MustNewConstMetric"), Export, From(3), Raw),
		sinksOf(each(prom, "NewConstMetricWithCreatedTimestamp", "MustNewConstMetricWithCreatedTimestamp",
			"NewConstHistogram", "MustNewConstHistogram", "NewConstSummary", "MustNewConstSummary"), Export, From(4), Raw),
		sinksOf(each(prom, "NewConstHistogramWithCreatedTimestamp", "MustNewConstHistogramWithCreatedTimestamp",
			"NewConstSummaryWithCreatedTimestamp", "MustNewConstSummaryWithCreatedTimestamp"), Export, From(5), Raw),
		sinksOf(each(prom, "NewConstNativeHistogram", "MustNewConstNativeHistogram"), Export, From(9), Raw),
		[]Sink{
			{Func: prom + "NewDesc", Kind: Export, Data: At(3)},
			// Labels added to every metric registered through the result.
			{Func: prom + "WrapRegistererWith", Kind: Export, Data: At(0)},
			// Exemplar labels.
			{Func: "(" + prom + "ExemplarObserver).ObserveWithExemplar", Kind: Export, Data: At(2)},
			{Func: "(" + prom + "ExemplarAdder).AddWithExemplar", Kind: Export, Data: At(2)},
		},
	),
})
