package kb

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Kinds of entries.
const (
	KindCountry = "country"
	KindCity    = "city"
	KindRegion  = "region" // first-level administrative region or a world region
	KindPerson  = "person"
	KindGroup   = "group" // armed, designated or other non-state group
	KindIGO     = "igo"   // international organisation
	KindSeat    = "seat"  // a building or place standing for a government
	KindOrg     = "org"   // other organisation (agency, ministry, company)
)

// Role is an office or affiliation held over a time span. Dates are
// YYYYMMDD integers; 0 means open.
type Role struct {
	Office  string `json:"office,omitempty" yaml:"office"`   // e.g. "president", "prime minister"; "" when unknown
	Head    string `json:"head,omitempty" yaml:"head"`       // "state" or "government" for heads of state/government
	Country string `json:"country,omitempty" yaml:"country"` // alpha-3
	Code    string `json:"code,omitempty" yaml:"code"`       // CAMEO-style code while in the role
	From    int    `json:"from,omitempty" yaml:"from"`
	To      int    `json:"to,omitempty" yaml:"to"`
}

// Active reports whether the role covers the date (YYYYMMDD; 0 = any).
func (r Role) Active(date int) bool {
	if date == 0 {
		return r.To == 0
	}
	return (r.From == 0 || r.From <= date) && (r.To == 0 || date <= r.To)
}

// Entry is one actor or place.
type Entry struct {
	ID       string   `json:"id" yaml:"id"`
	Name     string   `json:"name" yaml:"name"`
	Type     string   `json:"type" yaml:"type"` // PER, ORG, LOC
	Kind     string   `json:"kind" yaml:"kind"`
	Country  string   `json:"country,omitempty" yaml:"country"`
	Sector   string   `json:"sector,omitempty" yaml:"sector"`
	Code     string   `json:"code,omitempty" yaml:"code"`
	Aliases  []string `json:"aliases,omitempty" yaml:"aliases"`
	Demonyms []string `json:"demonyms,omitempty" yaml:"demonyms"` // countries: Russian, Russians
	Capital  bool     `json:"capital,omitempty" yaml:"capital"`   // cities: national capital (acts for its government)
	Roles    []Role   `json:"roles,omitempty" yaml:"roles"`
	Lat      float32  `json:"lat,omitempty" yaml:"lat"`
	Lon      float32  `json:"lon,omitempty" yaml:"lon"`
	Pop      int      `json:"population,omitempty" yaml:"population"`
	Sources  []string `json:"sources,omitempty" yaml:"sources"`
}

// CodeAt returns the entry's actor code on a date (YYYYMMDD, 0 = now): the
// code of its most recent active role, else its own code, else the code of
// its latest role.
func (e *Entry) CodeAt(date int) string {
	better := func(i, j int) bool { // is role i preferable to role j?
		if j < 0 {
			return true
		}
		ri, rj := e.Roles[i], e.Roles[j]
		if (ri.Country == e.Country) != (rj.Country == e.Country) {
			return ri.Country == e.Country
		}
		return ri.From > rj.From
	}
	best := -1
	for i, r := range e.Roles {
		if r.Code != "" && r.Active(date) && better(i, best) {
			best = i
		}
	}
	if best >= 0 {
		return e.Roles[best].Code
	}
	if e.Code != "" {
		return e.Code
	}
	for i, r := range e.Roles {
		if r.Code != "" && (best < 0 || r.From > e.Roles[best].From) {
			best = i
		}
	}
	if best >= 0 {
		return e.Roles[best].Code
	}
	return ""
}

// Match is one way a name resolves.
type Match struct {
	Entry *Entry
	How   string // "name", "alias", "demonym"
}

// KB is a loaded knowledge base with its name index. It is read-only after
// construction and safe for concurrent use.
type KB struct {
	Entries []*Entry
	byKey   map[string][]Match
	byID    map[string]*Entry
	// Countries by alpha-3, and each country's demonym adjective.
	byCountry map[string]*Entry
}

// New indexes entries. Later entries with the same ID replace earlier ones.
func New(entries []*Entry) *KB {
	k := &KB{byKey: map[string][]Match{}, byID: map[string]*Entry{}, byCountry: map[string]*Entry{}}
	for _, e := range entries {
		if old, ok := k.byID[e.ID]; ok {
			*old = *e
			continue
		}
		k.byID[e.ID] = e
		k.Entries = append(k.Entries, e)
	}
	for _, e := range k.Entries {
		k.index(e)
	}
	return k
}

