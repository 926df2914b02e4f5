package event

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// TestCoderChoices covers decisions beyond single clauses: which event a
// sentence is about, who accuses, joint acts, and fallbacks for parses with
// misattached arguments.
func TestCoderChoices(t *testing.T) {
	ents := map[string]string{"Russia": "RUS", "Ukraine": "UKR", "Putin": "RUSGOV", "Xi": "CHNGOV", "Beijing": "CHN",
		"Iran": "IRN", "Israel": "ISR", "Palestinians": "PSE", "Iranian": "IRN", "UN": "IGOUNO", "Israeli": "ISR"}
	tests := []struct {
		name    string
		conll   string
		primary string   // type of the most confident event
		has     []string // "TYPE SRC->TGT" that must be coded
		hasNot  []string // types that must not be coded
	}{
		{"governing event is what the sentence reports", `
Russia Russia PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
impose impose VERB 2 xcomp
sanctions sanction NOUN 4 obj
on on ADP 7 case
Iran Iran PROPN 4 obl
. . PUNCT 2 punct`, "THREATEN", []string{"THREATEN RUS->IRN", "SANCTION RUS->IRN"}, nil},
		{"attribution to police is no accusation", `
Russia Russia PROPN 2 nsubj
attacked attack VERB 0 root
Ukraine Ukraine PROPN 2 obj
, , PUNCT 7 punct
Iranian Iranian ADJ 6 amod
police police NOUN 7 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct`, "ASSAULT", []string{"ASSAULT RUS->UKR"}, []string{"ACCUSE"}},
		{"a named party reporting an attack accuses", `
Russia Russia PROPN 2 nsubj
said say VERB 0 root
Ukraine Ukraine PROPN 4 nsubj
attacked attack VERB 2 ccomp
Iran Iran PROPN 4 obj
. . PUNCT 2 punct`, "ACCUSE", []string{"ACCUSE RUS->UKR", "ASSAULT UKR->IRN"}, nil},
		{"coordinated sources meet each other, not the venue", `
Putin Putin PROPN 4 nsubj
and and CCONJ 3 cc
Xi Xi PROPN 1 conj
met meet VERB 0 root
in in ADP 6 case
Beijing Beijing PROPN 4 obl
. . PUNCT 4 punct`, "CONSULT", []string{"CONSULT RUSGOV->CHNGOV", "CONSULT CHNGOV->RUSGOV"}, nil},
		{"object misattached as a particle", `
Israel Israel PROPN 2 nsubj
arrested arrest VERB 0 root
100 100 NUM 4 nummod
Palestinians Palestinian PROPN 2 compound:prt
. . PUNCT 2 punct`, "COERCE", []string{"COERCE ISR->PSE"}, nil},
		{"verb parsed as a modifier: actor before is the source, modified noun the object", `
Putin Putin PROPN 3 nmod
attacked attack VERB 3 amod
Ukraine Ukraine PROPN 0 root
. . PUNCT 3 punct`, "ASSAULT", []string{"ASSAULT RUSGOV->UKR"}, nil},
		{"a rejected object is a rejection", `
Iran Iran PROPN 2 nsubj
rejected reject VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
. . PUNCT 2 punct`, "REJECT", []string{"REJECT IRN->"}, nil},
		{"a protest takes the target of its purpose", `
Iran Iran PROPN 2 nsubj
staged stage VERB 0 root
protests protest NOUN 2 obj
to to PART 5 mark
denounce denounce VERB 2 advcl
Israel Israel PROPN 5 obj
. . PUNCT 2 punct`, "PROTEST", []string{"PROTEST IRN->ISR"}, nil},
		{"expelling inspectors is a sanction", `
Iran Iran PROPN 2 nsubj
expelled expel VERB 0 root
the the DET 4 det
inspectors inspector NOUN 2 obj
. . PUNCT 2 punct`, "SANCTION", []string{"SANCTION IRN->"}, []string{"COERCE"}},
		{"a resignation is a retreat", `
Putin Putin PROPN 2 nsubj
resigned resign VERB 0 root
. . PUNCT 2 punct`, "RETREAT", []string{"RETREAT RUSGOV->"}, nil},
		{"easing restrictions is a concession", `
Russia Russia PROPN 2 nsubj
eased ease VERB 0 root
the the DET 4 det
restrictions restriction NOUN 2 obj
. . PUNCT 2 punct`, "CONCEDE", []string{"CONCEDE RUS->"}, nil},
		{"announcing the withdrawal of inspectors is a threat", `
Iran Iran PROPN 3 nsubj
will will AUX 3 aux
withdraw withdraw VERB 0 root
the the DET 5 det
inspectors inspector NOUN 3 obj
. . PUNCT 3 punct`, "THREATEN", []string{"THREATEN IRN->"}, []string{"RETREAT"}},
		{"the accused does what they are accused of", `
Russia Russia PROPN 2 nsubj
accused accuse VERB 0 root
Ukraine Ukraine PROPN 2 obj
on on ADP 5 case
Monday Monday PROPN 2 obl
of of SCONJ 7 mark
attacking attack VERB 5 acl
Iran Iran PROPN 7 obj
. . PUNCT 2 punct`, "ACCUSE", []string{"ACCUSE RUS->UKR", "ASSAULT UKR->IRN"}, []string{"ASSAULT RUS->IRN"}},
		{"a protest targets what it protests against", `
Iran Iran PROPN 2 nsubj
continued continue VERB 0 root
the the DET 5 det
hunger hunger NOUN 5 compound
strike strike NOUN 2 obj
in in ADP 7 case
protest protest NOUN 2 obl
of of ADP 11 case
Israel Israel PROPN 11 nmod:poss
's 's PART 9 case
decision decision NOUN 7 nmod
. . PUNCT 2 punct`, "PROTEST", []string{"PROTEST IRN->ISR"}, nil},
		{"a conditional threat targets the party its condition names", `
Russia Russia PROPN 2 nsubj
threatened threaten VERB 0 root
to to PART 4 mark
quit quit VERB 2 xcomp
if if SCONJ 7 mark
Ukraine Ukraine PROPN 7 nsubj
attacks attack VERB 4 advcl
. . PUNCT 2 punct`, "THREATEN", []string{"THREATEN RUS->UKR"}, nil},
		{"a complaint targets what it is about", `
Iran Iran PROPN 2 nsubj
complained complain VERB 0 root
to to ADP 5 case
the the DET 5 det
UN UN PROPN 2 obl
over over ADP 8 case
Israeli Israeli ADJ 8 amod
raids raid NOUN 2 obl
. . PUNCT 2 punct`, "ACCUSE", []string{"ACCUSE IRN->ISR"}, nil},
		{"an organisation in apposition gives the role acted in", `
Putin Putin PROPN 5 nsubj
, , PUNCT 4 punct
the the DET 4 det
UN UN PROPN 1 appos
accused accuse VERB 0 root
Iran Iran PROPN 5 obj
. . PUNCT 5 punct`, "ACCUSE", []string{"ACCUSE IGOUNO->IRN"}, nil},
	}
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parsed(t, tc.conll, ents)
			c.Annotate(a)
			got := map[string]bool{}
			var best doc.Event
			for _, e := range a.Events {
				got[e.Type+" "+e.Source.Code+"->"+e.Target.Code] = true
				got[e.Type] = true
				if e.Confidence > best.Confidence {
					best = e
				}
			}
			if best.Type != tc.primary {
				t.Errorf("primary event %s, want %s; got %v", best.Type, tc.primary, brief(a.Events))
			}
			for _, h := range tc.has {
				if !got[h] {
					t.Errorf("missing %s; got %v", h, brief(a.Events))
				}
			}
			for _, h := range tc.hasNot {
				if got[h] {
					t.Errorf("unexpected %s; got %v", h, brief(a.Events))
				}
			}
		})
	}
}

