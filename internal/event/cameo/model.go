package cameo

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the compiled model
	"encoding/csv"
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Model is every dictionary the event coder uses.
type Model struct {
	Verbs    *VerbDict
	Actors   *ActorDict
	Agents   *AgentDict
	PLOVER   map[string]Coding // CAMEO code -> PLOVER type/mode/context
	Scores   map[string]Score  // CAMEO code -> Goldstein, quad class
	Codebook []ModeDef
	Discards Discards
	// Animate holds common nouns that name people ("sailors", "fishermen"),
	// learned from unlabeled text (animacy.go).
	Animate map[string]bool
}

// ModelFile is where Save writes the model for embedding, relative to the
// repository root.
const ModelFile = "internal/event/cameo/events.gob.gz"

// supplementVerbs are sitrep's additions to the PETRARCH2 verb dictionary:
// objects that CAMEO codes by its codebook and the dictionary lacks.
//
//go:embed supplement.verbs.txt
var supplementVerbs []byte

// Sources lists the shared files Compile reads, relative to ../shared.
var Sources = struct {
	Verbs, PLOVER, Goldstein, Codebook, Agents, Discards string
	Actors, Unlabeled                                    []string
}{
	Verbs:     "train/events/petrarch2/CAMEO.2.0.txt",
	PLOVER:    "train/events/plover/CAMEO2PLOVER-2021.txt",
	Goldstein: "train/events/phoenix_pipeline/cameo_goldstein_quad.tsv",
	Codebook:  "train/events/ngec/PLOVER_structured_codebook_updated.csv",
	Agents:    "train/events/petrarch2/Phoenix.agents.txt",
	Discards:  "train/events/petrarch2/Phoenix.discards.txt",
	Actors: []string{
		"train/events/petrarch2/Phoenix.Countries.actors.txt",
		"train/events/petrarch2/Phoenix.International.actors.txt",
		"train/events/petrarch2/Phoenix.MilNonState.actors.txt",
	},
	Unlabeled: []string{
		"corpus/unlabeled/wikinews-en-toscadata/wikinews-en-2004-2018.tsv.gz",
		"corpus/unlabeled/ungdc/ungdc-1990-2024.tsv.gz",
		"corpus/unlabeled/reuters21578/reuters21578.tsv.gz",
	},
}

// Compile parses the shared event dictionaries under shared.
func Compile(shared string) (*Model, error) {
	m := &Model{Actors: &ActorDict{}, Agents: &AgentDict{}}
	open := func(rel string, parse func(io.Reader) error) error {
		p := filepath.Join(shared, rel)
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := parse(f); err != nil {
			return fmt.Errorf("%s: %v", p, err)
		}
		return nil
	}
	var err error
	if err = open(Sources.Verbs, func(r io.Reader) error { m.Verbs, err = ParseVerbs(r); return err }); err != nil {
		return nil, err
	}
	if err := m.Verbs.ParseOwn(bytes.NewReader(supplementVerbs)); err != nil {
		return nil, fmt.Errorf("supplement.verbs.txt: %v", err)
	}
	if err = open(Sources.PLOVER, func(r io.Reader) error { m.PLOVER, err = ParsePLOVERMap(r); return err }); err != nil {
		return nil, err
	}
	if err = open(Sources.Goldstein, func(r io.Reader) error { m.Scores, err = ParseGoldstein(r); return err }); err != nil {
		return nil, err
	}
	if err = open(Sources.Codebook, func(r io.Reader) error { m.Codebook, err = ParseCodebook(r); return err }); err != nil {
		return nil, err
	}
	if err = open(Sources.Agents, m.Agents.ParseAgents); err != nil {
		return nil, err
	}
	for _, a := range Sources.Actors {
		if err = open(a, m.Actors.ParseActors); err != nil {
			return nil, err
		}
	}
	if err = open(Sources.Discards, func(r io.Reader) error { m.Discards, err = ParseDiscards(r); return err }); err != nil {
		return nil, err
	}
	counts := NewAnimacyCounts()
	for _, u := range Sources.Unlabeled {
		err := open(u, func(r io.Reader) error {
			zr, err := gzip.NewReader(r)
			if err != nil {
				return err
			}
			defer zr.Close()
			return counts.AddTSV(zr)
		})
		if err != nil {
			return nil, err
		}
	}
	m.Animate = set(counts.Animate())
	return m, nil
}

