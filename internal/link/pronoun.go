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

// pronounClass groups the forms of one pronoun: "he" stands for "him" and
// "his".
var pronounClass = map[string]string{
	"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
	"it": "it", "its": "it", "they": "they", "them": "they", "their": "they",
}

// maxChain bounds how many pronouns back a pronoun is followed.
const maxChain = 8

// Antecedent returns the entity a third-person pronoun at byte offset pos of
// the article refers to, after Annotate, looking back at most three
// sentences: in its own sentence an earlier subject pronoun of the same
// kind ("When he refused …, he said") stands for the same entity, else the
// nearest earlier mention of a fitting type; in an earlier sentence, a
// fitting mention that is a subject, else a
// subject pronoun of the same kind there, followed back ("He resisted
// devaluation …"), else the sentence's first fitting mention. A person's
// name modifying a noun ("the Attlee government") refers to no one (a
// country's, "U.S. envoys", stands for them). It returns
// "" for other words or when nothing fits. Quote attribution and event
// coding use it for speakers and actors such as "he said".
func Antecedent(a *doc.Article, pronoun string, pos int) string {
	return antecedent(a, strings.ToLower(pronoun), pos, 0)
}

func antecedent(a *doc.Article, pronoun string, pos, depth int) string {
	types := pronounTypes[pronoun]
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
	follow := func(si, before int) string {
		if depth >= maxChain {
			return ""
		}
		if k := subjectPronoun(a, si, pronounClass[pronoun], before); k >= 0 {
			tk := a.Sentences[si].Tokens[k]
			return antecedent(a, strings.ToLower(tk.Text), tk.Span.Start, depth+1)
		}
		return ""
	}
	for si := sent; si >= 0 && si >= sent-3; si-- {
		var first, last, subject *doc.Mention
		for i := range a.Mentions {
			m := &a.Mentions[i]
			// in its own sentence "it" may stand for the state a
			// nationality names ("Russian aggression, should it agree")
			state := si == sent && m.Type == doc.NORP && strings.HasPrefix(m.Entity, "country/") && strings.HasPrefix(pronoun, "it")
			if m.Sentence != si || m.Span.End > pos || !fits(*m) && !state || m.Type == doc.PER && modifiesNoun(a, *m) {
				continue
			}
			if first == nil {
				first = m
			}
			if subject == nil && mentionIsSubject(a, *m) {
				subject = m
			}
			last = m
		}
		if si == sent {
			if e := follow(si, pos); e != "" {
				return e
			}
			if last != nil {
				return last.Entity // same sentence: the nearest
			}
			continue
		}
		if subject != nil {
			return subject.Entity
		}
		if e := follow(si, a.Sentences[si].Span.End); e != "" {
			return e
		}
		if first != nil {
			return first.Entity // earlier sentence: its first
		}
	}
	return ""
}

// sentenceToken returns the index in sentence si of the token ending at
// byte end, or -1.
func sentenceToken(a *doc.Article, si, end int) int {
	for k, tk := range a.Sentences[si].Tokens {
		if tk.Span.Start < end && end <= tk.Span.End {
			return k
		}
	}
	return -1
}

// mentionIsSubject reports whether mention m is a clause subject.
func mentionIsSubject(a *doc.Article, m doc.Mention) bool {
	toks := a.Sentences[m.Sentence].Tokens
	i, j := -1, -1
	for k, tk := range toks {
		if tk.Span.Start >= m.Span.Start && tk.Span.End <= m.Span.End {
			if i < 0 {
				i = k
			}
			j = k + 1
		}
	}
	return i >= 0 && isSubject(toks, i, j)
}

// modifiesNoun reports whether mention m is a name the parse makes a
// compound of a noun after it ("the Attlee government", "a Trump
// supporter").
func modifiesNoun(a *doc.Article, m doc.Mention) bool {
	k := sentenceToken(a, m.Sentence, m.Span.End)
	if k < 0 {
		return false
	}
	toks := a.Sentences[m.Sentence].Tokens
	h := toks[k].Head
	return toks[k].Deprel == "compound" && h > k && h < len(toks) && toks[h].UPOS == "NOUN"
}

// subjectPronoun returns the index in sentence si of the first pronoun of
// the given class before byte before that the parse makes a subject, or -1.
func subjectPronoun(a *doc.Article, si int, class string, before int) int {
	for k, tk := range a.Sentences[si].Tokens {
		if tk.Span.Start >= before {
			break
		}
		if pronounClass[strings.ToLower(tk.Text)] == class && strings.HasPrefix(tk.Deprel, "nsubj") {
			return k
		}
	}
	return -1
}