func (k *KB) index(e *Entry) {
	if e.Kind == KindCountry {
		k.byCountry[e.Country] = e
	}
	seen := map[string]bool{}
	add := func(name, how string) {
		key := Norm(name)
		if key == "" || seen[key] {
			return
		}
		seen[key] = true
		k.byKey[key] = append(k.byKey[key], Match{e, how})
	}
	add(e.Name, "name")
	for _, a := range e.Aliases {
		add(a, "alias")
	}
	for _, d := range e.Demonyms {
		add(d, "demonym")
	}
	if e.Kind == KindPerson {
		for _, n := range SurnameKeys(e) {
			if !seen[n] {
				seen[n] = true
				k.byKey[n] = append(k.byKey[n], Match{e, "surname"})
			}
		}
	}
}

// familyNameFirst lists countries whose names are written family name first.
var familyNameFirst = map[string]bool{"CHN": true, "TWN": true, "KOR": true, "PRK": true, "VNM": true, "HKG": true, "MAC": true, "SGP": true, "MNG": true}

// SurnameKeys returns the keys under which a person is known by surname
// alone: the last word of the name and of its several-word aliases
// (spellings: "Lukashenka", "Lukashenko"), and the first word for names
// written family name first.
func SurnameKeys(e *Entry) []string {
	var keys []string
	for i, n := range append([]string{e.Name}, e.Aliases...) {
		words := strings.Fields(Norm(n))
		if len(words) < 2 {
			continue
		}
		if k := words[len(words)-1]; !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
		if i == 0 && familyNameFirst[e.Country] && !slices.Contains(keys, words[0]) {
			keys = append(keys, words[0])
		}
	}
	return keys
}

// FamilyNameFirst reports whether word is a family name that people of the
// knowledge base write first ("Wang" of Wang Qishan, "Kim" of Kim Jong Un), so
// that an unknown "Wang Yi" of an article is "Wang" for short.
func (k *KB) FamilyNameFirst(word string) bool {
	w := Norm(word)
	for _, m := range k.byKey[w] {
		if m.How == "surname" && familyNameFirst[m.Entry.Country] && strings.HasPrefix(Norm(m.Entry.Name), w+" ") {
			return true
		}
	}
	return false
}

// ByID returns the entry with the id, or nil.
func (k *KB) ByID(id string) *Entry { return k.byID[id] }

// Country returns the country entry of an alpha-3 code, or nil.
func (k *KB) Country(alpha3 string) *Entry { return k.byCountry[alpha3] }

// Lookup returns the entries a name may refer to, best first: countries,
// organisations and groups, then persons, then cities by population. Persons
// in a role on the date (YYYYMMDD, 0 = ignore) rank above others.
//
// Among cities, one spelled as written (diacritics and apostrophes aside)
// ranks above one that only transliteration folding matches: "Samarra" is
// the Iraqi city, not Samara in Russia.
func (k *KB) Lookup(name string, date int) []Match {
	ms := append([]Match(nil), k.byKey[Norm(name)]...)
	if len(ms) < 2 {
		return ms
	}
	spelled := strings.Join(splitWords(name), " ")
	scores := make([]float64, len(ms))
	for i, m := range ms {
		scores[i] = rank(m, date)
		if m.Entry.Kind == KindCity && spelledAs(m.Entry, spelled) {
			scores[i] += 4e10
		}
	}
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return scores[idx[a]] > scores[idx[b]] })
	out := make([]Match, len(ms))
	for i, j := range idx {
		out[i] = ms[j]
	}
	return out
}

// spelledAs reports whether an entry's name or an alias is spelled as
// written, diacritics, case and apostrophes aside.
func spelledAs(e *Entry, spelled string) bool {
	if strings.Join(splitWords(e.Name), " ") == spelled {
		return true
	}
	for _, a := range e.Aliases {
		if strings.Join(splitWords(a), " ") == spelled {
			return true
		}
	}
	return false
}

func rank(m Match, date int) float64 {
	e := m.Entry
	s := 0.0
	switch e.Kind {
	case KindCountry:
		s = 1e12 + float64(e.Pop)
	case KindIGO, KindSeat:
		s = 9e11
	case KindGroup, KindOrg:
		s = 8e11
	case KindPerson:
		s = 5e11
		if date != 0 {
			for _, r := range e.Roles {
				if r.Active(date) {
					s += 1e11
					break
				}
			}
		}
		s += float64(len(e.Roles)) * 1e9
	case KindRegion: // world regions before cities, administrative regions after them
		s = 1e4
		if e.Country == "" {
			s = 3e10
		}
	case KindCity:
		// a capital counts as a city ten times its size, not as larger
		// than any city: "Delhi" is India's city, not East Timor's
		// capital Dili spelled so, and "Plymouth" England's, not
		// Montserrat's abandoned capital
		s = float64(e.Pop)
		if e.Capital {
			s *= 10
		}
	}
	switch m.How {
	case "name":
		s += 1e8
	case "surname":
		s -= 1e13
	}
	s += float64(len(e.Sources)) * 1e7
	return s
}

