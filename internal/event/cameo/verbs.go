package cameo

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ElemKind says what one element of a verb pattern matches.
type ElemKind uint8

// Pattern element kinds.
const (
	ElemWords  ElemKind = iota // words that must appear adjacent, in order
	ElemPrep                   // a prepositional phrase: Words[0] is the preposition
	ElemSource                 // $: the source actor sits here
	ElemTarget                 // +: the target actor sits here
	ElemActor                  // % or ^: some actor sits here
)

// Elem is one element of a pattern. A word starting with '&' names a synset.
type Elem struct {
	Kind     ElemKind
	Words    []string
	Target   bool // a prepositional phrase whose object is the target: "(WITH +)"
	Compound bool // "%": a compound actor sits here
}

// Pattern is one "- pre * post [code]" line of a verb block.
type Pattern struct {
	Pre  []Elem
	Post []Elem
	Code string // CAMEO code, "---" for "no event", may be "A:B"
	// Verbs are the verbs the pattern was written for, from its comment
	// ("# SEND , DEPLOY"): CAMEO.2.0.txt merges synonymous verbs into one
	// block, and the same pattern may code differently for each.
	Verbs []string
	// Own marks sitrep's supplement: a correction of the dictionary,
	// preferred over its patterns when they match equally well.
	Own bool
}

// Block is one "--- NAME [code] ---" verb block.
type Block struct {
	Name     string
	Code     string
	Patterns []Pattern
}

// VerbForm is one inflected form of a (possibly multi-word) verb.
type VerbForm struct {
	Words []string // lower case; Words[Verb] is the verb itself
	Verb  int
	Block int
	Code  string // the form's own code, "" to use the block's
	Base  bool   // the entry's own word, not one of its inflections
}

// VerbDict is a parsed PETRARCH verb dictionary.
type VerbDict struct {
	Synsets map[string][][]string // "&NAME" -> phrases, each a word list
	Forms   map[string][]VerbForm // verb word (any inflection) -> forms
	Blocks  []Block
	Skipped []string // malformed lines, skipped
	// PatternVerbs maps a verb to the blocks holding patterns written for
	// it (Pattern.Verbs), which may lie outside the blocks the verb heads:
	// CAMEO.2.0.txt keeps URGE's patterns in DEMAND but lists no URGE verb.
	PatternVerbs map[string][]int
}

// ParseVerbs reads a PETRARCH verb dictionary (CAMEO.2.0.txt or the unit-test
// PETR.Validate.verbs.txt).
func ParseVerbs(r io.Reader) (*VerbDict, error) {
	d := &VerbDict{Synsets: map[string][][]string{}, Forms: map[string][]VerbForm{}}
	return d, d.Parse(r)
}

// Parse adds the synsets and blocks of another dictionary in the same format
// to d. A block whose verb d already has adds its patterns to that verb's,
// and a synset d already has takes the new words as well; within one
// dictionary a synset defined again replaces the earlier definition.
func (d *VerbDict) Parse(r io.Reader) error { return d.parse(r, false) }

// ParseOwn is Parse for sitrep's own supplement, whose patterns are marked
// Own.
func (d *VerbDict) ParseOwn(r io.Reader) error { return d.parse(r, true) }

