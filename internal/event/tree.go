package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// tree is one parsed sentence with the indexes the coder needs.
type tree struct {
	toks   []doc.Token
	words  []string // lower-case token text
	lemmas []string // lower-case lemma (text when the parser gave none)
	kids   [][]int
	// persons holds common nouns that name people (cameo.Model.Animate);
	// nil when none are known
	persons map[string]bool
}

func newTree(toks []doc.Token) *tree {
	t := &tree{toks: toks, words: make([]string, len(toks)), lemmas: make([]string, len(toks)), kids: make([][]int, len(toks))}
	for i, tk := range toks {
		t.words[i] = strings.ToLower(tk.Text)
		l := strings.ToLower(tk.Lemma)
		if l == "" || l == "_" {
			l = guessLemma(t.words[i])
		}
		t.lemmas[i] = l
		if h := tk.Head; h >= 0 && h < len(toks) && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// rel returns the token's dependency relation without its subtype.
func (t *tree) rel(i int) string {
	r := t.toks[i].Deprel
	if j := strings.IndexByte(r, ':'); j >= 0 {
		return r[:j]
	}
	return r
}

func (t *tree) head(i int) int {
	h := t.toks[i].Head
	if h < 0 || h >= len(t.toks) || h == i {
		return -1
	}
	return h
}

// child returns the first child of i whose full or base relation is one of rels.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.toks[k].Deprel == r || t.rel(k) == r && !strings.Contains(r, ":") {
				return k
			}
		}
	}
	return -1
}

func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.toks[k].Deprel == r || t.rel(k) == r && !strings.Contains(r, ":") {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// hasChildLemma reports whether i has a child with one of the lemmas.
// negatedBy reports whether clause or noun i has a negator among its
// dependents of the given relations. "Not only … but also" adds, it does not
// negate ("has not only warned of it but also supplied weapons").
func (t *tree) negatedBy(i int, rels ...string) bool {
	for _, k := range t.kids[i] {
		if w := strings.ToLower(t.words[k]); (w == "longer" || w == "more") && t.rel(k) == "advmod" && slices.Contains(rels, "advmod") && t.hasChildLemma(k, noWord, "advmod") {
			return true // "will no longer tolerate": done with
		}
		if !negators[t.lemmas[k]] && !negators[t.words[k]] || !slices.Contains(rels, t.rel(k)) && !slices.Contains(rels, t.toks[k].Deprel) {
			continue
		}
		if n := k + 1; n < len(t.toks) && notOnly[t.lemmas[n]] && (t.lemmas[k] == "not" || t.words[k] == "n't") {
			continue
		}
		return true
	}
	for _, k := range t.children(i, "advmod") {
		if slices.Contains(rels, "advmod") && t.hasChildLemma(k, set("never"), "advmod") {
			return true // "have never before overturned", "never" hung on "before"
		}
	}
	return false
}

// inRelative reports whether a relative clause lies on the path from i up
// to its ancestor a.
func (t *tree) inRelative(i, a int) bool {
	for n := i; n >= 0 && n != a; n = t.head(n) {
		if t.toks[n].Deprel == "acl:relcl" {
			return true
		}
	}
	return false
}

// toMarked reports whether word i is marked by "to": an infinitive ("to
// support"), or a clause so introduced.
func (t *tree) toMarked(i int) bool { return t.hasChildLemma(i, toMark, "mark") }

var toMark = set("to")

var noWord = set("no")

// objectIn reports whether a direct object of p has its lemma in words.
func (t *tree) objectIn(p int, words map[string]bool) bool {
	for _, o := range t.children(p, "obj") {
		if words[t.lemmas[o]] {
			return true
		}
	}
	return false
}

func (t *tree) hasChildLemma(i int, lemmas map[string]bool, rels ...string) bool {
	for _, k := range t.kids[i] {
		if !lemmas[t.lemmas[k]] && !lemmas[t.words[k]] {
			continue
		}
		if len(rels) == 0 {
			return true
		}
		for _, r := range rels {
			if t.rel(k) == r || t.toks[k].Deprel == r {
				return true
			}
		}
	}
	return false
}

// caseOf returns the preposition (case child) of a nominal, "" if none.
func (t *tree) caseOf(i int) string {
	var parts []string
	for _, k := range t.kids[i] {
		if t.rel(k) == "case" && t.words[k] != "'s" && t.words[k] != "'" && t.words[k] != "’s" {
			parts = append(parts, t.words[k])
		}
	}
	return strings.Join(parts, " ")
}

// attribution reports whether token i heads a phrase naming who reports
// something ("according to X"): the reporter, never a party to the act.
func (t *tree) attribution(i int) bool {
	return strings.HasPrefix(t.caseOf(i), "according")
}

// clausal relations start a new clause: they bound a phrase.
var clausal = map[string]bool{"ccomp": true, "advcl": true, "parataxis": true, "csubj": true, "acl": true, "conj": true, "xcomp": true, "punct": true}

// phrase returns the tokens of the nominal phrase headed by i: i and its
// descendants, not entering clauses or conjuncts.
func (t *tree) phrase(i int) []int {
	out := []int{i}
	var walk func(int)
	walk = func(n int) {
		for _, k := range t.kids[n] {
			if clausal[t.rel(k)] || t.rel(k) == "cc" || t.attribution(k) {
				continue
			}
			out = append(out, k)
			walk(k)
		}
	}
	walk(i)
	return out
}

// depth returns how many edges lie between ancestor a and i, -1 if a does not dominate i.
func (t *tree) depth(a, i int) int {
	d := 0
	for n := i; n >= 0 && d <= len(t.toks); n = t.head(n) {
		if n == a {
			return d
		}
		d++
	}
	return -1
}

// conjuncts returns i and the heads conjoined with it ("Putin and Xi"). A
// possessor hung on a plain noun as its conjunct is none ("the invasion
// of Ukraine and Beijing's threats" misparsed with Beijing beside
// Ukraine): it owns the noun after it.
func (t *tree) conjuncts(i int) []int {
	out := []int{i}
	for _, k := range t.children(i, "conj") {
		if t.possessive(k) && !t.possessive(i) {
			continue
		}
		if t.isNominal(k) {
			out = append(out, t.conjuncts(k)...)
		}
	}
	return out
}

// phraseIn reports whether i has a rel dependent marked by case cs whose
// lemma is one of words ("hundreds of demonstrators", "hurt by the row").
func (t *tree) phraseIn(i int, rel, cs string, words map[string]bool) bool {
	for _, k := range t.children(i, rel) {
		if t.caseOf(k) == cs && words[t.lemmas[k]] {
			return true
		}
	}
	return false
}

// passive reports whether verb i is passive: it has a passive auxiliary
// or subject.
func (t *tree) passive(i int) bool {
	return t.child(i, "aux:pass") >= 0 || t.child(i, "nsubj:pass") >= 0
}

// possessive reports whether i is marked by a possessive "'s".
func (t *tree) possessive(i int) bool {
	for _, k := range t.children(i, "case") {
		if w := t.words[k]; w == "'s" || w == "’s" || w == "'" || w == "’" {
			return true
		}
	}
	return false
}

func (t *tree) isNominal(i int) bool {
	switch t.toks[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "ADJ":
		return true
	}
	return false
}

func (t *tree) isVerb(i int) bool {
	u := t.toks[i].UPOS
	return u == "VERB" || u == "" && (strings.HasPrefix(t.toks[i].XPOS, "VB"))
}

// irregular maps the irregular forms the coder's word lists need.
var irregular = map[string]string{
	"said": "say", "says": "say", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "told": "tell", "met": "meet", "held": "hold",
	"wo": "will", "ca": "can", "'ll": "will", "n't": "not", "sought": "seek", "threw": "throw", "fought": "fight",
	"struck": "strike", "shot": "shoot", "brought": "bring", "made": "make", "took": "take", "gave": "give",
	"went": "go", "came": "come", "left": "leave", "led": "lead", "began": "begin", "broke": "break",
}

// guessLemma is the lemma of a word when the parser gave none: irregular
// forms, then regular -s/-ed/-ing endings when what remains is one of the
// verbs the coder's word lists name.
func guessLemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
			continue
		}
		stem := w[:len(w)-len(suf)]
		for _, cand := range []string{stem, stem + "e", strings.TrimSuffix(stem, stem[len(stem)-1:])} {
			if knownVerb(cand) {
				return cand
			}
		}
		if strings.HasSuffix(stem, "i") && knownVerb(stem[:len(stem)-1]+"y") {
			return stem[:len(stem)-1] + "y"
		}
	}
	return w
}

