package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gender"
)

// pronounTypes maps a third-person pronoun to the mention types it may
// refer back to.
var pronounTypes = map[string][]string{
	"he": {doc.PER}, "him": {doc.PER}, "his": {doc.PER}, "she": {doc.PER}, "her": {doc.PER}, "hers": {doc.PER},
	"it": {doc.ORG, doc.LOC}, "its": {doc.ORG, doc.LOC},
	"they": {doc.ORG, doc.NORP}, "them": {doc.ORG, doc.NORP}, "their": {doc.ORG, doc.NORP},
}

// pronounClass groups the forms of one pronoun: "he" stands for "him" and
// "his".
var pronounClass = map[string]string{
	"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
	"it": "it", "its": "it", "they": "they", "them": "they", "their": "they",
}

// maxChain bounds how many pronouns back a pronoun is followed.
const maxChain = 8

// Antecedent returns the entity a third-person pronoun at byte offset pos of
// the article refers to, after Annotate, looking back at most three
// sentences. He/him/his and she/her/hers skip a person whose gender
// (personGenders) is known and differs; a person of unknown gender fits
// either. in its own sentence an earlier subject pronoun of the same
// kind ("When he refused …, he said") stands for the same entity, else the
// nearest earlier fitting mention; in an earlier sentence, a
// fitting mention that is a subject, else a
// subject pronoun of the same kind there, followed back ("He resisted
// devaluation …"), else the sentence's first fitting mention. A person's
// name modifying a noun ("the Attlee government") refers to no one (a
// country's, "U.S. envoys", stands for them). It returns
// "" for other words or when nothing fits. Quote attribution and event
// coding use it for speakers and actors such as "he said".
func Antecedent(a *doc.Article, pronoun string, pos int) string {
	pronoun = strings.ToLower(pronoun)
	var genders map[string]byte
	if gender.Pronoun(pronoun) != 0 {
		genders = personGenders(a)
	}
	return antecedent(a, pronoun, pos, 0, genders)
}

func antecedent(a *doc.Article, pronoun string, pos, depth int, genders map[string]byte) string {
	types := pronounTypes[pronoun]
	if types == nil {
		return ""
	}
	other := gender.Opposite(gender.Pronoun(pronoun))
	sent := -1
	for i, s := range a.Sentences {
		if s.Span.Start <= pos && pos < s.Span.End {
			sent = i
		}
	}
	fits := func(m doc.Mention) bool {
		if other != 0 && m.Type == doc.PER && genders[m.Entity] == other {
			return false
		}
		for _, t := range types {
			if m.Type == t {
				return true
			}
		}
		return false
	}
	follow := func(si, before int) string {
		if depth >= maxChain {
			return ""
		}
		if k := subjectPronoun(a, si, pronounClass[pronoun], before); k >= 0 {
			tk := a.Sentences[si].Tokens[k]
			return antecedent(a, strings.ToLower(tk.Text), tk.Span.Start, depth+1, genders)
		}
		return ""
	}
	for si := sent; si >= 0 && si >= sent-3; si-- {
		var first, last, subject *doc.Mention
		for i := range a.Mentions {
			m := &a.Mentions[i]
			// in its own sentence "it" may stand for the state a
			// nationality names ("Russian aggression, should it agree")
			state := si == sent && m.Type == doc.NORP && strings.HasPrefix(m.Entity, "country/") && strings.HasPrefix(pronoun, "it")
			if m.Sentence != si || m.Span.End > pos || !fits(*m) && !state || m.Type == doc.PER && modifiesNoun(a, *m) {
				continue
			}
			if si == sent && possessedBySame(a, *m, pronoun) {
				continue // "Despite his reappointment by Lahoud, he resigned": Lahoud is not he
			}
			if first == nil {
				first = m
			}
			if subject == nil && mentionIsSubject(a, *m) {
				subject = m
			}
			last = m
		}
		if si == sent {
			if e := follow(si, pos); e != "" {
				return e
			}
			if last != nil {
				return last.Entity // same sentence: the nearest
			}
			continue
		}
		if subject != nil {
			return subject.Entity
		}
		if e := follow(si, a.Sentences[si].Span.End); e != "" {
			return e
		}
		if first != nil {
			return first.Entity // earlier sentence: its first
		}
	}
	return ""
}

// sentenceToken returns the index in sentence si of the token ending at
// byte end, or -1.
func sentenceToken(a *doc.Article, si, end int) int {
	for k, tk := range a.Sentences[si].Tokens {
		if tk.Span.Start < end && end <= tk.Span.End {
			return k
		}
	}
	return -1
}

// mentionIsSubject reports whether mention m is a clause subject.
func mentionIsSubject(a *doc.Article, m doc.Mention) bool {
	toks := a.Sentences[m.Sentence].Tokens
	i, j := mentionTokens(toks, m)
	return i >= 0 && isSubject(toks, i, j)
}

