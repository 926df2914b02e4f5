package link

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// pronounTypes maps a third-person pronoun to the mention types it may
// refer back to.
var pronounTypes = map[string][]string{
	"he": {doc.PER}, "him": {doc.PER}, "his": {doc.PER}, "she": {doc.PER}, "her": {doc.PER}, "hers": {doc.PER},
	"it": {doc.ORG, doc.LOC}, "its": {doc.ORG, doc.LOC},
	"they": {doc.ORG, doc.NORP}, "them": {doc.ORG, doc.NORP}, "their": {doc.ORG, doc.NORP},
}

// Antecedent returns the entity a third-person pronoun at byte offset pos of
// the article refers to, after Annotate: the subject mention of the nearest
// earlier sentence that has a mention of a fitting type, else the nearest
// earlier mention of that type, looking back at most three sentences. It
// returns "" for other words or when nothing fits. Quote attribution uses
// it for speakers such as "he said".
func Antecedent(a *doc.Article, pronoun string, pos int) string {
	types := pronounTypes[strings.ToLower(pronoun)]
	if types == nil {
		return ""
	}
	sent := -1
	for i, s := range a.Sentences {
		if s.Span.Start <= pos && pos < s.Span.End {
			sent = i
		}
	}
	fits := func(m doc.Mention) bool {
		for _, t := range types {
			if m.Type == t {
				return true
			}
		}
		return false
	}
	for si := sent; si >= 0 && si >= sent-3; si-- {
		var first, last *doc.Mention
		for i := range a.Mentions {
			m := &a.Mentions[i]
			// in its own sentence "it" may stand for the state a
			// nationality names ("Russian aggression, should it agree")
			state := si == sent && m.Type == doc.NORP && strings.HasPrefix(m.Entity, "country/") && strings.HasPrefix(strings.ToLower(pronoun), "it")
			if m.Sentence != si || m.Span.End > pos || !fits(*m) && !state {
				continue
			}
			if first == nil {
				first = m
			}
			last = m
		}
		switch {
		case first == nil:
			continue
		case si == sent:
			return last.Entity // same sentence: the nearest
		default:
			return first.Entity // earlier sentence: its first (usually the subject)
		}
	}
	return ""
}
