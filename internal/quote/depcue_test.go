package quote

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gender"
)

// parsedArticle builds a one-sentence article from text and its parse, one
// token a field: word/UPOS/head/deprel with 1-based heads as in CoNLL-U.
func parsedArticle(t *testing.T, text, parse string) *doc.Article {
	t.Helper()
	s := doc.Sentence{Span: doc.Span{Start: 0, End: len(text)}}
	at := 0
	for _, f := range strings.Fields(parse) {
		p := strings.Split(f, "/")
		if len(p) != 4 {
			t.Fatalf("bad token %q", f)
		}
		i := strings.Index(text[at:], p[0])
		if i < 0 {
			t.Fatalf("token %q not in text after %d", p[0], at)
		}
		h, err := strconv.Atoi(p[2])
		if err != nil {
			t.Fatalf("bad head in %q", f)
		}
		start := at + i
		s.Tokens = append(s.Tokens, doc.Token{Text: p[0], Span: doc.Span{Start: start, End: start + len(p[0])}, Lemma: strings.ToLower(p[0]), UPOS: p[1], Head: h - 1, Deprel: p[3]})
		at = start + len(p[0])
	}
	return &doc.Article{Text: text, Sentences: []doc.Sentence{s}}
}

func TestParseAttribution(t *testing.T) {
	tests := []struct {
		name, text, parse string
		want              want
	}{
		{"participle cue speaks for the clause subject",
			"Trump spoke on Monday night, saying “We will win.”",
			"Trump/PROPN/2/nsubj spoke/VERB/0/root on/ADP/5/case Monday/PROPN/5/compound night/NOUN/2/obl ,/PUNCT/7/punct saying/VERB/2/advcl “/PUNCT/10/punct We/PRON/10/nsubj will/AUX/10/aux win/VERB/7/ccomp ./PUNCT/10/punct ”/PUNCT/10/punct",
			want{"We will win.", "Trump", "Trump", "saying", true}},
		{"a participle after a preposition speaks for its clause subject, whatever the parse hangs the quotation on",
			"Silverman drew boos upon saying, “Hillary heard the people.”",
			"Silverman/PROPN/2/nsubj drew/VERB/0/root boos/NOUN/2/obj upon/SCONJ/5/mark saying/VERB/2/advcl ,/PUNCT/5/punct “/PUNCT/9/punct Hillary/PROPN/9/nsubj heard/VERB/2/parataxis the/DET/11/det people/NOUN/9/obj ./PUNCT/9/punct ”/PUNCT/9/punct",
			want{"Hillary heard the people.", "Silverman", "Silverman", "saying", true}},
		{"cue after an adjunct governs the quotation",
			"“The aspect is resilience,” like the volatility of markets, said Richard Curtin.",
			"“/PUNCT/5/punct The/DET/3/det aspect/NOUN/5/nsubj is/AUX/5/cop resilience/NOUN/14/ccomp ,/PUNCT/5/punct ”/PUNCT/5/punct like/ADP/10/case the/DET/10/det volatility/NOUN/5/nmod of/ADP/12/case markets/NOUN/10/nmod ,/PUNCT/14/punct said/VERB/0/root Richard/PROPN/14/nsubj Curtin/PROPN/15/flat ./PUNCT/14/punct",
			want{"The aspect is resilience,", "Richard Curtin", "Richard Curtin", "said", true}},
	}
	x := New(WithoutIndirect())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := x.Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(qs), qs)
			}
			q, w := qs[0], tc.want
			if q.Text != w.text || q.Direct != w.direct || q.Speaker.Mention != w.mention || q.Speaker.Name != w.name || q.Cue != w.cue {
				t.Errorf("got %q direct=%v speaker %q → %q cue %q; want %q direct=%v speaker %q → %q cue %q",
					q.Text, q.Direct, q.Speaker.Mention, q.Speaker.Name, q.Cue, w.text, w.direct, w.mention, w.name, w.cue)
			}
		})
	}
}

