package eval

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestLastWordOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sen. Ted Cruz", "cruz"},
		{"Tom Fitton, the president of Judicial Watch,", "fitton"},
		{"Governor Chris Christie – a Dallas Cowboys fan –", "christie"},
		{"Trump’s campaign manager", "trump"},
		{"analysts", "analysts"},
	} {
		if got := lastWordOf(c.in); got != c.want {
			t.Errorf("lastWordOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAddQuotesSpeakers(t *testing.T) {
	text := `Ted Cruz spoke first. "We will win," Cruz said. Later "It is over," he said.`
	span := func(s string, from int) doc.Span {
		i := strings.Index(text[from:], s) + from
		return doc.Span{Start: i, End: i + len(s)}
	}
	q1, q2 := span(`"We will win,"`, 0), span(`"It is over,"`, 0)
	d := PolNeARDoc{Text: text, Attributions: []PolNeARAttribution{
		{Source: []doc.Span{span("Cruz", 10)}, Cue: []doc.Span{span("said", 0)}, Content: []doc.Span{q1}},
		{Source: []doc.Span{span("he", 50)}, Cue: []doc.Span{span("said", 50)}, Content: []doc.Span{q2}},
	}}
	for _, c := range []struct {
		name                  string
		pred                  []doc.Quote
		speakerOK, identityOK int
	}{
		{"mentions overlap, pronoun resolved", []doc.Quote{
			{Text: "We will win,", Direct: true, Span: q1, Speaker: doc.Speaker{Name: "Ted Cruz", Span: span("Cruz", 10)}},
			{Text: "It is over,", Direct: true, Span: q2, Speaker: doc.Speaker{Name: "Ted Cruz", Span: span("he", 50)}}}, 2, 2},
		{"same person through another mention", []doc.Quote{
			{Text: "We will win,", Direct: true, Span: q1, Speaker: doc.Speaker{Name: "Ted Cruz", Span: span("Ted Cruz", 0)}},
			{Text: "It is over,", Direct: true, Span: q2, Speaker: doc.Speaker{Name: "Ted Cruz", Span: span("Cruz", 10)}}}, 0, 2},
		{"pronoun not resolved", []doc.Quote{
			{Text: "It is over,", Direct: true, Span: q2, Speaker: doc.Speaker{Name: "he", Span: span("he", 50)}}}, 0, 0},
	} {
		var s QuoteScore
		s.AddQuotes(d, c.pred, false)
		if s.SpeakerOK != c.speakerOK || s.IdentityOK != c.identityOK {
			t.Errorf("%s: SpeakerOK %d IdentityOK %d, want %d %d", c.name, s.SpeakerOK, s.IdentityOK, c.speakerOK, c.identityOK)
		}
	}
}
