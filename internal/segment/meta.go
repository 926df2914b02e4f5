package segment

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthAlt = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDateRE     = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	numDateRE     = regexp.MustCompile(`(\d{1,2})([-./])(\d{1,2})([-./])(\d{4}|\d{2})\b`)
	monthFirstRE  = regexp.MustCompile(`(?i)\b(` + monthAlt + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b,?(?:\s+(\d{4})\b)?`)
	dayFirstRE    = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthAlt + `)\b,?(?:\s+(\d{4})\b)?`)
	weekdayRE     = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	datelineRE    = regexp.MustCompile(`^([A-Z][\p{L}\d .,'-]{0,40}?)?\s*\(([A-Z][\p{L}&.' -]{1,30})\)\s*[-–—]+\s*`)
	footerCreditR = regexp.MustCompile(`\(([A-Z][\p{L}&.' -]{1,30})\)\s*$`)
	bylineRE      = regexp.MustCompile(`^(?:[Bb]y|BY)\s+((?:[A-Z][\p{L}'.-]+\s?){1,4}?)(?:\s*(?:,|\||and|in)\s.*)?$`)
	footerRE      = regexp.MustCompile(`(?i)^(additional reporting|additional research|reporting by|editing by|written by|compiled by|with reporting)\b`)
)

// capsDatelineRE is a dateline without an agency: "WASHINGTON -- ".
var capsDatelineRE = regexp.MustCompile(`^[A-Z][A-Z .,'-]{1,40}?\s*(?:--|—|–)\s*`)

// DatelineEnd returns the length in bytes of the dateline that opens
// paragraph p ("KYIV (Reuters) - ", "June 22 (Reuters) - ", "WASHINGTON --
// "), or 0 when it opens with none. Later stages use it to leave the
// dateline out of what the paragraph's first sentence says.
func DatelineEnd(p string) int {
	if m := datelineRE.FindStringIndex(p); m != nil {
		return m[1]
	}
	if m := capsDatelineRE.FindStringIndex(p); m != nil {
		return m[1]
	}
	return 0
}

// parsedDate is a date found in text, with whether its reading was ambiguous
// (day and month both ≤ 12) and the alternative reading.
type parsedDate struct {
	t, alt   time.Time
	hasYear  bool
	start    int // byte offset of the match in the string searched
	end      int
	monthNum bool // written with a numeric month
}

func mkDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// findDate returns the first date written in s. Numeric dates are read
// day-first unless only the month-first reading is valid; the caller can
// resolve ambiguous ones with resolveDate.
func findDate(s string) (parsedDate, bool) {
	best := parsedDate{start: -1}
	try := func(p parsedDate) {
		if best.start < 0 || p.start < best.start {
			best = p
		}
	}
	if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		d, _ := strconv.Atoi(s[m[6]:m[7]])
		if t, ok := mkDate(y, time.Month(mo), d); ok {
			try(parsedDate{t: t, hasYear: true, start: m[0], end: m[1], monthNum: true})
		}
	}
	if m := numDateRE.FindStringSubmatchIndex(s); m != nil && s[m[4]:m[5]] == s[m[8]:m[9]] {
		a, _ := strconv.Atoi(s[m[2]:m[3]])
		b, _ := strconv.Atoi(s[m[6]:m[7]])
		y, _ := strconv.Atoi(s[m[10]:m[11]])
		if y < 100 {
			y += 2000
		}
		dayFirst, ok1 := mkDate(y, time.Month(b), a)
		monthFirst, ok2 := mkDate(y, time.Month(a), b)
		p := parsedDate{hasYear: true, start: m[0], end: m[1], monthNum: true}
		switch {
		case ok1 && ok2:
			p.t, p.alt = dayFirst, monthFirst
			if a == b {
				p.alt = time.Time{}
			}
		case ok1:
			p.t = dayFirst
		case ok2:
			p.t = monthFirst
		}
		if ok1 || ok2 {
			try(p)
		}
	}
	for i, re := range []*regexp.Regexp{monthFirstRE, dayFirstRE} {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		monthG, dayG := 2, 4
		if i == 1 {
			monthG, dayG = 4, 2
		}
		word := strings.ToLower(strings.TrimSuffix(s[m[monthG]:m[monthG+1]], "."))
		d, _ := strconv.Atoi(s[m[dayG]:m[dayG+1]])
		y, hasYear := 2000, false
		if m[6] >= 0 {
			y, _ = strconv.Atoi(s[m[6]:m[7]])
			hasYear = true
		}
		if t, ok := mkDate(y, months[word], d); ok {
			try(parsedDate{t: t, hasYear: hasYear, start: m[0], end: m[1]})
		}
	}
	return best, best.start >= 0
}

// resolveDate picks between the two readings of an ambiguous numeric date:
// the one whose weekday the context names ("on Thursday"), else the one
// agreeing with the convention of unambiguous numeric dates elsewhere
// (preferDayFirst), else day-first.
func resolveDate(p parsedDate, context string, preferDayFirst *bool) time.Time {
	if p.alt.IsZero() {
		return p.t
	}
	days := map[time.Weekday]bool{}
	for _, w := range weekdayRE.FindAllString(context, -1) {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if strings.EqualFold(d.String(), w) {
				days[d] = true
			}
		}
	}
	a, b := days[p.t.Weekday()], days[p.alt.Weekday()]
	switch {
	case a && !b:
		return p.t
	case b && !a:
		return p.alt
	case preferDayFirst != nil && !*preferDayFirst:
		return p.alt
	}
	return p.t
}

// outletName cleans a candidate outlet name: a short run of capitalised
// words with no sentence punctuation, or "" when s is not one.
func outletName(s string) string {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "•·|-–—:,()[]"))
	if s == "" || len(s) > 40 {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return ""
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)
		if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
			caps++
		}
		if strings.ContainsAny(w, ".!?;") && !strings.HasSuffix(w, ".com") && !strings.HasSuffix(w, ".") {
			return ""
		}
	}
	if caps == 0 || caps < len(words)-1 {
		return ""
	}
	hasLower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
		}
	}
	if !hasLower && len(s) < 3 {
		return ""
	}
	return s
}
