package quote

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gender"
	"github.com/sitrep/sitrep/internal/kb"
)

// np is a speaker noun phrase: a range of tokens [from, to).
type np struct{ from, to int }

func (p np) empty() bool { return p.to <= p.from }

// isConnector reports whether a lower-case word may join two capitalised
// words inside a name ("Secretary of State", "Albright and Kelleher").
func isConnector(lower string) bool {
	switch lower {
	case "of", "and", "de", "del", "la", "van", "von", "al", "bin", "da", "di", "le", "du", "&":
		return true
	}
	return false
}

// npForward reads a speaker noun phrase starting at token i, up to limit.
func (an *analysis) npForward(i, limit int) np {
	t := an.toks
	if i >= limit {
		return np{i, i}
	}
	if isPronoun(t[i]) {
		return np{i, i + 1}
	}
	k := i
	for k < limit && k-i < 14 {
		tk := t[k]
		switch {
		case tk.word && isConnector(tk.lower) && !tk.upper:
			if k > i && k+1 < limit && t[k+1].upper && t[k-1].upper {
				k++
				continue
			}
			if tk.lower == "of" && k > i && k+1 < limit && !t[k-1].upper && roleHead(t[k-1].lower) {
				k++ // "said the head of the electoral service"
				continue
			}
		case tk.word && !nameStops[tk.lower] && !an.cueAt(k) || tk.word && tk.upper && !speakerPronouns[tk.lower] && !an.cueAt(k),
			tk.word && tk.upper && k > i && !t[k-1].upper && t[k-1].word:
			// a capitalised speech-verb form after a lower-case word is a
			// name's ("former State policy director"): in running text verbs
			// are not capitalised, in title case the word before is
			k++
			continue
		case tk.word && k > i && cueNounDeterminers[t[k-1].lower] && k+1 < limit && t[k+1].word && isCue(t[k+1].lower):
			k++ // a cue word as a noun before the cue: "the report concluded"
			continue
		case tk.text == "." && k > i && an.isAbbrevToken(k-1):
			k++
			continue
		case tk.text == "(" && k > i && t[k-1].upper:
			// a parenthetical after a name: "Sanders (I-Vt.)"
			if e := an.closeParen(k, limit); e > 0 {
				k = e
				continue
			}
		case tk.text == "-" || tk.text == "–":
			if k > i && k+1 < limit && t[k+1].word {
				k++
				continue
			}
		}
		break
	}
	return np{i, k}
}

// cueNounDeterminers are the words before which a cue word is a noun.
var cueNounDeterminers = toSet("the a an this that its his her their our one another")

// npBackward reads a speaker noun phrase ending just before token j,
// not reaching below token floor.
func (an *analysis) npBackward(j, floor int) np {
	t := an.toks
	// a time phrase between the speaker and the cue: "officials last
	// October warned"
	k0 := j
	for k0-1 > floor && timeWords[t[k0-1].lower] {
		k0--
	}
	if k0 < j && k0-1 >= floor && t[k0-1].word && !nameStops[t[k0-1].lower] && !isCue(t[k0-1].lower) {
		j = k0
	}
	k := j - 1
	if k < floor {
		return np{j, j}
	}
	if isPronoun(t[k]) {
		return np{k, j}
	}
	start := j
	for k >= floor && j-k < 14 {
		tk := t[k]
		switch {
		case tk.word && isConnector(tk.lower) && !tk.upper:
			if k > floor && t[k-1].upper && k+1 < j && t[k+1].upper {
				start = k
				k--
				continue
			}
		case tk.word && !nameStops[tk.lower] && !isCue(tk.lower) && !adverbialStart(tk):
			start = k
			k--
			continue
		case tk.text == "." && k > floor && an.isAbbrevToken(k-1):
			start = k
			k--
			continue
		case tk.text == ")":
			if o := an.openParen(k, floor); o >= 0 && o > floor && t[o-1].upper {
				start = o
				k = o - 1
				continue
			}
		case tk.text == "-" || tk.text == "–":
			if k > floor && t[k-1].word && start == k+1 {
				start = k
				k--
				continue
			}
		}
		break
	}
	return np{start, j}
}

// adverbialStart reports sentence-opening words that never belong to a
// speaker phrase.
func adverbialStart(t token) bool {
	switch t.lower {
	case "and", "but", "yet", "so", "what", "not", "also", "then", "meanwhile", "however", "instead", "perhaps", "indeed", "still", "now", "later", "earlier", "there", "here", "ago":
		return true
	}
	return false
}