// TestSubordinateClause: events in adverbial and relative clauses rank below
// the main clause's; complements ("refrained from condemning") and a main
// verb misparsed as a modifier of the root noun do not.
func TestSubordinateClause(t *testing.T) {
	a := parsed(t, `
After after SCONJ 3 mark
Ukraine Ukraine PROPN 3 nsubj
attacked attack VERB 7 advcl
Israel Israel PROPN 3 obj
, , PUNCT 3 punct
Iran Iran PROPN 7 nsubj
praised praise VERB 0 root
Russia Russia PROPN 7 obj
. . PUNCT 7 punct`, nil)
	tr := newTree(a.Sentences[0].Tokens)
	if !inSubordinateClause(tr, 2) || inSubordinateClause(tr, 6) {
		t.Errorf("advcl: attacked %v, praised %v; want true, false", inSubordinateClause(tr, 2), inSubordinateClause(tr, 6))
	}
	b := parsed(t, `
Russian Russian ADJ 2 amod
forces force NOUN 0 root
struck strike VERB 2 acl
Sloviansk Sloviansk PROPN 3 obj
. . PUNCT 2 punct`, nil)
	if tr := newTree(b.Sentences[0].Tokens); inSubordinateClause(tr, 2) {
		t.Errorf("a main verb parsed as a modifier of the root noun counted as subordinate")
	}
}

// TestPronounObject: "him" as an object is the person named before it
// outside the verb's subject.
func TestPronounObject(t *testing.T) {
	a := parsed(t, `
Putin Putin PROPN 2 nsubj
arrived arrive VERB 0 root
as as SCONJ 5 mark
Xi Xi PROPN 5 nsubj
welcomed welcome VERB 2 advcl
him he PRON 5 obj
. . PUNCT 2 punct`, map[string]string{"Putin": "RUSGOV", "Xi": "CHNGOV"})
	for i := range a.Entities {
		a.Entities[i].Type = doc.PER
	}
	c, err := New(WithoutDictionaryActors())
	if err != nil {
		t.Fatal(err)
	}
	c.Annotate(a)
	for _, e := range a.Events {
		if e.Trigger == "welcomed" || strings.HasPrefix(e.Trigger, "welcomed") {
			if e.Source.Code != "CHNGOV" || e.Target.Code != "RUSGOV" {
				t.Errorf("welcomed him: %s->%s, want CHNGOV->RUSGOV", e.Source.Code, e.Target.Code)
			}
			return
		}
	}
	t.Errorf("no event for 'welcomed'; got %v", brief(a.Events))
}
