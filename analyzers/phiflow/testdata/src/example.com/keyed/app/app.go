// Package app reads datasets and messages whose identifiable parts are
// marked by keyed configuration entries (TestConfigKeyed).
package app

import (
	"log"

	"example.com/keyed/hl7msg"
	"example.com/keyed/imaging"
	"example.com/keyed/viewer"
)

func ByVarKey(d *imaging.Dataset) {
	name, _ := d.Find(imaging.PatientName)
	log.Println("name", name.Value) // want `Dataset.Find\(\) \(direct\) reaches log sink log.Println`
	dob, _ := d.Find(imaging.BirthDate)
	log.Println("dob", dob) // want `\(indirect\) reaches log sink log.Println`
	mod, _ := d.Find(imaging.Modality)
	log.Println("modality", mod.Value) // clean: a tag that is not a key
}

func ByKeyInVariable(d *imaging.Dataset) {
	t := imaging.PatientName
	e, _ := d.Find(t)
	log.Println(e.Value) // want `reaches log sink log.Println`
}

func ByLiteralTag(d *imaging.Dataset) {
	e, _ := d.Find(imaging.Tag{Group: 0x0010, Element: 0x0010})
	log.Println(e.Value) // clean: not a key, though it has a key's value (the precise choice)
}

func ByNonConstant(d *imaging.Dataset, t imaging.Tag) {
	e, _ := d.Find(t)
	log.Println(e.Value) // clean: a key not known where it is looked up gives nothing
}

func ByNamedConst(d *imaging.Dataset) {
	log.Println(d.Lookup(imaging.KeywordPatientID)) // want `Dataset.Lookup\(\) \(direct\) reaches log sink log.Println`
	log.Println(d.Lookup(imaging.KeywordRows))      // clean
}

func ByLaterArgument(d *imaging.Dataset) {
	log.Println(imaging.Value(d, "study", imaging.PatientName)) // want `imaging.Value\(\) \(direct\) reaches log sink log.Println`
	log.Println(imaging.Value(d, "study", imaging.Modality))    // clean
}

func ByPath(m *hl7msg.Message) {
	name, _ := m.Find("PID.5")
	log.Println(name) // want `Message.Find\(\) \(direct\) reaches log sink log.Println`
	given, _ := m.Find("PID.5.1")
	log.Println(given) // want `\(direct\) reaches log sink log.Println`
	dx, _ := m.Find("DG1.3")
	log.Println(dx) // want `\(clinical\) reaches log sink log.Println`
	setID, _ := m.Find("PID.51")
	log.Println(setID) // clean: PID.51 is not under PID.5
	kind, _ := m.Find("MSH.9")
	log.Println(kind) // clean
	overridden, _ := m.Find("PID.5.7")
	log.Println(overridden) // clean: a later key marks the component not identifiable
}

func ByPathVariable(m *hl7msg.Message, path string) {
	v, _ := m.Find(path)
	log.Println(v) // clean: not a constant
}

func AcrossPackages(d *imaging.Dataset) {
	log.Println(viewer.PatientName(d))                // want `reaches log sink log.Println`
	log.Println(viewer.Modality(d))                   // clean
	log.Println(viewer.ByTag(d, imaging.PatientName)) // clean: the key is a parameter where the lookup is
}

func WholeDataset(d *imaging.Dataset) {
	log.Println(d)          // want `Dataset.Elements \(direct\) reaches log sink log.Println`
	log.Println(d.Elements) // want `Dataset.Elements \(direct\) reaches log sink log.Println`
	for _, e := range d.Elements {
		log.Println(e.Value) // want `Dataset.Elements \(direct\) reaches log sink log.Println`
	}
}