func (an *analysis) isAbbrevToken(k int) bool {
	t := an.toks[k]
	return t.word && (abbreviations[t.lower] || utf8.RuneCountInString(t.text) == 1 && t.upper)
}

func (an *analysis) closeParen(k, limit int) int {
	for e := k + 1; e < limit && e-k < 8; e++ {
		if an.toks[e].text == ")" {
			return e + 1
		}
	}
	return -1
}

func (an *analysis) openParen(k, floor int) int {
	for o := k - 1; o >= floor && k-o < 8; o-- {
		if an.toks[o].text == "(" {
			return o
		}
	}
	return -1
}

// trimNP drops trailing punctuation and leading determiners that carry no
// meaning for the speaker ("The", "A" stay: they mark roles).
func (an *analysis) trimNP(p np) np {
	for p.to > p.from && !an.toks[p.to-1].word && an.toks[p.to-1].text != ")" && an.toks[p.to-1].text != "." {
		p.to--
	}
	return p
}

// person is one mention of a named person.
type person struct {
	start, end int
	name       string // full name as resolved, titles stripped
	last       string // last name token, lower case
	gender     byte
	entity     string // linked entity id, if any
	titled     bool   // named with a title or role noun
}

// speakerOf builds the speaker for a noun phrase.
func (an *analysis) speakerOf(p np) doc.Speaker {
	p = an.trimNP(p)
	if p.empty() {
		return doc.Speaker{}
	}
	t := an.toks
	s, e := t[p.from].start, t[p.to-1].end
	sp := doc.Speaker{Mention: an.text[s:e], Span: doc.Span{Start: s, End: e}}
	if p.to-p.from == 1 && isPronoun(t[p.from]) {
		sp.Name = sp.Mention // resolved once every named speaker is known
		return sp
	}
	if id, name, ok := an.linkedName(s, e); ok {
		sp.ID, sp.Name = id, name
		return sp
	}
	name := an.nameIn(p)
	if name == "" {
		sp.Name = sp.Mention
		return sp
	}
	sp.Name = an.fullName(name, s)
	sp.ID, sp.Name = an.kbPerson(sp.Name)
	return sp
}

// kbPerson links a person's name to the knowledge base when it names exactly
// one person there, returning the entry's id and name; else "" and name.
func (an *analysis) kbPerson(name string) (string, string) {
	if an.kb == nil {
		return "", name
	}
	var found *kb.Entry
	for _, m := range an.kb.Lookup(name, 0) {
		if m.Entry.Type != doc.PER || m.How == "surname" {
			// a bare surname the linker left alone is no one known: "Vance"
			// in 2025 is not Cyrus Vance
			continue
		}
		if found != nil && found.ID != m.Entry.ID {
			return "", name
		}
		found = m.Entry
	}
	if found == nil {
		return "", name
	}
	return found.ID, found.Name
}

// linkedName finds the person (or organisation) the NER stage found inside
// [s, e) and returns its entity id and name.
func (an *analysis) linkedName(s, e int) (string, string, bool) {
	best := -1
	for i, m := range an.a.Mentions {
		if m.Span.Start < s || m.Span.End > e {
			continue
		}
		if (m.Type == doc.NORP || m.Type == doc.LOC) && m.Span.End < e {
			continue // "Key European allies" are not Europe, "Former Mexico leader Calderon" not Mexico
		}
		if best < 0 || m.Type == doc.PER && an.a.Mentions[best].Type != doc.PER || m.Type == an.a.Mentions[best].Type {
			best = i
		}
	}
	if best < 0 {
		return "", "", false
	}
	m := an.a.Mentions[best]
	return m.Entity, an.entityName(m), true
}

func (an *analysis) entityName(m doc.Mention) string {
	for _, en := range an.a.Entities {
		if en.ID == m.Entity && en.Name != "" {
			return en.Name
		}
	}
	return m.Text
}