func knownVerb(v string) bool {
	return reportVerbs[v] || futureVerbs[v] || hypoVerbs[v] || allegeVerbs[v] || negatingVerbs[v] || intentVerbs[v]
}

// nameModifier reports whether token i is a word of a multi-word name that
// the name's next word continues ("World" in "World War Two"): it names
// nothing by itself, unlike the name's last word ("the Europe Bridge").
func (t *tree) nameModifier(i int) bool {
	ner := t.toks[i].NER
	if len(ner) < 3 || ner == "O" || i+1 >= len(t.toks) || t.words[i] == t.toks[i].Text {
		return false
	}
	return t.toks[i+1].NER == "I-"+ner[2:]
}

// personModifier reports whether token i is a noun modifying a noun that
// names people: "opposition" in "opposition leader", "aid" in "aid
// workers" — a kind of person, not the thing itself. A modifier that
// itself names people ("police officers") stays.
func (t *tree) personModifier(i int) bool {
	h := t.head(i)
	if t.rel(i) != "compound" || h < 0 || t.toks[h].UPOS != "NOUN" ||
		t.persons[t.lemmas[i]] || t.persons[t.words[i]] {
		return false
	}
	return t.persons[t.lemmas[h]] || t.persons[t.words[h]]
}

// headline reports whether the sentence is a headline: no closing
// punctuation after its last word.
func (t *tree) headline() bool {
	n := len(t.toks)
	if n < 3 {
		return false
	}
	last := t.toks[n-1].Text
	return t.toks[n-1].UPOS != "PUNCT" || !strings.ContainsAny(last, ".!?;:\"'”’)")
}

// question reports whether the sentence asks whether something is so: it
// ends with a question mark and opens with no question word ("Why is Japan
// threatening …?" takes the threat as given).
func (t *tree) question() bool {
	n := len(t.toks)
	return n > 0 && strings.HasPrefix(t.toks[n-1].Text, "?") && !questionWords[t.words[0]]
}
