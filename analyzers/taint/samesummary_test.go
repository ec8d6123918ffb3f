package taint

import "testing"

// TestSameSummaryIgnoresListOrder: a cycle's member whose sinks, writes
// and links come out in another order on the next pass has not changed;
// one whose sets differ has.
func TestSameSummaryIgnoresListOrder(t *testing.T) {
	logSink := SinkDesc{Name: "log.Print"}
	sendSink := SinkDesc{Name: "http.NewRequest"}
	a := &Summary{
		Sinks:      []ParamSink{{Param: 0, Path: ".Name", Sink: logSink}, {Param: 1, Sink: sendSink}},
		Writes:     []WriterSink{{Dest: 0, Sink: logSink, Data: Set{paramLabel(2, "")}}, {Dest: 1, Sink: sendSink}},
		ParamLinks: []ParamLink{{From: 1, Into: 0, Path: ".Kids"}, {From: 2, Into: 0}},
	}
	b := &Summary{
		Sinks:      []ParamSink{{Param: 1, Sink: sendSink}, {Param: 0, Path: ".Name", Sink: logSink}},
		Writes:     []WriterSink{{Dest: 1, Sink: sendSink}, {Dest: 0, Sink: logSink, Data: Set{paramLabel(2, "")}}},
		ParamLinks: []ParamLink{{From: 2, Into: 0}, {From: 1, Into: 0, Path: ".Kids"}},
	}
	if !sameSummary(a, b) {
		t.Error("the same sinks, writes and links in another order count as a change")
	}
	c := *b
	c.Writes = []WriterSink{{Dest: 1, Sink: sendSink}, {Dest: 0, Sink: logSink, Data: Set{paramLabel(3, "")}}}
	if sameSummary(a, &c) {
		t.Error("a write of other data counts as the same")
	}
	d := *b
	d.Sinks = []ParamSink{{Param: 1, Sink: sendSink}, {Param: 0, Path: ".Name", Sink: sendSink}}
	if sameSummary(a, &d) {
		t.Error("a sink of another kind counts as the same")
	}
}
