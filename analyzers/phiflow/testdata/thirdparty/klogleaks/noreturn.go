package klogleaks

import (
	"k8s.io/klog/v2"

	"example.com/thirdparty/model"
)

// NoReturn: Fatal and Exit end the path, so a check whose failure branch
// ends in one guards what follows; Error returns.
func NoReturn(p *model.Patient) {
	if !model.Allowed(p) {
		klog.Fatalf("no consent for %s", p.ID)
	}
	klog.Info(p.Name)
}

func NoReturnExit(p *model.Patient) {
	if !model.Allowed(p) {
		klog.Exit("no consent")
	}
	klog.Info(p.Name)
}

func ErrorReturns(p *model.Patient) {
	if !model.Allowed(p) {
		klog.Error("no consent")
	}
	klog.Info(p.Name) // want "PHI1001"
}
