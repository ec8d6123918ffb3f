// Package generated has a generated file and a hand-written one.
package generated

import "log"

func Load(x *PatientRecord) {
	log.Println("loaded", x.GetName()) // want `PatientRecord.Name \(direct\) reaches log sink log.Println`
	Trace(x.Surname)                   // want `PatientRecord.Surname \(direct\) reaches log sink log.Println`
	Trace(x.Id)                        // clean
	debugName(x)                       // want `PatientRecord.Surname \(direct\) reaches log sink log.Println`
	x.Dump()                           // clean: Dump is exported and judged in its (generated) body
}
