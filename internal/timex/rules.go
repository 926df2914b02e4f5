package timex

import (
	"strings"
	"time"
)

// ---- small token tests ----

// dayNum reads a day of the month: "23", "23rd", "first".
func (s *scanner) dayNum(i int) (int, int, bool) {
	if i >= len(s.toks) {
		return 0, i, false
	}
	t := &s.toks[i]
	if t.kind == tNum {
		ds, rest := digitsPrefix(t.low)
		if len(ds) > 2 || (rest != "" && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") {
			return 0, i, false
		}
		d, ok := atoi(ds)
		if !ok || d < 1 || d > 31 {
			return 0, i, false
		}
		return d, i + 1, true
	}
	if d, ok := ordinals[t.low]; ok && d > 0 {
		return d, i + 1, true
	}
	return 0, i, false
}

// yearNum reads a four-digit year.
func (s *scanner) yearNum(i int) (int, int, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tNum {
		return 0, i, false
	}
	t := s.toks[i].low
	if len(t) != 4 {
		return 0, i, false
	}
	y, ok := atoi(t)
	if !ok || y < 1000 || y > 2199 {
		return 0, i, false
	}
	return y, i + 1, true
}

func (s *scanner) isMonth(i int) bool {
	_, _, ok := s.month(i, false)
	return ok
}

func (s *scanner) isUnit(i int) bool {
	_, ok := units[s.low(i)]
	return ok
}

// monthContext are words after which a capitalised "May" or "March" is a month.
var monthContext = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "of": true, "through": true, "during": true, "from": true,
	"before": true, "after": true, "-": true, "and": true, "to": true, "or": true, "each": true, "every": true,
	"between": true, "end": true, "on": true, "that": true, "for": true,
}

// month reads a month name at i; strict asks for contextual evidence for
// words that are also common words ("may", "march").
func (s *scanner) month(i int, strict bool) (int, int, bool) {
	if i >= len(s.toks) || s.toks[i].kind != tWord {
		return 0, i, false
	}
	t := &s.toks[i]
	m, ok := months[t.low]
	if !ok || !t.cap {
		return 0, i, false
	}
	j := i + 1
	full := len(t.low) > 4 || t.low == "june" || t.low == "july"
	if !full && t.low != "may" {
		// Abbreviations need a dot or a following number.
		if k := s.optDot(j); k > j {
			return m, k, true
		}
		if s.low(i) == "may" {
			full = true
		} else if j < len(s.toks) && s.toks[j].kind == tNum {
			return m, j, true
		} else {
			return 0, i, false
		}
	}
	if strict && (t.low == "may" || t.low == "march") {
		if j < len(s.toks) && s.toks[j].kind == tNum {
			return m, j, true
		}
		if monthContext[s.low(i-1)] && !(t.low == "may" && s.toks[i].cap && s.sentenceStart(i)) {
			return m, j, true
		}
		return 0, i, false
	}
	return m, j, true
}

// sentenceStart reports whether token i begins a sentence.
func (s *scanner) sentenceStart(i int) bool {
	if i == 0 || s.toks[i].brk {
		return true
	}
	p := s.low(i - 1)
	return p == "." || p == "!" || p == "?" || p == "\"" || p == "“"
}

// tense returns the tense of the clause around tokens [i, j): -1 past,
// +1 future, 0 present or unknown.
func (s *scanner) tense(i, j int) int {
	const left, right = 14, 10
	best, bestDist := 0, 1<<30
	s.presentSeen = false
	check := func(k, dist int) bool {
		w := s.toks[k].low
		c := 0
		switch {
		case w == "ll" && k > 0 && (s.low(k-1) == "'" || s.low(k-1) == "’"):
			c = 1
		case (w == "won" || w == "wo") && (s.low(k+1) == "'" || s.low(k+1) == "’" || s.low(k+1) == "n't"):
			c = 1
		case w == "next" && s.low(k+1) == "to":
			return false
		case w == "early" && s.low(k-1) == "as", w == "until":
			c = 1
		case futureToCues[w] && (s.low(k+1) == "to" || s.low(k+1) == "for"):
			c = 1
		case futureCues[w]:
			c = 1
		case (pastCues[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && s.toks[k].kind == tWord && !notPastEd[w]) && k > 0 && (s.low(k-1) == "be" || s.low(k-1) == "being"):
			c = 1 // "will be held", "to be signed"
		case pastCues[w]:
			c = -1
		case presentCues[w]:
			if dist < bestDist {
				best, bestDist = 0, dist
				s.presentSeen = true
			}
			return true
		case len(w) > 4 && strings.HasSuffix(w, "ed") && s.toks[k].kind == tWord && !notPastEd[w]:
			c = -1
		default:
			return false
		}
		if dist < bestDist {
			best, bestDist = c, dist
			s.presentSeen = false
		}
		return true
	}
	for k, n := i-1, 0; k >= 0 && n < left; k, n = k-1, n+1 {
		w := s.toks[k].low
		if w == "." || w == "!" || w == "?" || w == ";" || s.toks[k+1].brk {
			if w != "." || !(k > 0 && s.isAbbrev(k-1)) {
				break
			}
		}
		if check(k, n+1) && n < 3 {
			break
		}
	}
	afterComma := false
	for k, n := j, 0; k < len(s.toks) && n < right; k, n = k+1, n+1 {
		w := s.toks[k].low
		if w == "." || w == "!" || w == "?" || w == ";" || s.toks[k].brk || w == "”" || w == "\"" || (w == "'" || w == "’") && s.low(k+1) != "s" {
			// A closing quote ends the clause: "..." Castro said.
			break
		}
		if w == "," {
			afterComma = true
			// ", and the two sides agreed": a coordinated clause has a
			// tense of its own.
			if clauseOpeners[s.low(k+1)] {
				break
			}
		}
		// ", Castro said" attributes the clause; it does not date it.
		if afterComma && reportingVerbs[w] {
			continue
		}
		if check(k, n+1) {
			break
		}
	}
	return best
}

// weekdayTense is the tense a bare weekday takes: a present-tense clause
// ("meets Monday", "is to resume Tuesday") points forward.
func (s *scanner) weekdayTense(i, j int) int {
	t := s.tense(i, j)
	if t == 0 && s.presentSeen {
		return 1
	}
	return t
}

// clauseOpeners begin a new clause after a comma.
var clauseOpeners = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "which": true, "who": true, "where": true,
}

// reportingVerbs attribute speech.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "reported": true, "stated": true, "according": true,
}

// isAbbrev reports whether token k is a word usually abbreviated with a dot.
func (s *scanner) isAbbrev(k int) bool {
	w := s.toks[k].low
	if _, ok := months[w]; ok && len(w) <= 4 {
		return true
	}
	if _, ok := weekdays[w]; ok && len(w) <= 4 {
		return true
	}
	switch w {
	case "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "u.s.", "jr", "sr", "corp", "inc", "co", "no", "vs", "p.m.", "a.m.":
		return true
	}
	return len(w) == 1
}