func (d *VerbDict) parse(r io.Reader, own bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var synset string
	defined := map[string]bool{} // synsets this dictionary defines
	block := -1
	inXMLComment := false
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if inXMLComment {
			if i := strings.Index(line, "-->"); i >= 0 {
				inXMLComment = false
				line = line[i+3:]
			} else {
				continue
			}
		}
		if i := strings.Index(line, "<!--"); i >= 0 {
			rest := line[i:]
			line = line[:i]
			if !strings.Contains(rest, "-->") {
				inXMLComment = true
			}
		}
		comment := ""
		if i := strings.Index(line, "#"); i >= 0 {
			line, comment = line[:i], line[i+1:]
		}
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			synset = ""
		case strings.HasPrefix(trimmed, "&"):
			synset = strings.ToLower(strings.Fields(trimmed)[0])
			synset = strings.TrimSuffix(synset, "_")
			if defined[synset] || d.Synsets[synset] == nil {
				d.Synsets[synset] = d.Synsets[synset][:0:0]
			}
			defined[synset] = true
		case synset != "" && strings.HasPrefix(trimmed, "+"):
			d.Synsets[synset] = append(d.Synsets[synset], splitWords(strings.TrimPrefix(trimmed, "+")))
		case strings.HasPrefix(trimmed, "---"):
			synset = ""
			name, code := parseHeader(trimmed)
			d.Blocks = append(d.Blocks, Block{Name: name, Code: code})
			block = len(d.Blocks) - 1
		case block < 0:
			// text before the first block that is not a synset
		case strings.HasPrefix(trimmed, "- "), trimmed == "-":
			p, err := parsePattern(strings.TrimPrefix(trimmed, "-"))
			if err != nil {
				d.Skipped = append(d.Skipped, fmt.Sprintf("line %d: %v", lineNo, err))
				continue
			}
			p.Verbs, p.Own = commentVerbs(comment), own
			d.Blocks[block].Patterns = append(d.Blocks[block].Patterns, p)
			for _, v := range p.Verbs {
				if bs := d.PatternVerbs[v]; len(bs) == 0 || bs[len(bs)-1] != block {
					if d.PatternVerbs == nil {
						d.PatternVerbs = map[string][]int{}
					}
					d.PatternVerbs[v] = append(bs, block)
				}
			}
		default:
			d.addVerbLine(trimmed, block)
		}
	}
	return sc.Err()
}