// Holder returns the person holding an office in a country on a date:
// office is "president", "prime minister", ... or "leader", which picks the
// head of government where the head of state is a monarch or a governor
// and the head of state otherwise.
func (k *KB) Holder(country, office string, date int) *Entry {
	office = strings.ToLower(office)
	type cand struct {
		e *Entry
		r Role
	}
	var cs []cand
	for _, e := range k.Entries {
		if e.Kind != KindPerson {
			continue
		}
		for _, r := range e.Roles {
			if r.Country != country || r.Head == "" || !r.Active(date) {
				continue
			}
			cs = append(cs, cand{e, r})
		}
	}
	pick := func(ok func(Role) bool) *Entry {
		var best *cand
		for i := range cs {
			if ok(cs[i].r) && (best == nil || cs[i].r.From > best.r.From) {
				best = &cs[i]
			}
		}
		if best == nil {
			return nil
		}
		return best.e
	}
	switch office {
	case "leader", "head of state", "head of government":
		if office == "head of government" {
			return pick(func(r Role) bool { return r.Head == "government" })
		}
		hos := pick(func(r Role) bool { return r.Head == "state" })
		if office == "head of state" {
			return hos
		}
		if parliamentary[country] {
			if hog := pick(func(r Role) bool { return r.Head == "government" }); hog != nil {
				return hog
			}
		}
		if hos != nil {
			for _, c := range cs {
				if c.e == hos && c.r.Head == "state" && ceremonial(c.r.Office) {
					if hog := pick(func(r Role) bool { return r.Head == "government" }); hog != nil {
						return hog
					}
				}
			}
			return hos
		}
		return pick(func(r Role) bool { return r.Head == "government" })
	}
	return pick(func(r Role) bool { return officeMatches(r.Office, office) })
}

// ceremonial reports whether a head-of-state office is usually not the
// country's political leader.
func ceremonial(office string) bool {
	for _, w := range []string{"king", "queen", "monarch", "governor", "emperor", "grand duke", "prince", "federal president", "sovereign"} {
		if strings.Contains(office, w) {
			return true
		}
	}
	return false
}

func officeMatches(have, want string) bool {
	if have == want {
		return true
	}
	switch want {
	case "premier", "pm":
		return have == "prime minister" || have == "premier"
	case "prime minister":
		return have == "premier"
	case "chancellor":
		return strings.Contains(have, "chancellor")
	case "president":
		return strings.HasPrefix(have, "president") || have == "federal president"
	}
	return false
}

// DateInt converts a time to YYYYMMDD, 0 for the zero time.
func DateInt(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}

// Encode writes entries as gzipped gob.
func Encode(w io.Writer, entries []*Entry) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(entries); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads entries written by Encode.
func Decode(r io.Reader) ([]*Entry, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var entries []*Entry
	if err := gob.NewDecoder(zr).Decode(&entries); err != nil {
		return nil, fmt.Errorf("decode knowledge base: %w", err)
	}
	return entries, nil
}

//go:embed kb.bin.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the embedded knowledge base, loaded once.
func Default() (*KB, error) {
	defaultOnce.Do(func() {
		entries, err := Decode(bytes.NewReader(embedded))
		if err != nil {
			defaultErr = err
			return
		}
		defaultKB = New(entries)
	})
	return defaultKB, defaultErr
}

// WithExtra returns a new base holding k's entries plus extra ones; an extra
// entry whose ID exists replaces it. k itself is left unchanged.
func (k *KB) WithExtra(extra []*Entry) *KB {
	replace := map[string]*Entry{}
	for _, e := range extra {
		replace[e.ID] = e
	}
	n := &KB{byKey: make(map[string][]Match, len(k.byKey)), byID: make(map[string]*Entry, len(k.byID)+len(extra)),
		byCountry: map[string]*Entry{}}
	for key, ms := range k.byKey {
		kept := make([]Match, 0, len(ms))
		for _, m := range ms {
			if replace[m.Entry.ID] == nil {
				kept = append(kept, m)
			}
		}
		if len(kept) > 0 {
			n.byKey[key] = kept
		}
	}
	for _, e := range k.Entries {
		if replace[e.ID] == nil {
			n.Entries = append(n.Entries, e)
			n.byID[e.ID] = e
			if e.Kind == KindCountry {
				n.byCountry[e.Country] = e
			}
		}
	}
	for _, e := range extra {
		if _, ok := n.byID[e.ID]; ok {
			continue // a repeated id within extra: the first wins
		}
		n.byID[e.ID] = e
		n.Entries = append(n.Entries, e)
		n.index(e)
	}
	return n
}
