package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/cputime"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/nlp/token"
)

var shared = New()

func find(s doc.Sentence, word string) int {
	for i, t := range s.Tokens {
		if t.Text == word {
			return i
		}
	}
	return -1
}

// TestEmbeddedModelsParseSimpleSentences checks the analyses a working
// tagger and parser cannot get wrong.
func TestEmbeddedModelsParseSimpleSentences(t *testing.T) {
	if err := shared.Load(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text                  string
		verb, subj, obj, lemm string
		objRel                string
	}{
		{"The soldiers attacked the village on Monday.", "attacked", "soldiers", "village", "attack", "obj"},
		{"President Putin met Chinese leaders in Beijing.", "met", "Putin", "leaders", "meet", "obj"},
		{"The minister said that talks would resume.", "said", "minister", "resume", "say", "ccomp"},
	}
	for _, tc := range tests {
		sents := shared.Analyze(tc.text)
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", tc.text, len(sents))
		}
		s := sents[0]
		v, sb, ob := find(s, tc.verb), find(s, tc.subj), find(s, tc.obj)
		if s.Tokens[v].UPOS != "VERB" || s.Tokens[v].Head != -1 || s.Tokens[v].Deprel != "root" || s.Tokens[v].Lemma != tc.lemm {
			t.Errorf("%q: verb %+v, want root VERB with lemma %s", tc.text, s.Tokens[v], tc.lemm)
		}
		if s.Tokens[sb].Head != v || s.Tokens[sb].Deprel != "nsubj" {
			t.Errorf("%q: subject %+v, want nsubj of %d", tc.text, s.Tokens[sb], v)
		}
		if s.Tokens[ob].Head != v || s.Tokens[ob].Deprel != tc.objRel {
			t.Errorf("%q: %s %+v, want %s of %d", tc.text, tc.obj, s.Tokens[ob], tc.objRel, v)
		}
	}
}

// TestAnnotateFillsArticle checks that every token gets a tag, a lemma and
// a head inside its sentence, with exactly one root per sentence.
func TestAnnotateFillsArticle(t *testing.T) {
	a := &doc.Article{Text: "Rescue workers reached the boy late on Saturday. “He is alive,” an official said.\n\nPhoto: Reuters"}
	shared.Annotate(a)
	if len(a.Sentences) != 3 {
		t.Fatalf("%d sentences, want 3", len(a.Sentences))
	}
	for _, s := range a.Sentences {
		roots := 0
		for _, tok := range s.Tokens {
			if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Deprel == "" {
				t.Errorf("token %+v not annotated", tok)
			}
			if tok.Head == -1 {
				roots++
			} else if tok.Head < 0 || tok.Head >= len(s.Tokens) {
				t.Errorf("token %+v: head outside its sentence", tok)
			}
			if tok.Span.Of(a.Text) != tok.Text {
				t.Errorf("token %q: span %v", tok.Text, tok.Span)
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q: %d roots", s.Span.Of(a.Text), roots)
		}
	}
}

// benchText returns some BBC news text from the shared corpus and its token
// count.
func benchText(b *testing.B) (string, int) {
	f, err := os.Open("../../../shared/corpus/bbc/bbc-dev.jsonl.gz")
	if err != nil {
		b.Skip("shared corpus not available:", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var sb strings.Builder
	for n := 0; n < 100 && sc.Scan(); n++ {
		var art struct{ Body string }
		if err := json.Unmarshal(sc.Bytes(), &art); err != nil {
			b.Fatal(err)
		}
		sb.WriteString(art.Body)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	return text, len(token.Tokenize(text))
}

// report gives tokens per wall-clock second and per second of the process's
// CPU time since cpu0 (less disturbed by other jobs on a shared machine).
func report(b *testing.B, tokens int, cpu0 float64) {
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu, "cpu-tokens/s")
	}
}

func BenchmarkTokenize(b *testing.B) {
	text, n := benchText(b)
	b.ResetTimer()
	cpu0 := cputime.Seconds()
	for range b.N {
		token.Sentences(text)
	}
	report(b, n, cpu0)
}

func BenchmarkTag(b *testing.B) {
	text, n := benchText(b)
	sents := token.Sentences(text)
	words := sentenceWords(sents)
	if err := shared.Load(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cputime.Seconds()
	for range b.N {
		for _, w := range words {
			shared.tagger.Tag(w)
		}
	}
	report(b, n, cpu0)
}

func BenchmarkParse(b *testing.B) {
	text, n := benchText(b)
	words := sentenceWords(token.Sentences(text))
	if err := shared.Load(); err != nil {
		b.Fatal(err)
	}
	upos := make([][]string, len(words))
	xpos := make([][]string, len(words))
	for i, w := range words {
		upos[i], xpos[i] = shared.tagger.Tag(w)
	}
	b.ResetTimer()
	cpu0 := cputime.Seconds()
	for range b.N {
		for i, w := range words {
			shared.parser.Parse(w, upos[i], xpos[i])
		}
	}
	report(b, n, cpu0)
}

// BenchmarkAnalyze is the whole core: tokenise, tag, lemmatise, parse.
func BenchmarkAnalyze(b *testing.B) {
	text, n := benchText(b)
	if err := shared.Load(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cputime.Seconds()
	for range b.N {
		shared.Analyze(text)
	}
	report(b, n, cpu0)
}

func sentenceWords(sents []doc.Sentence) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		for _, t := range s.Tokens {
			out[i] = append(out[i], t.Text)
		}
	}
	return out
}