// nameIn returns the capitalised name at the end of a noun phrase with its
// titles stripped ("longtime Democratic pollster Pat Caddell" -> "Pat
// Caddell"), or "" when the phrase names a role ("a US official").
func (an *analysis) nameIn(p np) string {
	t := an.toks
	to := p.to
	// drop a trailing parenthetical
	if t[to-1].text == ")" {
		if o := an.openParen(to-1, p.from); o > p.from {
			to = o
		}
	}
	k := to
	for k > p.from {
		tk := t[k-1]
		if tk.upper || tk.text == "." && k-1 > p.from && an.isAbbrevToken(k-2) ||
			tk.word && isConnector(tk.lower) && k-1 > p.from && t[k-2].upper || tk.text == "-" {
			k--
			continue
		}
		break
	}
	for k < to && (titles[t[k].lower] || t[k].text == "." || !t[k].upper) {
		k++
	}
	if k >= to {
		return ""
	}
	var b strings.Builder
	for i := k; i < to; i++ {
		if i > k && t[i].start > t[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t[i].text)
	}
	return stripPossessive(b.String())
}

func stripPossessive(s string) string {
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// fullName expands a surname to the longest full name of a person ending
// with it, preferring one mentioned before offset at.
func (an *analysis) fullName(name string, at int) string {
	if strings.Contains(name, " ") {
		return name
	}
	lw := strings.ToLower(name)
	best := ""
	for _, p := range an.persons {
		if p.last == lw && strings.Contains(p.name, " ") && (best == "" || p.start < at && len(p.name) > len(best)) {
			best = p.name
		}
	}
	if best != "" {
		return best
	}
	return name
}

// findPersons lists the named people in the text outside quotations: the
// article's PER mentions when the NER stage ran, else capitalised sequences
// that look like names (with a title, or two or more words none of which
// names an institution, day or month), and single words that repeat the last
// name of one of those. Each gets a gender from its title or role noun, or
// from the pronouns that follow its mentions.
func (an *analysis) findPersons() {
	if len(an.a.Mentions) > 0 {
		for _, m := range an.a.Mentions {
			if m.Type != doc.PER || an.inQuote(m.Span.Start) || an.nameModifier(m.Span) {
				continue
			}
			name := an.entityName(m)
			an.persons = append(an.persons, person{start: m.Span.Start, end: m.Span.End, name: name, last: lastWord(name), entity: m.Entity,
				gender: an.titleGenderBefore(an.tokenAt(m.Span.Start))})
		}
	} else {
		an.persons = an.capitalisedPersons()
	}
	sort.Slice(an.persons, func(i, j int) bool { return an.persons[i].start < an.persons[j].start })
}

// nameModifier reports whether the parse makes the name at span a modifier
// of a noun after it ("a Trump supporter", "Obama consultant Cornell
// Belcher"): no one a later pronoun refers to.
func (an *analysis) nameModifier(span doc.Span) bool {
	si, ti, ok := an.docTokenAt(span.End - 1)
	if !ok {
		return false
	}
	t := an.a.Sentences[si].Tokens[ti]
	return t.Deprel == "compound" && t.Head > ti && an.a.Sentences[si].Tokens[t.Head].Span.Start >= span.End
}

func (an *analysis) capitalisedPersons() []person {
	t := an.toks
	var runs []person
	var singles []person
	for i := 0; i < len(t); {
		if !t[i].upper || an.inQuote(t[i].start) {
			i++
			continue
		}
		if nameStops[t[i].lower] || adverbialStart(t[i]) || t[i].lower == "the" || t[i].lower == "a" || t[i].lower == "an" {
			i++
			continue
		}
		j := i
		for j < len(t) && (t[j].upper || t[j].text == "." && j > i && an.isAbbrevToken(j-1) ||
			t[j].word && isConnector(t[j].lower) && j+1 < len(t) && t[j+1].upper && j > i) {
			if j > i && t[j].start-t[j-1].end > 1 {
				break
			}
			j++
		}
		p := np{i, j}
		name := an.nameIn(p)
		hasTitle := titles[t[i].lower] || i > 0 && titles[t[i-1].lower]
		nonPerson := false
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if nonPersonWords[w] || isCue(w) {
				nonPerson = true
			}
		}
		n := len(strings.Fields(name))
		if !nonPerson && name != "" && an.kb != nil {
			if ms := an.kb.Lookup(name, 0); len(ms) > 0 && ms[0].Entry.Type != doc.PER {
				nonPerson = true
			}
		}
		switch {
		case name == "" || nonPerson:
		case n >= 2 && n <= 4 || hasTitle && n >= 1 && n <= 4:
			g := an.titleGenderBefore(i)
			runs = append(runs, person{start: t[i].start, end: t[j-1].end, name: name, last: lastWord(name), gender: g, titled: hasTitle || g != 0})
		case n == 1:
			singles = append(singles, person{start: t[i].start, end: t[j-1].end, name: name, last: lastWord(name)})
		}
		i = j
	}
	lasts := map[string]string{}
	for _, r := range runs {
		if _, ok := lasts[r.last]; !ok {
			lasts[r.last] = r.name
		}
	}
	for _, s := range singles {
		if full, ok := lasts[s.last]; ok {
			s.name = full
			runs = append(runs, s)
		}
	}
	return runs
}

