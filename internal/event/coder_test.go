package event

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// parsed builds an article from a hand-written dependency parse, one token
// per line: "form lemma UPOS head deprel" with 1-based heads (0 = root).
// Tokens in ents are linked mentions with the given actor code.
func parsed(t *testing.T, conll string, ents map[string]string) *doc.Article {
	t.Helper()
	a := &doc.Article{}
	var toks []doc.Token
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(conll), "\n") {
		f := strings.Fields(line)
		if len(f) != 5 {
			t.Fatalf("bad token line %q", line)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatal(err)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(f[0])
		toks = append(toks, doc.Token{Text: f[0], Lemma: f[1], UPOS: f[2], Head: h - 1, Deprel: f[4], Span: doc.Span{Start: start, End: b.Len()}})
	}
	a.Text = b.String()
	a.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(a.Text)}, Tokens: toks}}
	for _, tk := range toks {
		if code, ok := ents[tk.Text]; ok {
			id := "E-" + tk.Text
			a.Mentions = append(a.Mentions, doc.Mention{Span: tk.Span, Text: tk.Text, Type: doc.ORG, Entity: id})
			a.Entities = append(a.Entities, doc.Entity{ID: id, Name: tk.Text, Type: doc.ORG, Code: code})
		}
	}
	return a
}

var actorsRUS = map[string]string{"Russia": "RUS", "Ukraine": "UKR", "Putin": "RUSGOV", "Xi": "CHNGOV", "Moscow": "RUS", "Beijing": "CHN", "Iran": "IRN", "Israel": "ISR"}

type want struct {
	typ, src, tgt           string
	neg, hypo, fut, alleged bool
}

