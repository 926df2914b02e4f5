package link

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/kb"
)

// Linker resolves mentions against a knowledge base. It is read-only and
// safe for concurrent use.
type Linker struct {
	kb *kb.KB
}

// New returns a linker over the base.
func New(k *kb.KB) *Linker { return &Linker{kb: k} }

// Default returns a linker over the embedded knowledge base.
func Default() (*Linker, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, err
	}
	return New(k), nil
}

// sectorNouns maps nouns that follow a nationality to the sector the
// phrase names ("Russian troops" → RUS MIL).
var sectorNouns = map[string]string{
	"forces": "MIL", "force": "MIL", "troops": "MIL", "army": "MIL", "military": "MIL", "soldiers": "MIL",
	"navy": "MIL", "army's": "MIL", "military's": "MIL", "warplanes": "MIL", "jets": "MIL", "drones": "MIL",
	"government": "GOV", "officials": "GOV", "authorities": "GOV", "ministry": "GOV", "administration": "GOV",
	"diplomats": "GOV", "government's": "GOV", "cabinet": "GOV", "regime": "GOV",
	"police": "COP", "rebels": "REB", "militants": "REB", "insurgents": "REB", "separatists": "REB",
	"opposition": "OPP", "parliament": "LEG", "lawmakers": "LEG", "courts": "JUD", "court": "JUD",
	"council": "GOV",
}

var sectorNames = map[string]string{"MIL": "military", "GOV": "government", "COP": "police", "REB": "rebels",
	"OPP": "opposition", "LEG": "legislature", "JUD": "judiciary"}

// titleWords precede a person's name and are not part of it.
var titleWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "president": true,
	"prime": true, "minister": true, "chancellor": true, "premier": true, "king": true, "queen": true, "prince": true,
	"general": true, "gen": true, "sir": true, "lord": true, "senator": true, "sen": true, "secretary": true, "sheikh": true}

// calendarWords are capitalised without being names: "the Russian
// president Tuesday said".
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// bodyNouns end the names of state bodies: "Security Council", "Defence
// Ministry".
var bodyNouns = map[string]bool{"council": true, "ministry": true, "committee": true, "commission": true,
	"service": true, "agency": true, "directorate": true, "assembly": true, "parliament": true, "court": true}

// formerWords before a role say its holder no longer holds it.
var formerWords = map[string]bool{"former": true, "ex": true, "ex-": true, "late": true, "then": true, "previous": true, "outgoing": true}

// deities are named in prayers and oaths ("May God protect our troops"),
// never as parties to events or speakers of quotes.
var deities = map[string]bool{"god": true, "allah": true, "the lord": true, "jesus": true, "jesus christ": true}

// mention is a mention under resolution.
type mention struct {
	sent, start, end int // token range in the sentence
	typ              string
	text             string
	span             doc.Span
	entity           *entity
	subject          bool
	uncased          bool // a span with no capital in cased text
}

// entity is an entity under construction.
type entity struct {
	doc.Entity
	kbEntry *kb.Entry
	words   []string // Norm'd words of the fullest name seen
}

// Annotate fills a.Mentions and a.Entities from the NER tags of
// a.Sentences' tokens.
func (l *Linker) Annotate(a *doc.Article) {
	date := kb.DateInt(a.Published)
	var ms []*mention
	cased := casedText(a.Sentences)
	for si, s := range a.Sentences {
		ms = append(ms, l.sentenceMentions(a, si, s, cased)...)
	}
	r := &resolver{l: l, date: date, byID: map[string]*entity{}}
	// Pass 1: names the base or the article can resolve on their own; the
	// longest names first, so that short forms find them.
	order := make([]*mention, len(ms))
	copy(order, ms)
	sort.SliceStable(order, func(i, j int) bool {
		return len(strings.Fields(order[i].text)) > len(strings.Fields(order[j].text))
	})
	for _, m := range order {
		if m.entity == nil {
			r.resolve(m)
		}
	}
	r.personSuffixes(ms)
	named := map[*entity]bool{}
	for _, m := range ms {
		if m.entity != nil && !m.uncased {
			named[m.entity] = true
		}
	}
	a.Mentions = a.Mentions[:0]
	for _, m := range ms {
		if m.entity == nil || m.uncased && !named[m.entity] {
			// (in cased text a span with no capital is a name only as
			// the short form of one written with capitals: "the
			// security council" after "the Russian Security Council",
			// but not "the driver of the van", no city Van)
			continue
		}
		e := m.entity
		if e.Mentions == nil {
			e.Mentions = map[string]int{}
		}
		e.Mentions[m.text]++
		a.Mentions = append(a.Mentions, doc.Mention{Span: m.span, Text: m.text, Type: m.typ, Sentence: m.sent, Entity: e.ID})
	}
	a.Entities = a.Entities[:0]
	for _, e := range r.order {
		if len(e.Mentions) > 0 {
			a.Entities = append(a.Entities, e.Entity)
		}
	}
}

