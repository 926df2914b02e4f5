package ner

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocContext checks what the rest of a document says of each word:
// capitals inside mixed-case sentences, lower case anywhere mixed, nothing
// from headlines in capitals or title case, and nothing for title-case
// sentences.
func TestDocContext(t *testing.T) {
	for _, c := range []struct {
		sents []string
		title []bool
		want  []string // per sentence, one code a word; "-" for nil
	}{
		{[]string{"where in tampa bay ?", "I found Tampa Bay ."}, nil, []string{"00110", "00220"}},
		{[]string{"Apple pie .", "He sold apple shares to Apple ."}, nil, []string{"300", "0010020"}},
		{[]string{"PARIS IS LOVELY IN MAY", "we saw paris"}, nil, []string{"20000", "000"}},
		{[]string{"Smith Wins", "Smith said so ."}, []bool{true, false}, []string{"-", "0000"}},
		{[]string{"Smith said it and Smith left ."}, nil, []string{"1000000"}},
	} {
		var words [][]string
		for _, s := range c.sents {
			words = append(words, strings.Fields(s))
		}
		title := c.title
		if title == nil {
			title = make([]bool, len(words))
		}
		var got []string
		for _, codes := range docContext(words, title) {
			if codes == nil {
				got = append(got, "-")
				continue
			}
			var b strings.Builder
			for _, x := range codes {
				fmt.Fprint(&b, x)
			}
			got = append(got, b.String())
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("docContext(%q) = %v, want %v", c.sents, got, c.want)
		}
	}
}

// TestDocumentTagging checks that tagging a document gives each sentence
// as many tags as words, and that a document of one sentence with no
// repeated word is tagged as the sentence alone.
func TestDocumentTagging(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		strings.Fields("Angela Merkel met Emmanuel Macron in Paris on Monday ."),
		{},
		strings.Fields("Merkel said Germany and France would act ."),
	}
	tags := tg.TagDocument(doc, News)
	for i, words := range doc {
		if len(tags[i]) != len(words) {
			t.Fatalf("sentence %d: %d tags for %d words", i, len(tags[i]), len(words))
		}
	}
	if got, want := tg.TagDocument(doc[:1], News)[0], tg.Tag(doc[0]); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("one-sentence document tagged %v, alone %v", got, want)
	}
}

// TestHistory checks that a word reads the type other than O it was mostly
// tagged as earlier in the document, and nothing when only tagged O or
// read alone.
func TestHistory(t *testing.T) {
	c := map[string]int{}
	for i, name := range classNames() {
		c[name] = i
	}
	h := history{}
	h.add([]string{"Apple", "sued", "Apple", "apple"}, []uint8{0, 0, 0, 0}, []int{c["U-ORG"], c["O"], c["U-ORG"], c["U-PER"]})
	h.add([]string{"sued", "Smith"}, []uint8{0, 0}, []int{c["O"], c["U-PER"]})
	h.add([]string{"Ignored"}, nil, []int{c["U-LOC"]})
	ctx := []uint8{docCapital, 0, 0, docLower}
	h.read([]string{"APPLE", "sued", "Smith", "Ignored"}, ctx)
	if want := []uint8{docCapital | 3<<2, 0, 2 << 2, docLower}; string(ctx) != string(want) {
		t.Errorf("history context %v, want %v", ctx, want)
	}
}

// TestTrainWithHistory checks that training on documents in order with
// their context and prediction history is deterministic and learns.
func TestTrainWithHistory(t *testing.T) {
	sents, base, g := trainingSample(t, 400)
	DocContexts(sents)
	var files [2][]byte
	for i := range files {
		tg := Train(sents, nil, g, TrainOptions{Epochs: 3, Seed: 7, History: true})
		var buf bytes.Buffer
		if err := tg.Write(&buf); err != nil {
			t.Fatal(err)
		}
		files[i] = buf.Bytes()
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("two trainings gave different models")
	}
	loaded, err := Load(bytes.NewReader(files[0]), base)
	if err != nil {
		t.Fatal(err)
	}
	if !loaded.document {
		t.Error("a model trained on document context loads as one that does not read it")
	}
	if r := spanRecall(loaded, sents); r < 0.75 {
		t.Errorf("training recall %.4f, want ≥ 0.75", r)
	}
}

// TestReadIOBDocuments checks that -DOCSTART- and "# newdoc" lines open
// documents.
func TestReadIOBDocuments(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []bool
	}{
		{"conll.txt", "-DOCSTART- -X- -X- O\n\nEU B-ORG\n\nRome B-LOC\n\n-DOCSTART- -X- -X- O\n\nPeter B-PER\n", []bool{true, false, true}},
		{"uner.iob2", "# newdoc id = a\n# sent_id = a-1\n1\tHi\tO\n\n# sent_id = a-2\n1\tBob\tB-PER\n\n# newdoc id = b\n# sent_id = b-1\n1\tOk\tO\n", []bool{true, false, true}},
		{"plain.txt", "Hi O\n\nBob B-PER\n", []bool{true, false}},
	} {
		path := filepath.Join(t.TempDir(), c.name)
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		sents, err := ReadIOB(path)
		if err != nil {
			t.Fatal(err)
		}
		var got []bool
		for _, s := range sents {
			got = append(got, s.DocStart)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: document starts %v, want %v", c.name, got, c.want)
		}
	}
}
