package cameo

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// DatedCode is an actor code valid from From to To (yyyymmdd, 0 = open).
type DatedCode struct {
	Code     string
	From, To int
}

// Phrase is one dictionary phrase. A word marked Prefix matches any token
// that starts with it (TABARI convention: no trailing underscore).
type Phrase struct {
	Words  []string
	Prefix []bool
}

// ActorEntry is one actor phrase and its codes.
type ActorEntry struct {
	Phrase
	Codes []DatedCode
}

// AgentEntry is one generic agent phrase ("police", "foreign minister") and
// the sector code it adds ("COP", "GOVFRM").
type AgentEntry struct {
	Phrase
	Code string
}

// PhraseDict indexes phrases by their first word.
type PhraseDict struct {
	Exact  map[string][]int // first word -> entry indexes
	Prefix map[string][]int // first-word prefix -> entry indexes
}

// exactOnly turns prefix words into exact words (agents match whole words).
func (ph Phrase) exactOnly() Phrase {
	out := Phrase{Words: ph.Words, Prefix: make([]bool, len(ph.Prefix))}
	return out
}

func (p *PhraseDict) add(ph Phrase, idx int) {
	if p.Exact == nil {
		p.Exact, p.Prefix = map[string][]int{}, map[string][]int{}
	}
	if ph.Prefix[0] {
		p.Prefix[ph.Words[0]] = append(p.Prefix[ph.Words[0]], idx)
	} else {
		p.Exact[ph.Words[0]] = append(p.Exact[ph.Words[0]], idx)
	}
}

// candidates lists entry indexes whose first word may match token w.
func (p *PhraseDict) candidates(w string) []int {
	out := p.Exact[w]
	for n := minPrefix; n <= len(w); n++ {
		if ids, ok := p.Prefix[w[:n]]; ok {
			out = append(out[:len(out):len(out)], ids...)
		}
	}
	return out
}

const minPrefix = 4

// matchWord reports whether token w matches dictionary word d.
func matchWord(d string, prefix bool, w string) bool {
	if d == w {
		return true
	}
	if prefix && len(d) >= minPrefix && strings.HasPrefix(w, d) {
		return true
	}
	// plural of an exact word
	return w == d+"s" || w == d+"es"
}

// MatchAt returns the number of words ph matches at words[i:], 0 if none.
func (ph Phrase) MatchAt(words []string, i int) int {
	if i+len(ph.Words) > len(words) {
		return 0
	}
	for k, d := range ph.Words {
		if !matchWord(d, ph.Prefix[k], words[i+k]) {
			return 0
		}
	}
	return len(ph.Words)
}

// ActorDict is a parsed set of actor dictionaries.
type ActorDict struct {
	Entries []ActorEntry
	index   PhraseDict
}

// AgentDict is a parsed agent dictionary.
type AgentDict struct {
	Entries []AgentEntry
	index   PhraseDict
}

func (d *ActorDict) reindex() {
	d.index = PhraseDict{}
	for i, e := range d.Entries {
		d.index.add(e.Phrase, i)
	}
}

func (d *AgentDict) reindex() {
	d.index = PhraseDict{}
	for i, e := range d.Entries {
		d.index.add(e.Phrase, i)
	}
}

// Longest returns the entry index of the longest actor phrase starting at
// words[i] and its length, or -1, 0.
func (d *ActorDict) Longest(words []string, i int) (int, int) {
	best, bestN := -1, 0
	for _, e := range d.index.candidates(words[i]) {
		if n := d.Entries[e].MatchAt(words, i); n > bestN {
			best, bestN = e, n
		}
	}
	return best, bestN
}

// Longest returns the entry index of the longest agent phrase at words[i].
func (d *AgentDict) Longest(words []string, i int) (int, int) {
	best, bestN := -1, 0
	for _, e := range d.index.candidates(words[i]) {
		if n := d.Entries[e].MatchAt(words, i); n > bestN {
			best, bestN = e, n
		}
	}
	return best, bestN
}

