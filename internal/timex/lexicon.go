package timex

import (
	"strings"
	"time"
)

// months maps month names and abbreviations to 1..12. "may" and "march" are
// also ordinary words; the scanner asks for more evidence before taking them.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays maps weekday names and abbreviations.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday, "tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday, "sunday": time.Sunday, "sun": time.Sunday,
}

// unit is a calendar unit of durations and relative expressions.
type unit uint8

const (
	uNone unit = iota
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uSecond
)

var units = map[string]unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"weekend": uWeekend, "weekends": uWeekend,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury, "yr": uYear, "yrs": uYear, "hrs": uHour, "mins": uMinute,
}

// durationCode is the TIMEX3 duration designator of a unit.
func (u unit) durationCode() (prefix string, code string, mult int) {
	switch u {
	case uSecond:
		return "PT", "S", 1
	case uMinute:
		return "PT", "M", 1
	case uHour:
		return "PT", "H", 1
	case uDay:
		return "P", "D", 1
	case uWeek:
		return "P", "W", 1
	case uWeekend:
		return "P", "WE", 1
	case uMonth:
		return "P", "M", 1
	case uQuarter:
		return "P", "Q", 1
	case uYear:
		return "P", "Y", 1
	case uDecade:
		return "P", "DE", 1
	case uCentury:
		return "P", "CE", 1
	}
	return "P", "X", 1
}

// numberWords are cardinal numbers written out.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
	"a couple of": 2, "dozen": 12,
}

// ordinals maps ordinal words and numbers to their value.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"twenty-first": 21, "thirtieth": 30, "last": -1,
}

// seasons maps season names to TIMEX3 season codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// seasonStart is the month each season starts in (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// partsOfDay maps parts of the day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// timeZones may follow a clock time.
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "cet": true, "cest": true, "bst": true, "ist": true, "jst": true, "msk": true,
	"et": true, "pt": true, "ct": true, "z": true,
}

// refWords are single words that refer to the present, past or future.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
}

// setAdverbs are adverbs of frequency.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M",
}

// holiday is a named day: a fixed date or a rule.
type holiday struct {
	month, day int
	rule       func(year int) time.Time
}

func nthWeekday(year int, month time.Month, wd time.Weekday, n int) time.Time {
	t := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

func lastWeekday(year int, month time.Month, wd time.Weekday) time.Time {
	t := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// easter returns Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// holidays are keyed by their lower-case words joined by spaces; the
// scanner tries the longest name first.
var holidays = map[string]holiday{
	"christmas":              {month: 12, day: 25},
	"christmas day":          {month: 12, day: 25},
	"christmas eve":          {month: 12, day: 24},
	"new year's day":         {month: 1, day: 1},
	"new year's eve":         {month: 12, day: 31},
	"boxing day":             {month: 12, day: 26},
	"halloween":              {month: 10, day: 31},
	"valentine's day":        {month: 2, day: 14},
	"independence day":       {month: 7, day: 4},
	"veterans day":           {month: 11, day: 11},
	"thanksgiving":           {rule: func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4) }},
	"thanksgiving day":       {rule: func(y int) time.Time { return nthWeekday(y, time.November, time.Thursday, 4) }},
	"labor day":              {rule: func(y int) time.Time { return nthWeekday(y, time.September, time.Monday, 1) }},
	"memorial day":           {rule: func(y int) time.Time { return lastWeekday(y, time.May, time.Monday) }},
	"election day":           {rule: func(y int) time.Time { return nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1) }},
	"easter":                 {rule: easter},
	"easter sunday":          {rule: easter},
	"easter monday":          {rule: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	"good friday":            {rule: func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	"martin luther king day": {rule: func(y int) time.Time { return nthWeekday(y, time.January, time.Monday, 3) }},
}

// holidayFirst holds the first word of every holiday name.
var holidayFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range holidays {
		w, _, _ := strings.Cut(k, " ")
		m[w] = true
	}
	return m
}()

// Tense cues, used to decide which Tuesday "Tuesday" is.
var futureCues = map[string]bool{
	"will": true, "shall": true, "next": true, "upcoming": true, "tomorrow": true, "would": true,
	"soon": true, "slated": true, "scheduled": true, "payable": true, "effective": true, "deadline": true,
	"expires": true, "expire": true,
}

// futureToCues signal the future when "to" follows: "plans to", "is set to".
var futureToCues = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "set": true, "scheduled": true, "expected": true,
	"expects": true, "due": true, "going": true, "intends": true, "aims": true, "hopes": true, "is": true, "are": true,
	"was": true, "were": true, "likely": true, "ready": true, "prepared": true, "agreed": true,
	"supposed": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true, "announced": true,
	"last": true, "ago": true, "earlier": true, "yesterday": true, "reported": true, "came": true,
	"went": true, "began": true, "took": true, "made": true, "met": true, "held": true, "left": true,
	"killed": true, "died": true, "won": true, "lost": true, "fell": true, "rose": true, "gave": true,
	"saw": true, "sent": true, "found": true, "got": true, "led": true, "spoke": true, "wrote": true,
	"struck": true, "hit": false, "been": true, "fled": true, "caught": true, "brought": true, "became": true,
}

var presentCues = map[string]bool{
	"says": true, "is": true, "are": true, "am": true, "today": true, "this": false,
}

// notPastEd are -ed words that are not past-tense verbs.
var notPastEd = map[string]bool{
	"need": true, "indeed": true, "speed": true, "seed": true, "feed": true, "red": true, "bed": true,
	"united": true, "limited": true, "shed": true, "creed": true, "weed": true, "greed": true, "breed": true,
	"scheduled": true, "planned": true, "expected": true, "proposed": true, "supposed": true, "hundred": true,
	"embed": true, "med": true, "ted": true, "fred": true, "ned": true, "ed": true, "reed": true, "sled": true,
	"wed": true, "led": true, "fled": true,
}
