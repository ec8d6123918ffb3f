// Package dicomleaks uses github.com/suyashkumar/dicom under the dicom
// pack's marks (TestPackTables).
package dicomleaks

import (
	"log"

	"github.com/suyashkumar/dicom"
	"github.com/suyashkumar/dicom/pkg/tag"
)

func PatientAttributes(ds *dicom.Dataset) {
	name, err := ds.FindElementByTag(tag.PatientName)
	if err != nil {
		log.Println("no name:", err) // clean: the lookup's error
		return
	}
	log.Println("name", name.Value.String()) // want `Dataset.FindElementByTag\(\) \(direct\) reaches log sink log.Println`
	dob, _ := ds.FindElementByTag(tag.PatientBirthDate)
	log.Println("dob", dob) // want `\(indirect\) reaches log sink log.Println`
	desc, _ := ds.FindElementByTag(tag.StudyDescription)
	log.Println("study", dicom.MustGetStrings(desc.Value)) // want `\(clinical\) reaches log sink log.Println`
	rows, _ := ds.FindElementByTag(tag.Rows)
	log.Println("rows", rows.Value.String()) // clean: image geometry identifies no one
}

func NestedAttributes(ds *dicom.Dataset) {
	acc, _ := ds.FindElementByTagNested(tag.AccessionNumber)
	log.Println("accession", acc) // want `Dataset.FindElementByTagNested\(\) \(direct\) reaches log sink log.Println`
	mod, _ := ds.FindElementByTagNested(tag.Modality)
	log.Println("modality", mod) // clean
}

func StrictAttributes(ds *dicom.Dataset) {
	uid, _ := ds.FindElementByTag(tag.StudyInstanceUID)
	log.Println("study", uid) // want `\(indirect\) reaches log sink log.Println`
	nested, _ := ds.FindElementByTagNested(tag.SeriesInstanceUID)
	log.Println("series", nested) // want `\(indirect\) reaches log sink log.Println`
	syntax, _ := ds.FindElementByTagNested(tag.TransferSyntaxUID)
	log.Println("syntax", syntax) // clean
	bits, _ := ds.FindElementByTag(tag.BitsAllocated)
	log.Println("bits", bits) // clean
}

func Lookup(ds *dicom.Dataset, t tag.Tag) {
	e, _ := ds.FindElementByTag(t)
	log.Println(e) // clean: a tag not known where it is looked up
}

func WholeDataset(path string) {
	ds, err := dicom.ParseFile(path, nil)
	if err != nil {
		log.Println("parse:", err) // clean
		return
	}
	log.Println(ds.String())      // want `Dataset.Elements \(direct\) reaches log sink log.Println`
	log.Println(len(ds.Elements)) // clean: a count
	for _, e := range ds.Elements {
		log.Println(e.Value) // want `Dataset.Elements \(direct\) reaches log sink log.Println`
	}
}