// titleGenderBefore reads the gender a title or role noun just before
// token i (or at it) implies.
func (an *analysis) titleGenderBefore(i int) byte {
	for k := i; k >= 0 && k >= i-3; k-- {
		if g := gender.Title(strings.TrimSuffix(an.toks[k].lower, ".")); g != 0 {
			return g
		}
		if k < i && !an.toks[k].word && an.toks[k].text != "." {
			break
		}
	}
	return 0
}

// inferGenders sets a person's gender from titles seen on any mention of the
// same name, else from the he/she pronouns that follow their mentions
// outside quotes before the next person is mentioned. Pronouns at the given
// offsets (the speakers being resolved) are not evidence.
func (an *analysis) inferGenders(skip map[int]bool) {
	score := map[string]int{}
	for i, p := range an.persons {
		switch p.gender {
		case 'm':
			score[p.name] += 5
		case 'f':
			score[p.name] -= 5
		}
		if f := strings.Fields(p.name); len(f) >= 2 {
			switch an.names[f[0]] {
			case 'm':
				score[p.name] += 3
			case 'f':
				score[p.name] -= 3
			}
		}
		limit := len(an.text)
		if i+1 < len(an.persons) {
			limit = an.persons[i+1].start
		}
		k := an.tokenAt(p.end)
		for n := 0; k < len(an.toks) && an.toks[k].start < limit && n < 40; k, n = k+1, n+1 {
			tk := an.toks[k]
			if an.inQuote(tk.start) || skip[tk.start] || an.objectPronoun(tk.start) {
				continue
			}
			g := gender.Pronoun(tk.lower)
			if g == 'm' {
				score[p.name]++
			} else if g == 'f' {
				score[p.name]--
			}
			if g != 0 {
				break
			}
		}
	}
	for i := range an.persons {
		switch s := score[an.persons[i].name]; {
		case s > 0:
			an.persons[i].gender = 'm'
		case s < 0:
			an.persons[i].gender = 'f'
		}
	}
}

// objectPronoun reports whether the parse makes the word at byte i an
// object ("McCaskill scolded him"): someone other than the subject before
// it, so no evidence of that person's gender.
func (an *analysis) objectPronoun(i int) bool {
	si, ti, ok := an.docTokenAt(i)
	if !ok {
		return false
	}
	switch an.a.Sentences[si].Tokens[ti].Deprel {
	case "obj", "iobj":
		return true
	}
	return false
}

// resolvePronouns names the person a he/she speaker refers to. Candidates
// are the named people mentioned outside quotes and the named speakers of
// earlier quotes (a resolved pronoun speaker becomes one too); a candidate
// whose gender is known and differs is skipped. The nearest salient
// candidate — a speaker, or a person that is the subject of its clause by
// the parse — wins; failing one within the last few paragraphs, the nearest
// candidate of any kind. "I" resolves to the article's author when known;
// plural and neuter pronouns stay as written.
func (an *analysis) resolvePronouns() {
	skip := map[int]bool{}
	for _, q := range an.out {
		skip[q.Speaker.Span.Start] = true
	}
	an.inferGenders(skip)
	genders := map[string]byte{}
	for _, p := range an.persons {
		if p.gender != 0 {
			genders[p.name] = p.gender
			genders[p.last] = p.gender
		}
	}
	parsed := an.parsed()
	var cands []candidate
	for _, p := range an.persons {
		cands = append(cands, candidate{at: p.start, name: p.name, id: p.entity, gender: p.gender, salient: !an.inReported(p.start) && an.isSubject(p.start, p.end, parsed)})
	}
	for _, q := range an.out {
		sp := q.Speaker
		if speakerPronouns[stripPossessive(strings.ToLower(sp.Mention))] || !an.namesPerson(sp) {
			continue
		}
		g := genders[sp.Name]
		if g == 0 {
			g = genders[lastWord(sp.Name)]
		}
		cands = append(cands, candidate{at: sp.Span.Start, name: sp.Name, id: sp.ID, gender: g, salient: true})
	}
	order := make([]int, len(an.out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return an.out[order[i]].Speaker.Span.Start < an.out[order[j]].Speaker.Span.Start })
	for _, qi := range order {
		sp := &an.out[qi].Speaker
		lower := stripPossessive(strings.ToLower(sp.Mention))
		if !speakerPronouns[lower] {
			continue
		}
		g := gender.Pronoun(lower)
		if g == 0 {
			if lower == "i" && an.a.Author != "" {
				sp.Name = an.a.Author
			}
			continue
		}
		if c := an.antecedent(cands, sp.Span.Start, g); c != nil {
			sp.Name, sp.ID = c.name, c.id
			cands = append(cands, candidate{at: sp.Span.Start, name: c.name, id: c.id, gender: g, salient: true})
		}
	}
}

