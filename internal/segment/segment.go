package segment

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// Segmenter splits text dumps into articles. The zero value is ready to use
// and safe for concurrent use.
type Segmenter struct{}

// Split returns the articles found in text. Each article's Span is the byte
// range of its body in text and FirstLine the 1-based line where it starts.
func (s *Segmenter) Split(text string) []doc.Article {
	start, end := 0, len(text)
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if start == end {
		return nil
	}
	return []doc.Article{{
		Text:      text[start:end],
		Span:      doc.Span{Start: start, End: end},
		FirstLine: 1 + strings.Count(text[:start], "\n"),
	}}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
