package link

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/kb"
	"github.com/sitrep/sitrep/internal/ner"
	"github.com/sitrep/sitrep/internal/nlp/token"
	"github.com/sitrep/sitrep/internal/segment"
)

// TestSeedsResolveVariants runs segmentation, tokenization, NER and linking
// over the seed dumps and checks that spelling and short-form variants of
// one actor link to a single entity.
func TestSeedsResolveVariants(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "seeds", "*.txt"))
	if len(files) == 0 {
		t.Skip("../shared/corpus/seeds not available")
	}
	tagger, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	groups := [][]string{
		{"Zelensky", "Zelenskyy"},
		{"Isis", "IS", "Islamic State", "ISIS"},
		{"Nato", "NATO"},
		{"Xi", "Xi Jinping"},
		{"Biden", "Joe Biden", "Mr Biden"},
		{"al-Qurayshi", "al-Quraishi", "Al-Qurayshi", "Al-Quraishi"},
	}
	// surface form → entity ids it linked to
	seen := map[string]map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var seg segment.Segmenter
		for _, a := range seg.Split(string(data)) {
			a.Sentences = token.Sentences(a.Text)
			tagger.Annotate(&a)
			l.Annotate(&a)
			for _, m := range a.Mentions {
				if seen[m.Text] == nil {
					seen[m.Text] = map[string]int{}
				}
				seen[m.Text][m.Entity]++
			}
		}
	}
	for _, g := range groups {
		ids := map[string]int{}
		found := 0
		for _, s := range g {
			// A surface also matches mentions that end with it (titles and
			// full names such as "Abu Ibrahim al-Hashimi al-Qurayshi").
			for text, es := range seen {
				if text != s && !(len(text) > len(s) && text[len(text)-len(s)-1] == ' ' && text[len(text)-len(s):] == s) {
					continue
				}
				for id, n := range es {
					ids[id] += n
					found += n
				}
			}
		}
		if found == 0 {
			t.Errorf("%v: no mention linked", g)
			continue
		}
		t.Logf("%v → %v", g, ids)
		if len(ids) != 1 {
			var list []string
			for id, n := range ids {
				list = append(list, id+"×"+itoa(n))
			}
			sort.Strings(list)
			t.Errorf("%v: %d entities: %v", g, len(ids), list)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

var _ = kb.Norm
var _ = doc.PER