func TestParticipleIsNoReport(t *testing.T) {
	text := "A ceasefire declared by Russia appears to have held on the front."
	parse := "A/DET/2/det ceasefire/NOUN/6/nsubj declared/VERB/2/acl by/ADP/5/case Russia/PROPN/3/obl:agent appears/VERB/0/root to/PART/9/mark have/AUX/9/aux held/VERB/6/xcomp on/ADP/12/case the/DET/12/det front/NOUN/9/obl ./PUNCT/6/punct"
	if qs := New().Extract(parsedArticle(t, text, parse)); len(qs) != 0 {
		t.Errorf("a participle modifying a noun reported %+v", qs)
	}
	// the same words as a finite verb with a subject do report
	text = "The ceasefire commission declared that the truce had held."
	parse = "The/DET/3/det ceasefire/NOUN/3/compound commission/NOUN/4/nsubj declared/VERB/0/root that/SCONJ/9/mark the/DET/7/det truce/NOUN/9/nsubj had/AUX/9/aux held/VERB/4/ccomp ./PUNCT/4/punct"
	if qs := New().Extract(parsedArticle(t, text, parse)); len(qs) != 1 || qs[0].Speaker.Mention != "The ceasefire commission" {
		t.Errorf("got %+v, want one report by the commission", qs)
	}
}

// TestSplitQuoteKeepsItsParts: the two parts of a quotation split by its
// cue stay two direct quotes; no span takes in the cue between them.
func TestSplitQuoteKeepsItsParts(t *testing.T) {
	text := "“We are ready to talk,” Kulayigye said, “but Kenya must stop the propaganda.”"
	parse := "“/PUNCT/4/punct We/PRON/4/nsubj are/AUX/4/cop ready/ADJ/10/ccomp to/PART/6/mark talk/VERB/4/xcomp ,/PUNCT/4/punct ”/PUNCT/4/punct Kulayigye/PROPN/10/nsubj said/VERB/0/root ,/PUNCT/10/punct “/PUNCT/16/punct but/CCONJ/16/cc Kenya/PROPN/16/nsubj must/AUX/16/aux stop/VERB/10/ccomp the/DET/18/det propaganda/NOUN/16/obj ./PUNCT/16/punct ”/PUNCT/16/punct"
	qs := New(WithoutIndirect()).Extract(parsedArticle(t, text, parse))
	want := []string{"We are ready to talk,", "but Kenya must stop the propaganda."}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(qs), len(want), qs)
	}
	for i, q := range qs {
		if q.Text != want[i] || !q.Direct || q.Cue != "said" {
			t.Errorf("quote %d: %q direct=%v cue %q; want %q, direct, cue said", i, q.Text, q.Direct, q.Cue, want[i])
		}
	}
}

// TestQuoteSpanLeavesOutItsSpeaker: "According to X, “…”" quotes only the
// quotation; no span takes in the speaker before it.
func TestQuoteSpanLeavesOutItsSpeaker(t *testing.T) {
	text := "According to Ablakwa, “both sides want a lasting deal.”"
	parse := "According/VERB/3/case to/ADP/1/fixed Ablakwa/PROPN/8/obl ,/PUNCT/3/punct “/PUNCT/8/punct both/DET/7/det sides/NOUN/8/nsubj want/VERB/0/root a/DET/11/det lasting/ADJ/11/amod deal/NOUN/8/obj ./PUNCT/8/punct ”/PUNCT/8/punct"
	qs := New(WithoutIndirect()).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Text != "both sides want a lasting deal." || !qs[0].Direct || qs[0].Speaker.Mention != "Ablakwa" {
		t.Errorf("got %+v, want the quotation, direct, spoken by Ablakwa", qs)
	}
}

