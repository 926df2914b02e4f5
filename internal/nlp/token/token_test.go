package token

import (
	"strings"
	"testing"
)

func texts(text string) string {
	toks := Tokenize(text)
	parts := make([]string, len(toks))
	for i, t := range toks {
		if t.Span.Of(text) != t.Text {
			return "SPAN MISMATCH at " + t.Text
		}
		parts[i] = t.Text
	}
	return strings.Join(parts, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I don't know.", "I|do|n't|know|."},
		{"We can't, won't and cannot go.", "We|ca|n't|,|wo|n't|and|can|not|go|."},
		{"John's dog isn’t here; they're gone.", "John|'s|dog|is|n’t|here|;|they|'re|gone|."},
		{"I'm sure we'll see what you've done, I'd say.", "I|'m|sure|we|'ll|see|what|you|'ve|done|,|I|'d|say|."},
		{"the students' books", "the|students|'|books"},
		{"We're gonna win.", "We|'re|gon|na|win|."},
		{"A well-known anti-war e-mail from Al-Zaman.", "A|well|-|known|anti-war|e-mail|from|Al|-|Zaman|."},
		{"Prices rose 3.5% to $1,250.75 on 12/03/2024 at 10:30.", "Prices|rose|3.5|%|to|$|1,250.75|on|12/03/2024|at|10:30|."},
		{"It cost £5m, or €6.2bn.", "It|cost|£|5|m|,|or|€|6.2|bn|."},
		{"a 375mm gun and/or 45p", "a|375|mm|gun|and|/|or|45|p"},
		{"Call 713-853-3989 now.", "Call|713-853-3989|now|."},
		{"Mr. Smith met Gen. Lee in the U.S. on Monday.", "Mr.|Smith|met|Gen.|Lee|in|the|U.S.|on|Monday|."},
		{"See https://example.com/a?b=c, or www.bbc.co.uk.", "See|https://example.com/a?b=c|,|or|www.bbc.co.uk|."},
		{"Mail jo@example.org or ping @jo_smith #SaveRayan!", "Mail|jo@example.org|or|ping|@jo_smith|#SaveRayan|!"},
		{"He said, \"No way.\"", "He|said|,|\"|No|way|.|\""},
		{"“We are working together,” Xi said.", "“|We|are|working|together|,|”|Xi|said|."},
		{"‘Yes’ (maybe) [sic]", "‘|Yes|’|(|maybe|)|[|sic|]"},
		{"Wait... what?! Really...", "Wait|...|what|?!|Really|..."},
		{"in the 1990s and '90s, the 3rd time", "in|the|1990s|and|'90s|,|the|3rd|time"},
		{"war--and peace — now", "war|--|and|peace|—|now"},
		{"F-16 jets and COVID-19", "F-16|jets|and|COVID-19"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := texts(tc.in); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Span.Of(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith went to Washington. He met Gen. Lee there.",
			[]string{"Mr. Smith went to Washington.", "He met Gen. Lee there."}},
		{"The U.S. economy grew. Officials at Acme Inc. said so.",
			[]string{"The U.S. economy grew.", "Officials at Acme Inc. said so."}},
		{"He moved to the U.S. The move was hard.",
			[]string{"He moved to the U.S.", "The move was hard."}},
		{"J. K. Rowling wrote it. George W. Bush read it.",
			[]string{"J. K. Rowling wrote it.", "George W. Bush read it."}},
		{"\"We will win.\" The crowd cheered.",
			[]string{"\"We will win.\"", "The crowd cheered."}},
		{"“Is it over?” she asked. “No!” he said.",
			[]string{"“Is it over?” she asked.", "“No!” he said."}},
		{"Putin meets Xi in Beijing\nPresident Putin hailed China's co-operation.\n\nPhoto: Reuters",
			[]string{"Putin meets Xi in Beijing", "President Putin hailed China's co-operation.", "Photo: Reuters"}},
		{"The talks, which began on\nMonday, ended.",
			[]string{"The talks, which began on\nMonday, ended."}},
		{"Prices fell 2.5 per cent. Shares rose e.g. in Asia.",
			[]string{"Prices fell 2.5 per cent.", "Shares rose e.g. in Asia."}},
		{"It rained... Then it stopped.", []string{"It rained...", "Then it stopped."}},
	}
	for _, tc := range tests {
		got := sentenceTexts(tc.in)
		if strings.Join(got, "\n||\n") != strings.Join(tc.want, "\n||\n") {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestSpansCoverText(t *testing.T) {
	text := "  “Hello,” said Dr. O’Neil — twice.\n\nNew line here "
	for _, s := range Sentences(text) {
		for _, tok := range s.Tokens {
			if tok.Span.Of(text) != tok.Text || tok.Text == "" {
				t.Fatalf("token %q has span %v covering %q", tok.Text, tok.Span, tok.Span.Of(text))
			}
			if tok.Span.Start < s.Span.Start || tok.Span.End > s.Span.End {
				t.Fatalf("token %q outside its sentence %v", tok.Text, s.Span)
			}
		}
	}
}