// sentenceMentions reads the NER spans of a sentence, and adds role phrases
// and nationality+sector phrases. In cased text (casedText) it marks a span
// without a capital letter as uncased.
func (l *Linker) sentenceMentions(a *doc.Article, si int, s doc.Sentence, cased bool) []*mention {
	toks := s.Tokens
	var out []*mention
	make1 := func(i, j int, typ string) *mention {
		m := &mention{sent: si, start: i, end: j, typ: typ}
		m.span = doc.Span{Start: toks[i].Span.Start, End: toks[j-1].Span.End}
		if t := m.span.Of(a.Text); t != "" {
			m.text = t
		} else {
			var w []string
			for _, t := range toks[i:j] {
				w = append(w, t.Text)
			}
			m.text = strings.Join(w, " ")
		}
		m.subject = isSubject(toks, i, j)
		return m
	}
	covered := make([]bool, len(toks))
	for i := 0; i < len(toks); i++ {
		tag := toks[i].NER
		if len(tag) < 3 || tag[0] != 'B' {
			continue
		}
		typ := tag[2:]
		j := i + 1
		for j < len(toks) && toks[j].NER == "I-"+typ {
			j++
		}
		// Titles the recognizer took into a name are left out of it.
		for i < j-1 && titleWords[strings.ToLower(strings.TrimSuffix(toks[i].Text, "."))] {
			i++
		}
		// A sentence's opening adverb or function word is capitalised
		// for its place, not as part of the name ("Meanwhile Siddiqui").
		if i < j-1 && sentenceInitial(toks, i) && openingWordTags[toks[i].XPOS] {
			i++
		}
		// A nationality is capitalised: "west-central African" is African,
		// not the Central African Republic's.
		for (typ == doc.NORP || typ == doc.MISC) && i < j-1 && startsLower(toks[i].Text) {
			i++
		}
		// A name after a person's title is a person's ("Gen. Norman Ham").
		if typ != doc.PER && i > 0 && titleWords[strings.ToLower(strings.TrimSuffix(toks[i-1].Text, "."))] && capitalisedWord(toks[i-1].Text) {
			typ = doc.PER
		}
		if typ == doc.MISC {
			if l.kb.Lookup(spanText(toks, i, j), 0) == nil {
				i = j - 1
				continue
			}
		}
		if deities[strings.ToLower(spanText(toks, i, j))] {
			i = j - 1 // "May God protect our troops": no one events or quotes are about
			continue
		}
		m := make1(i, j, typ)
		m.uncased = cased && !hasCapital(toks[i:j])
		out = append(out, m)
		for k := i; k < j; k++ {
			covered[k] = true
		}
		i = j - 1
	}
	// A state body's name the recognizer left out after its nationality
	// ("Russian Security Council Secretary Nikolai Patrushev"): the
	// nationality and the capitalised words up to a body's head noun.
	for _, m := range out {
		if m.typ != doc.NORP && m.typ != doc.MISC && m.typ != doc.LOC {
			continue
		}
		k := m.end
		for k < len(toks) && k-m.end < 3 && !covered[k] && capitalisedWord(toks[k].Text) && toks[k].NER == "O" {
			k++
			if bodyNouns[strings.ToLower(toks[k-1].Text)] {
				m.end, m.typ = k, doc.ORG
				m.span.End = toks[k-1].Span.End
				m.text = m.span.Of(a.Text)
				for c := m.start; c < k; c++ {
					covered[c] = true
				}
				break
			}
		}
	}
	// Acronyms the recognizer left out ("the leader of IS") that the base
	// knows as a country, group or organisation; not in all-capitals text.
	if !mostlyCaps(toks) {
		for i, tk := range toks {
			if covered[i] || acronymOf(tk.Text) == "" {
				continue
			}
			typ := ""
			for _, c := range l.kb.Lookup(tk.Text, 0) {
				if c.How == "surname" {
					continue
				}
				switch c.Entry.Kind {
				case kb.KindCountry:
					typ = doc.LOC
				case kb.KindGroup, kb.KindIGO, kb.KindSeat:
					typ = doc.ORG
				}
				break
			}
			if typ != "" {
				out = append(out, make1(i, i+1, typ))
				covered[i] = true
			}
		}
	}
	// Nationality words and armed groups the recognizer left out ("heavy
	// Western sanctions", "the Houthis threatened"), one capitalised word
	// standing alone between words that are not.
	for i, tk := range toks {
		if covered[i] || !capitalisedWord(tk.Text) || i > 0 && capitalisedWord(toks[i-1].Text) && !(i == 1 && isArticle(toks[0].Text)) ||
			i+1 < len(toks) && capitalisedWord(toks[i+1].Text) || pluralAcronym(tk.Text) {
			continue // "MPs" are members of parliament, not the group MPS
		}
		for _, c := range l.kb.Lookup(tk.Text, 0) {
			typ := ""
			switch {
			case c.How == "demonym" && (c.Entry.Kind == kb.KindCountry || c.Entry.Kind == kb.KindRegion),
				c.How == "alias" && c.Entry.Kind == kb.KindCountry && tk.UPOS == "ADJ":
				// (an adjective that names a country is its nationality,
				// however the knowledge base files it: "the Iranian
				// government")
				typ = doc.MISC
			case (c.How == "name" || c.How == "alias") && c.Entry.Kind == kb.KindGroup && i > 0:
				typ = doc.ORG
			}
			if typ != "" {
				out = append(out, make1(i, i+1, typ))
				covered[i] = true
				break
			}
		}
	}
	// Role phrases: [the] <country or nationality> ['s] <office>, not
	// followed by a name (then it is a title).
	for i := 0; i < len(toks); i++ {
		for _, n := range []int{2, 1} {
			if i+n > len(toks) {
				continue
			}
			office := strings.ToLower(spanText(toks, i, i+n))
			if !isOffice(office) || (i+n < len(toks) && strings.HasPrefix(toks[i+n].NER, "B-PER")) || covered[i] {
				continue
			}
			start := i - 1
			if start >= 0 && (toks[start].Text == "'s" || toks[start].Text == "’s") {
				start--
			}
			if start < 0 {
				continue
			}
			if i+n < len(toks) && capitalisedWord(toks[i+n].Text) && toks[i+n].UPOS == "PROPN" && !calendarWords[strings.ToLower(toks[i+n].Text)] {
				continue // a title before a name the recognizer missed: "Mexico leader Calderon"
			}
			// The country may span several tokens (United States).
			found := -1
			for b := start; b >= max(0, start-2); b-- {
				if c, _ := l.kb.ParseRole(spanText(toks, b, start+1) + " " + office); c != "" {
					found = b
				}
			}
			if found < 0 || found > 0 && formerWords[strings.ToLower(toks[found-1].Text)] {
				continue // "the former Mexican president" is not who holds the office now
			}
			m := make1(found, i+n, doc.PER)
			m.text = strings.TrimSpace(m.text)
			// A nationality mention inside the phrase is replaced by it.
			out = dropInside(out, found, i+n)
			out = append(out, m)
			for k := found; k < i+n; k++ {
				covered[k] = true
			}
			i += n - 1
			break
		}
	}
	// Nationality or country + sector noun.
	for _, m := range out {
		if (m.typ == doc.NORP || m.typ == doc.MISC || m.typ == doc.LOC) && m.end < len(toks) {
			if sec := sectorNouns[strings.ToLower(toks[m.end].Text)]; sec != "" {
				m.end++
				m.span.End = toks[m.end-1].Span.End
				if t := m.span.Of(a.Text); t != "" {
					m.text = t
				} else {
					m.text += " " + toks[m.end-1].Text
				}
				m.typ = "ORG:" + sec
				m.subject = isSubject(toks, m.start, m.end)
				out = l.coordinatedSectors(out, toks, m, make1)
			}
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x].start < out[y].start })
	return out
}