// TestToldWhomThat: "X, Y, told state television that …" is a quote of X's
// from "that" on: "state" is a noun there, not the cue, and whom X told is
// not what X said.
func TestToldWhomThat(t *testing.T) {
	tests := []struct {
		name, text, parse, whom, said string
	}{
		{"a noun the parse may take for a cue",
			"The prime minister, Abdoulaye Maiga, told state television that the government “will not bow to foreign pressure.”",
			"The/DET/3/det prime/ADJ/3/amod minister/NOUN/0/root ,/PUNCT/5/punct Abdoulaye/PROPN/3/appos Maiga/PROPN/5/flat ,/PUNCT/8/punct told/VERB/5/acl state/NOUN/10/compound television/NOUN/8/iobj that/SCONJ/17/mark the/DET/13/det government/NOUN/17/nsubj “/PUNCT/17/punct will/AUX/17/aux not/PART/17/advmod bow/VERB/8/ccomp to/ADP/20/case foreign/ADJ/20/amod pressure/NOUN/17/obl ./PUNCT/3/punct ”/PUNCT/3/punct",
			"television", "will not bow"},
		{"a long phrase of whom and when before the that-clause",
			"Smith told one of his young friends on a regular basis that “terrorism is the answer.”",
			"Smith/PROPN/2/nsubj told/VERB/0/root one/NUM/2/iobj of/ADP/7/case his/PRON/7/nmod:poss young/ADJ/7/amod friends/NOUN/3/nmod on/ADP/11/case a/DET/11/det regular/ADJ/11/amod basis/NOUN/2/obl that/SCONJ/17/mark “/PUNCT/17/punct terrorism/NOUN/17/nsubj is/AUX/17/cop the/DET/17/det answer/NOUN/2/ccomp ./PUNCT/2/punct ”/PUNCT/2/punct",
			"friends", "terrorism is the answer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect()).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Cue != "told" || strings.Contains(qs[0].Text, tc.whom) || !strings.Contains(qs[0].Text, tc.said) {
				t.Errorf("got %+v, want one quote under told, without whom it was told", qs)
			}
		})
	}
}

// TestRelativePronounSpeaker: a cue in a relative clause is spoken by the
// relative pronoun, named by the noun the clause modifies (through an
// apposition to the name), not by a nearer word ("in 2010") before the cue;
// a thing that "says" names no speaker.
func TestRelativePronounSpeaker(t *testing.T) {
	tests := []struct {
		name, text, parse, who string
		mention, speaker       string
	}{
		{"person through apposition",
			`Obama spoke with McConnell, now the majority leader, who in 2010 said the goal was to make Obama a "one-term president."`,
			`Obama/PROPN/2/nsubj spoke/VERB/0/root with/ADP/4/case McConnell/PROPN/2/obl ,/PUNCT/9/punct now/ADV/9/advmod the/DET/9/det majority/NOUN/9/compound leader/NOUN/4/appos ,/PUNCT/14/punct who/PRON/14/nsubj in/ADP/13/case 2010/NUM/14/obl said/VERB/9/acl:relcl the/DET/16/det goal/NOUN/17/nsubj was/AUX/14/ccomp to/PART/19/mark make/VERB/17/xcomp Obama/PROPN/19/obj a/DET/24/det "/PUNCT/24/punct one-term/ADJ/24/amod president/NOUN/19/xcomp ./PUNCT/2/punct "/PUNCT/2/punct`,
			"McConnell", "who", "McConnell"},
		{"person through a misparsed apposition",
			`Obama spoke with McConnell, now the majority leader, who in 2010 said the goal was to make Obama a "one-term president."`,
			`Obama/PROPN/2/nsubj spoke/VERB/0/root with/ADP/4/case McConnell/PROPN/2/obl ,/PUNCT/9/punct now/ADV/4/advmod the/DET/9/det majority/NOUN/9/compound leader/NOUN/6/appos ,/PUNCT/14/punct who/PRON/14/nsubj in/ADP/13/case 2010/NUM/14/obl said/VERB/9/acl:relcl the/DET/16/det goal/NOUN/17/nsubj was/AUX/14/ccomp to/PART/19/mark make/VERB/17/xcomp Obama/PROPN/19/obj a/DET/24/det "/PUNCT/24/punct one-term/ADJ/24/amod president/NOUN/19/xcomp ./PUNCT/2/punct "/PUNCT/2/punct`,
			"McConnell", "who", "McConnell"},
		{"a thing is no speaker",
			`He released a letter that says he has "extraordinarily good health" for his age.`,
			`He/PRON/2/nsubj released/VERB/0/root a/DET/4/det letter/NOUN/2/obj that/PRON/6/nsubj says/VERB/4/acl:relcl he/PRON/8/nsubj has/VERB/6/ccomp "/PUNCT/12/punct extraordinarily/ADV/11/advmod good/ADJ/12/amod health/NOUN/8/obj "/PUNCT/12/punct for/ADP/16/case his/PRON/16/nmod:poss age/NOUN/12/nmod ./PUNCT/2/punct`,
			"", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := parsedArticle(t, tc.text, tc.parse)
			if tc.who != "" {
				i := strings.Index(tc.text, tc.who)
				a.Mentions = []doc.Mention{{Text: tc.who, Type: doc.PER, Span: doc.Span{Start: i, End: i + len(tc.who)}}}
			}
			qs := New(WithSpeakerModel(nil)).Extract(a)
			if len(qs) != 1 {
				t.Fatalf("got %d quotes %+v, want 1", len(qs), qs)
			}
			if tc.mention == "" {
				if qs[0].Speaker.Mention == "that" {
					t.Errorf("speaker %+v: a letter is no speaker", qs[0].Speaker)
				}
				return
			}
			if qs[0].Speaker.Mention != tc.mention || qs[0].Speaker.Name != tc.speaker {
				t.Errorf("speaker %q → %q, want %q → %q", qs[0].Speaker.Mention, qs[0].Speaker.Name, tc.mention, tc.speaker)
			}
		})
	}
}

