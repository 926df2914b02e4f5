package segment

import (
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// DefaultPenalty is the per-segment cost, in multiples of log(terms), of the
// topic segmentation; higher values give fewer, longer segments.
const DefaultPenalty = 1.0

// DefaultParagraphPenalty is the same for the paragraphs of a dump, where
// an article spans many more units than a Choi segment does.
const DefaultParagraphPenalty = 2.0

// Segmenter splits text dumps into articles. The zero value is ready to use
// and safe for concurrent use.
type Segmenter struct {
	// Penalty overrides DefaultPenalty when > 0.
	Penalty float64
	// ParagraphPenalty overrides DefaultParagraphPenalty when > 0.
	ParagraphPenalty float64
	// NoTopic turns off topic-shift boundaries: articles are cut only at
	// headlines, separators and footers.
	NoTopic bool
	// NoCohesion keeps every boundary the topic model finds, without the
	// entity and lexical cohesion check.
	NoCohesion bool
}

func (s *Segmenter) penalty() float64 {
	if s != nil && s.Penalty > 0 {
		return s.Penalty
	}
	return DefaultPenalty
}

func (s *Segmenter) paragraphPenalty() float64 {
	if s != nil && s.ParagraphPenalty > 0 {
		return s.ParagraphPenalty
	}
	return DefaultParagraphPenalty
}

// SplitUnits segments a sequence of text units (sentences or paragraphs)
// by topic alone and returns the index of the first unit of each segment.
// Boundaries are placed by the description-length model, then moved by up
// to two units where a unit next to a boundary is closer to the segment on
// the other side.
func (s *Segmenter) SplitUnits(units []string) []int {
	ts := make([][]string, len(units))
	n := 0
	for i, u := range units {
		ts[i] = terms(u)
		n += len(ts[i])
	}
	starts := topicSplit(ts, nil, nil, s.penalty()*math.Log(float64(n)+2), 0, 0)
	refineBoundaries(starts, ts, nil, nil, nil)
	return starts
}

// Line is one classified line of a dump, for inspection (sitrep extract
// --lines) and tests.
type Line struct {
	No   int    // 1-based line number
	Kind string // blank, body, chrome, headline, caption, meta, separator, footer
	Text string
}

// Classify returns every line of text with the kind the classifier gives
// it in the context of the whole dump.
func (s *Segmenter) Classify(text string) []Line {
	ls := classify(splitLines(text))
	out := make([]Line, len(ls))
	for i, l := range ls {
		out[i] = Line{No: l.no, Kind: l.kind.String(), Text: l.text}
	}
	return out
}

// maxTopicUnits bounds an article's length in paragraphs for the topic
// search, keeping it linear in long dumps.
const maxTopicUnits = 400

// Split returns the articles found in text. Each article's Span is the byte
// range of its body in text (first to last body line) and FirstLine the
// 1-based line where the body starts; Text is the body with chrome,
// captions and metadata lines left out, one paragraph a line.
func (s *Segmenter) Split(text string) []doc.Article {
	ls := classify(splitLines(text))
	// Units are body lines; hard boundaries fall before a unit whose
	// preceding non-body run holds a headline, separator or footer.
	var units []int // indices into ls
	var hard, sure []bool
	var bonus []float64
	var cued []bool // other cues than a lone headline mark a boundary here
	// A headline shown twice or with a caption or metadata line beside it
	// is a sure boundary; a lone headline-like line (which may be a video
	// title or a widget) only favours one, for the topic model to confirm.
	// A headline framed by page furniture (a chrome, metadata or separator
	// line before it, as a "Posted on" or share line closes the previous
	// item) is sure as well.
	pendingHard, pendingBonus := false, 0.0
	headlines, extras := 0, 0
	framed, sawFurniture, furnitureRun := false, false, false
	for i, l := range ls {
		switch l.kind {
		case kindBody:
			sureHeadline := headlines > 1 || headlines == 1 && (extras > 0 || framed)
			hard = append(hard, pendingHard || len(units) == 0 || sureHeadline)
			sure = append(sure, sureHeadline)
			b := pendingBonus + cueBonus(ls, units, i)
			if len(units) > 0 && continues(ls[units[len(units)-1]].text, l.text) {
				b = noStartBonus
			}
			bonus = append(bonus, b)
			// A lone headline may be a subheading: the boundary it favours
			// still has to pass the cohesion check unless other cues back it.
			cued = append(cued, b-float64(headlines)*loneHeadlineBonus >= cueKeeps)
			units = append(units, i)
			pendingHard, pendingBonus = false, 0
			headlines, extras = 0, 0
			framed, sawFurniture, furnitureRun = false, false, false
		case kindHeadline:
			if headlines == 0 && sawFurniture {
				framed = true
			}
			headlines++
			pendingBonus += loneHeadlineBonus
		case kindSeparator, kindFooter:
			pendingHard = true
		case kindCaption, kindMeta:
			extras++
			pendingBonus += captionBonus
			sawFurniture = true
		case kindChrome:
			sawFurniture = true
			if i > 0 && ls[i-1].kind == kindChrome || i > 1 && ls[i-1].kind == kindBlank && ls[i-2].kind == kindChrome {
				if !furnitureRun {
					pendingBonus += furnitureBonus
				}
				furnitureRun = true
			}
		}
	}
	if len(units) == 0 {
		return nil
	}
	allTerms := make([][]string, len(units))
	n := 0
	for k, u := range units {
		allTerms[k] = terms(ls[u].text)
		n += len(allTerms[k])
	}
	segCost := s.paragraphPenalty() * math.Log(float64(n)+2)
	var starts []int // unit indices that open an article
	for a := 0; a < len(units); {
		b := a + 1
		for b < len(units) && !hard[b] {
			b++
		}
		cost := segCost
		if sure[a] {
			// The dump marks articles with headlines: a boundary it does
			// not mark needs stronger evidence.
			cost *= headedChunkFactor
		}
		if s != nil && s.NoTopic || b-a < 2 {
			starts = append(starts, a)
		} else {
			ts := make([][]string, b-a)
			keys := make([]string, b-a)
			list := make([]bool, b-a)
			for k := a; k < b; k++ {
				ts[k-a] = allTerms[k]
				if l := ls[units[k]]; l.words >= 6 {
					keys[k-a] = l.key
					list[k-a] = listItem(l.text)
				}
			}
			dup := repeats(keys, list)
			split := topicSplit(ts, dup, bonus[a:b], cost, topicVocab, maxTopicUnits)
			split = s.mergeCohesive(split, ts, dup, cued[a:b], sure[a])
			split = s.splitAtCues(split, ts, cued[a:b])
			refineBoundaries(split, ts, dup, bonus[a:b], cued[a:b])
			restartAtLede(split, ts, dup, cued[a:b])
			for _, st := range split {
				starts = append(starts, a+st)
			}
		}
		a = b
	}
	var arts []doc.Article
	preferDayFirst := dumpDateConvention(ls)
	for k, st := range starts {
		end := len(units)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		headFrom := 0
		if st > 0 {
			headFrom = units[st-1] + 1
		}
		lastLine := len(ls)
		if end < len(units) {
			lastLine = units[end]
		}
		// Captions before the first headline of the lines between two
		// articles close the previous article (a photo shown at its end);
		// so do captions after the last article.
		if k > 0 {
			h := headFrom
			for h < units[st] && ls[h].kind != kindHeadline {
				h++
			}
			if h < units[st] {
				arts[k-1].Caption = joinCaptions(arts[k-1].Caption, captionsIn(ls[headFrom:h]))
				headFrom = h
			}
		}
		a := s.article(text, ls, headFrom, units[st:end], lastLine, preferDayFirst)
		if end == len(units) {
			a.Caption = joinCaptions(a.Caption, captionsIn(ls[units[end-1]+1:]))
		}
		arts = append(arts, a)
	}
	return arts
}

// topicVocab is the vocabulary size the topic model smooths over on dumps.
// It is fixed rather than the dump's own: a small dump's vocabulary makes
// every new word cheap and splits articles apart, a long dump's makes
// boundaries dear, so the same two articles would be split or not by the
// size of the dump around them (docs/quality.md: dumps of 4, 8, 12).
const topicVocab = 1300

// headedChunkFactor multiplies the segment penalty inside a stretch of
// text that opens with a sure headline boundary.
const headedChunkFactor = 2

// Boundary cue weights, in nats of the topic model's description length.
const (
	loneHeadlineBonus = 12
	captionBonus      = 6
	truncatedBonus    = 3
	creditBonus       = 8
	datelineBonus     = 6
	// furnitureBonus: a run of two or more chrome lines (a share bar, a
	// "related" block, an app promo), as pages put after an article.
	furnitureBonus = 12
)

// cueBonus scores textual signs that an article starts at body line i: the
// previous body line was cut off or closed with an outlet credit, or line
// i opens with a dateline.
func cueBonus(ls []line, units []int, i int) float64 {
	b := 0.0
	if len(units) > 0 {
		prev := ls[units[len(units)-1]]
		if !endsSentence(prev.text) && prev.words >= 8 {
			b += truncatedBonus
		}
		if footerCreditR.MatchString(prev.text) {
			b += creditBonus
		}
	}
	if datelineRE.MatchString(ls[i].text) {
		b += datelineBonus
	}
	return b
}

var relTimeRE = regexp.MustCompile(`(?i)\b(ago|yesterday|today|just now)\b`)

// article builds one article from its header lines ls[headFrom:units[0]],
// its body lines units and the trailing lines up to lastLine.
func (s *Segmenter) article(text string, ls []line, headFrom int, units []int, lastLine int, preferDayFirst *bool) doc.Article {
	first, last := ls[units[0]], ls[units[len(units)-1]]
	a := doc.Article{
		Span:      doc.Span{Start: first.start, End: last.end},
		FirstLine: first.no,
	}
	var body []string
	for _, u := range units {
		body = append(body, ls[u].text)
	}
	var captions []string
	var date parsedDate
	haveDate := false
	for i := headFrom; i < units[0]; i++ {
		l := ls[i]
		switch l.kind {
		case kindHeadline:
			if a.Title == "" {
				a.Title = l.text
			}
		case kindCaption:
			if !containsStr(captions, l.text) {
				captions = append(captions, l.text)
			}
		case kindMeta:
			if m := bylineRE.FindStringSubmatch(l.text); m != nil && a.Author == "" {
				a.Author = strings.TrimSpace(m[1])
				continue
			}
			if relTimeRE.MatchString(l.text) {
				continue
			}
			if d, ok := findDate(l.text); ok && !haveDate {
				date, haveDate = d, true
				if a.Outlet == "" {
					a.Outlet = outletName(l.text[:d.start] + " " + l.text[d.end:])
				}
				continue
			}
			if a.Outlet == "" {
				a.Outlet = outletName(l.text)
			}
		}
	}
	// Captions between the body's lines belong to the article too.
	a.Caption = joinCaptions(strings.Join(captions, "\n"), captionsIn(ls[units[0]:last.no]))
	// Dateline: "CITY, June 22 (Reuters) -" opening the body.
	if m := datelineRE.FindStringSubmatchIndex(body[0]); m != nil {
		if a.Outlet == "" {
			a.Outlet = body[0][m[4]:m[5]]
		}
		if !haveDate && m[2] >= 0 {
			if d, ok := findDate(body[0][m[2]:m[3]]); ok {
				date, haveDate = d, true
			}
		}
	}
	// Attribution footer: "... last sentence. (Outlet)".
	if m := footerCreditR.FindStringSubmatchIndex(body[len(body)-1]); m != nil {
		if a.Outlet == "" {
			a.Outlet = body[len(body)-1][m[2]:m[3]]
		}
		body[len(body)-1] = strings.TrimSpace(body[len(body)-1][:m[0]])
	}
	if a.Author == "" && len(body) > 1 {
		if m := bylineRE.FindStringSubmatch(body[0]); m != nil && len(strings.Fields(body[0])) <= 6 {
			a.Author = strings.TrimSpace(m[1])
		}
	}
	if haveDate && date.hasYear {
		a.Published = resolveDate(date, strings.Join(body, " "), preferDayFirst)
	}
	a.Text = strings.Join(body, "\n")
	return a
}

// captionsIn returns the distinct caption lines of ls, in order.
func captionsIn(ls []line) []string {
	var out []string
	for _, l := range ls {
		if l.kind == kindCaption && !containsStr(out, l.text) {
			out = append(out, l.text)
		}
	}
	return out
}

// joinCaptions adds the captions not yet in have, one a line.
func joinCaptions(have string, more []string) string {
	var all []string
	if have != "" {
		all = strings.Split(have, "\n")
	}
	for _, c := range more {
		if !containsStr(all, c) {
			all = append(all, c)
		}
	}
	return strings.Join(all, "\n")
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// dumpDateConvention looks at the unambiguous numeric dates of a dump's
// metadata lines: nil when there are none, else whether they read
// day-first.
func dumpDateConvention(ls []line) *bool {
	var dayFirst, monthFirst int
	for _, l := range ls {
		if l.kind != kindMeta {
			continue
		}
		if d, ok := findDate(l.text); ok && d.monthNum && d.alt.IsZero() {
			m := numDateRE.FindStringSubmatch(l.text)
			if m == nil {
				continue
			}
			if a := atoi(m[1]); a > 12 {
				dayFirst++
			} else {
				monthFirst++
			}
		}
	}
	if dayFirst == monthFirst {
		return nil
	}
	v := dayFirst > monthFirst
	return &v
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

var _ = time.Now
