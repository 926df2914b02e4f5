package ner

import (
	"bufio"
)

// WriteCoNLL writes one sentence as "token<TAB>tag" lines followed by a
// blank line: the output of `sitrep ner`.
func WriteCoNLL(w *bufio.Writer, words, tags []string) {
	for i, word := range words {
		w.WriteString(word)
		w.WriteByte('\t')
		w.WriteString(tags[i])
		w.WriteByte('\n')
	}
	w.WriteByte('\n')
}
