package link

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/kb"
)

// resolver holds one article's entities while its mentions are resolved.
type resolver struct {
	l      *Linker
	date   int
	byID   map[string]*entity
	order  []*entity
	people []*entity
}

func (r *resolver) add(e *entity) *entity {
	if old, ok := r.byID[e.ID]; ok {
		if len(e.words) > len(old.words) {
			old.words = e.words
		}
		return old
	}
	r.byID[e.ID] = e
	r.order = append(r.order, e)
	if e.Type == doc.PER {
		r.people = append(r.people, e)
	}
	return e
}

// fromKB makes the entity of a knowledge-base entry.
func (r *resolver) fromKB(k *kb.Entry, surface string) *entity {
	code := k.CodeAt(r.date)
	sector := k.Sector
	if sector == "" && k.Country != "" && strings.HasPrefix(code, k.Country) && len(code) >= len(k.Country)+3 {
		sector = code[len(k.Country) : len(k.Country)+3]
	}
	country := k.Country
	if country == "" && len(code) >= 3 && r.l.kb.Country(code[:3]) != nil {
		country = code[:3]
	}
	e := &entity{Entity: doc.Entity{ID: k.ID, Name: k.Name, Type: k.Type, Country: country, Sector: sector, Code: code,
		Lat: float64(k.Lat), Lon: float64(k.Lon)}, kbEntry: k}
	e.words = strings.Fields(kb.Norm(k.Name))
	if sw := strings.Fields(kb.Norm(surface)); len(sw) > len(e.words) {
		e.words = sw
	}
	return r.add(e)
}

// local makes an entity known only to this article.
func (r *resolver) local(name, typ string) *entity {
	key := kb.Norm(name)
	e := &entity{Entity: doc.Entity{ID: "doc/" + strings.ToLower(typ) + "/" + strings.ReplaceAll(key, " ", "-"), Name: name, Type: typ}}
	e.words = strings.Fields(key)
	return r.add(e)
}

func (r *resolver) resolve(m *mention) {
	if r.leaderGovernment(m) {
		return
	}
	switch {
	case strings.HasPrefix(m.typ, "ORG:"):
		r.resolveSector(m)
	case m.typ == doc.PER:
		r.resolvePerson(m)
	default:
		r.resolveName(m)
	}
}

// resolveSector links "Russian troops" to Russia's military.
func (r *resolver) resolveSector(m *mention) {
	sec := m.typ[4:]
	m.typ = doc.ORG
	words := strings.Fields(m.text)
	place := strings.Join(words[:len(words)-1], " ")
	for _, c := range r.l.kb.Lookup(place, r.date) {
		if c.Entry.Kind == kb.KindCountry {
			r.sectorEntity(m, c.Entry, sec)
			return
		}
	}
	m.entity = r.local(m.text, doc.ORG)
}

func (r *resolver) sectorEntity(m *mention, country *kb.Entry, sec string) {
	id := "sector/" + country.Country + "/" + sec
	if e, ok := r.byID[id]; ok {
		m.entity = e
		return
	}
	m.entity = r.add(&entity{Entity: doc.Entity{ID: id, Name: country.Name + " " + sectorNames[sec], Type: doc.ORG,
		Country: country.Country, Sector: sec, Code: country.Country + sec}})
}

// personKeys strips titles and returns the Norm'd words of a person name.
func personWords(text string) []string {
	words := strings.Fields(kb.Norm(text))
	for len(words) > 1 && titleWords[words[0]] {
		words = words[1:]
	}
	return words
}

func (r *resolver) resolvePerson(m *mention) {
	// A role phrase: the office holder on the article's date.
	if country, office := r.l.kb.ParseRole(m.text); country != "" {
		if h := r.l.kb.Holder(country, office, r.date); h != nil {
			m.entity = r.fromKB(h, "")
			return
		}
		c := r.l.kb.Country(country)
		id := "role/" + country + "/" + strings.ReplaceAll(office, " ", "-")
		if e, ok := r.byID[id]; ok {
			m.entity = e
			return
		}
		m.entity = r.add(&entity{Entity: doc.Entity{ID: id, Name: titleCase(office) + " of " + c.Name, Type: doc.PER,
			Country: country, Sector: "GOV", Code: country + "GOV"}})
		return
	}
	words := personWords(m.text)
	if len(words) == 0 {
		return
	}
	name := strings.Join(words, " ")
	// The same or a fuller name already in the article.
	if e := r.docPerson(words); e != nil {
		m.entity = e
		return
	}
	var best *kb.Entry
	for _, c := range r.l.kb.Lookup(name, r.date) {
		if c.Entry.Kind != kb.KindPerson {
			continue
		}
		if c.How == "surname" {
			// A bare surname: only someone in office on the date.
			if len(words) == 1 && activeRole(c.Entry, r.date) && (best == nil || !activeRole(best, r.date)) {
				best = c.Entry
			}
			continue
		}
		best = c.Entry
		break
	}
	if best != nil {
		m.entity = r.fromKB(best, m.text)
		return
	}
	// A name the base knows only as an armed group or an organisation
	// ("Isis" read as a person) is that group.
	for _, c := range r.l.kb.Lookup(m.text, r.date) {
		if c.How != "surname" && (c.Entry.Kind == kb.KindGroup || c.Entry.Kind == kb.KindIGO) {
			m.entity = r.fromKB(c.Entry, m.text)
			m.typ = doc.ORG
			return
		}
	}
	m.entity = r.local(strings.Join(strings.Fields(stripTitles(m.text)), " "), doc.PER)
}

