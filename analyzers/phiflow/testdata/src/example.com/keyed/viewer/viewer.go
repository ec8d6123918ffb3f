// Package viewer wraps the imaging library: what its exported functions
// return reaches its callers in other packages through their summaries.
package viewer

import "example.com/keyed/imaging"

// PatientName returns the patient's name in the dataset.
func PatientName(d *imaging.Dataset) string {
	e, err := d.Find(imaging.PatientName)
	if err != nil {
		return ""
	}
	return e.Value
}

// Modality returns the kind of equipment that made the image.
func Modality(d *imaging.Dataset) string {
	e, err := d.Find(imaging.Modality)
	if err != nil {
		return ""
	}
	return e.Value
}

// ByTag returns the value of any tag: the key is not known here.
func ByTag(d *imaging.Dataset, t imaging.Tag) string {
	e, err := d.Find(t)
	if err != nil {
		return ""
	}
	return e.Value
}
