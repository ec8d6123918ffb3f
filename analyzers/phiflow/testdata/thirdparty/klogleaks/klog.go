// Package klogleaks has the cases of k8s.io/klog/v2.
package klogleaks

import (
	"k8s.io/klog/v2"

	"example.com/thirdparty/model"
)

// Printing: every printing function, and structured key/value pairs.
func Printing(p *model.Patient) {
	klog.Info(p.Name) // want "PHI1001"
	klog.Info(p.ID)
	klog.InfoDepth(0, p.Name) // want "PHI1001"
	klog.InfoDepth(0, p.ID)
	klog.Infoln(p.Name) // want "PHI1001"
	klog.Infoln(p.ID)
	klog.InfolnDepth(0, p.Name) // want "PHI1001"
	klog.InfolnDepth(0, p.ID)
	klog.Infof("%s", p.Name) // want "PHI1001"
	klog.Infof("%s", p.ID)
	klog.InfofDepth(0, "%s", p.Name) // want "PHI1001"
	klog.InfofDepth(0, "%s", p.ID)
	klog.InfoS("x", "name", p.Name) // want "PHI1001"
	klog.InfoS("x", "id", p.ID)
	klog.InfoSDepth(0, "x", "name", p.Name) // want "PHI1001"
	klog.InfoSDepth(0, "x", "id", p.ID)
	klog.Warning(p.Name) // want "PHI1001"
	klog.Warning(p.ID)
	klog.WarningDepth(0, p.Name) // want "PHI1001"
	klog.WarningDepth(0, p.ID)
	klog.Warningln(p.Name) // want "PHI1001"
	klog.Warningln(p.ID)
	klog.WarninglnDepth(0, p.Name) // want "PHI1001"
	klog.WarninglnDepth(0, p.ID)
	klog.Warningf("%s", p.Name) // want "PHI1001"
	klog.Warningf("%s", p.ID)
	klog.WarningfDepth(0, "%s", p.Name) // want "PHI1001"
	klog.WarningfDepth(0, "%s", p.ID)
	klog.Error(p.Name) // want "PHI1001"
	klog.Error(p.ID)
	klog.ErrorDepth(0, p.Name) // want "PHI1001"
	klog.ErrorDepth(0, p.ID)
	klog.Errorln(p.Name) // want "PHI1001"
	klog.Errorln(p.ID)
	klog.ErrorlnDepth(0, p.Name) // want "PHI1001"
	klog.ErrorlnDepth(0, p.ID)
	klog.Errorf("%s", p.Name) // want "PHI1001"
	klog.Errorf("%s", p.ID)
	klog.ErrorfDepth(0, "%s", p.Name) // want "PHI1001"
	klog.ErrorfDepth(0, "%s", p.ID)
	klog.ErrorS(model.Err(p), "x") // want "PHI1001"
	klog.ErrorS(nil, "x", "id", p.ID)
	klog.ErrorSDepth(0, model.Err(p), "x") // want "PHI1001"
	klog.ErrorSDepth(0, nil, "x", "id", p.ID)
	klog.Fatal(p.Name) // want "PHI1001"
	klog.Fatal(p.ID)
	klog.FatalDepth(0, p.Name) // want "PHI1001"
	klog.FatalDepth(0, p.ID)
	klog.Fatalln(p.Name) // want "PHI1001"
	klog.Fatalln(p.ID)
	klog.FatallnDepth(0, p.Name) // want "PHI1001"
	klog.FatallnDepth(0, p.ID)
	klog.Fatalf("%s", p.Name) // want "PHI1001"
	klog.Fatalf("%s", p.ID)
	klog.FatalfDepth(0, "%s", p.Name) // want "PHI1001"
	klog.FatalfDepth(0, "%s", p.ID)
	klog.Exit(p.Name) // want "PHI1001"
	klog.Exit(p.ID)
	klog.ExitDepth(0, p.Name) // want "PHI1001"
	klog.ExitDepth(0, p.ID)
	klog.Exitln(p.Name) // want "PHI1001"
	klog.Exitln(p.ID)
	klog.ExitlnDepth(0, p.Name) // want "PHI1001"
	klog.ExitlnDepth(0, p.ID)
	klog.Exitf("%s", p.Name) // want "PHI1001"
	klog.Exitf("%s", p.ID)
	klog.ExitfDepth(0, "%s", p.Name) // want "PHI1001"
	klog.ExitfDepth(0, "%s", p.ID)
}

// Verbose: a V(level) logs like the functions.
func Verbose(p *model.Patient) {
	klog.V(2).Info(p.Name) // want "PHI1001"
	klog.V(2).Info(p.ID)
	klog.V(2).InfoDepth(0, p.Name) // want "PHI1001"
	klog.V(2).InfoDepth(0, p.ID)
	klog.V(2).Infoln(p.Name) // want "PHI1001"
	klog.V(2).Infoln(p.ID)
	klog.V(2).InfolnDepth(0, p.Name) // want "PHI1001"
	klog.V(2).InfolnDepth(0, p.ID)
	klog.V(2).Infof("%s", p.Name) // want "PHI1001"
	klog.V(2).Infof("%s", p.ID)
	klog.V(2).InfofDepth(0, "%s", p.Name) // want "PHI1001"
	klog.V(2).InfofDepth(0, "%s", p.ID)
	klog.V(2).InfoS("x", "name", p.Name) // want "PHI1001"
	klog.V(2).InfoS("x", "id", p.ID)
	klog.V(2).InfoSDepth(0, "x", "name", p.Name) // want "PHI1001"
	klog.V(2).InfoSDepth(0, "x", "id", p.ID)
	klog.V(2).Error(model.Err(p), "x") // want "PHI1001"
	klog.V(2).Error(nil, "x", "id", p.ID)
	klog.V(2).ErrorS(model.Err(p), "x") // want "PHI1001"
	klog.V(2).ErrorS(nil, "x", "id", p.ID)
	if model.Allowed(p) {
		klog.InfoS("x", "name", p.Name)
	}
	klog.InfoS("x", "name", model.Redact(p.Name))
}

// object has the metadata klog.KObj reads.
type object struct{ name, ns string }

func (o object) GetName() string      { return o.name }
func (o object) GetNamespace() string { return o.ns }

// References: object references and the contextual logger.
func References(p *model.Patient, b model.Badge, c model.Card) {
	klog.InfoS("x", "patient", klog.KObj(object{name: p.Name})) // want "PHI1001"
	klog.InfoS("x", "patient", klog.KObj(object{name: p.ID}))
	klog.InfoS("x", "patients", klog.KObjs([]object{{name: p.Name}})) // want "PHI1001"
	klog.InfoS("x", "patients", klog.KObjs([]object{{name: p.ID}}))
	klog.InfoS("x", "patients", klog.KObjSlice([]object{{name: p.Name}})) // want "PHI1001"
	klog.InfoS("x", "patients", klog.KObjSlice([]object{{name: p.ID}}))
	klog.InfoS("x", "patient", klog.KRef(p.Ward, p.Name)) // want "PHI1001"
	klog.InfoS("x", "patient", klog.KRef(p.Ward, p.ID))
	klog.InfoS("x", "badge", klog.Format(b)) // want "Badge.Name.*PHI1001"
	klog.InfoS("x", "card", klog.Format(c))
	l := klog.Background()
	klog.LoggerWithValues(l, "name", p.Name).Info("x") // want "PHI1001"
	klog.LoggerWithValues(l, "id", p.ID).Info("x")
	klog.LoggerWithName(l, p.Name).Info("x") // want "PHI1001"
	klog.LoggerWithName(l, "clinic").Info("x")
}
