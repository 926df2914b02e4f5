package eval

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// ptbNode is one node of a Penn Treebank constituency tree.
type ptbNode struct {
	label string
	word  string // leaves only
	kids  []*ptbNode
	leaf  int // token index for leaves
}

// parsePTB reads a bracketed tree "(ROOT (S (NP (NNP Arnor)) ...))".
func parsePTB(s string) (*ptbNode, error) {
	toks := tokenizeBrackets(s)
	pos := 0
	var leaves int
	var parse func() (*ptbNode, error)
	parse = func() (*ptbNode, error) {
		if pos >= len(toks) || toks[pos] != "(" {
			return nil, fmt.Errorf("expected ( at %d", pos)
		}
		pos++
		n := &ptbNode{}
		if pos < len(toks) && toks[pos] != "(" && toks[pos] != ")" {
			n.label = toks[pos]
			pos++
		}
		for pos < len(toks) && toks[pos] != ")" {
			if toks[pos] == "(" {
				k, err := parse()
				if err != nil {
					return nil, err
				}
				n.kids = append(n.kids, k)
			} else {
				n.word = toks[pos]
				n.leaf = leaves
				leaves++
				pos++
			}
		}
		pos++
		return n, nil
	}
	root, err := parse()
	if err != nil {
		return nil, err
	}
	return root, nil
}

func tokenizeBrackets(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case '(', ')':
			flush()
			out = append(out, string(r))
		case ' ', '\t', '\n', '\r':
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// ptbToUD converts a constituency tree to Universal-Dependencies-style
// tokens with head-percolation rules: content words head their phrases,
// auxiliaries, copulas, prepositions and complementizers attach to them.
// It returns the tokens and the text they were laid out in (words joined by
// single spaces).
func ptbToUD(root *ptbNode) ([]doc.Token, string) {
	var leaves []*ptbNode
	var collect func(n *ptbNode)
	collect = func(n *ptbNode) {
		if n.word != "" {
			leaves = append(leaves, n)
		}
		for _, k := range n.kids {
			collect(k)
		}
	}
	collect(root)
	toks := make([]doc.Token, len(leaves))
	var b strings.Builder
	for i, l := range leaves {
		w := unescapePTB(l.word)
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w)
		toks[i] = doc.Token{Text: w, Span: doc.Span{Start: start, End: b.Len()}, XPOS: l.label, UPOS: upos(l.label), Lemma: lemmaOf(w, l.label), Head: -1}
	}
	c := &converter{toks: toks}
	c.headOf(root)
	for i := range c.toks {
		if c.toks[i].Deprel == "" {
			c.toks[i].Deprel = "root"
			c.toks[i].Head = -1
		}
	}
	return c.toks, b.String()
}

func unescapePTB(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "``", "''":
		return "\""
	}
	return w
}

func upos(tag string) string {
	switch {
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case strings.HasPrefix(tag, "NN"):
		return "NOUN"
	case strings.HasPrefix(tag, "VB"):
		return "VERB"
	case tag == "MD":
		return "AUX"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case strings.HasPrefix(tag, "RB"):
		return "ADV"
	case tag == "IN":
		return "ADP"
	case tag == "RP":
		return "ADP"
	case tag == "DT" || tag == "PDT" || tag == "WDT" || tag == "PRP$" || tag == "WP$":
		return "DET"
	case tag == "PRP" || tag == "WP" || tag == "EX":
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "TO" || tag == "POS":
		return "PART"
	}
	if strings.IndexFunc(tag, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return "PUNCT"
	}
	return "X"
}

var irregularLemmas = map[string]string{
	"said": "say", "says": "say", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
	"has": "have", "had": "have", "having": "have", "did": "do", "does": "do", "n't": "not", "wo": "will", "ca": "can",
	"told": "tell", "went": "go", "gone": "go", "made": "make", "met": "meet", "held": "hold", "took": "take",
}

func lemmaOf(w, tag string) string {
	lw := strings.ToLower(w)
	if l, ok := irregularLemmas[lw]; ok {
		return l
	}
	if tag == "NNS" && strings.HasSuffix(lw, "s") && len(lw) > 3 {
		return strings.TrimSuffix(lw, "s")
	}
	return lw
}

type converter struct{ toks []doc.Token }

