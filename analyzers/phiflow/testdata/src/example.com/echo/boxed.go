package echo

import (
	"encoding/json"
	"log"
	"net/http"
)

// A service maps the request into its own model, hands the model boxed
// in an interface to a store that only reads it (marshals it), and maps
// the model back into the answer: the answer holds only what the caller
// sent, as it does when the store takes the model's own type. A store
// that writes into what it is handed, or a model kept beside the call,
// makes the answer hold what the store put there.

type EpisodeRequest struct {
	Dossier   string `json:"dossier"`
	Diagnosis string `json:"diagnosis" phi:"clinical"`
}

type EpisodeModel struct {
	ID   string
	Type string `phi:"clinical"`
}

type EpisodeAnswer struct {
	ID        string `json:"id"`
	Diagnosis string `json:"diagnosis" phi:"clinical"`
}

// putResource only reads what it is handed.
func putResource(resource any) error {
	_, err := json.Marshal(resource)
	return err
}

// putAndReload writes the stored copy back into what it is handed.
func putAndReload(resource any) error {
	if m, ok := resource.(*EpisodeModel); ok {
		m.Type = chartNotes(m.ID)
	}
	return nil
}

var lastEpisode any

func episodeAnswer(m *EpisodeModel) *EpisodeAnswer {
	return &EpisodeAnswer{ID: m.ID, Diagnosis: m.Type}
}

func createEpisode(req EpisodeRequest) *EpisodeAnswer {
	m := &EpisodeModel{ID: req.Dossier, Type: req.Diagnosis}
	_ = putResource(m)
	return episodeAnswer(m)
}

func createEpisodeReloaded(req EpisodeRequest) *EpisodeAnswer {
	m := &EpisodeModel{ID: req.Dossier, Type: req.Diagnosis}
	_ = putAndReload(m)
	return episodeAnswer(m)
}

// createEpisodeKept keeps the boxed model where other code may write it.
func createEpisodeKept(req EpisodeRequest) *EpisodeAnswer {
	m := &EpisodeModel{ID: req.Dossier, Type: req.Diagnosis}
	var boxed any = m
	lastEpisode = boxed
	_ = putResource(boxed)
	return episodeAnswer(m)
}

func decodeEpisode(r *http.Request) (EpisodeRequest, bool) {
	var req EpisodeRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return req, err == nil
}

func CreateEpisode(w http.ResponseWriter, r *http.Request) {
	req, ok := decodeEpisode(r)
	if !ok {
		return
	}
	a := createEpisode(req)
	json.NewEncoder(w).Encode(a) // clean: the store only read the caller's own diagnosis
	log.Printf("episode %+v", a) // want `EpisodeAnswer.Diagnosis \(clinical\).* reaches log sink log.Printf`
}

func CreateEpisodeReloaded(w http.ResponseWriter, r *http.Request) {
	req, ok := decodeEpisode(r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(createEpisodeReloaded(req)) // want `is sent in a response`
}

func CreateEpisodeKept(w http.ResponseWriter, r *http.Request) {
	req, ok := decodeEpisode(r)
	if !ok {
		return
	}
	json.NewEncoder(w).Encode(createEpisodeKept(req)) // want `is sent in a response`
}

// EchoReloaded hands the caller's own record boxed to a store that
// writes a chart's notes into it before it is answered.
func EchoReloaded(w http.ResponseWriter, r *http.Request) {
	var m EpisodeModel
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		return
	}
	_ = putAndReload(&m)
	json.NewEncoder(w).Encode(m) // want `is sent in a response`
}
