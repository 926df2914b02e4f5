package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraph is a line or block of text between newlines.
type paragraph struct{ start, end int }

// paragraphs splits text at newlines, dropping blank lines.
func paragraphs(text string) []paragraph {
	var ps []paragraph
	s := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			a, b := trimSpace(text, s, i)
			if a < b {
				ps = append(ps, paragraph{a, b})
			}
			s = i + 1
		}
	}
	return ps
}

// trimSpace narrows [s,e) of text to exclude surrounding white space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// segment is one stretch of text between quotation marks within a paragraph.
type segment struct {
	open, close int // from the opening mark to the end of the closing mark
	in0, in1    int // the content inside the marks
	para        int // paragraph index
	closed      bool
	single      bool // single quotation marks
	contPrev    bool // continues an unclosed quote of the previous paragraph
}

type markRole int

const (
	roleNone markRole = iota
	roleOpen
	roleClose
)

// roleOf decides from context whether the quotation mark at i opens or
// closes: a mark after space or an opening bracket and before a word opens,
// a mark after a word or punctuation and before space closes. Otherwise the
// glyph decides; a straight mark is ambiguous (roleNone). Invisible format
// characters (a left-to-right mark, a zero-width space) are passed over, so
// "‪”Sorry,” posted X" with a direction mark before a misused closing glyph
// opens.
func roleOf(text string, pstart, pend, i int, r rune, n int) markRole {
	var left, right rune = ' ', ' '
	for k := i; k > pstart; {
		r, m := utf8.DecodeLastRuneInString(text[pstart:k])
		if !unicode.Is(unicode.Cf, r) {
			left = r
			break
		}
		k -= m
	}
	for j := i + n; j < pend; {
		r, m := utf8.DecodeRuneInString(text[j:pend])
		if !unicode.Is(unicode.Cf, r) {
			right = r
			break
		}
		j += m
	}
	leftOpen := unicode.IsSpace(left) || isQuoteGlyph(left) || isOpenPunct(left)
	rightClosed := unicode.IsSpace(right) || isQuoteGlyph(right) || isClosePunct(right)
	switch {
	case leftOpen && !rightClosed:
		return roleOpen
	case rightClosed && !leftOpen:
		return roleClose
	}
	switch r {
	case '“', '„', '«', '‘':
		return roleOpen
	case '”', '»', '’':
		return roleClose
	}
	return roleNone
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '―', '-', '/', ':':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '―', '…':
		return true
	}
	return false
}

// scanSegments finds the quoted stretches of text. Double quotation marks
// are paired within a paragraph, nesting by glyph family; a quote left open
// at a paragraph's end runs to that end and, when the next paragraph opens
// with a quotation mark of the same kind (straight or typographic),
// continues there. A straight mark opening a paragraph that is never
// closed, in that paragraph or the ones continuing it, around text holding
// typographic marks, is a scraped block quote's marker rather than a
// quotation: it is ignored, so the quotations inside are found. Single quotation marks quote only
// outside double quotes, between an opening mark before a word and a closing
// mark after one, within 300 bytes.
func scanSegments(text string, paras []paragraph) []segment {
	tags := markupMarks(text)
	segs := scanMarks(text, paras, tags)
	if skip := neverClosedOpeners(text, segs, paras); len(skip) > 0 {
		for i := range tags {
			skip[i] = true
		}
		segs = scanMarks(text, paras, skip)
	}
	return segs
}

// markupMarks returns the offsets of the straight double quotes that
// delimit attribute values inside markup tags left in the text
// (`<tweet author="@x" datetime="2015-12-02">`), or that a tag's remains
// show to be such (`="`, `">`): they quote no one.
func markupMarks(text string) map[int]bool {
	var skip map[int]bool
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '<' || !(text[i+1] >= 'a' && text[i+1] <= 'z') {
			continue
		}
		end := strings.IndexAny(text[i+1:min(len(text), i+500)], "<>\n")
		if end < 0 || text[i+1+end] != '>' {
			continue
		}
		tag := text[i : i+1+end]
		if !strings.Contains(tag, "=\"") {
			continue
		}
		for j := i; j < i+1+end; j++ {
			if text[j] == '"' {
				if skip == nil {
					skip = map[int]bool{}
				}
				skip[j] = true
			}
		}
		i += end
	}
	for i := 0; i < len(text); i++ {
		// a tag's remains: `…opposes.">Here, then, …`, `href="`
		if text[i] == '"' && (i+1 < len(text) && text[i+1] == '>' || i > 0 && text[i-1] == '=') {
			if skip == nil {
				skip = map[int]bool{}
			}
			skip[i] = true
		}
	}
	return skip
}

// neverClosedOpeners returns the opening marks of the quotes that open a
// paragraph and, with the paragraphs continuing them, never close.
func neverClosedOpeners(text string, segs []segment, paras []paragraph) map[int]bool {
	var skip map[int]bool
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		if s.single || s.contPrev || s.closed || s.open != paras[s.para].start {
			continue
		}
		run := []int{s.open}
		j := i + 1
		for ; j < len(segs) && segs[j].contPrev; j++ {
			run = append(run, segs[j].open)
		}
		if segs[j-1].closed || !blockMarker(text, s.open, segs[j-1].in1) {
			continue
		}
		if skip == nil {
			skip = map[int]bool{}
		}
		for _, o := range run {
			skip[o] = true
		}
	}
	return skip
}