// candidate is a possible antecedent of a pronoun speaker.
type candidate struct {
	at      int
	name    string
	id      string
	gender  byte
	salient bool // a speaker or a clause subject
}

// salienceWindow is how many paragraphs back a salient antecedent is
// looked for before any nearer person is taken.
const salienceWindow = 3

// antecedent picks the candidate a pronoun of gender g at byte at refers to.
func (an *analysis) antecedent(cands []candidate, at int, g byte) *candidate {
	pi := an.paraAt(at)
	var nearest *candidate
	for i := range cands {
		c := &cands[i]
		if c.at >= at || c.gender != 0 && c.gender != g {
			continue
		}
		if nearest == nil || c.at > nearest.at {
			nearest = c
		}
	}
	var best *candidate
	for i := range cands {
		c := &cands[i]
		if c.at >= at || !c.salient || c.gender != 0 && c.gender != g || pi-an.paraAt(c.at) > salienceWindow {
			continue
		}
		if best == nil || c.at > best.at {
			best = c
		}
	}
	if best != nil {
		return best
	}
	return nearest
}

// paraAt returns the index of the paragraph holding byte i.
func (an *analysis) paraAt(i int) int {
	k := sort.Search(len(an.paras), func(k int) bool { return an.paras[k].end > i })
	return k
}

// namesPerson reports whether a speaker is a named person: linked to a
// person mention, or a capitalised name that is not a known place or
// organisation.
func (an *analysis) namesPerson(sp doc.Speaker) bool {
	for _, m := range an.a.Mentions {
		if m.Type == doc.PER && m.Span.Start < sp.Span.End && sp.Span.Start < m.Span.End && (sp.ID != "" && m.Entity == sp.ID || an.entityName(m) == sp.Name) {
			return true // the person the speaker was named by: "NBC's Dante Chinni"
		}
	}
	for _, m := range an.a.Mentions {
		if m.Span.Start < sp.Span.End && sp.Span.Start < m.Span.End {
			return m.Type == doc.PER
		}
	}
	if len(an.a.Mentions) > 0 {
		return false
	}
	return sp.Name != sp.Mention || strings.Contains(sp.Name, " ")
}

// tokenAt returns the index of the first token starting at or after byte i.
func (an *analysis) tokenAt(i int) int {
	return sort.Search(len(an.toks), func(k int) bool { return an.toks[k].start >= i })
}

// inQuote reports whether byte i lies inside a quoted segment.
func (an *analysis) inQuote(i int) bool {
	k := sort.Search(len(an.segs), func(k int) bool { return an.segs[k].close > i })
	return k < len(an.segs) && an.segs[k].open <= i
}

// isPronoun reports whether t is a pronoun that can be a speaker ("he",
// "she", "he’s").
func isPronoun(t token) bool { return t.word && speakerPronouns[stripPossessive(t.lower)] }

// inReported reports whether byte i lies in the content of a quote found so
// far (reported speech, direct or not).
func (an *analysis) inReported(i int) bool {
	for _, q := range an.out {
		if q.Span.Start <= i && i < q.Span.End {
			return true
		}
	}
	return false
}

// roleHead reports whether a lower-case noun names a role whose "of" phrase
// belongs to the speaker's phrase.
func roleHead(w string) bool {
	switch w {
	case "head", "chief", "leader", "director", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
		"president", "secretary", "minister", "member", "members", "governor", "mayor", "commander", "ambassador", "envoy", "official", "officials", "representative", "editor", "founder", "ceo":
		return true
	}
	return false
}