// commentVerbs returns the verbs a pattern's comment names ("SEND , DEPLOY"
// → send, deploy), or nil when the comment is anything else.
func commentVerbs(c string) []string {
	var out []string
	for _, f := range strings.Split(c, ",") {
		f = strings.TrimSpace(f)
		if f == "" || strings.TrimLeft(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != "" {
			return nil
		}
		v := strings.ToLower(strings.Trim(f, "_"))
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func parseHeader(s string) (name, code string) {
	s = strings.Trim(s, "- ")
	code = "---"
	if i := strings.Index(s, "["); i >= 0 {
		if j := strings.Index(s[i:], "]"); j > 0 {
			code = strings.TrimSpace(s[i+1 : i+j])
		}
		s = s[:i]
	}
	return strings.TrimSpace(s), code
}

// splitWords turns "SHOOT_DOWN" into [shoot down].
func splitWords(s string) []string {
	s = strings.ToLower(strings.TrimSpace(s))
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// addVerbLine parses "MEET {MEETS MET} [040]" or "+MEET_WITH {+MET_WITH}".
func (d *VerbDict) addVerbLine(s string, block int) {
	code := ""
	if i := strings.Index(s, "["); i >= 0 {
		if j := strings.Index(s[i:], "]"); j > 0 {
			code = strings.TrimSpace(s[i+1 : i+j])
		}
		s = s[:i]
	}
	var forms []string
	if i := strings.Index(s, "{"); i >= 0 {
		j := strings.Index(s, "}")
		if j < i {
			j = len(s)
		}
		forms = strings.Fields(s[i+1 : j])
		s = s[:i]
	}
	base := strings.TrimSpace(s)
	if base == "" {
		return
	}
	baseWords, verbIdx := verbWords(base)
	if len(baseWords) == 0 {
		return
	}
	add := func(words []string, isBase bool) {
		if verbIdx >= len(words) {
			return
		}
		key := words[verbIdx]
		for _, f := range d.Forms[key] {
			if f.Block == block && equalWords(f.Words, words) {
				return
			}
		}
		d.Forms[key] = append(d.Forms[key], VerbForm{Words: words, Verb: verbIdx, Block: block, Code: code, Base: isBase})
	}
	add(baseWords, true)
	if len(forms) > 0 {
		for _, f := range forms {
			w, _ := verbWords(f)
			if len(w) == len(baseWords) {
				add(w, false)
			}
		}
		return
	}
	if len(baseWords) == 1 || strings.HasSuffix(base, "_") && len(baseWords) == 1 {
		for _, inf := range regularForms(baseWords[verbIdx]) {
			w := append([]string(nil), baseWords...)
			w[verbIdx] = inf
			add(w, false)
		}
		return
	}
	for _, inf := range regularForms(baseWords[verbIdx]) {
		w := append([]string(nil), baseWords...)
		w[verbIdx] = inf
		add(w, false)
	}
}

// verbWords splits a verb entry; a '+' inside marks the verb word, a leading
// '+' only marks a multi-word entry whose first word is the verb.
func verbWords(s string) ([]string, int) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "+")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' })
	verb := 0
	var words []string
	for _, p := range parts {
		if strings.HasPrefix(p, "+") {
			verb = len(words)
			p = p[1:]
		}
		if p != "" {
			words = append(words, strings.ToLower(p))
		}
	}
	return words, verb
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// regularForms returns the regular inflections of an English verb.
func regularForms(v string) []string {
	if v == "" {
		return nil
	}
	last := v[len(v)-1]
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z"):
		s = v + "es"
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		s = v[:len(v)-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
		ing = v[:len(v)-1] + "ing"
	case last == 'y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		ed = v[:len(v)-1] + "ied"
		ing = v + "ing"
	default:
		ed = v + "ed"
		ing = v + "ing"
	}
	out := []string{s, ed, ing}
	// consonant doubling for short CVC verbs (stop -> stopped)
	if n := len(v); n >= 3 && !isVowel(last) && isVowel(v[n-2]) && !isVowel(v[n-3]) && last != 'w' && last != 'x' && last != 'y' {
		out = append(out, v+string(last)+"ed", v+string(last)+"ing")
	}
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// parsePattern parses the part after "- " of a pattern line.
func parsePattern(s string) (Pattern, error) {
	var p Pattern
	i := strings.LastIndex(s, "[")
	j := strings.LastIndex(s, "]")
	if i < 0 || j < i {
		return p, fmt.Errorf("pattern without a code: %q", s)
	}
	p.Code = strings.TrimSpace(s[i+1 : j])
	body := s[:i]
	// "*" may be glued to words with '_' ("IN_*", "*_OUT"): free it.
	body = strings.ReplaceAll(body, "_*", " * ")
	body = strings.ReplaceAll(body, "*_", " * ")
	seenVerb := false
	var cur *[]Elem = &p.Pre
	toks := tokenizePattern(body)
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t == "*":
			seenVerb = true
			cur = &p.Post
		case t == "(":
			var words []string
			target := false
			for k++; k < len(toks) && toks[k] != ")"; k++ {
				if toks[k] == "{" || toks[k] == "}" {
					continue // "(OF {RIGHTS ABUSES})": the braces only group
				}
				if strings.Contains(toks[k], "+") {
					target = true
				}
				words = append(words, patternWords(toks[k])...)
			}
			if len(words) > 0 {
				*cur = append(*cur, Elem{Kind: ElemPrep, Words: words, Target: target})
			}
		case t == "{":
			var words []string
			for k++; k < len(toks) && toks[k] != "}"; k++ {
				words = append(words, patternWords(toks[k])...)
			}
			if len(words) > 0 {
				*cur = append(*cur, Elem{Kind: ElemWords, Words: words})
			}
		case t == "$":
			*cur = append(*cur, Elem{Kind: ElemSource})
		case t == "+":
			*cur = append(*cur, Elem{Kind: ElemTarget})
		case t == "%" || t == "^":
			*cur = append(*cur, Elem{Kind: ElemActor, Compound: t == "%"})
		default:
			w := patternWords(t)
			if len(w) == 0 {
				continue
			}
			// "SUGGESTED_+" : the marker travels with the word
			if strings.HasSuffix(t, "_+") || strings.HasSuffix(t, "+") && len(t) > 1 {
				*cur = append(*cur, Elem{Kind: ElemWords, Words: w}, Elem{Kind: ElemTarget})
				continue
			}
			*cur = append(*cur, Elem{Kind: ElemWords, Words: w})
		}
	}
	if !seenVerb {
		// a pattern with no '*' lists post-verb words
		p.Post, p.Pre = p.Pre, nil
	}
	return p, nil
}

func tokenizePattern(s string) []string {
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
		case '(', ')', '{', '}', '*':
			flush()
			out = append(out, string(r))
		case ' ', '\t':
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// patternWords splits "DIPLOMATIC_TIES" or "BY/WITH" into lower-case words;
// alternatives joined by '/' stay one word "by/with".
func patternWords(t string) []string {
	t = strings.Trim(t, "+")
	var out []string
	for _, w := range strings.Split(t, "_") {
		w = strings.ToLower(strings.TrimSpace(w))
		if w == "" || w == "+" || w == "$" || w == "%" || w == "^" {
			continue
		}
		out = append(out, w)
	}
	return out
}