// coordinatedSectors adds the nationalities coordinated before a
// nationality + sector phrase m ("Egyptian and Israeli officials", "US,
// British and French troops"): each is that sector of its own country, its
// mention the nationality word, its text the word with the sector noun.
func (l *Linker) coordinatedSectors(out []*mention, toks []doc.Token, m *mention, make1 func(i, j int, typ string) *mention) []*mention {
	noun := toks[m.end-1].Text
	for k := m.start - 1; k >= 1; k -= 2 {
		if sep := strings.ToLower(toks[k].Text); sep != "and" && sep != "," {
			break
		}
		c := k - 1
		isCountry := false
		for _, cand := range l.kb.Lookup(toks[c].Text, 0) {
			if cand.Entry.Kind == kb.KindCountry {
				isCountry = true
				break
			}
		}
		if !isCountry {
			break
		}
		var n *mention
		for _, o := range out {
			if o.start == c && o.end == c+1 {
				n = o
			} else if o.start <= c && c < o.end {
				return out // part of another name
			}
		}
		if n == nil {
			n = make1(c, c+1, m.typ)
			out = append(out, n)
		}
		n.typ = m.typ
		n.text = toks[c].Text + " " + noun
		n.subject = m.subject
	}
	return out
}

// isArticle reports whether s is an article, as a sentence may start with.
func isArticle(s string) bool {
	switch strings.ToLower(s) {
	case "the", "a", "an":
		return true
	}
	return false
}

