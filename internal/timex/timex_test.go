package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

var dct = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC) // a Friday, ISO week 11

// find returns the expression whose text is want, or ok false.
func find(xs []doc.Timex, want string) (doc.Timex, bool) {
	for _, x := range xs {
		if x.Text == want {
			return x, true
		}
	}
	return doc.Timex{}, false
}

func TestTag(t *testing.T) {
	tests := []struct {
		text, expr, typ, value string
		dct                    time.Time
	}{
		// Weekdays by tense.
		{"The minister said on Tuesday that talks had failed.", "Tuesday", Date, "2025-03-11", dct},
		{"The ministers will meet on Tuesday in Geneva.", "Tuesday", Date, "2025-03-18", dct},
		{"The ministers met on Tuesday, and the two sides agreed to expand trade.", "Tuesday", Date, "2025-03-11", dct},
		{"Talks are set to resume Monday in Belfast.", "Monday", Date, "2025-03-17", dct},
		{"Police said Friday that two men were held.", "Friday", Date, "2025-03-14", dct},
		{"He arrived last Friday.", "last Friday", Date, "2025-03-07", dct},
		{"The vote is next Wednesday.", "next Wednesday", Date, "2025-03-19", dct},
		{"Rebels attacked the town on Sunday night.", "Sunday night", Time, "2025-03-09TNI", dct},
		{"The New York Times said in an editorial on Monday, Oct. 26:", "Monday, Oct. 26", Date, "2024-10-26", dct},
		// Months and days.
		{"Prices rose last February.", "last February", Date, "2025-02", dct},
		{"The strike began in early March.", "early March", Date, "2025-03", dct},
		{"The summit was held on Dec. 28-29.", "Dec. 28", Date, "2024-12-28", dct},
		{"The summit was held on Dec. 28-29.", "29", Date, "2024-12-29", dct},
		{"The summit is planned for Dec. 28-29.", "Dec. 28", Date, "2025-12-28", dct},
		{"Officials postponed the vote until Tuesday morning.", "Tuesday morning", Time, "2025-03-18TMO", dct},
		{"He will leave at 4 a.m. Thursday, Castro said.", "4 a.m. Thursday", Time, "2025-03-20T04:00", dct},
		{"Bombs exploded next to the embassy on Thursday.", "Thursday", Date, "2025-03-13", dct},
		{"Experts met in the week of March 3.", "the week of March 3", Date, "2025-W10", dct},
		{"He was born on March 5, 1946, in Ohio.", "March 5, 1946", Date, "1946-03-05", dct},
		{"The deal was signed on 23 October 2019.", "23 October 2019", Date, "2019-10-23", dct},
		{"Sales in July 1997 were weak.", "July 1997", Date, "1997-07", dct},
		{"Elections will be held in November.", "November", Date, "2025-11", dct},
		{"Protests erupted in November, police said.", "November", Date, "2024-11", dct},
		{"The 25th of December is a holiday.", "The 25th of December", Date, "2024-12-25", dct},
		// Years, decades, seasons, quarters.
		{"Since the 2014 annexation, relations have soured.", "2014", Date, "2014", dct},
		{"Growth slowed in mid-2024.", "mid-2024", Date, "2024", dct},
		{"The policy dates from the 1990s.", "the 1990s", Date, "199X", dct},
		{"Music of the '80s is back.", "the '80s", Date, "198X", dct},
		{"The plant opens in summer 2026.", "summer 2026", Date, "2026-SU", dct},
		{"Output fell last summer.", "last summer", Date, "2024-SU", dct},
		{"Profit rose in the third quarter.", "the third quarter", Date, "2024-Q3", dct},
		{"Third-quarter profit rose.", "Third-quarter", Date, "2024-Q3", dct},
		{"Revenue in Q1 2025 fell.", "Q1 2025", Date, "2025-Q1", dct},
		{"Profit doubled in the first half of 2024.", "the first half of 2024", Date, "2024-H1", dct},
		{"It happened in nineteen ninety-six.", "nineteen ninety-six", Date, "1996", dct},
		{"By the year two thousand, it had doubled.", "the year two thousand", Date, "2000", dct},
		{"Sales for the fiscal year rose.", "the fiscal year", Date, "2025", dct},
		{"Fiscal 1989 results are due.", "Fiscal 1989", Date, "1989", dct},
		{"He was crowned in the 20th century.", "20th", Date, "", dct},
		// Relative to the DCT.
		{"Three years ago the war began.", "Three years ago", Date, "2022", dct},
		{"The rebels took the town two weeks ago.", "two weeks ago", Date, "2025-W09", dct},
		{"Talks resume next week.", "next week", Date, "2025-W12", dct},
		{"Inflation fell this year.", "this year", Date, "2025", dct},
		{"Inflation fell last year.", "last year", Date, "2024", dct},
		{"Turnout fell last month.", "last month", Date, "2025-02", dct},
		{"The talks ended yesterday.", "yesterday", Date, "2025-03-13", dct},
		{"The talks resume tomorrow morning.", "tomorrow morning", Time, "2025-03-15TMO", dct},
		{"Shelling continued last night.", "last night", Time, "2025-03-13TNI", dct},
		{"He will speak tonight.", "tonight", Time, "2025-03-14TNI", dct},
		{"Earlier this month the army withdrew.", "Earlier this month", Date, "2025-03", dct},
		{"The court will rule six months from now.", "six months from now", Date, "2025-09", dct},
		{"The ceasefire was signed last weekend.", "last weekend", Date, "2025-W10-WE", dct},
		// Reference time: the last explicit date.
		{"The war ended in 1945. Eighty years later, the scars remain.", "Eighty years later", Date, "2025", dct},
		{"The war ended in 1945. 80 years later, the scars remain.", "80 years later", Date, "2025", dct},
		{"Today, 80 years later, hegemony is harmful.", "80 years later", Date, "XXXX", dct},
		{"The accord was signed on 9 May.", "9 May", Date, "2024-05-09", dct},
		{"On March 3 the rebels advanced. Two days later they retreated.", "Two days later", Date, "2025-03-05", dct},
		{"Profit rose in the third quarter from $3 million a year earlier.", "a year earlier", Date, "2023-Q3", dct},
		// Present, past, future references.
		{"The country is now at war.", "now", Date, "PRESENT_REF", dct},
		{"Prices have recently risen.", "recently", Date, "PAST_REF", dct},
		{"Nobody knows what the future holds.", "the future", Date, "FUTURE_REF", dct},
		{"In recent years, trade has grown.", "recent years", Date, "PAST_REF", dct},
		// Durations and sets.
		{"The siege lasted three years.", "three years", Duration, "P3Y", dct},
		{"The flight takes 2 hours.", "2 hours", Duration, "PT2H", dct},
		{"Violence has grown over the past decade.", "the past decade", Duration, "P10Y", dct},
		{"He signed a two-year contract.", "two-year", Duration, "P2Y", dct},
		{"Exports have fallen for the past two months.", "the past two months", Duration, "P2M", dct},
		{"The council meets every week.", "every week", Set, "P1W", dct},
		{"The paper is published daily.", "daily", Set, "P1D", dct},
		{"The market opens each Monday.", "each Monday", Set, "XXXX-WXX-1", dct},
		{"It costs $5 a year.", "a year", Set, "P1Y", dct},
		// Clock times.
		{"The blast occurred at 10:35 a.m. Friday.", "10:35 a.m. Friday", Time, "2025-03-14T10:35", dct},
		{"Polls close at 8 p.m. EST.", "8 p.m. EST", Time, "2025-03-14T20:00", dct},
		{"The curfew starts at midnight.", "midnight", Time, "2025-03-14T24:00", dct},
		{"He woke at 4 in the morning.", "4 in the morning", Time, "2025-03-14T04:00", dct},
		// Numeric dates.
		{"Filed on 2025-03-01.", "2025-03-01", Date, "2025-03-01", dct},
		{"Filed on 03/04/2025.", "03/04/2025", Date, "2025-03-04", dct},
		{"Filed on 25/12/2024.", "25/12/2024", Date, "2024-12-25", dct},
		{"Filed on 25/12/2024 and again on 03/04/2025.", "03/04/2025", Date, "2025-04-03", dct},
		{"Filed on 12/25/2024 and again on 03/04/2025.", "03/04/2025", Date, "2025-03-04", dct},
		// Holidays.
		{"The shops closed on Christmas Day.", "Christmas Day", Date, "2024-12-25", dct},
		{"Protesters gathered on Thanksgiving 2023.", "Thanksgiving 2023", Date, "2023-11-23", dct},
		// Unknown DCT: relative expressions stay unanchored, absolute ones resolve.
		{"Inflation fell last year.", "last year", Date, "XXXX", time.Time{}},
		{"The talks ended yesterday.", "yesterday", Date, "XXXX-XX-XX", time.Time{}},
		{"The minister said on Tuesday that talks failed.", "Tuesday", Date, "XXXX-WXX-2", time.Time{}},
		{"Talks resume next week.", "next week", Date, "XXXX-WXX", time.Time{}},
		{"He was born on March 5, 1946.", "March 5, 1946", Date, "1946-03-05", time.Time{}},
		{"The strike began on Oct. 23.", "Oct. 23", Date, "XXXX-10-23", time.Time{}},
		{"The war ended in 1945.", "1945", Date, "1945", time.Time{}},
		{"The flight takes 2 hours.", "2 hours", Duration, "PT2H", time.Time{}},
		{"Three years ago the war began.", "Three years ago", Date, "XXXX", time.Time{}},
	}
	tagger := New()
	for _, tc := range tests {
		xs := tagger.Tag(tc.text, tc.dct)
		x, ok := find(xs, tc.expr)
		if tc.value == "" {
			if ok {
				t.Errorf("%q: %q should not be an expression, got %+v", tc.text, tc.expr, x)
			}
			continue
		}
		if !ok {
			t.Errorf("%q (dct %s): %q not found; got %+v", tc.text, tc.dct.Format("2006-01-02"), tc.expr, xs)
			continue
		}
		if x.Type != tc.typ || x.Value != tc.value {
			t.Errorf("%q (dct %s): %q = %s %s, want %s %s", tc.text, tc.dct.Format("2006-01-02"), tc.expr, x.Type, x.Value, tc.typ, tc.value)
		}
		if x.Span.Of(tc.text) != x.Text {
			t.Errorf("%q: span %v does not cover %q", tc.text, x.Span, x.Text)
		}
		relative := strings.Contains(x.Value, "X")
		if tc.dct.IsZero() && relative && x.Anchored {
			t.Errorf("%q: %q anchored without a DCT", tc.text, tc.expr)
		}
		if !tc.dct.IsZero() && !relative && !x.Anchored {
			t.Errorf("%q: %q not anchored though the DCT is known", tc.text, tc.expr)
		}
	}
}