// blockMarker reports whether the quote opened at open and running to end
// opens with a straight mark and holds typographic ones: a scraper's marker
// around text that quotes in its own marks.
func blockMarker(text string, open, end int) bool {
	r, _ := doubleMarkAt(text, open)
	return r == '"' && strings.ContainsAny(text[open:end], "“”")
}

// scanMarks is scanSegments' pass over the paragraphs, ignoring the
// quotation marks at the offsets in skip.
func scanMarks(text string, paras []paragraph, skip map[int]bool) []segment {
	var segs []segment
	for pi, p := range paras {
		type open struct {
			pos      int
			straight bool
		}
		var stack []open
		var cur segment
		contPrev := pi > 0 && len(segs) > 0 && !segs[len(segs)-1].closed && segs[len(segs)-1].para == pi-1
		var doubles []segment
		for i := p.start; i < p.end; {
			r, n := doubleMarkAt(text, i)
			if !isDoubleQuote(r) || skip[i] {
				i += n
				continue
			}
			role := roleOf(text, p.start, p.end, i, r, n)
			straight := r == '"'
			if role == roleNone {
				if len(stack) > 0 {
					role = roleClose
				} else {
					role = roleOpen
				}
			}
			if role == roleOpen && len(stack) > 0 && stack[len(stack)-1].straight == straight && straight {
				// a straight mark inside a straight quote closes it
				role = roleClose
			}
			switch role {
			case roleOpen:
				if len(stack) == 0 {
					cur = segment{open: i, in0: i + n, para: pi}
				}
				stack = append(stack, open{i, straight})
			case roleClose:
				if len(stack) == 0 {
					break // stray closing mark
				}
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					cur.in1, cur.close, cur.closed = i, i+n, true
					doubles = append(doubles, cur)
				}
			}
			i += n
		}
		if len(stack) > 0 {
			cur.in1, cur.close = p.end, p.end
			doubles = append(doubles, cur)
		}
		if contPrev && len(doubles) > 0 && doubles[0].open == p.start && sameFamily(text, segs[len(segs)-1].open, p.start) {
			doubles[0].contPrev = true
		}
		segs = append(segs, mergeSingles(text, p, pi, doubles)...)
	}
	return segs
}

// sameFamily reports whether the quotation marks at i and j are both
// straight or both typographic: a quote opened with one kind is not continued
// by a paragraph opening with the other (a scraped block quote's leftover
// straight mark is followed by the article's own curly quotes).
func sameFamily(text string, i, j int) bool {
	a, _ := doubleMarkAt(text, i)
	b, _ := doubleMarkAt(text, j)
	return (a == '"') == (b == '"')
}

// mergeSingles adds single-quoted stretches outside the double-quoted ones
// and returns all in text order.
func mergeSingles(text string, p paragraph, pi int, doubles []segment) []segment {
	inside := func(i int) bool {
		for _, d := range doubles {
			if i >= d.open && i < d.close {
				return true
			}
		}
		return false
	}
	var out []segment
	di := 0
	for i := p.start; i < p.end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r == '‘' || r == '\'') && !inside(i) && roleOf(text, p.start, p.end, i, r, n) == roleOpen && !strings.HasPrefix(text[i+n:], "'") {
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if unicode.IsLetter(next) {
				if c := findSingleClose(text, i+n, min(p.end, i+300), inside); c > 0 {
					for di < len(doubles) && doubles[di].open < i {
						out = append(out, doubles[di])
						di++
					}
					cn := utf8.RuneLen([]rune(text[c:])[0])
					out = append(out, segment{open: i, in0: i + n, in1: c, close: c + cn, para: pi, closed: true, single: true})
					i = c + cn
					continue
				}
			}
		}
		i += n
	}
	out = append(out, doubles[di:]...)
	return out
}

func findSingleClose(text string, from, to int, inside func(int) bool) int {
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if inside(i) {
			return -1
		}
		if r == '’' || r == '\'' {
			var right rune = ' '
			if i+n < len(text) {
				right, _ = utf8.DecodeRuneInString(text[i+n:])
			}
			left, _ := utf8.DecodeLastRuneInString(text[:i])
			if !unicode.IsLetter(right) && !unicode.IsDigit(right) && !unicode.IsSpace(left) && !(left == 's' && unicode.IsSpace(right)) {
				return i
			}
		}
		i += n
	}
	return -1
}

// doubleMarkAt decodes the rune at i, reading two apostrophes or two
// backticks (” or “, a typewriter convention) as one straight double mark.
func doubleMarkAt(text string, i int) (rune, int) {
	if strings.HasPrefix(text[i:], "''") || strings.HasPrefix(text[i:], "``") {
		return '"', 2
	}
	return utf8.DecodeRuneInString(text[i:])
}