// isDateline reports whether tokens [i, j) open their sentence in capitals
// and a dash or a parenthesis follows: "WASHINGTON --", "KYIV (Reuters) -".
func isDateline(toks []doc.Token, i, j int) bool {
	if i != 0 || j >= len(toks) {
		return false
	}
	for _, tk := range toks[i:j] {
		if strings.ToUpper(tk.Text) != tk.Text || strings.ToLower(tk.Text) == tk.Text {
			return false
		}
	}
	switch toks[j].Text {
	case "--", "—", "–", "-", "(":
		return true
	}
	return false
}

// openingWordTags are the parts of speech of a sentence's first word that
// no name begins with.
var openingWordTags = map[string]bool{"RB": true, "IN": true, "CC": true, "DT": true, "UH": true, "WRB": true, "RBR": true, "RBS": true}

// sentenceInitial reports whether token i opens its sentence, after
// punctuation at most.
func sentenceInitial(toks []doc.Token, i int) bool {
	for _, t := range toks[:i] {
		if t.UPOS != "PUNCT" {
			return false
		}
	}
	return true
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// capitalisedWord reports whether s is a word that starts with a capital
// letter and is not written in capitals throughout.
func capitalisedWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && strings.ToUpper(s) != s
}

// casedText reports whether an article is written with capitals where
// English puts them: most of its sentences open with a capital letter. Text
// written all in lower case (a forum post, a transcript) is not.
func casedText(sents []doc.Sentence) bool {
	opened, capital := 0, 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsLetter(r) {
				continue
			}
			opened++
			if unicode.IsUpper(r) {
				capital++
			}
			break
		}
	}
	return opened > 0 && 4*capital >= 3*opened
}

// hasCapital reports whether any of the tokens has a capital letter.
func hasCapital(toks []doc.Token) bool {
	for _, t := range toks {
		if strings.ToLower(t.Text) != t.Text {
			return true
		}
	}
	return false
}

// mostlyCaps reports whether a sentence is written in capitals (a
// headline), where every word looks like an acronym.
func mostlyCaps(toks []doc.Token) bool {
	upper, letters := 0, 0
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	return letters > 0 && upper*2 > letters
}

func dropInside(ms []*mention, i, j int) []*mention {
	out := ms[:0]
	for _, m := range ms {
		if m.start >= i && m.end <= j {
			continue
		}
		out = append(out, m)
	}
	return out
}

func spanText(toks []doc.Token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}

var officeWords = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true,
	"leader": true, "pm": true, "head of state": true, "king": true, "queen": true, "emir": true, "supreme leader": true}

func isOffice(s string) bool { return officeWords[s] }

// subjectCues are words that follow a subject: auxiliaries and reporting
// verbs (used when no part-of-speech tags are present).
var subjectCues = map[string]bool{"said": true, "says": true, "has": true, "have": true, "had": true, "is": true,
	"was": true, "will": true, "would": true, "could": true, "may": true, "might": true, "must": true,
	"should": true, "can": true, "did": true, "does": true, "warned": true, "accused": true, "denied": true,
	"announced": true, "insisted": true, "claimed": true, "called": true, "urged": true, "wants": true}

// isSubject guesses whether tokens [i, j) are the subject of a clause.
func isSubject(toks []doc.Token, i, j int) bool {
	if isDateline(toks, i, j) {
		return false // "WASHINGTON -- President Obama said …": a dateline
	}
	for k := i; k < j; k++ {
		if strings.HasPrefix(toks[k].Deprel, "nsubj") {
			return true
		}
	}
	if j >= len(toks) {
		return false
	}
	next := toks[j]
	if next.UPOS != "" {
		return next.UPOS == "VERB" || next.UPOS == "AUX"
	}
	w := next.Text
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	return subjectCues[w] || (strings.HasSuffix(w, "ed") && len(w) > 4)
}
