package app

import (
	"fmt"
	"log"

	"example.com/fix/model"
	_ "example.com/fix/store"
)

func Log(p *model.Patient) {
	log.Printf("patient %s at %s", p.Name, p.Postcode) // want `Patient.Name \(direct\), Patient.Postcode \(indirect\) reaches log sink log.Printf`
}

func Concat(p model.Patient) {
	fmt.Println("name: " + p.Name) // want `Patient.Name \(direct\) reaches log sink fmt.Println`
}

func Birth(p *model.Patient) {
	log.Print(p.BirthDate) // want `Patient.BirthDate \(indirect\) reaches log sink log.Print`
}

func NoFix(p *model.Patient) {
	log.Println(p.Diagnoses)        // want `Patient.Diagnoses \(clinical\) reaches log sink log.Println`
	log.Println(p.BirthDate.Year()) // want `Patient.BirthDate \(indirect\) reaches log sink log.Println`
}