// ---- resolution helpers ----

// resolveMonthDay gives a year to a month (and day) without one, by tense.
func (s *scanner) resolveMonthDay(m, d, tense int) int {
	if !s.hasDCT {
		return 0
	}
	dy := s.dct.Year()
	day := d
	if day == 0 {
		day = 15
	}
	best, bestCost := dy, 1<<30
	for y := dy - 1; y <= dy+1; y++ {
		t := time.Date(y, time.Month(m), min(day, daysIn(y, m)), 0, 0, 0, 0, time.UTC)
		diff := int(t.Sub(s.dct).Hours() / 24)
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		// Past narration leans back and the future forward; a date a few
		// weeks ahead can still be in past narration ("said ... on Jan. 14").
		if tense < 0 && diff > 0 {
			cost += 300
		} else if tense > 0 && diff < 0 {
			cost += 400
		}
		if d == 0 && (m == int(s.dct.Month()) && y == dy) {
			cost = 0
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// resolveWeekday finds the date of weekday wd: dir -1 previous, +1 next,
// 0 by tense.
func (s *scanner) resolveWeekday(wd time.Weekday, dir int, strict bool) time.Time {
	cur := s.dct.Weekday()
	if dir == 0 {
		if wd == cur && !strict {
			return s.dct
		}
		dir = -1
	}
	t := s.dct
	for k := 0; k < 7; k++ {
		t = t.AddDate(0, 0, dir)
		if t.Weekday() == wd {
			return t
		}
	}
	return t
}

// isoWeekday turns a time.Weekday into ISO 1 (Monday) .. 7 (Sunday).
func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// ---- expression shapes ----

// monthDate: "Oct. 23", "October 23, 1998", "July 1997", "March", "May of 2024".
func (s *scanner) monthDate(i int) (match, bool) {
	m, j, ok := s.month(i, true)
	if !ok {
		return match{}, false
	}
	if d, k, ok := s.dayNum(j); ok {
		// Not "May 2 percent": a day number must not be followed by a unit-like noun.
		end := k
		if s.low(k) == "," || s.low(k) == "th" {
			end = k
		}
		if y, k2, ok := s.yearNum(s.optComma(k)); ok {
			if d <= daysIn(y, m) {
				return match{end: k2, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: true, explicit: true}, true
			}
		}
		if d > daysIn(0, m) {
			return match{}, false
		}
		y := s.resolveMonthDay(m, d, s.tense(i, end))
		return match{end: end, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: s.hasDCT, explicit: s.hasDCT}, true
	}
	k := j
	if s.low(k) == "of" || s.low(k) == "," {
		k++
	}
	if y, k2, ok := s.yearNum(k); ok {
		return match{end: k2, typ: Date, v: tval{g: gMonth, y: y, m: m}, anchored: true, explicit: true}, true
	}
	// "July last year", "March this year".
	if d := s.low(j); d == "last" || d == "next" || d == "this" {
		if s.low(j+1) == "year" && s.hasDCT {
			y := s.dct.Year()
			if d == "last" {
				y--
			} else if d == "next" {
				y++
			}
			return match{end: j + 2, typ: Date, v: tval{g: gMonth, y: y, m: m}, anchored: true, explicit: true}, true
		}
	}
	y := s.resolveMonthDay(m, 0, s.tense(i, j))
	return match{end: j, typ: Date, v: tval{g: gMonth, y: y, m: m}, anchored: s.hasDCT, explicit: s.hasDCT}, true
}

// dayMonth: "23 October 2025", "the 23rd of October".
func (s *scanner) dayMonth(i int) (match, bool) {
	j := i
	the := false
	if s.low(j) == "the" {
		j++
		the = true
	}
	d, k, ok := s.dayNum(j)
	if !ok {
		return match{}, false
	}
	if s.low(k) == "of" {
		k++
	} else if the {
		return match{}, false
	}
	m, k2, ok := s.month(k, false)
	if !ok || d > daysIn(0, m) {
		return match{}, false
	}
	if y, k3, ok := s.yearNum(s.optComma(k2)); ok && d <= daysIn(y, m) {
		return match{end: k3, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: true, explicit: true}, true
	}
	y := s.resolveMonthDay(m, d, s.tense(i, k2))
	return match{end: k2, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: s.hasDCT, explicit: s.hasDCT}, true
}

// weekday: "Tuesday", "Monday, Oct. 26", "Friday morning".
func (s *scanner) weekday(i int) (match, bool) {
	t := &s.toks[i]
	wd, ok := weekdays[t.low]
	if !ok || !t.cap {
		return match{}, false
	}
	j := i + 1
	if len(t.low) <= 4 {
		k := s.optDot(j)
		if k == j {
			return match{}, false
		}
		j = k
	}
	return s.dayAndPart(i, j, 0, func(dir int, strict bool) (tval, bool) {
		if !s.hasDCT {
			return tval{g: gDay, wd: isoWeekday(wd)}, false
		}
		if wd == s.dct.Weekday() {
			return s.dctVal, true
		}
		// "Wednesday's ruling" is mostly a past one.
		possessive := (s.low(j) == "'" || s.low(j) == "’") && s.low(j+1) == "s"
		if dir == 0 && !possessive && s.weekdayTense(i, j) > 0 {
			dir = 1
		}
		return fromTime(s.resolveWeekday(wd, dir, strict), gDay), true
	})
}

// dayAndPart finishes a day expression that ends at j: an explicit date
// after a weekday wins, and a part of the day makes it a TIME.
func (s *scanner) dayAndPart(i, j, dir int, resolve func(dir int, strict bool) (tval, bool)) (match, bool) {
	v, anchored := resolve(dir, false)
	m := match{end: j, typ: Date, v: v, anchored: anchored}
	// "Monday, Oct. 26": the explicit date decides.
	k := s.optComma(j)
	if md, ok := s.monthDate(k); ok && md.v.g == gDay {
		m.v, m.anchored, m.end, m.explicit = md.v, md.anchored, md.end, md.explicit
	} else if dm, ok := s.dayMonth(k); ok && dm.v.g == gDay {
		m.v, m.anchored, m.end, m.explicit = dm.v, dm.anchored, dm.end, dm.explicit
	}
	if p, ok := partsOfDay[s.low(m.end)]; ok {
		m.typ, m.v.g, m.v.pod = Time, gPartOfDay, p
		m.end++
	} else if s.low(m.end) == "nights" || s.low(m.end) == "mornings" || s.low(m.end) == "evenings" {
		return match{}, false
	}
	return m, true
}

// year: "1998", "fiscal 1989", "the 1990s", "'90s", "the year 2000".
func (s *scanner) year(i int) (match, bool) {
	j := i
	prefix := s.low(j)
	if prefix == "fiscal" || prefix == "the" {
		j++
		if prefix == "the" && s.low(j) == "year" {
			j++
			prefix = "the year"
		}
	}
	if prefix == "the" {
		// "the" belongs to decades ("the 1990s"), not to years ("the 2014 annexation").
		if t := s.low(j); !(t == "'" || t == "’" || strings.HasSuffix(t, "s")) {
			return match{}, false
		}
	}
	if j >= len(s.toks) {
		return match{}, false
	}
	// '90s
	if w := s.low(j); w == "'" || w == "’" {
		if j+1 < len(s.toks) && s.adjacent(j+1) && s.toks[j+1].kind == tNum {
			ds, rest := digitsPrefix(s.toks[j+1].low)
			if len(ds) == 2 && rest == "s" {
				d, _ := atoi(ds)
				y := 1900 + d
				if s.hasDCT && d+2000 <= s.dct.Year() && d < 30 {
					y = 2000 + d
				}
				return match{end: j + 2, typ: Date, v: tval{g: gDecade, y: y}, anchored: true}, true
			}
		}
		return match{}, false
	}
	t := &s.toks[j]
	if t.kind != tNum {
		if y, k, ok := s.spokenYear(j); ok {
			return match{end: k, typ: Date, v: tval{g: gYear, y: y}, anchored: true, explicit: true}, true
		}
		return match{}, false
	}
	ds, rest := digitsPrefix(t.low)
	if rest == "s" || rest == "'s" {
		if len(ds) == 4 {
			y, _ := atoi(ds)
			if y >= 1000 && y <= 2190 && y%10 == 0 {
				g := gDecade
				if y%100 == 0 {
					g = gCentury
				}
				return match{end: j + 1, typ: Date, v: tval{g: g, y: y}, anchored: true}, true
			}
		}
		return match{}, false
	}
	y, k, ok := s.yearNum(j)
	if !ok {
		return match{}, false
	}
	if !s.plausibleYear(j, prefix != "fiscal" && prefix != "the year") {
		return match{}, false
	}
	return match{end: k, typ: Date, v: tval{g: gYear, y: y}, anchored: true, explicit: true}, true
}

// spokenYear reads a year in words: "nineteen ninety-six", "two thousand".
func (s *scanner) spokenYear(j int) (int, int, bool) {
	w := s.low(j)
	if w == "two" && s.low(j+1) == "thousand" {
		y, k := 2000, j+2
		if s.low(k) == "and" {
			k++
		}
		if n, k2, ok := s.amount(k); ok && n > 0 && n < 100 && s.toks[k].kind == tWord && s.low(k) != "a" && s.low(k) != "an" {
			return y + n, k2, true
		}
		return y, k, true
	}
	if w != "nineteen" && w != "eighteen" && w != "twenty" {
		return 0, j, false
	}
	century := numberWords[w]
	n, k, ok := s.amount(j + 1)
	if !ok || n < 10 || n > 99 || s.toks[j+1].kind != tWord {
		return 0, j, false
	}
	return century*100 + n, k, true
}

// yearBefore are words after which a four-digit number is a year.
var yearBefore = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "from": true, "to": true,
	"during": true, "before": true, "after": true, "early": true, "late": true, "mid": true, "-": true,
	"the": true, "and": true, "or": true, "fiscal": true, "for": true, "between": true, "through": true,
	"year": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, ",": true,
	"'s": true, "its": true, "his": true, "her": true, "their": true, "a": true, "circa": true, "c.": true,
	"(": true, "around": true, "about": true, "at": true, "on": true, "into": true, "as": true, "than": true,
}

// plausibleYear judges whether the four-digit number at j is a year.
func (s *scanner) plausibleYear(j int, needContext bool) bool {
	t := &s.toks[j]
	y, _ := atoi(t.low)
	prev := s.low(j - 1)
	switch prev {
	case "$", "£", "€", "#", "no", "number", "some", "nearly", "almost", "approximately", "roughly", "than":
		return false
	}
	switch s.low(j + 1) {
	case "people", "police", "men", "women", "children", "staff", "personnel", "feet", "metres", "meters", "miles", "km":
		return false
	}
	next := s.low(j + 1)
	if next == "%" || next == "percent" || next == "per" {
		return false
	}
	if _, ok := units[next]; ok {
		return false
	}
	if !needContext {
		return true
	}
	if y < 1800 || y > 2100 {
		return yearBefore[prev] && prev != "the" && prev != "a" && prev != "," && prev != "-"
	}
	// A count of things: "2000 people", "1500 troops".
	if j+1 < len(s.toks) && s.toks[j+1].kind == tWord && !s.toks[j+1].cap && strings.HasSuffix(next, "s") && !yearBefore[prev] {
		if _, ok := units[next]; !ok && next != "was" && next != "has" && next != "is" && next != "as" && next != "its" && next != "this" {
			return false
		}
	}
	return true
}

// relative: "this year", "last week", "next Tuesday", "the past decade",
// "the same day", "last February", "this summer", "the quarter".
func (s *scanner) relative(i int) (match, bool) {
	j := i
	the := false
	w := s.low(j)
	if w == "the" || w == "that" {
		the = w == "the"
		j++
	}
	det := s.low(j)
	if w == "that" {
		det = "that"
		j--
	}
	switch det {
	case "this", "last", "next", "past", "coming", "previous", "current", "following", "same", "that", "latest", "recent", "prior", "preceding", "upcoming", "most":
	default:
		if the {
			return s.theUnit(i, j)
		}
		return match{}, false
	}
	j++
	if s.low(j) == "fiscal" {
		j++
	}
	if det == "most" {
		if s.low(j) != "recent" {
			return match{}, false
		}
		det = "latest"
		j++
	}
	// "this past spring", "this coming Sunday"
	if det == "this" && (s.low(j) == "past" || s.low(j) == "coming") {
		det = map[string]string{"past": "last", "coming": "next"}[s.low(j)]
		j++
	}
	dir := 0
	switch det {
	case "last", "past", "previous", "prior", "preceding":
		dir = -1
	case "next", "coming", "following", "upcoming":
		dir = 1
	case "latest", "recent":
		dir = -2 // latest completed
	}
	anaphoric := the && (det == "following" || det == "next" || det == "previous" || det == "same" || det == "preceding" || det == "prior") || det == "that" || det == "same"
	// Numbers and plural units make durations: "the past two years".
	if q, k, ok := s.amount(j); ok && (the || det == "past" || det == "last" || det == "next" || det == "coming") {
		if u, ok := units[s.low(k)]; ok {
			return match{end: k + 1, typ: Duration, lit: durationValue(q, u), anchored: true}, true
		}
		return match{}, false
	}
	next := s.low(j)
	if u, ok := units[next]; ok {
		plural := strings.HasSuffix(next, "s") && u != uHour
		if plural {
			switch det {
			case "recent", "past", "last":
				if u >= uYear {
					return match{end: j + 1, typ: Date, lit: "PAST_REF", anchored: true}, true
				}
				return match{end: j + 1, typ: Duration, lit: durationValue(-1, u), anchored: true}, true
			case "coming", "next", "following", "upcoming":
				return match{end: j + 1, typ: Duration, lit: durationValue(-1, u), anchored: true}, true
			}
			return match{}, false
		}
		if u == uQuarter {
			return s.quarterRef(i, j+1, det, dir, the)
		}
		if u < uDay || u == uSecond {
			return match{}, false
		}
		if the && (det == "past" || det == "last") && u >= uDecade {
			return match{end: j + 1, typ: Duration, lit: durationValue(1, u), anchored: true}, true
		}
		g := unitGran(u)
		if anaphoric {
			base, ok := s.anchorRef(false)
			if !ok {
				return match{end: j + 1, typ: Date, v: tval{g: g}, anchored: false}, true
			}
			k := 0
			if det == "following" || det == "next" {
				k = 1
			} else if det == "previous" || det == "preceding" || det == "prior" {
				k = -1
			}
			v := base
			v.g = g
			v = v.shift(u, k)
			m := match{end: j + 1, typ: Date, v: v, anchored: true}
			return s.partOfDay(m), true
		}
		if !s.hasDCT {
			return match{end: j + 1, typ: Date, v: tval{g: g}, anchored: false}, true
		}
		if u == uDay {
			return match{}, false
		}
		k := dir
		if k == -2 {
			k = -1
		}
		v := s.dctVal
		v.g = g
		v = v.shift(u, k)
		if u == uWeekend {
			v.g = gWeekend
		}
		return match{end: j + 1, typ: Date, v: v, anchored: true}, true
	}
	if m, k, ok := s.month(j, false); ok {
		if d, k2, ok := s.dayNum(k); ok && d <= daysIn(0, m) {
			// "last Oct. 23"
			y := s.resolveMonthDay(m, d, dir)
			return match{end: k2, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: s.hasDCT, explicit: s.hasDCT}, true
		}
		if !s.hasDCT {
			return match{end: k, typ: Date, v: tval{g: gMonth, m: m}}, true
		}
		y, dm := s.dct.Year(), int(s.dct.Month())
		switch {
		case dir < 0 && m >= dm:
			y--
		case dir > 0 && m <= dm:
			y++
		}
		return match{end: k, typ: Date, v: tval{g: gMonth, y: y, m: m}, anchored: true, explicit: true}, true
	}
	if wd, ok := weekdays[next]; ok && s.toks[j].cap {
		k := j + 1
		if len(next) <= 4 {
			k = s.optDot(k)
		}
		return s.dayAndPart(i, k, 0, func(_ int, _ bool) (tval, bool) {
			if !s.hasDCT {
				return tval{g: gDay, wd: isoWeekday(wd)}, false
			}
			d := dir
			if d == -2 {
				d = -1
			}
			if det == "this" {
				d = 0
				if s.tense(i, k) > 0 {
					d = 1
				}
			}
			return fromTime(s.resolveWeekday(wd, d, det != "this"), gDay), true
		})
	}
	if code, ok := seasons[next]; ok {
		if !s.hasDCT {
			return match{end: j + 1, typ: Date, v: tval{g: gSeason, season: code}}, true
		}
		return match{end: j + 1, typ: Date, v: tval{g: gSeason, y: s.seasonYear(code, dir), season: code}, anchored: true}, true
	}
	if p, ok := partsOfDay[next]; ok && det == "this" {
		return match{end: j + 1, typ: Time, v: tval{g: gPartOfDay, y: s.dctVal.y, m: s.dctVal.m, d: s.dctVal.d, pod: p}, anchored: s.hasDCT}, true
	}
	if next == "night" && det == "last" {
		v := s.dctVal.shift(uDay, -1)
		v.g, v.pod = gPartOfDay, "NI"
		return match{end: j + 1, typ: Time, v: v, anchored: s.hasDCT}, true
	}
	if h, ok := s.holidayName(j); ok {
		return s.holidayMatch(i, h, dir)
	}
	if the && det == "past" {
		return match{end: j, typ: Date, lit: "PAST_REF", anchored: true}, true
	}
	return match{}, false
}

// seasonYear gives the year of a season named with direction dir.
func (s *scanner) seasonYear(code string, dir int) int {
	y, m := s.dct.Year(), int(s.dct.Month())
	start := seasonStart[code]
	cur := m >= start && m < start+3 || (code == "WI" && m <= 2)
	switch {
	case dir < 0:
		if cur || start > m {
			return y - 1
		}
	case dir > 0:
		if cur || start <= m {
			return y + 1
		}
	}
	if code == "WI" && m <= 2 {
		return y - 1
	}
	return y
}

// theUnit: "the year", "the week", "the weekend", "the quarter", "the day
// before", "the future", "the past".
func (s *scanner) theUnit(i, j int) (match, bool) {
	if w := s.low(j); w == "fiscal" || w == "full" || w == "calendar" {
		j++
	}
	w := s.low(j)
	switch w {
	case "year", "week", "month":
		if w == "week" && s.low(j+1) == "of" {
			if md, ok := s.monthDate(j + 2); ok && md.v.g == gDay {
				md.v.g = gWeek
				md.explicit = false
				return md, true
			}
		}
		if nx := s.low(j + 1); nx == "-" || nx == "ended" || nx == "ending" || nx == "to" || nx == "before" || nx == "earlier" || nx == "after" {
			return match{}, false
		}
		u := units[w]
		base, ok := s.anchorRef(true)
		if !ok {
			return match{end: j + 1, typ: Date, v: tval{g: unitGran(u)}}, true
		}
		base.g = unitGran(u)
		if base.g > gYear {
			base.g = gYear
			if u == uMonth {
				base.g = gMonth
			} else if u == uWeek {
				base.g = gWeek
			}
		}
		return match{end: j + 1, typ: Date, v: base, anchored: true}, true
	case "weekend":
		if !s.hasDCT {
			return match{end: j + 1, typ: Date, v: tval{g: gWeekend}}, true
		}
		v := s.dctVal
		if s.tense(i, j+1) < 0 && s.dct.Weekday() != time.Saturday && s.dct.Weekday() != time.Sunday {
			v = v.shift(uWeek, -1)
		}
		v.g = gWeekend
		return match{end: j + 1, typ: Date, v: v, anchored: true}, true
	case "quarter":
		return s.quarterRef(i, j+1, "the", 0, true)
	case "future":
		return match{end: j + 1, typ: Date, lit: "FUTURE_REF", anchored: true}, true
	case "past":
		return match{end: j + 1, typ: Date, lit: "PAST_REF", anchored: true}, true
	case "near", "foreseeable", "distant":
		if s.low(j+1) == "future" {
			return match{end: j + 2, typ: Date, lit: "FUTURE_REF", anchored: true}, true
		}
	case "present":
		return match{end: j + 1, typ: Date, lit: "PRESENT_REF", anchored: true}, true
	}
	return match{}, false
}

// anchorRef returns the reference time for anaphoric expressions: the last
// explicit date, else the DCT when allowed.
func (s *scanner) anchorRef(dctOK bool) (tval, bool) {
	if s.hasRef {
		return s.ref, true
	}
	if s.hasDCT && dctOK {
		return s.dctVal, true
	}
	return tval{}, false
}

// quarterRef resolves "the quarter", "last quarter", "the latest quarter".
func (s *scanner) quarterRef(i, end int, det string, dir int, the bool) (match, bool) {
	if s.hasRef && s.ref.g == gQuarter && (det == "the" || det == "same" || det == "that") {
		return match{end: end, typ: Date, v: s.ref, anchored: true}, true
	}
	if !s.hasDCT {
		return match{end: end, typ: Date, v: tval{g: gQuarter}}, true
	}
	v := s.dctVal
	v.g = gQuarter
	switch {
	case dir == -2 || det == "the":
		// Early in a quarter, news of "the quarter" is about the one that ended.
		qStart := time.Date(v.y, time.Month((v.m-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
		if s.dct.Sub(qStart) < 50*24*time.Hour {
			v = v.shift(uQuarter, -1)
		}
	case dir != 0:
		v = v.shift(uQuarter, dir)
	}
	return match{end: end, typ: Date, v: v, anchored: true, explicit: false}, true
}

// amount reads a count: "two", "3", "a few", "several", "a couple of".
// Vague counts return -1.
func (s *scanner) amount(i int) (int, int, bool) {
	if i >= len(s.toks) {
		return 0, i, false
	}
	t := &s.toks[i]
	if t.kind == tNum {
		ds, rest := digitsPrefix(t.low)
		if rest != "" || len(ds) != len(t.low) {
			return 0, i, false
		}
		n, ok := atoi(ds)
		if !ok {
			return 0, i, false
		}
		// "12 to 18 months"
		if (s.low(i+1) == "to" || s.low(i+1) == "-" || s.low(i+1) == "or") && i+2 < len(s.toks) && s.toks[i+2].kind == tNum {
			if _, ok := units[s.low(i+3)]; ok {
				return -1, i + 3, true
			}
		}
		return n, i + 1, true
	}
	w := t.low
	switch w {
	case "a", "an":
		if s.low(i+1) == "few" {
			return -1, i + 2, true
		}
		if s.low(i+1) == "couple" && s.low(i+2) == "of" {
			return 2, i + 3, true
		}
		return 1, i + 1, true
	case "several", "few", "many", "some":
		return -1, i + 1, true
	}
	if n, ok := numberWords[w]; ok {
		j := i + 1
		// "twenty-five", "twenty five"
		if n >= 20 && n < 100 && n%10 == 0 {
			k := j
			if s.low(k) == "-" {
				k++
			}
			if m, ok := numberWords[s.low(k)]; ok && m < 10 && s.low(k) != "a" && s.low(k) != "an" {
				n += m
				j = k + 1
			}
		}
		if s.low(j) == "hundred" {
			n *= 100
			j++
		}
		return n, j, true
	}
	return 0, i, false
}

// durationValue formats a TIMEX3 duration; n < 0 means unknown (X).
func durationValue(n int, u unit) string {
	prefix, code, _ := u.durationCode()
	num := "X"
	if n >= 0 {
		switch u {
		case uDecade:
			return prefix + itoa(10*n) + "Y"
		case uCentury:
			return prefix + itoa(100*n) + "Y"
		case uQuarter:
			return prefix + itoa(3*n) + "M"
		case uWeekend:
			return prefix + itoa(n) + "WE"
		}
		num = itoa(n)
	} else if u == uDecade || u == uCentury {
		code = "Y"
	}
	return prefix + num + code
}

func itoa(n int) string { return pad(n, 1) }

// quantity: "three years ago", "80 years later", "two weeks", "a two-year
// contract", "six months from now", "$5 a year".
func (s *scanner) quantity(i int) (match, bool) {
	n, j, ok := s.amount(i)
	if !ok {
		return match{}, false
	}
	if s.low(i) == "some" || s.low(i) == "many" {
		return match{}, false
	}
	hyphen := false
	if s.low(j) == "-" && s.adjacent(j) {
		hyphen = true
		j++
	}
	if s.low(j) == "or" && s.low(j+1) == "so" {
		j += 2
	}
	w := s.low(j)
	u, ok := units[w]
	if !ok {
		return match{}, false
	}
	if n == 1 && (strings.HasSuffix(w, "s") && u != uHour) && s.low(i) != "one" {
		// "a years" is not English; "1 years" is sloppy but fine.
		if s.toks[i].kind != tNum {
			return match{}, false
		}
	}
	if n >= 0 && n != 1 && !strings.HasSuffix(w, "s") && !hyphen && w != "hrs" && w != "yrs" && w != "mins" {
		return match{}, false
	}
	k := j + 1
	if hyphen {
		if s.low(k) == "-" && s.low(k+1) == "old" {
			return match{}, false
		}
		return match{end: k, typ: Duration, lit: durationValue(n, u), anchored: true}, true
	}
	// "$5 a year", "twice a day": a frequency.
	if nx := s.low(k); (s.low(i) == "a" || s.low(i) == "an") && i > 0 && nx != "ago" && nx != "earlier" && nx != "later" && nx != "before" {
		p := &s.toks[i-1]
		if p.kind == tNum || p.low == "once" || p.low == "twice" || p.low == "times" || p.low == "percent" || p.low == "%" || p.low == "million" || p.low == "billion" || p.low == "thousand" || p.low == "dollars" {
			return match{end: k, typ: Set, lit: "P1" + strings.TrimPrefix(durationValue(1, u), "P1"), anchored: true}, true
		}
	}
	dir := 0
	switch s.low(k) {
	case "ago":
		dir = -1
		k++
	case "earlier":
		dir = -2
		k++
	case "later", "afterward", "afterwards", "hence":
		dir = 2
		k++
	case "from":
		if s.low(k+1) == "now" {
			dir = 1
			k += 2
		}
	}
	if dir == 0 {
		if (u == uHour || u == uMinute || u == uSecond) && n == 1 && (s.low(i) == "a" || s.low(i) == "an") && s.low(i-1) == "half" {
			return match{}, false
		}
		return match{end: k, typ: Duration, lit: durationValue(n, u), anchored: true}, true
	}
	if n < 0 {
		if dir < 0 {
			return match{end: k, typ: Date, lit: "PAST_REF", anchored: true}, true
		}
		return match{end: k, typ: Date, lit: "FUTURE_REF", anchored: true}, true
	}
	g := unitGran(u)
	if u == uDecade || u == uCentury {
		g = gYear
	}
	var base tval
	switch {
	case dir == -1 || dir == 1:
		if !s.hasDCT {
			return match{end: k, typ: Date, v: tval{g: g}}, true
		}
		base = s.dctVal
		// "a year ago" in a text about a quarter is that quarter a year before.
		if s.hasRef && s.ref.g == gQuarter && u == uYear && s.ref.y == s.dct.Year() {
			base, g = s.ref, gQuarter
		}
	default:
		var ok bool
		base, ok = s.anchorRef(dir < 0)
		if !ok {
			return match{end: k, typ: Date, v: tval{g: g}}, true
		}
		if (base.g == gQuarter || base.g == gMonth || base.g == gHalf || base.g == gSeason) && u == uYear {
			g = base.g
		}
	}
	sign := 1
	if dir < 0 {
		sign = -1
	}
	if g == gHour {
		if base.g < gHour {
			return match{end: k, typ: Time, v: tval{g: gHour}}, true
		}
	}
	v := base.shift(u, sign*n)
	v.g = g
	// "Today, 80 years later": a "later" that lands after the DCT outside
	// future talk counts from a time the text did not name.
	if dir == 2 && s.hasDCT && s.tense(i, k) <= 0 {
		if t, ok := v.date(); ok && t.After(s.dct) {
			return match{end: k, typ: Date, v: tval{g: g}}, true
		}
	}
	if g == gHour {
		return match{end: k, typ: Time, v: v, anchored: true}, true
	}
	return match{end: k, typ: Date, v: v, anchored: true}, true
}

// quarter: "the third quarter", "third-quarter", "the fourth quarter of
// 1989", "Q3 2024", "the first half", "the year-ago quarter", "year-earlier".
func (s *scanner) quarter(i int) (match, bool) {
	j := i
	if s.low(j) == "the" {
		j++
	}
	if s.low(j) == "fiscal" {
		j++
	}
	w := s.low(j)
	// year-ago / year-earlier
	if w == "year" && s.low(j+1) == "-" && (s.low(j+2) == "ago" || s.low(j+2) == "earlier") {
		k := j + 3
		if s.low(k) == "quarter" || s.low(k) == "period" {
			k++
		} else if o, ok := ordinals[s.low(k)]; ok && o >= 1 && o <= 4 && s.low(k+1) == "quarter" {
			k += 2
		}
		base, ok := s.ref, s.hasRef && (s.ref.g == gQuarter || s.ref.g == gHalf || s.ref.g == gMonth)
		if !ok {
			if !s.hasDCT {
				return match{end: k, typ: Date, v: tval{g: gYear}}, true
			}
			base = s.dctVal
			base.g = gYear
		}
		if base.g != gQuarter && (s.low(k-1) == "quarter" || s.low(k-1) == "period") {
			qm, ok := s.quarterRef(i, k, "the", 0, true)
			if ok {
				base = qm.v
			}
		}
		if base.g > gQuarter {
			base.g = gYear
		}
		v := base.shift(uYear, -1)
		return match{end: k, typ: Date, v: v, anchored: true}, true
	}
	var q int
	k := j
	if w == "q" && j+1 < len(s.toks) && s.adjacent(j+1) {
		n, ok := atoi(s.low(j + 1))
		if !ok || n < 1 || n > 4 {
			return match{}, false
		}
		q, k = n, j+2
		if y, k2, ok := s.yearNum(k); ok {
			return match{end: k2, typ: Date, v: tval{g: gQuarter, y: y, m: 3*q - 2}, anchored: true, explicit: true}, true
		}
	} else {
		o, k1, ok := s.dayNum(j)
		if !ok || o < 1 || o > 4 || (s.toks[j].kind == tNum && digitsPrefixRest(s.low(j)) == "") {
			return match{}, false
		}
		k = k1
		if s.low(k) == "-" {
			k++
		}
		if s.low(k) == "fiscal" {
			k++
		}
		switch s.low(k) {
		case "quarter":
			q = o
		case "half":
			if o > 2 {
				return match{}, false
			}
			q = 10 + o
		default:
			return match{}, false
		}
		k++
	}
	g, month := gQuarter, 3*q-2
	if q > 10 {
		g, month = gHalf, 6*(q-10)-5
	}
	// "of 1989", "of this year", "of next year", "1990"
	e := k
	if s.low(e) == "of" || s.low(e) == "," {
		e++
	}
	if s.low(e) == "fiscal" {
		e++
	}
	if y, e2, ok := s.yearNum(e); ok {
		return match{end: e2, typ: Date, v: tval{g: g, y: y, m: month}, anchored: true, explicit: true}, true
	}
	if d := s.low(e); (d == "this" || d == "last" || d == "next") && s.low(e+1) == "year" && (s.low(k) == "of" || true) {
		if !s.hasDCT {
			return match{end: e + 2, typ: Date, v: tval{g: g, m: month}}, true
		}
		y := s.dct.Year()
		if d == "last" {
			y--
		} else if d == "next" {
			y++
		}
		return match{end: e + 2, typ: Date, v: tval{g: g, y: y, m: month}, anchored: true, explicit: true}, true
	}
	if !s.hasDCT {
		return match{end: k, typ: Date, v: tval{g: g, m: month}}, true
	}
	y := s.dct.Year()
	if start := time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC); start.After(s.dct) && s.tense(i, k) <= 0 {
		y--
	}
	return match{end: k, typ: Date, v: tval{g: g, y: y, m: month}, anchored: true, explicit: true}, true
}

func digitsPrefixRest(s string) string {
	_, r := digitsPrefix(s)
	return r
}

// deictic: "today", "yesterday morning", "tonight", "now", "recently",
// "the day before yesterday".
func (s *scanner) deictic(i int) (match, bool) {
	w := s.low(i)
	if r, ok := refWords[w]; ok {
		if w == "now" && s.low(i+1) == "and" && s.low(i+2) == "then" || s.low(i-1) == "just" {
			return match{}, false
		}
		if w == "now" && (s.low(i+1) == "that" || s.low(i-1) == "until" || s.low(i-1) == "by" || s.low(i-1) == "from") {
			if s.low(i-1) != "until" && s.low(i-1) != "by" {
				return match{}, false
			}
		}
		return match{end: i + 1, typ: Date, lit: r, anchored: true}, true
	}
	switch w {
	case "these":
		if s.low(i+1) == "days" {
			return match{end: i + 2, typ: Date, lit: "PRESENT_REF", anchored: true}, true
		}
	case "right":
		if s.low(i+1) == "now" {
			return match{end: i + 2, typ: Date, lit: "PRESENT_REF", anchored: true}, true
		}
	case "recent":
		if s.low(i+1) == "years" || s.low(i+1) == "decades" {
			return match{end: i + 2, typ: Date, lit: "PAST_REF", anchored: true}, true
		}
	case "overnight":
		v := s.dctVal.shift(uDay, -1)
		v.g, v.pod = gPartOfDay, "NI"
		if s.tense(i, i+1) > 0 {
			v = s.dctVal
			v.g, v.pod = gPartOfDay, "NI"
		}
		return match{end: i + 1, typ: Time, v: v, anchored: s.hasDCT}, true
	case "tonight":
		v := s.dctVal
		v.g, v.pod = gPartOfDay, "NI"
		return match{end: i + 1, typ: Time, v: v, anchored: s.hasDCT}, true
	case "today", "yesterday", "tomorrow":
		k := map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[w]
		v := s.dctVal.shift(uDay, k)
		m := match{end: i + 1, typ: Date, v: v, anchored: s.hasDCT}
		if !s.hasDCT {
			m.v = tval{g: gDay}
		}
		return s.partOfDay(m), true
	}
	return match{}, false
}

// partOfDay extends a day expression with "morning", "night" and the like.
func (s *scanner) partOfDay(m match) match {
	if p, ok := partsOfDay[s.low(m.end)]; ok && m.v.g == gDay {
		m.typ, m.v.g, m.v.pod = Time, gPartOfDay, p
		m.end++
	}
	return m
}

// season: "summer 2024", "the spring of 1998", "in the fall".
func (s *scanner) season(i int) (match, bool) {
	j := i
	if s.low(j) == "the" {
		j++
	}
	code, ok := seasons[s.low(j)]
	if !ok {
		return match{}, false
	}
	k := j + 1
	e := k
	if s.low(e) == "of" {
		e++
	}
	if y, e2, ok := s.yearNum(e); ok {
		return match{end: e2, typ: Date, v: tval{g: gSeason, y: y, season: code}, anchored: true, explicit: true}, true
	}
	if s.low(k) == "of" || s.low(k) == "-" {
		return match{}, false
	}
	switch s.low(i - 1) {
	case "in", "during", "by", "since", "until", "over", "this", "early", "late", "mid", "through", "next", "last", "-":
	default:
		return match{}, false
	}
	if !s.hasDCT {
		return match{end: k, typ: Date, v: tval{g: gSeason, season: code}}, true
	}
	t := s.tense(i, k)
	dir := 0
	y := s.seasonYear(code, 0)
	if t < 0 && seasonStart[code] > int(s.dct.Month()) && code != "WI" {
		dir = -1
		y--
	}
	_ = dir
	return match{end: k, typ: Date, v: tval{g: gSeason, y: y, season: code}, anchored: true}, true
}

// holidayName reads a holiday name at j.
func (s *scanner) holidayName(j int) (struct {
	h   holiday
	end int
}, bool) {
	type res = struct {
		h   holiday
		end int
	}
	if j >= len(s.toks) || !s.toks[j].cap || !holidayFirst[s.low(j)] {
		return res{}, false
	}
	var b strings.Builder
	best, found := res{}, false
	for k := j; k < len(s.toks) && k < j+6; k++ {
		w := s.low(k)
		if w == "'" || w == "’" {
			if s.low(k+1) == "s" {
				b.WriteString("'s")
				k++
				continue
			}
			break
		}
		if s.toks[k].kind != tWord {
			break
		}
		if k > j {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if h, ok := holidays[b.String()]; ok {
			best, found = res{h, k + 1}, true
		}
	}
	return best, found
}

func (s *scanner) holiday(i int) (match, bool) {
	h, ok := s.holidayName(i)
	if !ok {
		return match{}, false
	}
	return s.holidayMatch(i, h, 0)
}

func (s *scanner) holidayMatch(i int, h struct {
	h   holiday
	end int
}, dir int) (match, bool) {
	at := func(y int) time.Time {
		if h.h.rule != nil {
			return h.h.rule(y)
		}
		return time.Date(y, time.Month(h.h.month), h.h.day, 0, 0, 0, 0, time.UTC)
	}
	k := h.end
	if y, k2, ok := s.yearNum(s.optComma(k)); ok {
		return match{end: k2, typ: Date, v: fromTime(at(y), gDay), anchored: true, explicit: true}, true
	}
	if !s.hasDCT {
		if h.h.rule != nil {
			return match{end: k, typ: Date, v: tval{g: gDay}}, true
		}
		return match{end: k, typ: Date, v: tval{g: gDay, m: h.h.month, d: h.h.day}}, true
	}
	if dir == 0 {
		dir = s.tense(i, k)
	}
	y := s.dct.Year()
	d := at(y)
	switch {
	case dir < 0 && d.After(s.dct):
		d = at(y - 1)
	case dir > 0 && d.Before(s.dct.Truncate(24*time.Hour)):
		d = at(y + 1)
	}
	return match{end: k, typ: Date, v: fromTime(d, gDay), anchored: true, explicit: true}, true
}

// set: "every week", "each Monday", "daily", "per year".
func (s *scanner) set(i int) (match, bool) {
	w := s.low(i)
	if v, ok := setAdverbs[w]; ok {
		return match{end: i + 1, typ: Set, lit: v, anchored: true}, true
	}
	if w != "every" && w != "each" && w != "per" {
		return match{}, false
	}
	j := i + 1
	if s.low(j) == "other" {
		j++
	}
	n := 1
	if w != "per" {
		if q, k, ok := s.amount(j); ok && s.low(j) != "a" && s.low(j) != "an" && q > 0 {
			n, j = q, k
		}
	}
	next := s.low(j)
	if u, ok := units[next]; ok {
		if s.low(i+1) == "other" {
			n = 2
		}
		return match{end: j + 1, typ: Set, lit: durationValue(n, u), anchored: true}, true
	}
	if w == "per" {
		return match{}, false
	}
	if wd, ok := weekdays[next]; ok && s.toks[j].cap {
		return match{end: j + 1, typ: Set, lit: "XXXX-WXX-" + itoa(isoWeekday(wd)), anchored: true}, true
	}
	if m, k, ok := s.month(j, false); ok {
		return match{end: k, typ: Set, lit: "XXXX-" + pad(m, 2), anchored: true}, true
	}
	if code, ok := seasons[next]; ok {
		return match{end: j + 1, typ: Set, lit: "XXXX-" + code, anchored: true}, true
	}
	if p, ok := partsOfDay[next]; ok {
		return match{end: j + 1, typ: Set, lit: "XXXX-XX-XXT" + p, anchored: true}, true
	}
	return match{}, false
}

// ---- clock times ----

// clock: "10:35 a.m.", "6 a.m. EST Tuesday", "noon", "midnight Friday",
// "4 in the morning", "1500 GMT".
func (s *scanner) clock(i int) (match, bool) {
	w := s.low(i)
	var hh, mm int
	j := i + 1
	switch w {
	case "noon", "midday":
		hh = 12
	case "midnight":
		hh = 24
	default:
		t := &s.toks[i]
		if t.kind != tNum {
			return match{}, false
		}
		ds, rest := digitsPrefix(t.low)
		hasColon := false
		if len(ds) < len(t.low) && t.low[len(ds)] == ':' {
			hasColon = true
			h, ok := atoi(ds)
			mins, rest2 := digitsPrefix(t.low[len(ds)+1:])
			m, ok2 := atoi(mins)
			if !ok || !ok2 || len(mins) != 2 || h > 24 || m > 59 {
				return match{}, false
			}
			hh, mm, rest = h, m, rest2
		} else {
			h, ok := atoi(ds)
			if !ok {
				return match{}, false
			}
			hh = h
		}
		ampm := ""
		switch rest {
		case "am", "pm":
			ampm = rest
		case "":
		default:
			return match{}, false
		}
		if ampm == "" {
			switch nw := s.low(j); nw {
			case "a.m.", "p.m.", "am", "pm":
				ampm = nw[:1] + "m"
				j++
			case "a", "p":
				if s.low(j+1) == "." && s.low(j+2) == "m" {
					ampm = nw + "m"
					j += 3
					j = s.optDot(j)
				}
			case "o'clock":
				j++
				ampm = "?"
			case "in":
				if s.low(j+1) == "the" {
					if p, ok := partsOfDay[s.low(j+2)]; ok {
						j += 3
						ampm = "am"
						if p != "MO" {
							ampm = "pm"
						}
					}
				}
			}
		}
		switch {
		case ampm == "am" || ampm == "pm" || ampm == "?":
			if hh < 1 || hh > 12 {
				return match{}, false
			}
			if ampm == "pm" && hh < 12 {
				hh += 12
			} else if ampm == "am" && hh == 12 {
				hh = 0
			}
		case hasColon:
			if !timeZones[s.low(j)] && s.low(j) != "hrs" && s.low(j) != "hours" && s.low(j) != "h" {
				// "10:35" alone: a time when in a plausible context.
				p := s.low(i - 1)
				if p != "at" && p != "by" && p != "until" && p != "from" && p != "to" && p != "about" && p != "around" {
					return match{}, false
				}
			}
		case len(ds) == 4 && timeZones[s.low(j)]:
			hh, mm = hh/100, hh%100
			if hh > 24 || mm > 59 {
				return match{}, false
			}
		default:
			return match{}, false
		}
	}
	if timeZones[s.low(j)] {
		j++
	} else if s.low(j) == "hrs" {
		j++
	}
	// The day it falls on.
	v := s.dctVal
	anchored := s.hasDCT
	k := s.optComma(j)
	if d, ok := s.dayAfterClock(k); ok {
		v, anchored, j = d.v, d.anchored, d.end
	} else if !s.hasDCT {
		v = tval{}
	}
	v.g, v.hh, v.mm = gMinute, hh, mm
	return match{end: j, typ: Time, v: v, anchored: anchored}, true
}

// dayAfterClock reads the day a clock time names: "today", "Tuesday",
// "Nov. 9", "tomorrow".
func (s *scanner) dayAfterClock(k int) (match, bool) {
	if k >= len(s.toks) {
		return match{}, false
	}
	if s.low(k) == "on" {
		k++
	}
	for _, f := range []func(int) (match, bool){s.deictic, s.weekday, s.monthDate, s.dayMonth} {
		if m, ok := f(k); ok && m.v.g == gDay && m.lit == "" {
			return m, true
		}
	}
	return match{}, false
}

// ---- numeric dates ----

// numericParts splits "10/23/1998", "2025-03-14" or "14.03.2025" into its
// three numbers and separator; ok is false for other shapes.
func numericParts(t string) (a, b, c int, la, lc int, sep byte, ok bool) {
	var parts [3]string
	n := 0
	start := 0
	for i := 0; i < len(t); i++ {
		if t[i] == '/' || t[i] == '-' || t[i] == '.' {
			if sep == 0 {
				sep = t[i]
			} else if t[i] != sep {
				return
			}
			if n >= 2 {
				return
			}
			parts[n] = t[start:i]
			n++
			start = i + 1
		} else if !isDigit(t[i]) {
			return
		}
	}
	if n != 2 {
		return
	}
	parts[2] = t[start:]
	var ok1, ok2, ok3 bool
	a, ok1 = atoi(parts[0])
	b, ok2 = atoi(parts[1])
	c, ok3 = atoi(parts[2])
	return a, b, c, len(parts[0]), len(parts[2]), sep, ok1 && ok2 && ok3
}

// numeric: "2025-03-14", "10/23/1998", "23/10/98", "14.03.2025".
func (s *scanner) numeric(i int) (match, bool) {
	a, b, c, la, lc, sep, ok := numericParts(s.toks[i].low)
	if !ok {
		return match{}, false
	}
	var y, m, d int
	switch {
	case la == 4 && (sep == '-' || sep == '/' || sep == '.'):
		y, m, d = a, b, c
	case lc == 4 || lc == 2:
		y = c
		if lc == 2 {
			y = 1900 + c
			limit := 30
			if s.hasDCT {
				limit = s.dct.Year()%100 + 1
			}
			if c <= limit {
				y = 2000 + c
			}
		}
		switch {
		case a > 12 && b <= 12:
			d, m = a, b
		case b > 12 && a <= 12:
			m, d = a, b
		case s.dayFirst:
			d, m = a, b
		default:
			m, d = a, b
		}
	default:
		return match{}, false
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) || y < 1000 || y > 2199 {
		return match{}, false
	}
	return match{end: i + 1, typ: Date, v: tval{g: gDay, y: y, m: m, d: d}, anchored: true, explicit: true}, true
}

// settleNumericOrder decides day-first or month-first for ambiguous numeric
// dates from the unambiguous ones in the same text; the option decides
// when the text does not.
func (s *scanner) settleNumericOrder() {
	dayFirst, monthFirst := 0, 0
	for i := range s.toks {
		if s.toks[i].kind != tNum || len(s.toks[i].low) < 6 {
			continue
		}
		a, b, _, la, lc, sep, ok := numericParts(s.toks[i].low)
		if !ok || la == 4 || (lc != 4 && lc != 2) || sep == '-' && lc == 2 {
			continue
		}
		switch {
		case a > 12 && a <= 31 && b <= 12:
			dayFirst++
		case b > 12 && b <= 31 && a <= 12:
			monthFirst++
		}
	}
	switch {
	case dayFirst > monthFirst:
		s.dayFirst = true
	case monthFirst > dayFirst:
		s.dayFirst = false
	}
}