// mentionTokens returns the range [i, j) of the tokens of its sentence
// that mention m covers; i is -1 if none.
func mentionTokens(toks []doc.Token, m doc.Mention) (i, j int) {
	i, j = -1, -1
	for k, tk := range toks {
		if tk.Span.Start >= m.Span.Start && tk.Span.End <= m.Span.End {
			if i < 0 {
				i = k
			}
			j = k + 1
		}
	}
	return i, j
}

// modifiesNoun reports whether mention m is a name the parse makes a
// compound of a noun after it ("the Attlee government", "a Trump
// supporter").
func modifiesNoun(a *doc.Article, m doc.Mention) bool {
	k := sentenceToken(a, m.Sentence, m.Span.End)
	if k < 0 {
		return false
	}
	toks := a.Sentences[m.Sentence].Tokens
	h := toks[k].Head
	return toks[k].Deprel == "compound" && h > k && h < len(toks) && toks[h].UPOS == "NOUN"
}

// possessedBySame reports whether mention m sits in a phrase whose owner is
// a pronoun of the same kind as pronoun ("his reappointment by President
// Lahoud" before "he"): the owner is the one the pronoun stands for, and m
// another.
func possessedBySame(a *doc.Article, m doc.Mention, pronoun string) bool {
	toks := a.Sentences[m.Sentence].Tokens
	k := sentenceToken(a, m.Sentence, m.Span.End)
	for n, steps := k, 0; n >= 0 && n < len(toks) && steps < 8; n, steps = toks[n].Head, steps+1 {
		for _, c := range toks {
			if c.Head == n && c.Deprel == "nmod:poss" && c.Span.Start < m.Span.Start && pronounClass[strings.ToLower(c.Text)] == pronounClass[pronoun] {
				return true
			}
		}
	}
	return false
}

// subjectPronoun returns the index in sentence si of the first pronoun of
// the given class before byte before that the parse makes a subject, or -1.
func subjectPronoun(a *doc.Article, si int, class string, before int) int {
	for k, tk := range a.Sentences[si].Tokens {
		if tk.Span.Start >= before {
			break
		}
		if pronounClass[strings.ToLower(tk.Text)] == class && strings.HasPrefix(tk.Deprel, "nsubj") {
			return k
		}
	}
	return -1
}

// personGenders returns the gender of each person entity of the article
// whose gender shows: a title or gendered role noun just before one of its
// mentions ("Mrs Clinton", "Queen Elizabeth", "spokeswoman Jen Psaki") or
// set beside it by the parse ("Paul Pelosi, her husband"), counting 5 each
// time, and the first word of its name in the learned first-name table
// (package gender), counting 3 — the entity's name, else the first of its
// mentions written as a plain name of two to four words ("Anna Berg", not
// "Canada Secretary of State Condoleezza Rice"). A title on a one-word
// mention that contradicts the first name is someone else of the same
// surname ("Mrs. Obama" linked to Barack Obama) and does not count. Where
// the evidence is split the larger sum wins. A person with none, or with
// as much for either gender, is known by the he/she subjects and his/her
// possessives that follow them where they are a clause subject
// (pronounAfter), one each ("Blitzer said … Sheehan said she"); with no
// pronouns either, or as many of each, they are left out.
func personGenders(a *doc.Article) map[string]byte {
	names, _ := gender.DefaultFirstNames() // an unreadable table leaves genders to titles
	first := map[string]byte{}
	for _, m := range a.Mentions {
		if m.Type != doc.PER || m.Entity == "" {
			continue
		}
		if _, ok := first[m.Entity]; ok {
			continue
		}
		g := byte(0)
		if e := entityByID(a, m.Entity); e != nil && plainName(e.Name) {
			g = names.Of(e.Name)
		} else if plainName(m.Text) {
			g = names.Of(m.Text)
		} else {
			continue // a later mention may be a plain name
		}
		first[m.Entity] = g
	}
	score := map[string]int{}
	for id, g := range first {
		switch g {
		case gender.Male:
			score[id] += 3
		case gender.Female:
			score[id] -= 3
		}
	}
	for _, m := range a.Mentions {
		if m.Type != doc.PER || m.Entity == "" || m.Sentence < 0 || m.Sentence >= len(a.Sentences) {
			continue
		}
		g := titleGender(a, m)
		if g != 0 && surnameOnly(m.Text) && first[m.Entity] == gender.Opposite(g) {
			continue
		}
		switch g {
		case gender.Male:
			score[m.Entity] += 5
		case gender.Female:
			score[m.Entity] -= 5
		}
	}
	// a person neither title nor name tells of: the pronouns that follow
	// where they are a subject
	pron := map[string]int{}
	for mi, m := range a.Mentions {
		if m.Type != doc.PER || m.Entity == "" || m.Sentence < 0 || m.Sentence >= len(a.Sentences) || score[m.Entity] != 0 || !mentionIsSubject(a, m) {
			continue
		}
		switch pronounAfter(a, mi) {
		case gender.Male:
			pron[m.Entity]++
		case gender.Female:
			pron[m.Entity]--
		}
	}
	for id, n := range pron {
		score[id] = n
	}
	out := map[string]byte{}
	for id, s := range score {
		switch {
		case s > 0:
			out[id] = gender.Male
		case s < 0:
			out[id] = gender.Female
		}
	}
	return out
}

