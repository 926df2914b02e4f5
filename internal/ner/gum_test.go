package ner

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadGUM(t *testing.T) {
	// two sentences in GUM's CoNLL-U, entity annotation in MISC
	conllu := strings.Join([]string{
		"# sent_id = 1",
		"1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-x-cf1-1-sgl-University_of_Leeds",
		"2\tUniversity\tUniversity\tPROPN\tNNP\t_\t0\troot\t_\t_",
		"3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_",
		"4\tLeeds\tLeeds\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-x-cf2-1-sgl-Leeds)",
		"5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_",
		"6\tEngland\tEngland\tPROPN\tNNP\t_\t2\tappos\t_\tEntity=(3-place-new-x-cf3-1-sgl-England)1)",
		"",
		"# sent_id = 2",
		"1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(4-person-new-x-cf1-1-coref)",
		"2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
		"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\tEntity=(5-person-new-x-cf2-1-sgl",
		"4\tman\tman\tNOUN\tNN\t_\t2\tobj\t_\tEntity=5)",
		"5\tAnna\tAnna\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(6-person-new-x-cf3-1-sgl",
		"6\tBerg\tBerg\tPROPN\tNNP\t_\t5\tflat\t_\tEntity=6)",
		"",
	}, "\n")
	path := filepath.Join(t.TempDir(), "gum.conllu.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(conllu))
	zw.Close()
	f.Close()
	sents, err := ReadGUM(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"O B-ORG I-ORG I-ORG O B-LOC", // the organisation cut at its comma, without "The"; England on its own
		"O O O O B-PER I-PER",         // a pronoun and a common noun are no names
	}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(sents), len(want))
	}
	for i, w := range want {
		if got := strings.Join(sents[i].Tags, " "); got != w {
			t.Errorf("sentence %d: got %q, want %q", i+1, got, w)
		}
	}
}

func TestAfterTitles(t *testing.T) {
	tests := []struct{ span, want string }{
		{"US President Donald Trump", "Donald Trump"},
		{"Vice President JD Vance", "JD Vance"},
		{"Dr. Anna Berg", "Anna Berg"},
		{"Pope Francis", "Francis"},
		{"Anna Berg", "Anna Berg"},
		{"President", "President"},
	}
	for _, tt := range tests {
		w := strings.Fields(tt.span)
		if got := strings.Join(w[afterTitles(w, 0, len(w)):], " "); got != tt.want {
			t.Errorf("%q: name %q, want %q", tt.span, got, tt.want)
		}
	}
}