func TestNotExpressions(t *testing.T) {
	tests := []string{
		"They may come back.",
		"Some 2000 people marched to the square.",
		"The march began at the square.",
		"He sat down and wed his sweetheart.",
		"Revenue was $1999 million.",
		"The ratio is 1/2.",
		"The fall of the Berlin Wall changed Europe.",
		"She will march on.",
		"Prices rose now and then.",
	}
	tagger := New()
	for _, text := range tests {
		if xs := tagger.Tag(text, dct); len(xs) != 0 {
			t.Errorf("%q: want no expression, got %+v", text, xs)
		}
	}
}

func TestDayFirstOption(t *testing.T) {
	text := "Filed on 03/04/2025."
	for _, tc := range []struct {
		opt  Option
		want string
	}{{DayFirst(false), "2025-03-04"}, {DayFirst(true), "2025-04-03"}} {
		xs := New(tc.opt).Tag(text, dct)
		if len(xs) != 1 || xs[0].Value != tc.want {
			t.Errorf("%+v: want %s", xs, tc.want)
		}
	}
}

func TestAnnotate(t *testing.T) {
	a := &doc.Article{Text: "Talks resume next week, officials said on Tuesday.", Published: dct}
	New().Annotate(a)
	if len(a.Timexes) != 2 || a.Timexes[0].Value != "2025-W12" || a.Timexes[1].Value != "2025-03-11" {
		t.Errorf("got %+v", a.Timexes)
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct{ value, date, precision string }{
		{"2025-03-14", "2025-03-14", "day"},
		{"2025-03-14T10:35", "2025-03-14", "day"},
		{"2025-03-14TNI", "2025-03-14", "day"},
		{"2025-03", "2025-03", "month"},
		{"2025", "2025", "year"},
		{"2025-W12", "2025-03-17", "week"},
		{"2025-W01", "2024-12-30", "week"},
		{"2025-Q3", "2025-07-01", "quarter"},
		{"2024-H2", "2024-07-01", "half"},
		{"2024-SU", "2024-06-01", "season"},
		{"2024-WI", "2024-12-01", "season"},
		{"199X", "1990", "decade"},
		{"19", "1900", "century"},
		{"PRESENT_REF", "", ""},
		{"P3Y", "", ""},
		{"XXXX-WXX-2", "", ""},
		{"XXXX-10-23", "", ""},
	}
	for _, tc := range tests {
		d, p, ok := DateOf(tc.value)
		if d != tc.date || p != tc.precision || ok != (tc.date != "") {
			t.Errorf("DateOf(%q) = %q, %q, %v; want %q, %q", tc.value, d, p, ok, tc.date, tc.precision)
		}
	}
}

func TestConcurrentTag(t *testing.T) {
	tagger := New()
	text := "On Tuesday, three years after the 2014 annexation, officials said talks would resume next week."
	want := tagger.Tag(text, dct)
	done := make(chan []doc.Timex)
	for range 8 {
		go func() { done <- tagger.Tag(text, dct) }()
	}
	for range 8 {
		got := <-done
		if len(got) != len(want) {
			t.Fatalf("concurrent run differs: %+v vs %+v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("concurrent run differs: %+v vs %+v", got[i], want[i])
			}
		}
	}
}

func TestEventDate(t *testing.T) {
	text := "Rebels attacked the town on Tuesday. Officials said talks failed. In 2019, a truce was signed."
	xs := New().Tag(text, dct)
	tests := []struct {
		sentence        doc.Span
		trigger         int
		date, precision string
		published       time.Time
	}{
		{doc.Span{Start: 0, End: 36}, 7, "2025-03-11", "day", dct},
		{doc.Span{Start: 37, End: 65}, 56, "2025-03-14", "week", dct},
		{doc.Span{Start: 66, End: len(text)}, 82, "2019", "year", dct},
		{doc.Span{Start: 37, End: 65}, 56, "", "", time.Time{}},
	}
	for _, tc := range tests {
		d, p := EventDate(xs, tc.sentence, tc.trigger, tc.published)
		if d != tc.date || p != tc.precision {
			t.Errorf("sentence %v: got %q %q, want %q %q", tc.sentence, d, p, tc.date, tc.precision)
		}
	}
}
