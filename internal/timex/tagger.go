package timex

import (
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Option configures a Tagger.
type Option func(*Tagger)

// DayFirst sets the outlet's convention for numeric dates whose order the
// text itself does not settle (03/04/2025): day first when true, month first
// (the default) when false.
func DayFirst(on bool) Option { return func(t *Tagger) { t.dayFirst = on } }

// Tagger finds and normalises date and time expressions. It is safe for
// concurrent use.
type Tagger struct {
	dayFirst bool
	pool     sync.Pool // *scanner
}

// New returns a tagger.
func New(opts ...Option) *Tagger {
	t := &Tagger{}
	for _, o := range opts {
		o(t)
	}
	t.pool.New = func() any { return &scanner{} }
	return t
}

// Annotate fills a.Timexes from a.Text, anchored to a.Published (unknown
// when zero).
func (t *Tagger) Annotate(a *doc.Article) {
	a.Timexes = t.Tag(a.Text, a.Published)
}

// Tag returns the date and time expressions of text in order, with byte
// offsets into text. dct is the document creation time the relative
// expressions resolve against; when it is the zero time they stay
// unanchored (Anchored false, X placeholders in Value). Anchored is true for
// every expression whose value needed no anchor or got one.
func (t *Tagger) Tag(text string, dct time.Time) []doc.Timex {
	s := t.pool.Get().(*scanner)
	s.reset(t, text, dct)
	s.run()
	out := s.out
	s.out = nil
	s.text = ""
	t.pool.Put(s)
	return out
}

// scanner holds the state of one Tag call.
type scanner struct {
	text     string
	toks     []token
	dct      time.Time
	hasDCT   bool
	dctVal   tval // DCT at day granularity
	ref      tval // the last explicit date: the anchor of "later", "that day"
	hasRef   bool
	dayFirst bool
	out      []doc.Timex

	presentSeen bool   // the last tense() call's nearest cue was a present-tense verb
	lowBuf      []byte // backing store of the tokens' lower-cased text
}

func (s *scanner) reset(t *Tagger, text string, dct time.Time) {
	s.text = text
	if cap(s.lowBuf) < len(text) {
		s.lowBuf = make([]byte, 0, len(text))
	}
	s.toks = tokenize(text, s.toks, s.lowBuf[:0])
	s.hasDCT = !dct.IsZero()
	s.dct = dct
	s.dctVal = tval{}
	if s.hasDCT {
		s.dctVal = fromTime(dct, gDay)
	}
	s.ref, s.hasRef = tval{}, false
	s.dayFirst = t.dayFirst
	s.out = nil
}

// match is one expression found: tokens [start, end).
type match struct {
	start, end int
	typ        string
	v          tval
	lit        string // literal value (durations, sets, *_REF); overrides v
	anchored   bool
	explicit   bool // an absolute date: the new reference time
}

func (m match) value() string {
	if m.lit != "" {
		return m.lit
	}
	return m.v.String()
}

func (s *scanner) run() {
	s.settleNumericOrder()
	toks := s.toks
	for i := 0; i < len(toks); {
		if !s.trigger(i) {
			i++
			continue
		}
		m, ok := s.matchAt(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		s.emit(m)
		if m.typ == Date && m.lit == "" && m.v.known() && m.v.g >= gYear {
			s.ref, s.hasRef = m.v, true
		}
		i = m.end
		// Ranges of days: "Dec. 28-29", "March 3 to 5".
		if m.typ == Date && m.v.g == gDay && m.v.m != 0 && i+1 < len(toks) {
			if sep := toks[i].low; sep == "-" || sep == "–" || sep == "to" || sep == "through" || sep == "and" {
				if d, next, ok := s.dayNum(i + 1); ok && !s.isMonth(next) && !s.isUnit(next) {
					m2 := m
					m2.start, m2.end = i+1, i+2
					m2.v.d = d
					if d > m.v.d && d <= daysIn(m.v.y, m.v.m) {
						s.emit(m2)
						i = next
					}
				}
			}
		}
	}
}

func daysIn(y, m int) int {
	if y == 0 {
		y = 2000
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func (s *scanner) emit(m match) {
	start, end := s.toks[m.start].start, s.toks[m.end-1].end
	s.out = append(s.out, doc.Timex{
		Span:     doc.Span{Start: start, End: end},
		Text:     s.text[start:end],
		Type:     m.typ,
		Value:    m.value(),
		Anchored: m.anchored,
	})
}

// low returns token i's lower-cased text, "" past the end.
func (s *scanner) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

// adjacent reports whether token i directly follows token i-1.
func (s *scanner) adjacent(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].space
}

// optDot skips an abbreviation dot right after token i-1.
func (s *scanner) optDot(i int) int {
	if i < len(s.toks) && s.toks[i].low == "." && s.adjacent(i) {
		return i + 1
	}
	return i
}

// optComma skips a comma.
func (s *scanner) optComma(i int) int {
	if s.low(i) == "," {
		return i + 1
	}
	return i
}

// triggers are words that can start an expression.
var triggers = map[string]bool{
	"the": true, "this": true, "last": true, "next": true, "past": true, "coming": true, "previous": true,
	"early": true, "late": true, "mid": true, "end": true, "beginning": true, "start": true, "middle": true,
	"earlier": true, "later": true, "today": true, "yesterday": true, "tomorrow": true, "tonight": true,
	"every": true, "each": true, "fiscal": true, "noon": true, "midnight": true, "midday": true,
	"recent": true, "future": true, "current": true, "several": true, "few": true, "couple": true,
	"that": true, "same": true, "following": true, "per": true, "about": true, "around": true, "nearly": true,
	"almost": true, "roughly": true, "approximately": true, "more": true, "less": true, "at": true,
	"over": true, "some": true, "these": true, "right": true, "'": true, "’": true, "q": true, "h": true,
	"overnight": true, "year-end": true, "mid-year": true, "midyear": true, "many": true, "other": true,
	"half": true, "first": true, "second": true, "third": true, "fourth": true, "a": true, "an": true,
	"up": true, "since": false,
}

// triggerWords holds every word that can start an expression: one map
// lookup per token decides whether the scanner looks further.
var triggerWords = func() map[string]bool {
	m := map[string]bool{}
	for w, on := range triggers {
		if on {
			m[w] = true
		}
	}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range units {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	for w := range refWords {
		m[w] = true
	}
	for w := range setAdverbs {
		m[w] = true
	}
	for w := range ordinals {
		m[w] = true
	}
	for w := range holidayFirst {
		m[w] = true
	}
	return m
}()

// weakTriggers are function words that start an expression only when a
// content trigger follows within two tokens ("the third quarter", "at least
// two years").
var weakTriggers = map[string]bool{
	"the": true, "a": true, "an": true, "at": true, "that": true, "about": true, "around": true, "nearly": true,
	"almost": true, "roughly": true, "approximately": true, "more": true, "less": true, "some": true, "up": true,
	"over": true, "these": true, "right": true, "per": true, "each": true, "every": true, "other": true,
	"half": true, "this": true, "same": true, "few": true, "many": true, "several": true, "couple": true,
}

func (s *scanner) trigger(i int) bool {
	t := &s.toks[i]
	if t.kind == tNum {
		return true
	}
	if len(t.low) > 13 || !triggerWords[t.low] {
		return false
	}
	if !weakTriggers[t.low] {
		return true
	}
	for k := i + 1; k <= i+2 && k < len(s.toks); k++ {
		n := &s.toks[k]
		if n.kind == tNum || n.low == "'" || n.low == "’" || len(n.low) <= 13 && triggerWords[n.low] && !weakTriggers[n.low] || partsOfDay[n.low] != "" || n.low == "present" {
			return true
		}
	}
	return false
}

// matchAt finds the longest expression starting at token i.
func (s *scanner) matchAt(i int) (match, bool) {
	best, found := s.core(i)
	if j, kind := s.modifier(i); j > i {
		if m, ok := s.core(j); ok && (!found || m.end > best.end) {
			if kind == modApprox && m.explicit {
				// "about 2005": the approximation is not part of a date.
				return m, true
			}
			m.start = i
			best, found = m, true
		}
	}
	if !found {
		return match{}, false
	}
	best.start = i
	if best.start < best.end {
		return best, true
	}
	return match{}, false
}

type modKind uint8

const (
	modNone modKind = iota
	modPoint
	modApprox
)

// modifier consumes "early", "late", "mid-", "the end of", "earlier",
// "about", "more than" and the like; it returns the index after it.
func (s *scanner) modifier(i int) (int, modKind) {
	w := s.low(i)
	switch w {
	case "early", "late", "earlier", "later":
		return i + 1, modPoint
	case "mid":
		if s.low(i+1) == "-" {
			return i + 2, modPoint
		}
		return i + 1, modPoint
	case "the", "at":
		if w == "at" && s.low(i+1) == "least" {
			return i + 2, modApprox
		}
		j := i + 1
		if w == "at" && s.low(j) == "the" {
			j++
		}
		switch s.low(j) {
		case "end", "beginning", "start", "middle", "turn", "close":
			if s.low(j+1) == "of" {
				return j + 2, modPoint
			}
		}
	case "end", "beginning", "start", "middle":
		if s.low(i+1) == "of" {
			return i + 2, modPoint
		}
	case "about", "around", "nearly", "almost", "roughly", "approximately":
		return i + 1, modApprox
	case "more", "less":
		if s.low(i+1) == "than" {
			return i + 2, modApprox
		}
	case "up":
		if s.low(i+1) == "to" {
			return i + 2, modApprox
		}
	}
	return i, modNone
}

// core tries every expression shape at token i and keeps the longest.
func (s *scanner) core(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	t := &s.toks[i]
	if t.kind == tNum {
		try(s.numeric(i))
		try(s.clock(i))
		try(s.dayMonth(i))
		try(s.year(i))
		try(s.quantity(i))
		try(s.quarter(i))
		return best, found
	}
	try(s.monthDate(i))
	try(s.weekday(i))
	try(s.relative(i))
	try(s.deictic(i))
	try(s.quantity(i))
	try(s.quarter(i))
	try(s.season(i))
	try(s.holiday(i))
	try(s.set(i))
	try(s.clock(i))
	if t.low == "the" || t.low == "'" || t.low == "’" || t.low == "fiscal" || t.low == "nineteen" || t.low == "two" || t.low == "eighteen" || t.low == "twenty" {
		try(s.year(i))
		try(s.dayMonth(i))
	}
	return best, found
}
