package ner

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// gumTypes maps GUM entity types to the recognizer's types.
var gumTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// ReadGUM reads named entities from a GUM CoNLL-U file (gzipped): the
// MISC field's Entity= annotation marks every mention, named or not, with
// nesting ("(8-organization-…-University_of_Portsmouth" … "9)8)"). A person,
// organisation or place mention counts as a name when GUM links it to
// Wikipedia or every word of it but function words is capitalised; it is
// cut at its first comma ("University of Portsmouth, United Kingdom"), and
// the longest names win over the names nested in them.
func ReadGUM(path string) ([]Sentence, error) {
	zr, closer, err := openData(path)
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	var out []Sentence
	var words, upos []string
	var spans []gumSpan
	open := map[string][]gumSpan{} // entity id -> spans open, innermost last
	newDoc := false
	flush := func() {
		if len(words) > 0 {
			s := gumSentence(words, upos, spans)
			s.DocStart = newDoc || len(out) == 0
			newDoc = false
			out = append(out, s)
		}
		words, upos, spans = nil, nil, nil
		open = map[string][]gumSpan{}
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			newDoc = newDoc || strings.HasPrefix(line, "# newdoc")
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		i := len(words)
		words = append(words, cols[1])
		upos = append(upos, cols[3])
		ent := ""
		for _, m := range strings.Split(cols[9], "|") {
			if strings.HasPrefix(m, "Entity=") {
				ent = m[len("Entity="):]
			}
		}
		for ent != "" {
			switch {
			case ent[0] == '(':
				k := strings.IndexAny(ent[1:], "()")
				body := ent[1:]
				if k >= 0 {
					body = ent[1 : k+1]
				}
				parts := strings.Split(body, "-")
				id, typ := parts[0], ""
				if len(parts) > 1 {
					typ = parts[1]
				}
				sp := gumSpan{start: i, end: -1, typ: typ, linked: len(parts) >= 8}
				if k >= 0 && ent[k+1] == ')' {
					sp.end = i + 1 // opens and closes on this word
					spans = append(spans, sp)
					ent = ent[k+2:]
					continue
				}
				open[id] = append(open[id], sp)
				if k < 0 {
					ent = ""
				} else {
					ent = ent[k+1:]
				}
			default:
				k := strings.IndexByte(ent, ')')
				if k < 0 {
					ent = ""
					continue
				}
				id := ent[:k]
				if st := open[id]; len(st) > 0 {
					sp := st[len(st)-1]
					open[id] = st[:len(st)-1]
					sp.end = i + 1
					spans = append(spans, sp)
				}
				ent = ent[k+1:]
			}
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// gumSpan is one entity mention: words [start, end), its GUM type, and
// whether GUM links it to Wikipedia.
type gumSpan struct {
	start, end int
	typ        string
	linked     bool
}

// gumSentence tags a sentence's words with its named spans (see ReadGUM):
// spans with a proper noun, without a leading determiner or a trailing
// possessive.
func gumSentence(words, upos []string, spans []gumSpan) Sentence {
	s := Sentence{Words: words, Tags: make([]string, len(words))}
	for i := range s.Tags {
		s.Tags[i] = "O"
	}
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].end-spans[a].start > spans[b].end-spans[b].start })
	for _, sp := range spans {
		typ, ok := gumTypes[sp.typ]
		if !ok || sp.end <= sp.start {
			continue
		}
		start, end := sp.start, sp.end
		for k := start; k < end; k++ {
			if words[k] == "," {
				end = k
			}
		}
		for start < end && upos[start] == "DET" {
			start++
		}
		for end > start && (upos[end-1] == "PART" || upos[end-1] == "PUNCT") {
			end--
		}
		if typ == "PER" {
			start = afterTitles(words, start, end)
		}
		proper := false
		for k := start; k < end; k++ {
			proper = proper || upos[k] == "PROPN"
		}
		if end <= start || !proper || !sp.linked && !capitalisedName(words[start:end]) {
			continue
		}
		free := true
		for k := start; k < end; k++ {
			free = free && s.Tags[k] == "O"
		}
		if !free {
			continue
		}
		for k := start; k < end; k++ {
			s.Tags[k] = "I-" + typ
		}
		s.Tags[start] = "B-" + typ
	}
	return s
}

// capitalisedName reports whether words read as a name: every word but
// short function words starts with a capital letter, and one does.
func capitalisedName(words []string) bool {
	capped := 0
	for _, w := range words {
		r := []rune(w)
		switch {
		case len(r) == 0 || !unicode.IsLetter(r[0]):
			continue
		case unicode.IsUpper(r[0]):
			capped++
		case !gumFunctionWords[strings.ToLower(w)]:
			return false
		}
	}
	return capped > 0
}

var gumFunctionWords = map[string]bool{"the": true, "of": true, "and": true, "for": true, "de": true, "in": true, "on": true, "at": true, "a": true, "an": true, "'s": true, "’s": true}

// afterTitles returns where a person's name starts within words [start,
// end) past the titles before it and the words that qualify them ("US
// President Donald Trump", "Vice President JD Vance"), which CoNLL-2003
// leaves outside the name; at least one word is left.
func afterTitles(words []string, start, end int) int {
	isTitle := func(k int) bool { return personTitleWords[strings.ToLower(strings.TrimSuffix(words[k], "."))] }
	for start < end-1 && (isTitle(start) || isTitle(start+1)) {
		start++
	}
	return start
}

// personTitleWords are titles and offices written before a person's name.
var personTitleWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "president": true,
	"vice": true, "prime": true, "minister": true, "chancellor": true, "premier": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "general": true, "gen": true, "sir": true, "lord": true, "lady": true,
	"senator": true, "sen": true, "rep": true, "representative": true, "congressman": true, "congresswoman": true,
	"secretary": true, "sheikh": true, "governor": true, "gov": true, "mayor": true, "judge": true, "justice": true,
	"chairman": true, "professor": true, "prof": true, "captain": true, "colonel": true, "col": true, "ambassador": true,
	"commissioner": true, "chief": true, "emperor": true, "saint": true, "st": true, "bishop": true, "archbishop": true}
