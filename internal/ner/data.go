package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one labeled sentence: words, their IOB2 tags, the genre
// of the text it comes from and whether it was a title-case headline that
// package truecase restored (as the tagger reads it). DocStart marks the
// first sentence of a document; Doc holds what the rest of the document
// says of each word (DocContexts), nil when the sentence is read alone.
type Sentence struct {
	Words    []string
	Tags     []string
	Genre    Genre
	Title    bool
	DocStart bool
	Doc      []uint8
}

// ReadIOB reads a CoNLL-style file (gzipped when the name ends in .gz): one
// token a line, blank lines between sentences, lines starting with "#" or
// "-DOCSTART-" skipped but for the document they open ("-DOCSTART-",
// "# newdoc": Sentence.DocStart). The word is the first column and the tag
// the last one, except in tab-separated UNER files where it is the third. IOB1 tags
// (an I- tag opening a span) are converted to IOB2; tags other than PER,
// ORG, LOC and MISC become O.
func ReadIOB(path string) ([]Sentence, error) {
	r, closer, err := openData(path)
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	var out []Sentence
	var cur Sentence
	newDoc := false
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Tags = toIOB2(cur.Tags)
			cur.DocStart = newDoc || len(out) == 0
			newDoc = false
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") || strings.HasPrefix(line, "# newdoc") {
			flush()
			newDoc = true
			continue
		}
		if strings.HasPrefix(line, "# ") && strings.Contains(line, " = ") {
			continue
		}
		var word, tag string
		if strings.Contains(line, "\t") {
			f := strings.Split(line, "\t")
			if len(f) >= 3 && isIndex(f[0]) {
				word, tag = f[1], f[2] // UNER: ID FORM TAG ...
			} else {
				word, tag = f[0], f[len(f)-1]
			}
		} else {
			f := strings.Fields(line)
			word, tag = f[0], f[len(f)-1]
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, tag)
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// toIOB2 normalises tags to IOB2 over PER, ORG, LOC and MISC.
func toIOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		typ := ""
		if len(t) > 2 && (t[:2] == "B-" || t[:2] == "I-") {
			typ = t[2:]
		}
		switch typ {
		case "PER", "ORG", "LOC", "MISC":
		case "GPE":
			typ = "LOC"
		default:
			typ = ""
		}
		if typ == "" {
			out[i] = "O"
		} else if t[0] == 'B' || prev != typ {
			out[i] = "B-" + typ
		} else {
			out[i] = "I-" + typ
		}
		prev = typ
	}
	return out
}

// Span is one entity: tokens [Start, End) of a sentence with a type.
type Span struct {
	Start, End int
	Type       string
}

// Spans reads the entities out of IOB2 tags.
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		t := tags[i]
		if len(t) < 2 || (t[0] != 'B' && t[0] != 'I') {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j - 1
	}
	return out
}

// openData opens a data file, decompressing it when its name ends in .gz;
// close the returned closer when done.
func openData(path string) (io.Reader, io.Closer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return zr, f, nil
}
