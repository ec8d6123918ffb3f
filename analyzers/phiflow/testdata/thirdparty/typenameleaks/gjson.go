package typenameleaks

import (
	"log"

	"github.com/tidwall/gjson"
)

// GJSONTypeLogged: gjson's path to the type member.
func GJSONTypeLogged(r *Resource) {
	log.Printf("parsing a %s", gjson.GetBytes(r.JSON, "resourceType").String())
}

// GJSONContainedTypePanics: a dotted path whose last member is the type.
func GJSONContainedTypePanics(r *Resource) {
	if rt := gjson.Get(string(r.JSON), "contained.0.resourceType"); rt.Str != "Patient" {
		panic("unsupported contained " + rt.Str)
	}
}

// GJSONLinkedDataTypeLogged: "@type" escaped, as gjson names the member
// (unescaped, '@' starts a modifier).
func GJSONLinkedDataTypeLogged(r *Resource) {
	node := gjson.ParseBytes(r.JSON)
	log.Printf("node of class %s", node.Get(`\@type`).String())
}

// GJSONNameLogged: any other member is the document's data.
func GJSONNameLogged(r *Resource) {
	log.Printf("family %s", gjson.GetBytes(r.JSON, "name.0.family").String()) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// GJSONPathLogged: a path the code computes may name any member.
func GJSONPathLogged(r *Resource, path string) {
	log.Printf("%s", gjson.Get(string(r.JSON), path).Raw) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// GJSONQueryLogged: a query after the type member selects other members.
func GJSONQueryLogged(r *Resource) {
	node := gjson.ParseBytes(r.JSON)
	log.Printf("%s", node.Get(`contained.#(resourceType=="Patient")`).Raw) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}

// GJSONMultipathLogged: a multipath that lists the type member among
// others.
func GJSONMultipathLogged(r *Resource) {
	log.Printf("%s", gjson.GetBytes(r.JSON, "[resourceType,text.div]").Raw) // want `Resource.JSON \(clinical\) reaches log sink log.Printf`
}