// nameParticles are the lower-case words inside names ("Ludwig van
// Beethoven", "Omar al-Bashir").
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true, "ben": true, "de": true, "da": true,
	"di": true, "du": true, "del": true, "della": true, "der": true, "den": true, "van": true, "von": true, "la": true, "le": true, "dos": true, "das": true}

// surnameOnly reports whether mention text s is one word after any
// titles ("Obama", "Mrs. Obama").
func surnameOnly(s string) bool {
	words := strings.Fields(s)
	for len(words) > 1 && gender.Title(strings.ToLower(words[0])) != 0 {
		words = words[1:]
	}
	return len(words) == 1
}

// plainName reports whether s is written as a person's name of two to four
// words made of letters, hyphens, apostrophes or an initial's period, each
// capitalised or a particle ("Anna Berg", "George W. Bush", "Omar Hassan
// al-Bashir"), the first no title or office, so that its first word is a
// first name.
func plainName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	if w := strings.ToLower(strings.TrimSuffix(words[0], ".")); gender.Title(w) != 0 || isOffice(w) || !startsUpper(words[0]) {
		return false
	}
	for k, w := range words {
		if k > 0 && !startsUpper(w) && !nameParticles[strings.ToLower(w)] && !nameParticles[strings.ToLower(strings.SplitN(w, "-", 2)[0])] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
	}
	return true
}

// entityByID returns the article's entity with the given id, or nil.
func entityByID(a *doc.Article, id string) *doc.Entity {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return &a.Entities[i]
		}
	}
	return nil
}

// titleGender returns the gender a title or role noun implies that opens
// mention m or comes just before it, over at most two more capitalised
// words or a period ("Mrs. Clinton", "Lady Ashton", "First Lady Michelle
// Obama", "spokeswoman Jen Psaki"), or that the parse sets beside it as an
// apposition ("Paul Pelosi, her husband"; "her husband, Paul Pelosi"), or 0.
// A lower-case word between them ends the search: in "the wife of Joe
// Biden" the wife is someone else.
func titleGender(a *doc.Article, m doc.Mention) byte {
	toks := a.Sentences[m.Sentence].Tokens
	i, j := mentionTokens(toks, m)
	if i < 0 {
		return 0
	}
	title := func(k int) byte {
		return gender.Title(strings.TrimSuffix(strings.ToLower(toks[k].Text), "."))
	}
	for k := i; k >= 0 && k >= i-3; k-- {
		if k == j-1 {
			continue // a name that is all title word is a surname ("King")
		}
		if g := title(k); g != 0 {
			return g
		}
		if k < i && toks[k].Text != "." && !startsUpper(toks[k].Text) {
			break
		}
	}
	for k := i; k < j; k++ {
		if h := toks[k].Head; toks[k].Deprel == "appos" && h >= 0 && h < len(toks) && (h < i || h >= j) {
			if g := title(h); g != 0 {
				return g
			}
		}
	}
	for k, tk := range toks {
		if tk.Deprel == "appos" && (k < i || k >= j) && tk.Head >= i && tk.Head < j {
			if g := title(k); g != 0 {
				return g
			}
		}
	}
	return 0
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// pronounAfter returns the gender of the first he/him/his or she/her/hers
// after mention mi in its sentence and the next, before any other person is
// mentioned, when the parse makes it a subject or a possessive; or 0, also
// when that first pronoun is an object ("Sheehan scolded him": someone
// else).
func pronounAfter(a *doc.Article, mi int) byte {
	m := a.Mentions[mi]
	limit := len(a.Text)
	for _, n := range a.Mentions[mi+1:] {
		if n.Type == doc.PER && n.Span.Start >= m.Span.End {
			limit = n.Span.Start
			break
		}
	}
	for si := m.Sentence; si < len(a.Sentences) && si <= m.Sentence+1; si++ {
		for _, tk := range a.Sentences[si].Tokens {
			if tk.Span.Start < m.Span.End {
				continue
			}
			if tk.Span.Start >= limit {
				return 0
			}
			g := gender.Pronoun(strings.ToLower(tk.Text))
			if g == 0 {
				continue
			}
			if strings.HasPrefix(tk.Deprel, "nsubj") || tk.Deprel == "nmod:poss" {
				return g
			}
			return 0
		}
	}
	return 0
}
