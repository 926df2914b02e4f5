package eval

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// UDWord is one syntactic word of a CoNLL-U sentence. Head is 1-based as in
// the file (0 for the root).
type UDWord struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Deprel                         string
	SpaceAfter                     bool
}

// UDSentence is one CoNLL-U sentence: its words (multiword-token lines and
// empty nodes are skipped) and its "# text" comment.
type UDSentence struct {
	ID    string
	Text  string
	Words []UDWord
}

// ReadConllu reads CoNLL-U sentences from r.
func ReadConllu(r io.Reader) ([]UDSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []UDSentence
	var cur UDSentence
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = UDSentence{}
			continue
		}
		if strings.HasPrefix(l, "#") {
			if v, ok := strings.CutPrefix(l, "# text = "); ok {
				cur.Text = v
			} else if v, ok := strings.CutPrefix(l, "# sent_id = "); ok {
				cur.ID = v
			}
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil && cols[6] != "_" {
			return nil, fmt.Errorf("line %d: head %q: %v", line, cols[6], err)
		}
		cur.Words = append(cur.Words, UDWord{
			Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4], Feats: cols[5],
			Head: head, Deprel: cols[7], SpaceAfter: !strings.Contains(cols[9], "SpaceAfter=No"),
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// ReadConlluFile reads a CoNLL-U file, gunzipping it when its name ends in .gz.
func ReadConlluFile(path string) ([]UDSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	s, err := ReadConllu(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// UDScores are word-level accuracies over gold-tokenised sentences.
type UDScores struct {
	Words                                int
	UPOS, XPOS, Lemma, UAS, LAS, LASFull int // correct counts
	UPOSAcc, XPOSAcc, LemmaAcc           float64
	UASp, LASp, LASFullp                 float64
}

// ScoreUD compares predicted with gold sentences word by word; both must hold
// the same words. Deprels are compared without subtypes (nmod:poss = nmod),
// as in the CoNLL 2018 shared task; LASFull compares them whole. Punctuation
// counts.
func ScoreUD(gold, pred []UDSentence) (UDScores, error) {
	var s UDScores
	if len(gold) != len(pred) {
		return s, fmt.Errorf("%d gold sentences, %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		g, p := gold[i].Words, pred[i].Words
		if len(g) != len(p) {
			return s, fmt.Errorf("sentence %d: %d gold words, %d predicted", i+1, len(g), len(p))
		}
		for j := range g {
			s.Words++
			if g[j].UPOS == p[j].UPOS {
				s.UPOS++
			}
			if g[j].XPOS == p[j].XPOS {
				s.XPOS++
			}
			if g[j].Lemma == p[j].Lemma {
				s.Lemma++
			}
			if g[j].Head == p[j].Head {
				s.UAS++
				if baseRel(g[j].Deprel) == baseRel(p[j].Deprel) {
					s.LAS++
				}
				if g[j].Deprel == p[j].Deprel {
					s.LASFull++
				}
			}
		}
	}
	if s.Words > 0 {
		n := float64(s.Words) / 100
		s.UPOSAcc, s.XPOSAcc, s.LemmaAcc = float64(s.UPOS)/n, float64(s.XPOS)/n, float64(s.Lemma)/n
		s.UASp, s.LASp, s.LASFullp = float64(s.UAS)/n, float64(s.LAS)/n, float64(s.LASFull)/n
	}
	return s, nil
}

func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}
