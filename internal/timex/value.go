package timex

import (
	"strconv"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// gran is the granularity of a calendar value.
type gran uint8

const (
	gNone gran = iota
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gWeekend
	gDay
	gPartOfDay
	gHour
	gMinute
)

// tval is a calendar value being built. Zero year, month or day mean
// "unknown" and print as X placeholders.
type tval struct {
	g       gran
	y, m, d int
	season  string // SP, SU, FA, WI
	pod     string // MO, AF, EV, NI
	hh, mm  int
	wd      int // ISO weekday 1..7 when only the weekday is known
}

// fromTime returns the value of t at granularity g.
func fromTime(t time.Time, g gran) tval {
	return tval{g: g, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// date returns the value's first day as a time; ok is false when the year,
// month or day it needs is unknown.
func (v tval) date() (time.Time, bool) {
	if v.y == 0 {
		return time.Time{}, false
	}
	m, d := v.m, v.d
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return time.Date(v.y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// String formats the value as a TIMEX3 value.
func (v tval) String() string {
	year := "XXXX"
	if v.y != 0 {
		year = pad(v.y, 4)
	}
	month := "XX"
	if v.m != 0 {
		month = pad(v.m, 2)
	}
	day := "XX"
	if v.d != 0 {
		day = pad(v.d, 2)
	}
	switch v.g {
	case gCentury:
		if v.y == 0 {
			return "XX"
		}
		return pad(v.y/100, 2)
	case gDecade:
		if v.y == 0 {
			return "XXX"
		}
		return pad(v.y/10, 3) + "X"
	case gYear:
		return year
	case gHalf:
		if v.m == 0 {
			return year + "-HX"
		}
		return year + "-H" + strconv.Itoa((v.m-1)/6+1)
	case gSeason:
		return year + "-" + v.season
	case gQuarter:
		if v.m == 0 {
			return year + "-QX"
		}
		return year + "-Q" + strconv.Itoa((v.m-1)/3+1)
	case gMonth:
		return year + "-" + month
	case gWeek, gWeekend:
		s := year + "-WXX"
		if t, ok := v.date(); ok && v.m != 0 && v.d != 0 {
			y, w := t.ISOWeek()
			s = pad(y, 4) + "-W" + pad(w, 2)
		}
		if v.g == gWeekend {
			s += "-WE"
		}
		return s
	case gDay, gPartOfDay, gHour, gMinute:
		var s string
		if v.wd != 0 && (v.y == 0 || v.d == 0) {
			s = year + "-WXX-" + strconv.Itoa(v.wd)
		} else {
			s = year + "-" + month + "-" + day
		}
		switch v.g {
		case gPartOfDay:
			s += "T" + v.pod
		case gHour:
			s += "T" + pad(v.hh, 2)
		case gMinute:
			s += "T" + pad(v.hh, 2) + ":" + pad(v.mm, 2)
		}
		return s
	}
	return year
}

// known reports whether the value has no placeholder.
func (v tval) known() bool {
	switch v.g {
	case gCentury, gDecade, gYear:
		return v.y != 0
	case gHalf, gQuarter, gMonth:
		return v.y != 0 && v.m != 0
	case gSeason:
		return v.y != 0
	}
	return v.y != 0 && v.m != 0 && v.d != 0
}

// shift moves a value k units of u, keeping its granularity.
func (v tval) shift(u unit, k int) tval {
	t, ok := v.date()
	if !ok {
		return v
	}
	switch u {
	case uDay:
		t = t.AddDate(0, 0, k)
	case uWeek, uWeekend:
		t = t.AddDate(0, 0, 7*k)
	case uMonth:
		t = time.Date(t.Year(), t.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
	case uQuarter:
		t = time.Date(t.Year(), t.Month()+time.Month(3*k), 1, 0, 0, 0, 0, time.UTC)
	case uYear:
		t = time.Date(t.Year()+k, t.Month(), min(t.Day(), 28), 0, 0, 0, 0, time.UTC)
		if v.d != 0 {
			t = time.Date(v.y+k, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC)
		}
	case uDecade:
		t = t.AddDate(10*k, 0, 0)
	case uCentury:
		t = t.AddDate(100*k, 0, 0)
	case uHour:
		t = t.Add(time.Duration(k) * time.Hour)
	default:
		return v
	}
	w := fromTime(t, v.g)
	w.season, w.pod, w.hh, w.mm = v.season, v.pod, v.hh, v.mm
	if v.m == 0 && v.g <= gYear {
		w.m, w.d = 0, 0
	}
	return w
}

// unitGran is the granularity a relative expression in unit u has.
func unitGran(u unit) gran {
	switch u {
	case uDay:
		return gDay
	case uWeek:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uHour, uMinute, uSecond:
		return gHour
	}
	return gNone
}

// DateOf turns a TIMEX3 value into an ISO date and its precision for dating
// events: "2025-03-14" -> ("2025-03-14", "day"); "2025-03" -> month;
// "2025" -> year; "2025-W12" -> (its Monday, "week"); "2025-Q1" ->
// ("2025-01-01", "quarter"); "2025-SU" -> (first day, "season"); "199X" ->
// ("1990", "decade"); times give their day. ok is false for durations,
// PRESENT_REF and friends, and values with placeholders.
func DateOf(value string) (date, precision string, ok bool) {
	n := len(value)
	if n < 2 {
		return "", "", false
	}
	for i := 0; i < n; i++ {
		if value[i] == 'X' && !(n == 4 && i == 3) {
			return "", "", false
		}
	}
	if value[0] == 'P' {
		return "", "", false
	}
	if n == 2 {
		if c, ok := atoi(value); ok {
			return pad(c*100, 4), "century", true
		}
		return "", "", false
	}
	if n == 4 && value[3] == 'X' {
		if d, ok := atoi(value[:3]); ok {
			return pad(d*10, 4), "decade", true
		}
		return "", "", false
	}
	y, ok := atoi(value[:min(4, n)])
	if !ok || n < 4 {
		return "", "", false
	}
	if n == 4 {
		return value, "year", true
	}
	if value[4] != '-' || n < 7 {
		return "", "", false
	}
	rest := value[5:]
	if rest[:2] == "WI" {
		return pad(y, 4) + "-12-01", "season", true
	}
	switch rest[0] {
	case 'W':
		w, ok := atoi(rest[1:min(3, len(rest))])
		if !ok || w < 1 || w > 53 {
			return "", "", false
		}
		// Monday of ISO week w: week 1 holds January 4th.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return mon.Format("2006-01-02"), "week", true
	case 'Q':
		q, ok := atoi(rest[1:2])
		if !ok || q < 1 || q > 4 {
			return "", "", false
		}
		return pad(y, 4) + "-" + pad(3*q-2, 2) + "-01", "quarter", true
	case 'H':
		h, ok := atoi(rest[1:2])
		if !ok || h < 1 || h > 2 {
			return "", "", false
		}
		return pad(y, 4) + "-" + pad(6*h-5, 2) + "-01", "half", true
	case 'S', 'F':
		if m, ok := seasonStart[rest[:2]]; ok {
			return pad(y, 4) + "-" + pad(m, 2) + "-01", "season", true
		}
		return "", "", false
	}
	if _, ok := atoi(rest[:2]); !ok {
		if rest[:2] == "WI" {
			return pad(y, 4) + "-12-01", "season", true
		}
		return "", "", false
	}
	if len(rest) == 2 {
		return value, "month", true
	}
	if len(rest) >= 5 && rest[2] == '-' {
		if _, ok := atoi(rest[3:5]); ok {
			return value[:10], "day", true
		}
	}
	return "", "", false
}

// EventDate dates an event whose trigger is at byte offset trigger of an
// article's text: the DATE or TIME expression inside the event's sentence
// (span sentence) nearest to the trigger, else the publication date at
// "week" precision (news reports what happened in the days before it), else
// nothing. timexes are the article's expressions (Article.Timexes).
func EventDate(timexes []doc.Timex, sentence doc.Span, trigger int, published time.Time) (date, precision string) {
	best, bestDist := -1, 1<<62
	for k, x := range timexes {
		if x.Type != Date && x.Type != Time || x.Span.Start < sentence.Start || x.Span.End > sentence.End {
			continue
		}
		if _, _, ok := DateOf(x.Value); !ok {
			continue
		}
		d := x.Span.Start - trigger
		if d < 0 {
			d = trigger - x.Span.End
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		date, precision, _ = DateOf(timexes[best].Value)
		return date, precision
	}
	if !published.IsZero() {
		return published.Format("2006-01-02"), "week"
	}
	return "", ""
}