// CodeAt picks the code valid on date (yyyymmdd; 0 = unknown: the current one).
func (e *ActorEntry) CodeAt(date int) string {
	if len(e.Codes) == 0 {
		return ""
	}
	if date > 0 {
		// the narrowest dated range holding the date wins; undated codes
		// are the default
		best, bestW := "", 1<<62
		for _, c := range e.Codes {
			if c.From == 0 && c.To == 0 {
				continue
			}
			if (c.From == 0 || c.From <= date) && (c.To == 0 || date <= c.To) {
				from, to := c.From, c.To
				if to == 0 {
					to = 99991231
				}
				if w := to - from; w < bestW {
					best, bestW = c.Code, w
				}
			}
		}
		if best != "" {
			return best
		}
	}
	for _, c := range e.Codes {
		if c.To == 0 && c.From == 0 {
			return c.Code
		}
	}
	best := e.Codes[0]
	for _, c := range e.Codes[1:] {
		if c.To == 0 || (best.To != 0 && c.To > best.To) {
			best = c
		}
	}
	return best.Code
}

// parsePhrase turns "ARNOR_" or "HAMAS WING" or "U.N._SECRETARY" into a Phrase.
func parsePhrase(s string) Phrase {
	var ph Phrase
	s = strings.TrimSpace(s)
	// words are separated by '_' or space; a word followed by '_' (or the
	// final word when the entry ends in '_') is exact.
	var cur strings.Builder
	flush := func(exact bool) {
		if cur.Len() == 0 {
			return
		}
		w := strings.ToLower(cur.String())
		cur.Reset()
		ph.Words = append(ph.Words, w)
		ph.Prefix = append(ph.Prefix, !exact)
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '_':
			flush(true)
		case ' ', '\t':
			flush(false)
		default:
			cur.WriteByte(c)
		}
	}
	flush(false)
	return ph
}

func parseDate(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	if len(s) == 6 {
		yy := n / 10000
		if yy <= 30 {
			return 20000000 + n
		}
		return 19000000 + n
	}
	return n
}

// parseCode parses "AFGELI 320101-331108", "RUSGOV >080508", "ISR".
func parseCode(s string) DatedCode {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}
	}
	c := DatedCode{Code: strings.ToUpper(f[0])}
	if len(f) > 1 {
		d := strings.Join(f[1:], "")
		switch {
		case strings.HasPrefix(d, ">"):
			c.From = parseDate(d[1:])
		case strings.HasPrefix(d, "<"):
			c.To = parseDate(d[1:])
		case strings.Contains(d, "-"):
			p := strings.SplitN(d, "-", 2)
			c.From, c.To = parseDate(p[0]), parseDate(p[1])
		}
	}
	return c
}

// stripComments removes '#' comments and <!-- --> blocks line by line.
type commentStripper struct{ inXML bool }

func (cs *commentStripper) strip(line string) string {
	if cs.inXML {
		i := strings.Index(line, "-->")
		if i < 0 {
			return ""
		}
		cs.inXML = false
		line = line[i+3:]
	}
	for {
		i := strings.Index(line, "<!--")
		if i < 0 {
			break
		}
		j := strings.Index(line[i:], "-->")
		if j < 0 {
			cs.inXML = true
			line = line[:i]
			break
		}
		line = line[:i] + line[i+j+3:]
	}
	if i := strings.Index(line, "#"); i >= 0 {
		line = line[:i]
	}
	return strings.TrimRight(line, " \t\r")
}

