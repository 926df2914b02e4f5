package quote

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestRankBoundaries(t *testing.T) {
	text := "Smith said the plan was “dead on arrival” in Congress."
	rules := "the plan was “dead on arrival” in Congress"
	tests := []struct {
		name   string
		model  *Ranker
		want   string
		direct bool
	}{
		{"no model keeps the rules' span", nil, rules, false},
		{"model keeping the rules' span", &Ranker{w: map[string]float64{"b:span=rule/rule": 1}}, rules, false},
		{"model preferring the quoted words", &Ranker{w: map[string]float64{"b:span=marks/marks": 1}}, "dead on arrival", true},
		{"model preferring to end at the marks", &Ranker{w: map[string]float64{"b:end=marks": 1, "b:start=rule": 1}}, "the plan was “dead on arrival”", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &doc.Article{Text: text}
			qs := New(WithoutIndirect(), WithSpeakerModel(tc.model)).Extract(a)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			if q := qs[0]; q.Text != tc.want || q.Direct != tc.direct || q.Span.Of(text) != q.Text {
				t.Errorf("got %q direct=%v span %v; want %q direct=%v", q.Text, q.Direct, q.Span, tc.want, tc.direct)
			}
		})
	}
}

func TestComplementEnd(t *testing.T) {
	text := "Smith called it “shameful” and left the room."
	parse := "Smith/PROPN/2/nsubj called/VERB/0/root it/PRON/2/obj “/PUNCT/5/punct shameful/ADJ/2/xcomp ”/PUNCT/5/punct and/CCONJ/8/cc left/VERB/2/conj the/DET/10/det room/NOUN/8/obj ./PUNCT/2/punct"
	a := parsedArticle(t, text, parse)
	an := &analysis{a: a, text: text, isParsed: true}
	an.segs = scanSegments(text, paragraphs(text))
	cue := doc.Span{Start: strings.Index(text, "called"), End: strings.Index(text, "called") + len("called")}
	tests := []struct {
		name string
		cue  doc.Span
		at   int
		want string // the text from the quotation to the end; "" for none
	}{
		{"the complement stops before a coordinated verb", cue, strings.Index(text, "“"), "“shameful”"},
		{"no cue", doc.Span{}, strings.Index(text, "“"), ""},
		{"a cue after the quotation", cue, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			end, ok := an.complementEnd(tc.cue, tc.at)
			got := ""
			if ok {
				got = text[tc.at:end]
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestClauseEndsBeforeItsAttribution(t *testing.T) {
	text := "The plan is “dead on arrival” in Congress, Smith said."
	parse := "The/DET/2/det plan/NOUN/5/nsubj is/AUX/5/cop “/PUNCT/5/punct dead/ADJ/13/ccomp on/ADP/7/case arrival/NOUN/5/obl ”/PUNCT/5/punct in/ADP/10/case Congress/PROPN/5/obl ,/PUNCT/5/punct Smith/PROPN/13/nsubj said/VERB/0/root ./PUNCT/13/punct"
	model := &Ranker{w: map[string]float64{"b:start=sentence": 1, "b:end=clause": 1}}
	qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(parsedArticle(t, text, parse))
	want := "The plan is “dead on arrival” in Congress"
	if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker.Mention != "Smith" {
		t.Fatalf("got %+v, want one quote %q by Smith", qs, want)
	}
}

func TestClauseEndStopsAtCoordinatedVerb(t *testing.T) {
	text := "Smith said: “The plan failed” and left the room."
	parse := "Smith/PROPN/2/nsubj said/VERB/0/root :/PUNCT/7/punct “/PUNCT/7/punct The/DET/6/det plan/NOUN/7/nsubj failed/VERB/2/ccomp ”/PUNCT/7/punct and/CCONJ/10/cc left/VERB/2/conj the/DET/12/det room/NOUN/10/obj ./PUNCT/2/punct"
	model := &Ranker{w: map[string]float64{"b:end=clause": 1}}
	qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Text != "The plan failed" {
		t.Fatalf("got %+v, want one quote %q", qs, "The plan failed")
	}
}

func TestCoordinatedClauseWithItsOwnSubjectIsReported(t *testing.T) {
	text := "Trump said the system is “complex” and he feels he can win the primary."
	parse := "Trump/PROPN/2/nsubj said/VERB/0/root the/DET/4/det system/NOUN/7/nsubj is/AUX/7/cop “/PUNCT/7/punct complex/ADJ/2/ccomp ”/PUNCT/11/punct and/CCONJ/11/cc he/PRON/11/nsubj feels/VERB/2/conj he/PRON/14/nsubj can/AUX/14/aux win/VERB/11/ccomp the/DET/16/det primary/NOUN/14/obj ./PUNCT/2/punct"
	want := "the system is “complex” and he feels he can win the primary"
	qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Text != want {
		t.Fatalf("got %+v, want one quote %q", qs, want)
	}
}

func TestClauseStopsAtCoordinatedSpeechVerb(t *testing.T) {
	text := "China said it was “resolutely opposed” to the test and warned Korea."
	parse := "China/PROPN/2/nsubj said/VERB/0/root it/PRON/7/nsubj:pass was/AUX/7/aux:pass “/PUNCT/7/punct resolutely/ADV/7/advmod opposed/VERB/2/ccomp ”/PUNCT/7/punct to/ADP/11/case the/DET/11/det test/NOUN/7/obl and/CCONJ/13/cc warned/VERB/7/conj Korea/PROPN/13/obj ./PUNCT/2/punct"
	want := "it was “resolutely opposed” to the test"
	for _, m := range []*Ranker{nil, {w: map[string]float64{"b:end=tree": 1, "b:start=rule": 1}}} {
		qs := New(WithoutIndirect(), WithSpeakerModel(m)).Extract(parsedArticle(t, text, parse))
		if len(qs) != 1 || qs[0].Text != want {
			t.Errorf("model %v: got %+v, want one quote %q", m != nil, qs, want)
		}
	}
}

func TestClauseStopsAtItsMainClause(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"a free relative's quotation is no part of what the sentence says of it",
			"What Smith called a “fraudulent scheme” took a turn.",
			"What/PRON/9/nsubj Smith/PROPN/3/nsubj called/VERB/1/acl:relcl a/DET/7/det “/PUNCT/7/punct fraudulent/ADJ/7/amod scheme/NOUN/3/xcomp ”/PUNCT/7/punct took/VERB/0/root a/DET/11/det turn/NOUN/9/obj ./PUNCT/9/punct",
			"a “fraudulent scheme”"},
		{"the cue's own adjuncts stay with the clause",
			"Smith called the plan a “fraudulent scheme” on Monday.",
			"Smith/PROPN/2/nsubj called/VERB/0/root the/DET/4/det plan/NOUN/2/obj a/DET/8/det “/PUNCT/8/punct fraudulent/ADJ/8/amod scheme/NOUN/2/xcomp ”/PUNCT/8/punct on/ADP/11/case Monday/PROPN/2/obl ./PUNCT/2/punct",
			"the plan a “fraudulent scheme” on Monday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

func TestAfterCueStartSkipsTheCuesAdjunct(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"an adjunct of the cue set off by a comma is not what was said",
			"Smith said during the debate, “We will win.”",
			"Smith/PROPN/2/nsubj said/VERB/0/root during/ADP/5/case the/DET/5/det debate/NOUN/2/obl ,/PUNCT/2/punct “/PUNCT/10/punct We/PRON/10/nsubj will/AUX/10/aux win/VERB/2/ccomp ./PUNCT/2/punct ”/PUNCT/2/punct",
			"We will win."},
		{"several adjuncts of the cue set off by a comma are not what was said",
			"Smith said during the debate last week, “We will win.”",
			"Smith/PROPN/2/nsubj said/VERB/0/root during/ADP/5/case the/DET/5/det debate/NOUN/2/obl last/ADJ/7/amod week/NOUN/2/obl:tmod ,/PUNCT/2/punct “/PUNCT/12/punct We/PRON/12/nsubj will/AUX/12/aux win/VERB/2/ccomp ./PUNCT/2/punct ”/PUNCT/2/punct",
			"We will win."},
		{"a phrase running on past the adjunct stays a candidate",
			"Smith noted on Twitter the change from the slogan, “Win Again.”",
			"Smith/PROPN/2/nsubj noted/VERB/0/root on/ADP/4/case Twitter/PROPN/2/obl the/DET/6/det change/NOUN/2/obj from/ADP/9/case the/DET/9/det slogan/NOUN/6/nmod ,/PUNCT/12/punct “/PUNCT/12/punct Win/VERB/9/appos Again/ADV/12/advmod ./PUNCT/2/punct ”/PUNCT/2/punct",
			"on Twitter the change from the slogan, “Win Again."},
	}
	model := &Ranker{w: map[string]float64{"b:start=aftercue": 5}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

func TestCharacterisationEndsBeforeItsAdjunct(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"a characterisation's adverbial clause is not what it says",
			"Smith described Jones as a “disgrace” after she attacked the police.",
			"Smith/PROPN/2/nsubj described/VERB/0/root Jones/PROPN/2/obj as/ADP/7/case a/DET/7/det “/PUNCT/7/punct disgrace/NOUN/2/obl ”/PUNCT/7/punct after/SCONJ/11/mark she/PRON/11/nsubj attacked/VERB/2/advcl the/DET/13/det police/NOUN/11/obj ./PUNCT/2/punct",
			"Jones as a “disgrace”"},
		{"reported speech keeps the adverbial clause",
			"Smith said the plan was “dead” when the vote failed.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct when/SCONJ/12/mark the/DET/11/det vote/NOUN/12/nsubj failed/VERB/2/advcl ./PUNCT/2/punct",
			"the plan was “dead” when the vote failed"},
		{"a characterisation's time preposition says when it was made",
			"Smith criticized the law as a “mess” during a stop in Ohio.",
			"Smith/PROPN/2/nsubj criticized/VERB/0/root the/DET/4/det law/NOUN/2/obj as/ADP/8/case a/DET/8/det “/PUNCT/8/punct mess/NOUN/2/obl ”/PUNCT/8/punct during/ADP/12/case a/DET/12/det stop/NOUN/2/obl in/ADP/14/case Ohio/PROPN/12/nmod ./PUNCT/2/punct",
			"the law as a “mess”"},
		{"so does a bare time noun hung on it as an oblique",
			"Smith blasted Jones as a “disgrace” Wednesday on the radio.",
			"Smith/PROPN/2/nsubj blasted/VERB/0/root Jones/PROPN/2/obj as/ADP/7/case a/DET/7/det “/PUNCT/7/punct disgrace/NOUN/2/obl ”/PUNCT/7/punct Wednesday/PROPN/2/obl on/ADP/12/case the/DET/12/det radio/NOUN/9/nmod ./PUNCT/2/punct",
			"Jones as a “disgrace”"},
		{"other obliques stay with the characterisation",
			"Smith criticized the law as a “mess” for its costs.",
			"Smith/PROPN/2/nsubj criticized/VERB/0/root the/DET/4/det law/NOUN/2/obj as/ADP/8/case a/DET/8/det “/PUNCT/8/punct mess/NOUN/2/obl ”/PUNCT/8/punct for/ADP/12/case its/PRON/12/nmod:poss costs/NOUN/2/obl ./PUNCT/2/punct",
			"the law as a “mess” for its costs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

func TestFreeAdjunctEndsTheClause(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"a participle after a comma is the writer's gloss",
			"The union called Smith a “hero” for its members, citing his work.",
			"The/DET/2/det union/NOUN/3/nsubj called/VERB/0/root Smith/PROPN/3/obj a/DET/7/det “/PUNCT/7/punct hero/NOUN/3/xcomp ”/PUNCT/7/punct for/ADP/11/case its/PRON/11/nmod:poss members/NOUN/7/nmod ,/PUNCT/13/punct citing/VERB/7/acl his/PRON/15/nmod:poss work/NOUN/13/obj ./PUNCT/3/punct",
			"Smith a “hero” for its members"},
		{"the comma may sit inside the closing mark",
			"Smith said the deal was only “partial,” meaning it covered little.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det deal/NOUN/8/nsubj was/AUX/8/cop only/ADV/8/advmod “/PUNCT/8/punct partial/ADJ/2/ccomp ,/PUNCT/8/punct ”/PUNCT/8/punct meaning/VERB/8/advcl it/PRON/14/nsubj covered/VERB/11/ccomp little/ADJ/14/obj ./PUNCT/2/punct",
			"the deal was only “partial,”"},
		{"or after a dash",
			"Smith said the plan was “a joke” - setting the tone.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/8/nsubj was/AUX/8/cop “/PUNCT/8/punct a/DET/8/det joke/NOUN/2/ccomp ”/PUNCT/8/punct -/PUNCT/11/punct setting/VERB/2/advcl the/DET/13/det tone/NOUN/11/obj ./PUNCT/2/punct",
			"the plan was “a joke”"},
		{"a participle without a comma is part of the clause",
			"Smith said the rule was “unfair” to people working nights.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det rule/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct unfair/ADJ/2/ccomp ”/PUNCT/7/punct to/ADP/10/case people/NOUN/7/obl working/VERB/10/acl nights/NOUN/11/obj ./PUNCT/2/punct",
			"the rule was “unfair” to people working nights"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parsedArticle(t, tc.text, tc.parse)
			for i, tok := range a.Sentences[0].Tokens {
				if tok.UPOS == "VERB" && strings.HasSuffix(tok.Text, "ing") {
					a.Sentences[0].Tokens[i].XPOS = "VBG"
				}
			}
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(a)
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

func TestGlossAfterTheQuotationEndsTheClause(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"an apposition after a comma",
			"Smith called the plan “a joke,” a swipe at the mayor.",
			"Smith/PROPN/2/nsubj called/VERB/0/root the/DET/4/det plan/NOUN/2/obj “/PUNCT/7/punct a/DET/7/det joke/NOUN/2/xcomp ,/PUNCT/7/punct ”/PUNCT/7/punct a/DET/11/det swipe/NOUN/7/appos at/ADP/14/case the/DET/14/det mayor/NOUN/11/nmod ./PUNCT/2/punct",
			"the plan “a joke,”"},
		{"an apposition after a dash",
			"Smith called the plan “a joke” - a charge that stung.",
			"Smith/PROPN/2/nsubj called/VERB/0/root the/DET/4/det plan/NOUN/2/obj “/PUNCT/7/punct a/DET/7/det joke/NOUN/2/xcomp ”/PUNCT/7/punct -/PUNCT/11/punct a/DET/11/det charge/NOUN/7/appos that/PRON/13/nsubj stung/VERB/11/acl:relcl ./PUNCT/2/punct",
			"the plan “a joke”"},
		{"a relative clause opened by a relative pronoun after a comma",
			"Smith said the bill was “a mess”, which angered its authors.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det bill/NOUN/8/nsubj was/AUX/8/cop “/PUNCT/8/punct a/DET/8/det mess/NOUN/2/ccomp ”/PUNCT/8/punct ,/PUNCT/12/punct which/PRON/12/nsubj angered/VERB/8/acl:relcl its/PRON/14/nmod:poss authors/NOUN/12/obj ./PUNCT/2/punct",
			"the bill was “a mess”"},
		{"a relative clause without a comma stays",
			"Smith said the bill was “a mess” which nobody wanted.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det bill/NOUN/8/nsubj was/AUX/8/cop “/PUNCT/8/punct a/DET/8/det mess/NOUN/2/ccomp ”/PUNCT/8/punct which/PRON/12/obj nobody/PRON/12/nsubj wanted/VERB/8/acl:relcl ./PUNCT/2/punct",
			"the bill was “a mess” which nobody wanted"},
		{"a sentential relative clause after a comma",
			"Smith said he would “take a look” at the bill, which would give police more time.",
			"Smith/PROPN/2/nsubj said/VERB/0/root he/PRON/6/nsubj would/AUX/6/aux “/PUNCT/6/punct take/VERB/2/ccomp a/DET/8/det look/NOUN/6/obj ”/PUNCT/8/punct at/ADP/12/case the/DET/12/det bill/NOUN/6/obl ,/PUNCT/16/punct which/PRON/16/nsubj would/AUX/16/aux give/VERB/6/advcl:relcl police/NOUN/16/obj more/ADJ/19/amod time/NOUN/16/obj ./PUNCT/2/punct",
			"he would “take a look” at the bill"},
		{"a nominal apposition to the clause parsed as parataxis",
			"Smith said the contest was “rigged” against him, a charge that leaders denied.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det contest/NOUN/7/nsubj was/AUX/7/aux:pass “/PUNCT/7/punct rigged/VERB/2/ccomp ”/PUNCT/7/punct against/ADP/10/case him/PRON/7/obl ,/PUNCT/13/punct a/DET/13/det charge/NOUN/7/parataxis that/PRON/16/obj leaders/NOUN/16/nsubj denied/VERB/13/acl:relcl ./PUNCT/2/punct",
			"the contest was “rigged” against him"},
		{"a clause set against the quoted one stays",
			"Smith said because he was “truthful,” it is an indication that she was.",
			"Smith/PROPN/2/nsubj said/VERB/0/root because/SCONJ/7/mark he/PRON/7/nsubj was/AUX/7/cop “/PUNCT/7/punct truthful/ADJ/13/advcl ,/PUNCT/7/punct ”/PUNCT/7/punct it/PRON/13/nsubj is/AUX/13/cop an/DET/13/det indication/NOUN/2/ccomp that/SCONJ/16/mark she/PRON/16/nsubj was/AUX/13/acl ./PUNCT/2/punct",
			"because he was “truthful,” it is an indication that she was"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

// TestGlossThatQuotesAgainStays: a relative clause after the quotation
// that quotes again ("…,” which led to “the disclosure”") is more of what
// was said; the second quotation's clause takes it in.
func TestGlossThatQuotesAgainStays(t *testing.T) {
	text := "Smith said the DNC “failed to act,” which led to “the disclosure” of data."
	parse := "Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det DNC/PROPN/6/nsubj “/PUNCT/6/punct failed/VERB/2/ccomp to/PART/8/mark act/VERB/6/xcomp ,/PUNCT/6/punct ”/PUNCT/6/punct which/PRON/12/nsubj led/VERB/6/advcl:relcl to/ADP/16/case “/PUNCT/16/punct the/DET/16/det disclosure/NOUN/12/obl ”/PUNCT/16/punct of/ADP/19/case data/NOUN/16/nmod ./PUNCT/2/punct"
	want := "the DNC “failed to act,” which led to “the disclosure” of data"
	model := &Ranker{w: map[string]float64{"b:end=clause": 1}}
	qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(parsedArticle(t, text, parse))
	if len(qs) == 0 || qs[0].Text != want {
		t.Fatalf("got %+v, want the first quote %q", qs, want)
	}
}

func TestCoordinatedComplementStaysInTheClause(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"'and that …' hung on the cue says more",
			"Smith said the plan was “dead” and that the vote failed.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct and/CCONJ/13/cc that/SCONJ/13/mark the/DET/12/det vote/NOUN/13/nsubj failed/VERB/2/conj ./PUNCT/2/punct",
			"the plan was “dead” and that the vote failed"},
		{"'and that …' with a speech verb of its own says more too",
			"Smith said the plan was “dead” and that the committee would continue to investigate.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct and/CCONJ/14/cc that/SCONJ/14/mark the/DET/12/det committee/NOUN/14/nsubj would/AUX/14/aux continue/VERB/2/conj to/PART/16/mark investigate/VERB/14/xcomp ./PUNCT/2/punct",
			"the plan was “dead” and that the committee would continue to investigate"},
		{"a coordinated verb without a subordinator is the speaker's next act",
			"Smith said the plan was “dead” and left the room.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct and/CCONJ/10/cc left/VERB/2/conj the/DET/12/det room/NOUN/10/obj ./PUNCT/2/punct",
			"the plan was “dead”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}

// TestThatClausesWhateverTheModel: whatever end or start the span model
// prefers, a reported clause followed by "and that …" takes in the second
// clause, and a quotation in the cue's that-clause ("told reporters that he
// had spoken to Jones and that “…”") reports the clause.
func TestThatClausesWhateverTheModel(t *testing.T) {
	cases := []struct {
		name, text, parse, feature, want string
	}{
		{"and that goes on", "Smith said the plan was “dead” and that the vote failed.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct and/CCONJ/13/cc that/SCONJ/13/mark the/DET/12/det vote/NOUN/13/nsubj failed/VERB/2/conj ./PUNCT/2/punct",
			"b:end=marks", "the plan was “dead” and that the vote failed"},
		{"quotation in the cue's that-clause", "Smith told reporters that he had spoken to Jones and that “we will win.”",
			"Smith/PROPN/2/nsubj told/VERB/0/root reporters/NOUN/2/obj that/SCONJ/7/mark he/PRON/7/nsubj had/AUX/7/aux spoken/VERB/2/ccomp to/ADP/9/case Jones/PROPN/7/obl and/CCONJ/15/cc that/SCONJ/15/mark “/PUNCT/15/punct we/PRON/15/nsubj will/AUX/15/aux win/VERB/7/conj ./PUNCT/15/punct ”/PUNCT/15/punct",
			"b:start=marks", "that he had spoken to Jones and that “we will win.”"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			model := &Ranker{w: map[string]float64{c.feature: 5}}
			qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(parsedArticle(t, c.text, c.parse))
			if len(qs) != 1 || qs[0].Text != c.want {
				t.Fatalf("got %+v, want one quote %q", qs, c.want)
			}
		})
	}
}

// TestQuotationInARunningClauseKeepsTheClause: a span the model starts at
// the sentence (or, for a quotation opening its sentence, at its quoted
// words) but ends at the quoted words, inside the closing mark, while the
// sentence runs on in lower case, takes the rest of the clause, whatever end
// the model prefers.
func TestQuotationInARunningClauseKeepsTheClause(t *testing.T) {
	const s1 = "“It is history,” Smith said."
	const p1 = "“/PUNCT/4/punct It/PRON/4/nsubj is/AUX/4/cop history/NOUN/8/ccomp ,/PUNCT/4/punct ”/PUNCT/4/punct Smith/PROPN/8/nsubj said/VERB/0/root ./PUNCT/8/punct"
	cases := []struct {
		name, s2, p2, feature, want string
	}{
		{"set in the clause", "Democrats had “put the biggest crack” yet in the ceiling.",
			"Democrats/PROPN/2/nsubj had/VERB/0/root “/PUNCT/4/punct put/VERB/2/ccomp the/DET/7/det biggest/ADJ/7/amod crack/NOUN/4/obj ”/PUNCT/4/punct yet/ADV/4/advmod in/ADP/12/case the/DET/12/det ceiling/NOUN/4/obl ./PUNCT/2/punct",
			"b:span=sentence/rule", "Democrats had “put the biggest crack” yet in the ceiling"},
		{"opening the sentence", "“I held and hugged” the families before laying flowers.",
			"“/PUNCT/3/punct I/PRON/3/nsubj held/VERB/0/root and/CCONJ/5/cc hugged/VERB/3/conj ”/PUNCT/3/punct the/DET/8/det families/NOUN/5/obj before/SCONJ/10/mark laying/VERB/5/advcl flowers/NOUN/10/obj ./PUNCT/3/punct",
			"b:span=rule/rule", "I held and hugged” the families before laying flowers"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a1 := parsedArticle(t, s1, p1)
			sen := parsedArticle(t, c.s2, c.p2).Sentences[0]
			off := len(s1) + 1
			sen.Span = doc.Span{Start: off, End: off + len(c.s2)}
			for i := range sen.Tokens {
				sen.Tokens[i].Span.Start += off
				sen.Tokens[i].Span.End += off
			}
			a := &doc.Article{Text: s1 + " " + c.s2, Sentences: []doc.Sentence{a1.Sentences[0], sen}}
			model := &Ranker{w: map[string]float64{c.feature: 5}}
			qs := New(WithoutIndirect(), WithSpeakerModel(model)).Extract(a)
			if len(qs) != 2 || qs[1].Text != c.want {
				t.Fatalf("got %+v, want a second quote %q", qs, c.want)
			}
		})
	}
}

func TestTheCuesMediumEndsTheClause(t *testing.T) {
	tests := []struct {
		name, text, parse, want string
	}{
		{"the medium of the cue is not what was said",
			"Smith said the plan was “dead” in an interview with CNN.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct in/ADP/11/case an/DET/11/det interview/NOUN/2/obl with/ADP/13/case CNN/PROPN/11/nmod ./PUNCT/2/punct",
			"the plan was “dead”"},
		{"another oblique of the cue stays",
			"Smith said the plan was “dead” in most states.",
			"Smith/PROPN/2/nsubj said/VERB/0/root the/DET/4/det plan/NOUN/7/nsubj was/AUX/7/cop “/PUNCT/7/punct dead/ADJ/2/ccomp ”/PUNCT/7/punct in/ADP/11/case most/ADJ/11/amod states/NOUN/2/obl ./PUNCT/2/punct",
			"the plan was “dead” in most states"},
		{"a medium hung on a verb that says nothing is the cue's",
			"Smith said his campaign does not want “that crap” in an interview with CNN.",
			"Smith/PROPN/2/nsubj said/VERB/0/root his/PRON/4/nmod:poss campaign/NOUN/7/nsubj does/AUX/7/aux not/PART/7/advmod want/VERB/2/ccomp “/PUNCT/10/punct that/DET/10/det crap/NOUN/7/obj ”/PUNCT/10/punct in/ADP/14/case an/DET/14/det interview/NOUN/7/obl with/ADP/16/case CNN/PROPN/14/nmod ./PUNCT/2/punct",
			"his campaign does not want “that crap”"},
		{"another oblique of a verb that says nothing stays",
			"Smith said his campaign does not want “that crap” in its ads.",
			"Smith/PROPN/2/nsubj said/VERB/0/root his/PRON/4/nmod:poss campaign/NOUN/7/nsubj does/AUX/7/aux not/PART/7/advmod want/VERB/2/ccomp “/PUNCT/10/punct that/DET/10/det crap/NOUN/7/obj ”/PUNCT/10/punct in/ADP/14/case its/PRON/14/nmod:poss ads/NOUN/7/obl ./PUNCT/2/punct",
			"his campaign does not want “that crap” in its ads"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want {
				t.Fatalf("got %+v, want one quote %q", qs, tc.want)
			}
		})
	}
}