func TestCoderRoles(t *testing.T) {
	tests := []struct {
		name  string
		conll string
		want  []want // events expected, in order
	}{
		{"active transitive", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
. . PUNCT 2 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}},
		{"passive with agent", `
Ukraine Ukraine PROPN 3 nsubj:pass
was be AUX 3 aux:pass
attacked attack VERB 0 root
by by ADP 5 case
Russia Russia PROPN 3 obl:agent
. . PUNCT 3 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}},
		{"coordinated subjects meet", `
Putin Putin PROPN 4 nsubj
and and CCONJ 3 cc
Xi Xi PROPN 1 conj
met meet VERB 0 root
in in ADP 6 case
Moscow Moscow PROPN 4 obl
. . PUNCT 4 punct`, []want{{typ: "CONSULT", src: "RUSGOV", tgt: "CHNGOV"}, {typ: "CONSULT", src: "CHNGOV", tgt: "RUSGOV"}}},
		{"unspecified default verb without a target is no event", `
Iran Iran PROPN 2 nsubj
faced face VERB 0 root
a a DET 4 det
winter winter NOUN 2 obj
. . PUNCT 2 punct`, nil},
		{"unspecified default verb with both parties", `
Iran Iran PROPN 2 nsubj
faced face VERB 0 root
Israel Israel PROPN 2 obj
. . PUNCT 2 punct`, []want{{typ: "CONSULT", src: "IRN", tgt: "ISR"}}},
		{"unspecified default verb without a subject is no event", `
warned warn VERB 0 root
Israel Israel PROPN 1 obj
. . PUNCT 1 punct`, nil},
		{"agreeing to an act is AGREE without a target", `
Putin Putin PROPN 2 nsubj
agreed agree VERB 0 root
to to PART 4 mark
resign resign VERB 2 xcomp
. . PUNCT 2 punct`, []want{{typ: "AGREE", src: "RUSGOV", tgt: ""}, {typ: "RETREAT", src: "RUSGOV", tgt: "", fut: true}}},
		{"readiness participle parsed as passive keeps its subject as actor", `
Putin Putin PROPN 3 nsubj:pass
is be AUX 3 aux:pass
prepared prepare VERB 0 root
to to PART 5 mark
meet meet VERB 3 xcomp
Xi Xi PROPN 5 obj
. . PUNCT 3 punct`, []want{{typ: "AGREE", src: "RUSGOV", tgt: "CHNGOV"}, {typ: "CONSULT", src: "RUSGOV", tgt: "CHNGOV", fut: true}}},
		{"a date word misparsed as a second subject is not the actor", `
Russia Russia PROPN 3 nsubj
today today NOUN 3 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
. . PUNCT 3 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}},
		{"an expletive it is no actor", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 6 nsubj
is be AUX 6 cop
no no ADV 6 advmod
good good ADJ 2 ccomp
exhorting exhort VERB 6 advcl
Israel Israel PROPN 7 obj
to to PART 10 mark
stop stop VERB 7 xcomp
. . PUNCT 2 punct`, nil},
		{"agentless passive keeps its target", `
Israel Israel PROPN 3 nsubj:pass
was be AUX 3 aux:pass
warned warn VERB 0 root
. . PUNCT 3 punct`, []want{{typ: "THREATEN", src: "", tgt: "ISR"}}},
		{"possessive nominal visit", `
Xi Xi PROPN 3 nmod:poss
's 's PART 1 case
visit visit NOUN 7 nsubj
to to ADP 5 case
Moscow Moscow PROPN 3 nmod
was be AUX 7 cop
brief brief ADJ 0 root
. . PUNCT 7 punct`, []want{{typ: "CONSULT", src: "CHNGOV", tgt: "RUS"}}},
		{"reported speech accusation", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 4 nsubj
attacked attack VERB 2 ccomp
Moscow Moscow PROPN 4 obj
. . PUNCT 2 punct`, []want{{typ: "ACCUSE", src: "RUS", tgt: "UKR"}, {typ: "ASSAULT", src: "UKR", tgt: "RUS", alleged: true}}},
		{"relative clause on the speaker is not reported", `
Ukraine Ukraine PROPN 9 nsubj
, , PUNCT 5 punct
which which PRON 5 nsubj:pass
was be AUX 5 aux:pass
attacked attack VERB 1 acl:relcl
by by ADP 7 case
Russia Russia PROPN 5 obl:agent
, , PUNCT 5 punct
said say VERB 0 root
talks talk NOUN 12 nsubj
would would AUX 12 aux
continue continue VERB 9 ccomp
. . PUNCT 9 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR"}}},
		{"negated meeting", `
Putin Putin PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
meet meet VERB 0 root
Xi Xi PROPN 4 obj
. . PUNCT 4 punct`, []want{{typ: "CONSULT", src: "RUSGOV", tgt: "CHNGOV", neg: true}}},
		{"no plans to attack", `
Iran Iran PROPN 2 nsubj
has have VERB 0 root
no no DET 4 det
plans plan NOUN 2 obj
to to PART 6 mark
attack attack VERB 4 acl
Israel Israel PROPN 6 obj
. . PUNCT 2 punct`, []want{{typ: "ASSAULT", src: "IRN", tgt: "ISR", neg: true, fut: true}}},
		{"conditional", `
if if SCONJ 3 mark
Russia Russia PROPN 3 nsubj
attacks attack VERB 7 advcl
Ukraine Ukraine PROPN 3 obj
, , PUNCT 7 punct
Putin Putin PROPN 7 nsubj
loses lose VERB 0 root
. . PUNCT 7 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR", hypo: true}}},
		{"future with will", `
Russia Russia PROPN 3 nsubj
will will AUX 3 aux
discuss discuss VERB 0 root
sanctions sanction NOUN 3 obj
with with ADP 6 case
Iran Iran PROPN 3 obl
. . PUNCT 3 punct`, []want{{typ: "AGREE", src: "RUS", tgt: "IRN"}, {typ: "CONSULT", src: "RUS", tgt: "IRN", fut: true}, {typ: "CONSULT", src: "IRN", tgt: "RUS", fut: true}}},
		{"refused to meet", `
Iran Iran PROPN 2 nsubj
refused refuse VERB 0 root
to to PART 4 mark
meet meet VERB 2 xcomp
Israel Israel PROPN 4 obj
. . PUNCT 2 punct`, []want{{typ: "REJECT", src: "IRN", tgt: "ISR"}, {typ: "CONSULT", src: "IRN", tgt: "ISR", neg: true}}},
		{"threat by announcement", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
it it PRON 5 nsubj
would would AUX 5 aux
impose impose VERB 2 ccomp
sanctions sanction NOUN 5 obj
on on ADP 8 case
Iran Iran PROPN 5 obl
. . PUNCT 2 punct`, []want{{typ: "THREATEN", src: "RUS", tgt: "IRN"}, {typ: "SANCTION", src: "RUS", tgt: "IRN", fut: true}}},
		{"demand through must", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 5 nsubj
must must AUX 5 aux
attack attack VERB 2 ccomp
Iran Iran PROPN 5 obj
. . PUNCT 2 punct`, []want{{typ: "REQUEST", src: "RUS", tgt: "UKR"}, {typ: "ASSAULT", src: "UKR", tgt: "IRN", hypo: true}}},
		{"conditional would stays hypothetical", `
Russia Russia PROPN 3 nsubj
would would AUX 3 aux
impose impose VERB 0 root
sanctions sanction NOUN 3 obj
on on ADP 6 case
Iran Iran PROPN 3 obl
if if SCONJ 9 mark
talks talk NOUN 9 nsubj
fail fail VERB 3 advcl
. . PUNCT 3 punct`, []want{{typ: "SANCTION", src: "RUS", tgt: "IRN", hypo: true}}},
		{"modal could", `
Russia Russia PROPN 3 nsubj
could could AUX 3 aux
attack attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
. . PUNCT 3 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR", hypo: true}}},
		{"reportedly", `
Russia Russia PROPN 3 nsubj
reportedly reportedly ADV 3 advmod
attacked attack VERB 0 root
Ukraine Ukraine PROPN 3 obj
. . PUNCT 3 punct`, []want{{typ: "ASSAULT", src: "RUS", tgt: "UKR", alleged: true}}},
	}
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parsed(t, tc.conll, actorsRUS)
			c.Annotate(a)
			got := a.Events
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events %v, want %d", len(got), brief(got), len(tc.want))
			}
			for i, w := range tc.want {
				e := got[i]
				if e.Type != w.typ || e.Source.Code != w.src || e.Target.Code != w.tgt {
					t.Errorf("event %d = %s %s->%s, want %s %s->%s", i, e.Type, e.Source.Code, e.Target.Code, w.typ, w.src, w.tgt)
				}
				if e.Negated != w.neg || e.Hypothetical != w.hypo || e.Future != w.fut || e.Alleged != w.alleged {
					t.Errorf("event %d flags neg=%v hypo=%v fut=%v alleged=%v, want %v %v %v %v", i, e.Negated, e.Hypothetical, e.Future, e.Alleged, w.neg, w.hypo, w.fut, w.alleged)
				}
				if e.Sentence != a.Text || e.Span.Of(a.Text) != e.Sentence {
					t.Errorf("event %d sentence provenance wrong: %q %v", i, e.Sentence, e.Span)
				}
			}
		})
	}
}

func brief(evs []doc.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+"("+e.CAMEO+") "+e.Source.Code+"->"+e.Target.Code+" trig="+e.Trigger)
	}
	return out
}

func TestEventDate(t *testing.T) {
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	a := parsed(t, `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
on on ADP 5 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct`, actorsRUS)
	a.Published = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	c.Annotate(a)
	if len(a.Events) != 1 || a.Events[0].Date != "2025-03-14" || a.Events[0].DatePrecision != "week" {
		t.Fatalf("undated sentence: %+v", a.Events)
	}
	start := strings.Index(a.Text, "Tuesday")
	a.Timexes = []doc.Timex{{Span: doc.Span{Start: start, End: start + 7}, Text: "Tuesday", Type: "DATE", Value: "2025-03-11"}}
	c.Annotate(a)
	if len(a.Events) != 1 || a.Events[0].Date != "2025-03-11" || a.Events[0].DatePrecision != "day" {
		t.Fatalf("dated sentence: %+v", a.Events)
	}
}

// TestAttributiveDateIsNotTheEvents: "the 2014 treaty" dates the treaty,
// and "since Iran took control in 2019" the taking of control, not the
// attack in their sentence (dated by the publication then).
func TestAttributiveDateIsNotTheEvents(t *testing.T) {
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, conll, year, want string }{
		{"a noun's date", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
despite despite ADP 7 case
the the DET 7 det
2014 2014 NUM 7 compound
treaty treaty NOUN 2 obl
. . PUNCT 2 punct`, "2014", "2025-03-14"},
		{"another clause's date", `
Since since SCONJ 3 mark
Iran Iran PROPN 3 nsubj
took take VERB 8 advcl
control control NOUN 3 obj
in in ADP 6 case
2019 2019 NUM 3 obl
, , PUNCT 8 punct
Russia Russia PROPN 8 nsubj
invaded invade VERB 0 root
Ukraine Ukraine PROPN 8 obj
. . PUNCT 8 punct`, "2019", "2025-03-14"},
		// a date covering part of a token still dates the event, and does
		// not crash the coder
		{"a date inside a token", `
Russia Russia PROPN 2 nsubj
invaded invade VERB 0 root
Ukraine Ukraine PROPN 2 obj
in in ADP 5 case
mid-2014 mid-2014 NOUN 2 obl
. . PUNCT 2 punct`, "2014", "2014"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := parsed(t, tc.conll, actorsRUS)
			a.Published = time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
			start := strings.Index(a.Text, tc.year)
			a.Timexes = []doc.Timex{{Span: doc.Span{Start: start, End: start + 4}, Text: tc.year, Type: "DATE", Value: tc.year}}
			c.Annotate(a)
			for _, e := range a.Events {
				if e.Source.Code == "RUS" && e.Date != tc.want {
					t.Errorf("attack dated %s (%s), want %s", e.Date, e.DatePrecision, tc.want)
				}
			}
			found := false
			for _, e := range a.Events {
				found = found || e.Source.Code == "RUS"
			}
			if !found {
				t.Fatalf("no event of Russia's: %+v", a.Events)
			}
		})
	}
}