func (c *converter) attach(dep, head int, rel string) {
	if dep == head || dep < 0 || head < 0 {
		return
	}
	c.toks[dep].Head = head
	c.toks[dep].Deprel = rel
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

var auxWords = map[string]bool{"be": true, "have": true, "do": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "shall": true, "should": true, "must": true, "to": true}

// headOf assigns dependencies inside n and returns its head token.
func (c *converter) headOf(n *ptbNode) int {
	if n.word != "" {
		return n.leaf
	}
	if len(n.kids) == 1 && n.label != "PP" {
		return c.headOf(n.kids[0])
	}
	heads := make([]int, len(n.kids))
	for i, k := range n.kids {
		heads[i] = c.headOf(k)
	}
	lab := baseLabel(n.label)
	switch lab {
	case "S", "SQ", "SINV", "ROOT", "FRAG", "SBARQ":
		return c.clause(n, heads)
	case "VP":
		return c.verbPhrase(n, heads)
	case "PP":
		return c.prepPhrase(n, heads)
	case "SBAR":
		h := -1
		for i, k := range n.kids {
			if b := baseLabel(k.label); b == "S" || b == "SQ" || b == "SINV" || b == "FRAG" {
				h = heads[i]
			}
		}
		if h < 0 {
			h = heads[len(heads)-1]
		}
		for i := range n.kids {
			if heads[i] != h {
				c.attach(heads[i], h, "mark")
			}
		}
		return h
	default: // NP and the rest
		return c.nounPhrase(n, heads)
	}
}

func baseLabel(l string) string {
	if i := strings.IndexAny(l, "-="); i > 0 {
		return l[:i]
	}
	return l
}

func (c *converter) clause(n *ptbNode, heads []int) int {
	h := -1
	for i, k := range n.kids {
		if baseLabel(k.label) == "VP" {
			h = heads[i]
			break
		}
	}
	if h < 0 {
		for i, k := range n.kids {
			if b := baseLabel(k.label); b == "S" || b == "SINV" {
				h = heads[i]
				break
			}
		}
	}
	if h < 0 {
		return c.nounPhrase(n, heads)
	}
	passive := c.isPassive(h)
	seenHead := false
	for i, k := range n.kids {
		d := heads[i]
		if d == h {
			seenHead = true
			continue
		}
		switch b := baseLabel(k.label); {
		case b == "NP" && !seenHead:
			if passive {
				c.attach(d, h, "nsubj:pass")
			} else {
				c.attach(d, h, "nsubj")
			}
		case b == "S" || b == "SINV":
			if seenHead {
				c.attach(d, h, "parataxis")
			} else {
				c.attach(d, h, "ccomp")
			}
		case b == "SBAR":
			c.attach(d, h, "advcl")
		case b == "PP":
			c.attach(d, h, "obl")
		case b == "ADVP" || b == "RB":
			c.attach(d, h, "advmod")
		case b == "CC":
			c.attach(d, h, "cc")
		case b == "VP":
			c.attach(d, h, "conj")
		case upos(k.label) == "PUNCT":
			c.attach(d, h, "punct")
		default:
			c.attach(d, h, "dep")
		}
	}
	return h
}

func (c *converter) isPassive(h int) bool {
	if c.toks[h].XPOS != "VBN" {
		return false
	}
	for i := range c.toks {
		if c.toks[i].Head == h && c.toks[i].Deprel == "aux:pass" {
			return true
		}
	}
	return false
}

func (c *converter) verbPhrase(n *ptbNode, heads []int) int {
	// the lexical head: a lower VP when this VP's verb is an auxiliary,
	// the predicate when it is a copula, else the verb
	verb, lower, pred := -1, -1, -1
	for i, k := range n.kids {
		b := baseLabel(k.label)
		switch {
		case isVerbTag(b) && verb < 0:
			verb = i
		case b == "TO" && verb < 0:
			verb = i
		case b == "VP" && lower < 0:
			lower = i
		case (b == "ADJP" || b == "NP") && pred < 0 && verb >= 0:
			pred = i
		}
	}
	if verb < 0 {
		if lower >= 0 {
			verb = lower
		} else {
			return c.nounPhrase(n, heads)
		}
	}
	h := heads[verb]
	vw := c.toks[h].Lemma
	switch {
	case lower >= 0 && (auxWords[vw] || n.kids[verb].label == "MD" || n.kids[verb].label == "TO"):
		h = heads[lower]
		rel := "aux"
		if n.kids[verb].label == "TO" {
			rel = "mark"
		} else if vw == "be" && c.toks[h].XPOS == "VBN" {
			rel = "aux:pass"
		}
		c.attach(heads[verb], h, rel)
		c.toks[heads[verb]].UPOS = "AUX"
		if rel == "mark" {
			c.toks[heads[verb]].UPOS = "PART"
		}
	case vw == "be" && pred >= 0 && lower < 0:
		h = heads[pred]
		c.attach(heads[verb], h, "cop")
		c.toks[heads[verb]].UPOS = "AUX"
	}
	for i, k := range n.kids {
		d := heads[i]
		if d == h || d == heads[verb] && c.toks[d].Head == h {
			continue
		}
		if i == lower && h == heads[lower] || i == pred && h == heads[pred] {
			continue
		}
		switch b := baseLabel(k.label); {
		case b == "NP":
			c.attach(d, h, "obj")
		case b == "PP":
			rel := "obl"
			if c.caseWord(d) == "by" && c.isPassive(h) {
				rel = "obl:agent"
			}
			c.attach(d, h, rel)
		case b == "PRT" || b == "RP":
			c.attach(d, h, "compound:prt")
		case b == "S":
			if c.hasSubject(k) {
				c.attach(d, h, "ccomp")
			} else {
				c.attach(d, h, "xcomp")
			}
		case b == "SBAR":
			if isCompSBAR(k) {
				c.attach(d, h, "ccomp")
			} else {
				c.attach(d, h, "advcl")
			}
		case b == "VP":
			c.attach(d, h, "conj")
		case b == "ADVP" || b == "RB":
			c.attach(d, h, "advmod")
		case b == "ADJP":
			c.attach(d, h, "xcomp")
		case b == "MD":
			c.attach(d, h, "aux")
		case b == "CC":
			c.attach(d, h, "cc")
		case upos(k.label) == "PUNCT":
			c.attach(d, h, "punct")
		default:
			c.attach(d, h, "dep")
		}
	}
	return h
}

func (c *converter) caseWord(h int) string {
	for i := range c.toks {
		if c.toks[i].Head == h && c.toks[i].Deprel == "case" {
			return strings.ToLower(c.toks[i].Text)
		}
	}
	return ""
}

func (c *converter) hasSubject(s *ptbNode) bool {
	for _, k := range s.kids {
		if baseLabel(k.label) == "NP" {
			return true
		}
	}
	return false
}

func isCompSBAR(s *ptbNode) bool {
	if len(s.kids) == 0 {
		return false
	}
	first := s.kids[0]
	if first.word != "" {
		w := strings.ToLower(first.word)
		return w == "that" || w == "whether" || w == "if"
	}
	// "said (SBAR (S ...))" with no complementizer
	return baseLabel(first.label) == "S"
}

func (c *converter) prepPhrase(n *ptbNode, heads []int) int {
	h := -1
	for i := len(n.kids) - 1; i >= 0; i-- {
		b := baseLabel(n.kids[i].label)
		if b == "NP" || b == "S" || b == "SBAR" || b == "ADJP" || b == "PP" || b == "VP" {
			h = heads[i]
			break
		}
	}
	if h < 0 {
		return heads[0]
	}
	for i, k := range n.kids {
		if heads[i] == h {
			continue
		}
		b := baseLabel(k.label)
		switch {
		case b == "IN" || b == "TO" || b == "RP":
			c.attach(heads[i], h, "case")
		default:
			c.attach(heads[i], h, "dep")
		}
	}
	return h
}

func (c *converter) nounPhrase(n *ptbNode, heads []int) int {
	hasCC := false
	for _, k := range n.kids {
		if k.label == "CC" {
			hasCC = true
		}
	}
	// NP -> NP (PP|SBAR|VP|, NP|CC NP)*: the first NP heads
	h := -1
	for i, k := range n.kids {
		b := baseLabel(k.label)
		if b == "NP" || b == "QP" {
			h = heads[i]
			// possessive NP before the head noun
			if hasPOS(k) && i+1 < len(n.kids) {
				h = -1
				continue
			}
			break
		}
		if strings.HasPrefix(b, "NN") || b == "PRP" || b == "CD" {
			break
		}
	}
	if h < 0 && hasCC {
		if g := c.flatCoordination(n, heads); g >= 0 {
			return g
		}
	}
	if h < 0 {
		// rightmost noun-like word before any phrase
		for i, k := range n.kids {
			b := baseLabel(k.label)
			if strings.HasPrefix(b, "NN") || b == "PRP" || b == "CD" || b == "NP" && !hasPOS(k) {
				h = heads[i]
			}
			if b == "PP" || b == "SBAR" || b == "VP" {
				break
			}
		}
	}
	if h < 0 {
		h = heads[len(heads)-1]
		for i, k := range n.kids {
			if upos(k.label) != "PUNCT" {
				h = heads[i]
			}
		}
	}
	afterCC, afterComma := false, false
	for i, k := range n.kids {
		d := heads[i]
		if d == h {
			continue
		}
		b := baseLabel(k.label)
		switch {
		case b == "NP" && hasPOS(k):
			c.attach(d, h, "nmod:poss")
		case b == "NP" && (afterCC || hasCC && d > h):
			c.attach(d, h, "conj")
		case b == "NP" && afterComma:
			c.attach(d, h, "appos")
		case b == "NP" && d < h:
			c.attach(d, h, "compound")
		case b == "NP":
			c.attach(d, h, "appos")
		case b == "PP":
			c.attach(d, h, "nmod")
		case b == "SBAR":
			c.attach(d, h, "acl:relcl")
		case b == "VP" || b == "S":
			c.attach(d, h, "acl")
		case b == "CC":
			c.attach(d, h, "cc")
			afterCC = true
		case b == "POS":
			c.attach(d, h, "case")
		case b == "DT" || b == "PDT" || b == "WDT" || b == "PRP$":
			c.attach(d, h, "det")
		case strings.HasPrefix(b, "JJ") || b == "ADJP" || b == "VBN" || b == "VBG":
			c.attach(d, h, "amod")
		case strings.HasPrefix(b, "NN") && hasCC && d > h:
			c.attach(d, h, "conj")
		case strings.HasPrefix(b, "NN"):
			if d < h {
				c.attach(d, h, "compound")
			} else {
				c.attach(d, h, "conj")
			}
		case b == "CD" || b == "QP":
			c.attach(d, h, "nummod")
		case b == "RB" || b == "ADVP":
			c.attach(d, h, "advmod")
		case upos(k.label) == "PUNCT":
			c.attach(d, h, "punct")
			if k.word == "," {
				afterComma = true
			}
		default:
			c.attach(d, h, "dep")
		}
	}
	return h
}

func hasPOS(n *ptbNode) bool {
	if len(n.kids) == 0 {
		return false
	}
	last := n.kids[len(n.kids)-1]
	return last.label == "POS"
}

// flatCoordination handles "(NP (NNP A) (, ,) (NNP B) (CC and) (NNP C))":
// groups split at commas and conjunctions, each headed by its last word;
// the first group heads the phrase, the others are its conjuncts. It returns
// -1 when the phrase holds anything but words.
func (c *converter) flatCoordination(n *ptbNode, heads []int) int {
	var groups [][]int
	cur := []int{}
	var seps []int
	for i, k := range n.kids {
		if k.word == "" {
			return -1
		}
		if k.label == "CC" || k.word == "," {
			if len(cur) > 0 {
				groups = append(groups, cur)
				cur = []int{}
			}
			seps = append(seps, heads[i])
			continue
		}
		cur = append(cur, heads[i])
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	if len(groups) < 2 {
		return -1
	}
	var first int
	for gi, g := range groups {
		gh := g[len(g)-1]
		for _, d := range g[:len(g)-1] {
			switch c.toks[d].UPOS {
			case "DET":
				c.attach(d, gh, "det")
			case "ADJ":
				c.attach(d, gh, "amod")
			default:
				c.attach(d, gh, "compound")
			}
		}
		if gi == 0 {
			first = gh
		} else {
			c.attach(gh, first, "conj")
		}
	}
	for _, s := range seps {
		if c.toks[s].UPOS == "CCONJ" {
			c.attach(s, first, "cc")
		} else {
			c.attach(s, first, "punct")
		}
	}
	return first
}
