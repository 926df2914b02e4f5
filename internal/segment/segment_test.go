package segment

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestChromeScore(t *testing.T) {
	tests := []struct {
		line   string
		chrome bool
	}{
		{"Advertisement", true},
		{"Related Topics:", true},
		{"More on Morocco", true},
		{"Share this article", true},
		{"1:04", true},
		{"7 7 7", true},
		{"Sign up for our newsletter", true},
		{"No comments yet...", true},
		{"Ready for more? Download our app today from your app store and start reading.", true},
		{"Please use a modern browser for the video player", true},
		{`"Yes."`, false},
		{"He declined to comment.", false},
		{`"I pray that he comes out alive," his mother said.`, false},
		{"The council approved the plan by nine votes to four after a long debate on Thursday.", false},
		{"There were no casualties.", false},
	}
	for _, tt := range tests {
		if got := IsChrome(tt.line); got != tt.chrome {
			t.Errorf("IsChrome(%q) = %v (score %.2f), want %v", tt.line, got, ChromeScore(tt.line), tt.chrome)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct {
		in, context string
		want        string
	}{
		{"Gazette 25-03-2024", "", "2024-03-25"},           // only day-first is valid
		{"Gazette 03/25/2024", "", "2024-03-25"},           // only month-first is valid
		{"Gazette 08-05-2025", "", "2025-05-08"},           // ambiguous: day-first by default
		{"Gazette 08-05-2025", "on Tuesday", "2025-08-05"}, // 5 August 2025 was a Tuesday
		{"Posted on March 3, 2021", "", "2021-03-03"},
		{"Updated 14 February 2023 at noon", "", "2023-02-14"},
		{"2019-11-20T10:00", "", "2019-11-20"},
	}
	for _, tt := range tests {
		d, ok := findDate(tt.in)
		if !ok {
			t.Errorf("findDate(%q): no date", tt.in)
			continue
		}
		if got := resolveDate(d, tt.context, nil).Format("2006-01-02"); got != tt.want {
			t.Errorf("findDate(%q) in %q = %s, want %s", tt.in, tt.context, got, tt.want)
		}
	}
}

type goldenArticle struct {
	Title, Outlet, Author, Caption, Published string
	FirstLine                                 int
	Text                                      string
}

func TestSplitGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txt")
	if len(paths) == 0 {
		t.Fatal("no testdata")
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		var got []goldenArticle
		for _, a := range (&Segmenter{}).Split(text) {
			g := goldenArticle{Title: a.Title, Outlet: a.Outlet, Author: a.Author, Caption: a.Caption, FirstLine: a.FirstLine, Text: a.Text}
			if !a.Published.IsZero() {
				g.Published = a.Published.Format(time.DateOnly)
			}
			// The span covers the body: it starts with the body's first line.
			if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.HasPrefix(a.Span.Of(text), first) {
				t.Errorf("%s: span %v does not start with the first body line %q", p, a.Span, first)
			}
			got = append(got, g)
		}
		js, _ := json.MarshalIndent(got, "", "  ")
		golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, append(js, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(js)) {
			t.Errorf("%s: got\n%s\nwant\n%s", p, js, want)
		}
	}
}

// TestSeeds checks structural properties of the split of the real dumps in
// ../shared/corpus/seeds, without expected outputs.
func TestSeeds(t *testing.T) {
	paths, _ := filepath.Glob("../../../shared/corpus/seeds/*.txt")
	if len(paths) == 0 {
		t.Fatal("../shared/corpus/seeds not found")
	}
	s := &Segmenter{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		arts := s.Split(text)
		if len(arts) < 2 {
			t.Errorf("%s: %d articles; every seed holds several", p, len(arts))
		}
		prevEnd := 0
		for i, a := range arts {
			if a.Span.Start < prevEnd || a.Span.End <= a.Span.Start {
				t.Errorf("%s: article %d span %v overlaps or is empty", p, i, a.Span)
			}
			prevEnd = a.Span.End
			for _, l := range strings.Split(a.Text, "\n") {
				if IsChrome(l) {
					t.Errorf("%s: article %d body keeps chrome line %q", p, i, l)
				}
				if a.Caption != "" && strings.Contains(a.Caption, l) {
					t.Errorf("%s: article %d body keeps caption line %q", p, i, l)
				}
			}
		}
		if strings.HasPrefix(filepath.Base(p), "000_") {
			olympics, well := -1, -1
			for i, a := range arts {
				if strings.Contains(a.Text, "Winter Olympics") {
					olympics = i
				}
				if strings.Contains(a.Text, "stuck inside a well") {
					well = i
				}
			}
			if olympics < 0 || well < 0 || olympics == well {
				t.Errorf("%s: Putin–Xi story (article %d) and well-rescue story (article %d) not separate", p, olympics, well)
			}
		}
	}
}

func TestSplitUnitsTopicShift(t *testing.T) {
	units := []string{
		"The central bank raised interest rates again to fight inflation.",
		"Inflation in food and energy prices kept the bank's rates policy tight.",
		"Bank economists expect rates to stay high while inflation persists.",
		"The rescue team searched the mountain ridge for the missing climbers.",
		"Climbers caught on the mountain by snow were found by the rescue team.",
		"The rescue helicopter flew the climbers from the mountain to hospital.",
	}
	got := (&Segmenter{}).SplitUnits(units)
	if len(got) != 2 || got[0] != 0 || got[1] != 3 {
		t.Errorf("SplitUnits = %v, want [0 3]", got)
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n", "Advertisement\nShare this article\n"} {
		if arts := (&Segmenter{}).Split(in); len(arts) != 0 {
			t.Errorf("Split(%q) = %d articles, want 0", in, len(arts))
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	for _, tc := range []struct {
		p    string
		want string // the dateline DatelineEnd measures
	}{
		{"KYIV (Reuters) - Russian strikes killed two.", "KYIV (Reuters) - "},
		{"June 22 (Reuters) - Russian strikes killed two.", "June 22 (Reuters) - "},
		{"WASHINGTON -- The Senate voted on Tuesday.", "WASHINGTON -- "},
		{"Russian strikes killed two - officials said.", ""},
		{"The US (Washington) said so.", ""},
	} {
		if got := tc.p[:DatelineEnd(tc.p)]; got != tc.want {
			t.Errorf("DatelineEnd(%q) covers %q, want %q", tc.p, got, tc.want)
		}
	}
}