func TestGuessLemma(t *testing.T) {
	for w, want := range map[string]string{"said": "say", "planned": "plan", "plans": "plan", "refused": "refuse", "denies": "deny", "threatening": "threaten", "announced": "announce", "tanks": "tanks"} {
		if got := guessLemma(w); got != want {
			t.Errorf("guessLemma(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestDistinct(t *testing.T) {
	rus, ukr := doc.ActorRef{ID: "country/RUS", Name: "Russia", Code: "RUS"}, doc.ActorRef{ID: "country/UKR", Name: "Ukraine", Code: "UKR"}
	evs := []doc.Event{
		{Type: "ACCUSE", CAMEO: "1123", Source: ukr, Target: rus, Confidence: 0.7},
		{Type: "ASSAULT", CAMEO: "190", Source: rus, Alleged: true, Confidence: 0.6},
		{Type: "ACCUSE", CAMEO: "1123", Source: ukr, Target: rus, Confidence: 0.8},
		{Type: "ASSAULT", CAMEO: "190", Source: rus, Confidence: 0.6},
		{Type: "ACCUSE", CAMEO: "1123", Source: ukr, Target: doc.ActorRef{Code: "RUSGOV"}, Confidence: 0.5},
	}
	got := distinct(evs)
	if len(got) != 4 {
		t.Fatalf("%d events, want 4: %+v", len(got), got)
	}
	if got[0].Type != "ACCUSE" || got[0].Confidence != 0.8 {
		t.Errorf("kept %+v, want the more confident accusation first", got[0])
	}
	if !got[1].Alleged || got[2].Alleged {
		t.Errorf("an alleged and a factual assault are two events: %+v", got[1:3])
	}
	geo := doc.ActorRef{ID: "country/GEO", Name: "Georgia", Code: "GEO"}
	people := doc.ActorRef{Name: "people", Code: "PPL"}
	protests := distinct([]doc.Event{
		{Type: "PROTEST", CAMEO: "141", Source: people, Target: geo},
		{Type: "PROTEST", CAMEO: "140", Source: people},
		{Type: "PROTEST", CAMEO: "140", Source: people, Negated: true},
	})
	if len(protests) != 2 || protests[0].Target != geo || !protests[1].Negated {
		t.Errorf("a targetless protest by the same people beside a targeted one should go, a negated one stay: %+v", protests)
	}
}

// TestRecognisingAState: recognising a state is diplomatic recognition
// (054), which the dictionary files with praise (ACCLAIM, 051).
func TestRecognisingAState(t *testing.T) {
	a := parsed(t, `
Israel Israel PROPN 2 nsubj
recognised recognise VERB 0 root
Ukraine Ukraine PROPN 2 obj
. . PUNCT 2 punct`, actorsRUS)
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	c.Annotate(a)
	if len(a.Events) == 0 || a.Events[0].CAMEO != "054" {
		t.Errorf("Israel recognised Ukraine: %v, want CAMEO 054", brief(a.Events))
	}
}