// TestNameModifierIsNoAntecedent: a name modifying a noun ("a Trump
// supporter") is no person a later pronoun can refer to.
func TestNameModifierIsNoAntecedent(t *testing.T) {
	text := "Lee Zeldin, a Trump supporter, said the plan would work."
	a := parsedArticle(t, text, "Lee/PROPN/8/nsubj Zeldin/PROPN/1/flat ,/PUNCT/6/punct a/DET/6/det Trump/PROPN/6/compound supporter/NOUN/1/appos ,/PUNCT/1/punct said/VERB/0/root the/DET/10/det plan/NOUN/12/nsubj would/AUX/12/aux work/VERB/8/ccomp ./PUNCT/8/punct")
	for _, name := range []string{"Lee Zeldin", "Trump"} {
		i := strings.Index(text, name)
		a.Mentions = append(a.Mentions, doc.Mention{Text: name, Type: doc.PER, Span: doc.Span{Start: i, End: i + len(name)}})
	}
	an := &analysis{a: a, text: text}
	an.paras = paragraphs(text)
	an.segs = scanSegments(text, an.paras)
	an.toks = tokenize(text, 0, len(text))
	an.isParsed = an.parsed()
	an.findPersons()
	var names []string
	for _, p := range an.persons {
		names = append(names, p.name)
	}
	if strings.Join(names, "|") != "Lee Zeldin" {
		t.Errorf("persons %q, want only Lee Zeldin", names)
	}
}

// TestObjectPronounIsNoGenderEvidence: "McCaskill scolded him" says nothing
// of McCaskill's gender, so a later "she" can still be McCaskill.
func TestObjectPronounIsNoGenderEvidence(t *testing.T) {
	text := "Claire McCaskill scolded him: “It is wrong,” she said."
	a := parsedArticle(t, text, "Claire/PROPN/3/nsubj McCaskill/PROPN/1/flat scolded/VERB/0/root him/PRON/3/obj :/PUNCT/3/punct “/PUNCT/9/punct It/PRON/9/nsubj is/AUX/9/cop wrong/ADJ/13/ccomp ,/PUNCT/9/punct ”/PUNCT/9/punct she/PRON/13/nsubj said/VERB/3/parataxis ./PUNCT/3/punct")
	a.Mentions = []doc.Mention{{Text: "Claire McCaskill", Type: doc.PER, Span: doc.Span{Start: 0, End: len("Claire McCaskill")}}}
	qs := New(WithFirstNames(gender.FirstNames{}), WithSpeakerModel(nil)).Extract(a)
	if len(qs) != 1 || qs[0].Speaker.Mention != "she" || qs[0].Speaker.Name != "Claire McCaskill" {
		t.Errorf("got %+v, want one quote by she → Claire McCaskill", qs)
	}
}

// TestNearerCueSpeaks: a speech verb between the cue the parse gives and the
// quotation is the quotation's cue ("Sanders said, suggesting a few
// questions, including, “…”"): the quotation is not the earlier one's part.
func TestNearerCueSpeaks(t *testing.T) {
	text := "“We lost,” Smith said, suggesting a few questions, including, “Why did we lose?”"
	parse := "“/PUNCT/3/punct We/PRON/3/nsubj lost/VERB/7/ccomp ,/PUNCT/3/punct ”/PUNCT/3/punct Smith/PROPN/7/nsubj said/VERB/0/root ,/PUNCT/9/punct suggesting/VERB/7/ccomp a/DET/12/det few/ADJ/12/amod questions/NOUN/9/obj ,/PUNCT/14/punct including/VERB/9/parataxis ,/PUNCT/14/punct “/PUNCT/20/punct Why/ADV/20/advmod did/AUX/20/aux we/PRON/20/nsubj lose/VERB/7/parataxis ?/PUNCT/20/punct ”/PUNCT/20/punct"
	qs := New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 2 || qs[0].CueSpan == qs[1].CueSpan || qs[1].Speaker.Mention != "Smith" {
		t.Errorf("got %+v, want two quotes by Smith with their own cues", qs)
	}
}