func stripTitles(text string) string {
	f := strings.Fields(text)
	for len(f) > 1 && titleWords[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

func activeRole(e *kb.Entry, date int) bool {
	for _, r := range e.Roles {
		if r.Head != "" && r.Active(date) {
			return true
		}
	}
	return false
}

// docPerson finds a person of the article whose name the words are: the
// same name, or its surname (last word; the first word for names written
// family name first), or a shorter form with the same last word.
func (r *resolver) docPerson(words []string) *entity {
	var byFirst *entity
	for _, e := range r.people {
		ew := e.words
		if len(ew) == 0 {
			continue
		}
		if strings.Join(ew, " ") == strings.Join(words, " ") {
			return e
		}
		if len(words) < len(ew) && words[len(words)-1] == ew[len(ew)-1] && subsequence(words, ew) {
			return e
		}
		if len(words) == 1 && byFirst == nil && words[0] == ew[0] && len(ew) > 1 && r.familyFirst(e) {
			byFirst = e
		}
	}
	return byFirst
}

// familyFirst reports whether a person's name is written family name first:
// by the knowledge-base entry, or for a person the knowledge base lacks, by
// a first word that is such a family name there ("Wang Yi").
func (r *resolver) familyFirst(e *entity) bool {
	if e.kbEntry != nil {
		for _, k := range kb.SurnameKeys(e.kbEntry) {
			if k == e.words[0] {
				return true
			}
		}
		return false
	}
	return r.l.kb.FamilyNameFirst(e.words[0])
}

func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// compatible says whether a knowledge-base kind fits a mention type.
func compatible(typ, kind string) bool {
	switch typ {
	case doc.NORP:
		return kind == kb.KindCountry
	case doc.LOC:
		return kind == kb.KindCountry || kind == kb.KindCity || kind == kb.KindSeat || kind == kb.KindRegion
	case doc.ORG:
		return kind != kb.KindPerson && kind != kb.KindCity && kind != kb.KindRegion
	}
	return kind != kb.KindPerson
}

func (r *resolver) resolveName(m *mention) {
	if m.typ == doc.ORG {
		// a shorter form of an organisation the article named before:
		// "the security council" after "Russian Security Council"
		if e := r.longerOrg(m.text); e != nil {
			m.entity = e
			return
		}
	}
	cands := r.l.kb.Lookup(m.text, r.date)
	var pick *kb.Entry
	// An entry the article already names wins ("Syrian Democratic Forces
	// ... the SDF"); then the best-ranked one of a fitting kind.
	for _, c := range cands {
		if _, ok := r.byID[c.Entry.ID]; ok && c.How != "surname" && c.Entry.Kind != kb.KindPerson {
			pick = c.Entry
			break
		}
	}
	for _, c := range cands {
		if pick != nil {
			break
		}
		if c.How != "surname" && compatible(m.typ, c.Entry.Kind) {
			pick = c.Entry
		}
	}
	// One word that is the family name of a person the article names
	// ("Quraishi", "Ham" read as an organisation) is that person, unless
	// the base knows it as something of the mention's kind.
	if words := personWords(m.text); pick == nil && len(words) == 1 && (m.typ == doc.ORG || m.typ == doc.LOC) {
		if e := r.docPerson(words); e != nil {
			m.entity = e
			m.typ = doc.PER
			return
		}
	}
	if pick == nil {
		for _, c := range cands {
			if c.How != "surname" && c.Entry.Kind != kb.KindPerson {
				pick = c.Entry
				break
			}
		}
	}
	if m.typ == doc.MISC {
		m.typ = doc.NORP
		if pick == nil || pick.Kind != kb.KindCountry {
			m.typ = doc.MISC
		}
	}
	if pick != nil {
		// A capital acting as a subject stands for its government.
		if pick.Kind == kb.KindCity && pick.Capital && m.subject && pick.Country != "" {
			if c := r.l.kb.Country(pick.Country); c != nil {
				r.sectorEntity(m, c, "GOV")
				m.typ = doc.ORG
				return
			}
		}
		m.entity = r.fromKB(pick, m.text)
		return
	}
	// An acronym of a name already in the article.
	if acr := acronymOf(m.text); acr != "" {
		for _, e := range r.order {
			if e.Type == m.typ && initials(e.Name) == acr {
				m.entity = e
				return
			}
		}
	}
	m.entity = r.local(m.text, m.typ)
	if m.typ == doc.ORG && m.entity.Country == "" {
		r.nationalOrg(m.entity)
	}
}

// longerOrg returns the organisation already in the article whose name
// ends with the words of text (two or more, past a leading "the") and has
// more words, or nil.
func (r *resolver) longerOrg(text string) *entity {
	words := strings.Fields(kb.Norm(text))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 {
		return nil
	}
	for _, e := range r.order {
		ew := strings.Fields(kb.Norm(e.Name))
		if e.Type != doc.ORG || len(ew) <= len(words) || e.Country == "" {
			continue
		}
		if strings.Join(ew[len(ew)-len(words):], " ") == strings.Join(words, " ") {
			return e
		}
	}
	return nil
}

// nationalOrg gives an organisation the base does not know the country its
// name starts with ("Russian Defence Ministry", "Ukrainian Business
// Association"), and the sector and actor code its head noun names when it
// is a state body ("ministry": RUSGOV).
func (r *resolver) nationalOrg(e *entity) {
	words := strings.Fields(e.Name)
	for n := min(2, len(words)-1); n >= 1; n-- {
		for _, c := range r.l.kb.Lookup(strings.Join(words[:n], " "), 0) {
			if c.Entry.Kind != kb.KindCountry {
				continue
			}
			e.Country = c.Entry.Country
			if sec := sectorNouns[strings.ToLower(words[len(words)-1])]; sec != "" {
				e.Sector, e.Code = sec, e.Country+sec
			}
			return
		}
	}
}

// acronymOf returns the text when it looks like an acronym (2–6 letters,
// all upper case), else "".
func acronymOf(s string) string {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 6 {
		return ""
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return s
}

// pluralAcronym reports whether s is an acronym's plural: capitals and a
// final lower-case s ("MPs", "NGOs", "MEPs").
func pluralAcronym(s string) bool {
	return len(s) >= 3 && strings.HasSuffix(s, "s") && acronymOf(s[:len(s)-1]) != ""
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "in", "on", "de", "al":
			continue
		}
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

func titleCase(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// personSuffixes gives a person of the article the organisation or place
// mentions, unknown to the knowledge base, whose last words are that
// person's name of two or more words ("Aung San Suu Kyi" read as an
// organisation, "Suu Kyi" as a person): one person, under the fuller name.
func (r *resolver) personSuffixes(ms []*mention) {
	for _, m := range ms {
		if m.entity == nil || m.entity.kbEntry != nil || m.typ != doc.ORG && m.typ != doc.LOC {
			continue
		}
		words := personWords(m.text)
		for _, e := range r.people {
			ew := e.words
			if len(ew) < 2 || len(ew) >= len(words) || strings.Join(words[len(words)-len(ew):], " ") != strings.Join(ew, " ") {
				continue
			}
			m.entity, m.typ = e, doc.PER
			if e.kbEntry == nil {
				e.Name, e.words = m.text, words
			}
			break
		}
	}
}

// leaderGovernment links "the Obama administration", "Putin's government"
// to the government of the leader's country: a person the knowledge base
// knows, then a word naming a government.
func (r *resolver) leaderGovernment(m *mention) bool {
	words := strings.Fields(m.text)
	if len(words) < 2 || !governmentNouns[strings.ToLower(words[len(words)-1])] {
		return false
	}
	name := strings.TrimSuffix(strings.TrimSuffix(strings.Join(words[:len(words)-1], " "), "'s"), "’s")
	for _, c := range r.l.kb.Lookup(name, r.date) {
		if c.Entry.Kind != kb.KindPerson {
			// the name's best reading is no person: "the French
			// government" is France's, not that of a Mr French
			return false
		}
		if c.Entry.Country == "" {
			continue
		}
		if country := r.l.kb.Country(c.Entry.Country); country != nil {
			r.sectorEntity(m, country, "GOV")
			m.typ = doc.ORG
			return true
		}
	}
	return false
}

// governmentNouns name a leader's government after the leader's name.
var governmentNouns = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true}
