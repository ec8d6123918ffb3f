package grpcleaks

import (
	"google.golang.org/grpc/grpclog"

	"example.com/thirdparty/model"
)

// Logs: grpclog's functions print through the installed logger.
func Logs(p *model.Patient, card model.Card) {
	grpclog.Info("patient ", p.Name) // want "PHI1001"
	grpclog.Info("patient ", p.ID)
	grpclog.Infof("patient %s", p.Name) // want "PHI1001"
	grpclog.Infof("patient %s", p.ID)
	grpclog.Infoln("patient ", p.Name) // want "PHI1001"
	grpclog.Infoln("patient ", p.ID)
	grpclog.Warning("patient ", p.Name) // want "PHI1001"
	grpclog.Warning("patient ", p.ID)
	grpclog.Warningf("patient %s", p.Name) // want "PHI1001"
	grpclog.Warningf("patient %s", p.ID)
	grpclog.Warningln("patient ", p.Name) // want "PHI1001"
	grpclog.Warningln("patient ", p.ID)
	grpclog.Error("patient ", p.Name) // want "PHI1001"
	grpclog.Error("patient ", p.ID)
	grpclog.Errorf("patient %s", p.Name) // want "PHI1001"
	grpclog.Errorf("patient %s", p.ID)
	grpclog.Errorln("patient ", p.Name) // want "PHI1001"
	grpclog.Errorln("patient ", p.ID)
	grpclog.Fatal("patient ", p.Name) // want "PHI1001"
	grpclog.Fatal("patient ", p.ID)
	grpclog.Fatalf("patient %s", p.Name) // want "PHI1001"
	grpclog.Fatalf("patient %s", p.ID)
	grpclog.Fatalln("patient ", p.Name) // want "PHI1001"
	grpclog.Fatalln("patient ", p.ID)
	grpclog.Print("patient ", p.Name) // want "PHI1001"
	grpclog.Print("patient ", p.ID)
	grpclog.Printf("patient %s", p.Name) // want "PHI1001"
	grpclog.Printf("patient %s", p.ID)
	grpclog.Println("patient ", p.Name) // want "PHI1001"
	grpclog.Println("patient ", p.ID)
	grpclog.InfoDepth(1, "patient ", p.Name) // want "PHI1001"
	grpclog.InfoDepth(1, "patient ", p.ID)
	grpclog.WarningDepth(1, "patient ", p.Name) // want "PHI1001"
	grpclog.WarningDepth(1, "patient ", p.ID)
	grpclog.ErrorDepth(1, "patient ", p.Name) // want "PHI1001"
	grpclog.ErrorDepth(1, "patient ", p.ID)
	grpclog.FatalDepth(1, "patient ", p.Name) // want "PHI1001"
	grpclog.FatalDepth(1, "patient ", p.ID)
	grpclog.Info("patient ", card)
	if model.Allowed(p) {
		grpclog.Infof("patient %s", p.Name)
	}
	grpclog.Infof("patient %s", model.Redact(p.Name))
}

// ComponentLogs: a component's logger is a grpclog.DepthLoggerV2.
func ComponentLogs(p *model.Patient) {
	l := grpclog.Component("clinic")
	l.Info("patient ", p.Name) // want "PHI1001"
	l.Info("patient ", p.ID)
	l.Infof("patient %s", p.Name) // want "PHI1001"
	l.Infof("patient %s", p.ID)
	l.Infoln("patient ", p.Name) // want "PHI1001"
	l.Infoln("patient ", p.ID)
	l.Warning("patient ", p.Name) // want "PHI1001"
	l.Warning("patient ", p.ID)
	l.Warningf("patient %s", p.Name) // want "PHI1001"
	l.Warningf("patient %s", p.ID)
	l.Warningln("patient ", p.Name) // want "PHI1001"
	l.Warningln("patient ", p.ID)
	l.Error("patient ", p.Name) // want "PHI1001"
	l.Error("patient ", p.ID)
	l.Errorf("patient %s", p.Name) // want "PHI1001"
	l.Errorf("patient %s", p.ID)
	l.Errorln("patient ", p.Name) // want "PHI1001"
	l.Errorln("patient ", p.ID)
	l.Fatal("patient ", p.Name) // want "PHI1001"
	l.Fatal("patient ", p.ID)
	l.Fatalf("patient %s", p.Name) // want "PHI1001"
	l.Fatalf("patient %s", p.ID)
	l.Fatalln("patient ", p.Name) // want "PHI1001"
	l.Fatalln("patient ", p.ID)
	l.InfoDepth(1, "patient ", p.Name) // want "PHI1001"
	l.InfoDepth(1, "patient ", p.ID)
	l.WarningDepth(1, "patient ", p.Name) // want "PHI1001"
	l.WarningDepth(1, "patient ", p.ID)
	l.ErrorDepth(1, "patient ", p.Name) // want "PHI1001"
	l.ErrorDepth(1, "patient ", p.ID)
	l.FatalDepth(1, "patient ", p.Name) // want "PHI1001"
	l.FatalDepth(1, "patient ", p.ID)
}

// LoggerV2s: one made by grpclog.NewLoggerV2.
func LoggerV2s(l grpclog.LoggerV2, p *model.Patient) {
	l.Infof("patient %s", p.NHSNumber) // want "PHI1001"
	l.Infof("patient %s", p.ID)
}