func set(words []string) map[string]bool {
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// CompileWith builds a model from explicit verb, actor and agent files (the
// PETRARCH unit-test dictionaries) plus the shared PLOVER and Goldstein tables.
func CompileWith(shared, verbs string, actors []string, agents, discards string) (*Model, error) {
	base, err := Default()
	if err != nil {
		return nil, err
	}
	m := &Model{PLOVER: base.PLOVER, Scores: base.Scores, Codebook: base.Codebook, Animate: base.Animate, Actors: &ActorDict{}, Agents: &AgentDict{}}
	f, err := os.Open(verbs)
	if err != nil {
		return nil, err
	}
	m.Verbs, err = ParseVerbs(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", verbs, err)
	}
	for _, a := range actors {
		f, err := os.Open(a)
		if err != nil {
			return nil, err
		}
		err = m.Actors.ParseActors(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", a, err)
		}
	}
	if discards != "" {
		f, err := os.Open(discards)
		if err != nil {
			return nil, err
		}
		m.Discards, err = ParseDiscards(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", discards, err)
		}
	}
	if agents != "" {
		f, err := os.Open(agents)
		if err != nil {
			return nil, err
		}
		err = m.Agents.ParseAgents(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %v", agents, err)
		}
	}
	return m, nil
}

// wireModel is Model without maps, so that Save is deterministic.
type wireModel struct {
	Synsets  []wireSynset
	Forms    []VerbForm
	Blocks   []Block
	Actors   []ActorEntry
	Agents   []AgentEntry
	PLOVER   []wireCoding
	Scores   []wireScore
	Codebook []ModeDef
	Discards Discards
	Animate  []string
}

type wireSynset struct {
	Name    string
	Phrases [][]string
}

type wireCoding struct {
	Code string
	Coding
}

type wireScore struct {
	Code string
	Score
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Save writes the model gob-encoded and gzip-compressed; the same model
// always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	var wm wireModel
	for _, k := range sortedKeys(m.Verbs.Synsets) {
		wm.Synsets = append(wm.Synsets, wireSynset{k, m.Verbs.Synsets[k]})
	}
	for _, k := range sortedKeys(m.Verbs.Forms) {
		wm.Forms = append(wm.Forms, m.Verbs.Forms[k]...)
	}
	wm.Blocks = m.Verbs.Blocks
	wm.Actors = m.Actors.Entries
	wm.Agents = m.Agents.Entries
	for _, k := range sortedKeys(m.PLOVER) {
		wm.PLOVER = append(wm.PLOVER, wireCoding{k, m.PLOVER[k]})
	}
	for _, k := range sortedKeys(m.Scores) {
		wm.Scores = append(wm.Scores, wireScore{k, m.Scores[k]})
	}
	wm.Codebook = m.Codebook
	wm.Discards = m.Discards
	wm.Animate = sortedKeys(m.Animate)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&wm); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var wm wireModel
	if err := gob.NewDecoder(zr).Decode(&wm); err != nil {
		return nil, err
	}
	m := &Model{
		Verbs:    &VerbDict{Synsets: map[string][][]string{}, Forms: map[string][]VerbForm{}, Blocks: wm.Blocks},
		Actors:   &ActorDict{Entries: wm.Actors},
		Agents:   &AgentDict{Entries: wm.Agents},
		PLOVER:   map[string]Coding{},
		Scores:   map[string]Score{},
		Codebook: wm.Codebook,
		Discards: wm.Discards,
		Animate:  set(wm.Animate),
	}
	for _, s := range wm.Synsets {
		m.Verbs.Synsets[s.Name] = s.Phrases
	}
	for _, f := range wm.Forms {
		k := f.Words[f.Verb]
		m.Verbs.Forms[k] = append(m.Verbs.Forms[k], f)
	}
	for _, c := range wm.PLOVER {
		m.PLOVER[c.Code] = c.Coding
	}
	for _, s := range wm.Scores {
		m.Scores[s.Code] = s.Score
	}
	m.Actors.reindex()
	m.Agents.reindex()
	return m, nil
}

//go:embed events.gob.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model, loaded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
	})
	return defaultModel, defaultErr
}

// Coding returns the PLOVER coding, quad class and Goldstein score of a CAMEO
// code. PLOVER drops CAMEO 01 (statements); CAMEO 02 (appeals) is mapped to
// REQUEST, whose PLOVER definition covers "all requests"; codes where the
// table contradicts the manual follow the manual (codebookOverrides). ok is
// false when the code has no PLOVER type.
func (m *Model) Coding(code string) (Coding, bool) {
	var c Coding
	found := false
	for k := len(code); k >= 2; k-- {
		if pc, ok := codebookOverrides[code[:k]]; ok && m.PLOVER[code[:k]].Type != "" {
			c, found = pc, true
			break
		}
		if pc, ok := m.PLOVER[code[:k]]; ok {
			c, found = pc, true
			break
		}
	}
	if !found && strings.HasPrefix(code, "02") {
		c, found = Coding{Type: "REQUEST"}, true
	}
	for k := len(code); k >= 2; k-- {
		if s, ok := m.Scores[code[:k]]; ok {
			c.Goldstein, c.QuadClass = s.Goldstein, s.QuadClass
			break
		}
	}
	return c, found
}

func readCSV(r io.Reader) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	return cr.ReadAll()
}