// TestAsCharacterisation: a quotation after "as" characterises someone for
// the subject of whatever verb governs it ("admires Putin as a “strong
// leader”").
func TestAsCharacterisation(t *testing.T) {
	text := "Trump openly admires Russian President Vladimir Putin as a “strong leader,” and has praised him."
	parse := "Trump/PROPN/3/nsubj openly/ADV/3/advmod admires/VERB/0/root Russian/ADJ/5/amod President/PROPN/6/nmod:desc Vladimir/PROPN/3/obj Putin/PROPN/6/flat as/ADP/12/case a/DET/12/det “/PUNCT/12/punct strong/ADJ/12/amod leader/NOUN/3/obl ,/PUNCT/3/punct ”/PUNCT/17/punct and/CCONJ/17/cc has/AUX/17/aux praised/VERB/3/conj him/PRON/17/obj ./PUNCT/3/punct"
	qs := New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Speaker.Mention != "Trump" || qs[0].Cue != "admires" || !strings.HasPrefix(qs[0].Text, "Russian President Vladimir Putin as a “strong leader") {
		t.Errorf("got %+v, want Trump's characterisation of Putin, cue admires", qs)
	}
}

// TestWithParticipleSubject: in "with Vance telling Zelenskyy, “…”" Vance
// tells: the noun after "with" is the participle's subject (the rules'
// speaker; the learned speaker model may still prefer another).
func TestWithParticipleSubject(t *testing.T) {
	text := "It began with Vance telling Zelenskyy, “Mr. President, I think it is disrespectful.”"
	parse := "It/PRON/2/nsubj began/VERB/0/root with/ADP/4/case Vance/PROPN/2/obl telling/VERB/2/advcl Zelenskyy/PROPN/5/obj ,/PUNCT/10/punct “/PUNCT/10/punct Mr./PROPN/10/nmod:desc President/PROPN/5/obl ,/PUNCT/14/punct I/PRON/13/nsubj think/VERB/5/parataxis it/PRON/16/nsubj is/AUX/16/cop disrespectful/ADJ/13/ccomp ./PUNCT/13/punct ”/PUNCT/13/punct"
	qs := New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Speaker.Mention != "Vance" {
		t.Errorf("got %+v, want Vance speaking", qs)
	}
}

// TestAdjectivalParticipleIsNoCue: "These written proposals … include a
// “transparency mechanism”": no one writes there, so nobody is quoted.
func TestAdjectivalParticipleIsNoCue(t *testing.T) {
	text := "These written proposals include a “transparency mechanism” to convince Russia."
	parse := "These/DET/3/det written/VERB/3/amod proposals/NOUN/4/nsubj include/VERB/0/root a/DET/8/det “/PUNCT/8/punct transparency/NOUN/8/compound mechanism/NOUN/4/obj ”/PUNCT/8/punct to/PART/11/mark convince/VERB/8/acl Russia/PROPN/11/obj ./PUNCT/4/punct"
	for _, q := range New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse)) {
		if q.Cue == "written" {
			t.Errorf("got %+v, want no quote cued by the adjective", q)
		}
	}
}

func TestMixedClauseStopsAtCoordinatedVerb(t *testing.T) {
	text := "Smith said fundraising was “stagnant for a month” and left the room."
	parse := "Smith/PROPN/2/nsubj said/VERB/0/root fundraising/NOUN/6/nsubj was/AUX/6/cop “/PUNCT/6/punct stagnant/ADJ/2/ccomp for/ADP/9/case a/DET/9/det month/NOUN/6/obl ”/PUNCT/6/punct and/CCONJ/12/cc left/VERB/2/conj the/DET/14/det room/NOUN/12/obj ./PUNCT/2/punct"
	qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	want := "fundraising was “stagnant for a month”"
	if len(qs) != 1 || qs[0].Text != want || qs[0].Speaker.Mention != "Smith" {
		t.Fatalf("got %+v, want one quote %q by Smith", qs, want)
	}
}

