package main

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/sitrep/sitrep/internal/eval"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/nlp/parse"
)

// TestAgreeInDocument checks that sentences all parsers parse alike are kept
// with the parse and tags, that length limits apply, and that a parser which
// disagrees removes sentences.
func TestAgreeInDocument(t *testing.T) {
	an := nlp.New()
	if err := an.Load(); err != nil {
		t.Fatal(err)
	}
	embedded, err := loadParser("")
	if err != nil {
		t.Fatal(err)
	}
	const text = "The minister said the talks would resume next week in Geneva. Both sides agreed. " +
		"Officials from the two countries met on Monday to discuss the border dispute and trade."
	tests := []struct {
		name           string
		parsers        []*parse.Parser
		minLen, maxLen int
		want           int // sentences kept
	}{
		{"same parser twice keeps all", []*parse.Parser{embedded, embedded}, 1, 60, 3},
		{"length limits", []*parse.Parser{embedded, embedded}, 5, 14, 1},
		{"untrained rival keeps fewer", []*parse.Parser{embedded, tinyParser(t)}, 1, 60, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := agreeInDocument(an, tc.parsers, text, tc.minLen, tc.maxLen)
			if d.words != 32 {
				t.Errorf("words parsed %d, want 32", d.words)
			}
			if tc.want >= 0 && len(d.sents) != tc.want {
				t.Fatalf("kept %d sentences, want %d", len(d.sents), tc.want)
			}
			if tc.want < 0 && len(d.sents) >= 3 {
				t.Fatalf("kept all %d sentences although a parser trained on five sentences disagrees", len(d.sents))
			}
			var buf bytes.Buffer
			w := bufio.NewWriter(&buf)
			for i, s := range d.sents {
				writeConllu(w, i+1, d.text, s)
			}
			w.Flush()
			back, err := eval.ReadConllu(&buf)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range back {
				for j, word := range s.Words {
					tok := d.sents[i].Tokens[j]
					if word.UPOS == "" || word.UPOS != tok.UPOS || word.Head-1 != tok.Head || word.Deprel != tok.Deprel {
						t.Fatalf("sentence %d word %d read back as %+v, written %+v", i, j, word, tok)
					}
				}
			}
		})
	}
}

// tinyParser is a parser trained on five sentences, which parses most
// sentences differently from the embedded one.
func tinyParser(t *testing.T) *parse.Parser {
	t.Helper()
	sents, err := eval.ReadConlluFile("../../../shared/train/ud-english-ewt/en_ewt-ud-train.conllu.gz")
	if err != nil {
		t.Fatal(err)
	}
	return parse.Train(parseExamples(sents[:5]), parse.TrainOptions{Iterations: 1, Seed: 1})
}