// ParseActors reads a TABARI-format actor dictionary and appends to d.
func (d *ActorDict) ParseActors(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cs commentStripper
	var group []Phrase
	var codes []DatedCode
	flush := func() {
		if len(group) > 0 && len(codes) > 0 {
			for _, ph := range group {
				if len(ph.Words) == 0 {
					continue
				}
				d.Entries = append(d.Entries, ActorEntry{Phrase: ph, Codes: codes})
				d.index.add(ph, len(d.Entries)-1)
			}
		}
		group, codes = nil, nil
	}
	for sc.Scan() {
		raw := sc.Text()
		line := cs.strip(raw)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "[") {
			// indented code line for the current group
			codes = append(codes, parseCode(strings.Trim(t, "[]")))
			continue
		}
		name, code := t, ""
		if i := strings.Index(t, "["); i >= 0 {
			name = t[:i]
			if j := strings.Index(t[i:], "]"); j > 0 {
				code = t[i+1 : i+j]
			}
		}
		if strings.HasPrefix(name, "+") {
			group = append(group, parsePhrase(name[1:]))
		} else {
			flush()
			group = []Phrase{parsePhrase(name)}
		}
		if code != "" {
			codes = append(codes, parseCode(code))
		}
	}
	flush()
	return sc.Err()
}

// ParseAgents reads a TABARI-format agent dictionary and appends to d.
func (d *AgentDict) ParseAgents(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cs commentStripper
	subst := map[string][]string{}
	add := func(name, code string) {
		ph := parsePhrase(name).exactOnly()
		if len(ph.Words) == 0 {
			return
		}
		d.Entries = append(d.Entries, AgentEntry{Phrase: ph, Code: code})
		d.index.add(ph, len(d.Entries)-1)
	}
	for sc.Scan() {
		t := strings.TrimSpace(cs.strip(sc.Text()))
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") {
			i := strings.Index(t, "=")
			key := strings.TrimSpace(t[:i])
			for _, v := range strings.Split(t[i+1:], ",") {
				if v = strings.TrimSpace(v); v != "" {
					subst[key] = append(subst[key], v)
				}
			}
			continue
		}
		i := strings.Index(t, "[")
		j := strings.Index(t, "]")
		if i < 0 || j < i {
			continue
		}
		code := strings.Trim(strings.TrimSpace(t[i+1:j]), "~")
		name := t[:i]
		var plurals []string
		explicitPlural := false
		if a := strings.Index(name, "{"); a >= 0 {
			explicitPlural = true
			if b := strings.Index(name, "}"); b > a {
				plurals = strings.Fields(name[a+1 : b])
			}
			name = name[:a]
		}
		names := []string{strings.TrimSpace(name)}
		for key, vals := range subst {
			if strings.Contains(names[0], key) {
				base := names[0]
				names = names[:0]
				for _, v := range vals {
					names = append(names, strings.ReplaceAll(base, key, v))
				}
			}
		}
		for _, n := range names {
			add(n, code)
			if !explicitPlural {
				add(n+"S", code)
			}
		}
		for _, p := range plurals {
			add(p, code)
		}
	}
	return sc.Err()
}

// Discards are phrases that mark text event coding should skip: Story
// phrases ('+' in the file: sports events, celebrities) discard the whole
// article, Sentence phrases only their sentence.
type Discards struct {
	Story, Sentence []Phrase
}

// ParseDiscards reads a TABARI-format discard file.
func ParseDiscards(r io.Reader) (Discards, error) {
	var d Discards
	sc := bufio.NewScanner(r)
	var cs commentStripper
	for sc.Scan() {
		t := strings.TrimSpace(cs.strip(sc.Text()))
		if t == "" {
			continue
		}
		story := strings.HasPrefix(t, "+")
		ph := parsePhrase(strings.TrimSpace(strings.TrimPrefix(t, "+"))).exactOnly()
		if len(ph.Words) == 0 {
			continue
		}
		if story {
			d.Story = append(d.Story, ph)
		} else {
			d.Sentence = append(d.Sentence, ph)
		}
	}
	return d, sc.Err()
}

// Match reports whether one of phrases occurs in words.
func Match(phrases []Phrase, words []string) bool {
	for _, ph := range phrases {
		for i := range words {
			if ph.MatchAt(words, i) > 0 {
				return true
			}
		}
	}
	return false
}