func TestTailNounIsNoCue(t *testing.T) {
	text := "“It is the best of both worlds,” giving states more power."
	parse := "“/PUNCT/5/punct It/PRON/5/nsubj is/AUX/5/cop the/DET/5/det best/ADJ/0/root of/ADP/8/case both/DET/8/det worlds/NOUN/5/nmod ,/PUNCT/5/punct ”/PUNCT/5/punct giving/VERB/5/advcl states/NOUN/11/iobj more/ADJ/14/amod power/NOUN/11/obj ./PUNCT/5/punct"
	for _, q := range New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse)) {
		if q.Cue == "states" {
			t.Errorf("a noun after the quotation became its cue: %+v", q)
		}
	}
}

func TestAccordingToPhraseByParse(t *testing.T) {
	text := "A “living wage” for a single adult is about $12 an hour, according to calculations by Amy Glasmeier of the institute."
	parse := "A/DET/4/det “/PUNCT/4/punct living/NOUN/4/compound wage/NOUN/12/nsubj ”/PUNCT/4/punct for/ADP/9/case a/DET/9/det single/ADJ/9/amod adult/NOUN/4/nmod is/AUX/12/cop about/ADV/12/advmod $/SYM/0/root 12/NUM/12/nummod an/DET/15/det hour/NOUN/12/obj ,/PUNCT/19/punct according/VERB/19/case to/ADP/17/fixed calculations/NOUN/12/obl by/ADP/21/case Amy/PROPN/19/nmod Glasmeier/PROPN/21/flat of/ADP/25/case the/DET/25/det institute/NOUN/21/nmod ./PUNCT/12/punct"
	want := "A “living wage” for a single adult is about $12 an hour"
	for _, q := range New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse)) {
		if q.Text == want && q.Cue == "according to" {
			return
		}
	}
	t.Errorf("no mixed quote %q by “according to”", want)
}

func TestInvertedSpeakerWithApposition(t *testing.T) {
	text := "The plan will fail, said David Wasserman, an analyst at the Cook Political Report."
	parse := "The/DET/2/det plan/NOUN/4/nsubj will/AUX/4/aux fail/VERB/6/ccomp ,/PUNCT/6/punct said/VERB/0/root David/PROPN/6/nsubj Wasserman/PROPN/7/flat ,/PUNCT/11/punct an/DET/11/det analyst/NOUN/7/appos at/ADP/16/case the/DET/16/det Cook/PROPN/16/compound Political/PROPN/16/compound Report/PROPN/11/nmod ./PUNCT/6/punct"
	qs := New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Text != "The plan will fail" || qs[0].Speaker.Mention != "David Wasserman" {
		t.Errorf("got %+v, want “The plan will fail” said by David Wasserman", qs)
	}
}

func TestAccordingToLongSourceBeforeQuote(t *testing.T) {
	text := "According to a complaint by the commission and a lawsuit by the state, the developers ran a “massive fraudulent scheme” for years."
	parse := "According/VERB/4/case to/ADP/1/fixed a/DET/4/det complaint/NOUN/17/obl by/ADP/7/case the/DET/7/det commission/NOUN/4/nmod and/CCONJ/10/cc a/DET/10/det lawsuit/NOUN/4/conj by/ADP/13/case the/DET/13/det state/NOUN/10/nmod ,/PUNCT/17/punct the/DET/16/det developers/NOUN/17/nsubj ran/VERB/0/root a/DET/22/det “/PUNCT/22/punct massive/ADJ/22/amod fraudulent/ADJ/22/amod scheme/NOUN/17/obj ”/PUNCT/22/punct for/ADP/25/case years/NOUN/17/obl ./PUNCT/17/punct"
	qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Cue != "According to" || !strings.HasPrefix(qs[0].Text, "the developers ran a “massive") {
		t.Errorf("got %+v, want a mixed quote from “the developers” by “According to”", qs)
	}
}

func TestOuterReportOfANaming(t *testing.T) {
	tests := []struct {
		name, text, parse, want, cue, speaker string
	}{
		{"a free relative's naming inside reported speech",
			"Smith said she was proud of what she calls a “quiet revolution.”",
			"Smith/PROPN/2/nsubj said/VERB/0/root she/PRON/5/nsubj was/AUX/5/cop proud/ADJ/2/ccomp of/ADP/7/case what/PRON/5/obl she/PRON/9/nsubj calls/VERB/7/acl:relcl a/DET/13/det “/PUNCT/13/punct quiet/ADJ/13/amod revolution/NOUN/9/xcomp ./PUNCT/2/punct ”/PUNCT/2/punct",
			"she was proud of what she calls a “quiet revolution.”", "said", "Smith"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			if len(qs) != 1 || qs[0].Text != tc.want || qs[0].Cue != tc.cue || qs[0].Speaker.Mention != tc.speaker {
				t.Fatalf("got %+v, want one quote %q cued by %q, spoken by %q", qs, tc.want, tc.cue, tc.speaker)
			}
		})
	}
}

// TestClauseBeforeColon: a main clause whose subject, opening the sentence,
// is a person introduces the quotation after its colon.
func TestClauseBeforeColon(t *testing.T) {
	text := `Trump boomed: “Let’s defeat her in November.”`
	a := parsedArticle(t, text, `Trump/PROPN/2/nsubj boomed/VERB/0/root :/PUNCT/2/punct “/PUNCT/6/punct Let/VERB/2/parataxis ’s/PRON/6/obj defeat/VERB/6/xcomp her/PRON/7/obj in/ADP/10/case November/PROPN/7/obl ./PUNCT/6/punct ”/PUNCT/6/punct`)
	a.Mentions = []doc.Mention{{Span: doc.Span{Start: 0, End: 5}, Text: "Trump", Type: doc.PER}}
	New(WithSpeakerModel(nil)).Annotate(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Mention != "Trump" || a.Quotes[0].Cue != "boomed" {
		t.Errorf("got %+v, want Trump's quote, cue boomed", a.Quotes)
	}
}

// TestDayIsNoSubject: a day the parse makes a participle's subject ("issued
// a statement Tuesday saying") says when, the speaker is above it.
func TestDayIsNoSubject(t *testing.T) {
	text := "Mr. Trump issued a statement Tuesday saying, “I do not feel that.”"
	parse := "Mr./PROPN/2/nmod:desc Trump/PROPN/3/nsubj issued/VERB/0/root a/DET/5/det statement/NOUN/3/obj Tuesday/PROPN/7/nsubj saying/VERB/3/advcl ,/PUNCT/13/punct “/PUNCT/13/punct I/PRON/13/nsubj do/AUX/13/aux not/PART/13/advmod feel/VERB/7/ccomp that/PRON/13/obj ./PUNCT/13/punct ”/PUNCT/13/punct"
	qs := New(WithSpeakerModel(nil)).Extract(parsedArticle(t, text, parse))
	if len(qs) != 1 || qs[0].Speaker.Mention != "Mr. Trump" {
		t.Errorf("got %+v, want Mr. Trump speaking", qs)
	}
}

// TestLaterQuotationsOfOneReportedClause: "According to X, he had “A”
// results, shows “B” strength": a later quotation of the clause the cue
// before the first one reports shares its cue.
func TestLaterQuotationsOfOneReportedClause(t *testing.T) {
	tests := []struct {
		name, text, parse string
		want              int
	}{
		{"one reported clause",
			"According to his doctor, he had “excellent” results and shows “extraordinary” strength.",
			"According/VERB/3/case to/ADP/1/fixed his/PRON/4/nmod:poss doctor/NOUN/7/obl ,/PUNCT/4/punct he/PRON/7/nsubj had/VERB/0/root “/PUNCT/9/punct excellent/ADJ/11/amod ”/PUNCT/9/punct results/NOUN/7/obj and/CCONJ/13/cc shows/VERB/7/conj “/PUNCT/15/punct extraordinary/ADJ/17/amod ”/PUNCT/15/punct strength/NOUN/13/obj ./PUNCT/7/punct",
			2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(parsedArticle(t, tc.text, tc.parse))
			n := 0
			for _, q := range qs {
				if len(qs) > 0 && q.CueSpan == qs[0].CueSpan {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("got %+v, want %d quotes of one cue", qs, tc.want)
			}
		})
	}
}
