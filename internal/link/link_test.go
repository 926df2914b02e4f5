package link

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// article builds an article from sentences written as "word/TAG word ..."
// (untagged words are O).
func article(date string, sents ...string) *doc.Article {
	a := &doc.Article{}
	if date != "" {
		a.Published, _ = time.Parse("2006-01-02", date)
	}
	var text strings.Builder
	for _, s := range sents {
		var sent doc.Sentence
		sent.Span.Start = text.Len()
		for _, w := range strings.Fields(s) {
			word, tag, ok := strings.Cut(w, "/")
			if !ok {
				tag = "O"
			}
			word = strings.ReplaceAll(word, "_", " ")
			if text.Len() > 0 {
				text.WriteByte(' ')
			}
			start := text.Len()
			text.WriteString(word)
			sent.Tokens = append(sent.Tokens, doc.Token{Text: word, Span: doc.Span{Start: start, End: text.Len()}, NER: tag})
		}
		sent.Span.End = text.Len()
		a.Sentences = append(a.Sentences, sent)
	}
	a.Text = text.String()
	return a
}

func TestAnnotate(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		a     *doc.Article
		links map[string]string // mention text → entity id ("" = any, but the same for all "=" groups)
		same  [][]string        // mention texts that must share one entity
		codes map[string]string // mention text → entity code
		adjs  []string          // words the tagger calls adjectives
		none  []string          // texts no mention may have
	}{
		{
			name: "in cased text a tagged span with no capital is no name",
			a: article("2020-06-01", "The driver of the van/B-LOC was arrested .",
				"Kenya/B-LOC said so .", "Uganda/B-LOC and uganda/B-LOC again ."),
			none:  []string{"van"},
			links: map[string]string{"uganda": "country/UGA"},
		},
		{
			name:  "text written in lower case keeps its names",
			a:     article("2020-06-01", "the driver from kenya/B-LOC was arrested .", "police in van/B-LOC said so ."),
			links: map[string]string{"kenya": "country/KEN"},
		},
		{
			name:  "a nationality word the recognizer missed is a nationality",
			a:     article("2023-05-01", "Myanmar/B-LOC has faced heavy Western sanctions since the coup ."),
			codes: map[string]string{"Western": "WST"},
		},
		{
			name: "a name after a person's title is a person, and so is its family name alone",
			a: article("2016-09-15", "Retired Gen. Norman/B-LOC Ham/I-LOC is speaking out .",
				"Ham/B-ORG made it clear ."),
			links: map[string]string{"Norman Ham": "doc/per/norman-ham", "Ham": "doc/per/norman-ham"},
		},
		{
			name:  "a leader's administration is the government of the leader's country",
			a:     article("2015-03-01", "The Obama/B-ORG administration/I-ORG imposed new sanctions ."),
			links: map[string]string{"Obama administration": "sector/USA/GOV"},
		},
		{
			name:  "a nationality is capitalised: a lower-case word before it is no part of it",
			a:     article("2010-03-20", "Students clashed with police in the west - central/B-NORP African/I-NORP nation of Cameroon/B-LOC ."),
			links: map[string]string{"African": "region/afr"},
		},
		{
			name:  "an adjective naming a country that the recognizer missed is a nationality",
			a:     article("2006-03-20", "Britain/B-LOC criticised the Iranian government ."),
			adjs:  []string{"Iranian"},
			links: map[string]string{"Iranian government": "sector/IRN/GOV"},
		},
		{
			name:  "a nationality's government is its country's, though a person has the nationality as a surname",
			a:     article("2006-03-20", "Riots greet the French/B-NORP government 's reform ."),
			links: map[string]string{"French government": "sector/FRA/GOV"},
		},
		{
			name: "a state body the recognizer missed after its nationality, and its short form later",
			a: article("2022-09-20", "Russian/B-NORP Security Council Secretary Nikolai/B-PER Patrushev/I-PER met Yang/B-PER Jiechi/I-PER .",
				"The security/B-ORG council/I-ORG said so ."),
			codes: map[string]string{"Russian Security Council": "RUSGOV"},
			same:  [][]string{{"Russian Security Council", "security council"}},
		},
		{
			name:  "an armed group the recognizer missed is the group",
			a:     article("2024-01-10", "The Houthis threatened to abandon the talks ."),
			codes: map[string]string{"Houthis": "YEMREB"},
		},
		{
			name:  "an armed group read as a person is the group",
			a:     article("2022-02-04", "Isis/B-PER claimed the attack ."),
			links: map[string]string{"Isis": "group/ucdp234"},
		},
		{
			name: "a family name read as an organisation is the person named before",
			a: article("2022-02-04", "Abu/B-PER Ibrahim/I-PER al-Hashimi/I-PER al-Quraishi/I-PER led the group .",
				"Quraishi/B-ORG died in the raid ."),
			same: [][]string{{"Abu Ibrahim al-Hashimi al-Quraishi", "Quraishi"}},
		},
		{
			name: "surname and title resolve to the full name",
			a: article("2022-03-01",
				"Joe/B-PER Biden/I-PER spoke to Volodymyr/B-PER Zelenskyy/I-PER .",
				"Mr/B-PER Biden/I-PER said Zelensky/B-PER was brave ."),
			same:  [][]string{{"Joe Biden", "Biden"}, {"Volodymyr Zelenskyy", "Zelensky"}},
			links: map[string]string{"Joe Biden": "person/Q6279", "Zelensky": "person/Q3874799"},
		},
		{
			name: "family name first",
			a: article("2023-01-01",
				"Xi/B-PER Jinping/I-PER arrived .",
				"Xi/B-PER said China/B-LOC would help ."),
			same:  [][]string{{"Xi Jinping", "Xi"}},
			links: map[string]string{"Xi": "person/Q15031", "China": "country/CHN"},
		},
		{
			name: "family name first, for a person the knowledge base lacks",
			a: article("2025-03-14",
				"Sergei/B-PER Lavrov/I-PER met Wang/B-PER Yi/I-PER in Beijing/B-LOC .",
				"Wang/B-PER said ties were strong ."),
			same: [][]string{{"Wang Yi", "Wang"}},
		},
		{
			name: "a shorter form of an organisation named before",
			a: article("2025-03-14",
				"The Russian/B-ORG Security/I-ORG Council/I-ORG met .",
				"The security/B-ORG council/I-ORG said talks went well ."),
			same: [][]string{{"Russian Security Council", "security council"}},
		},
		{
			name: "an unknown organisation named for its country",
			a: article("2025-03-14",
				"The Russian/B-ORG Defence/I-ORG Ministry/I-ORG said the Ukrainian/B-ORG Business/I-ORG Association/I-ORG lied ."),
			codes: map[string]string{"Russian Defence Ministry": "RUSGOV", "Ukrainian Business Association": ""},
		},
		{
			name: "role phrases by date",
			a: article("2025-06-01",
				"The US president met the Turkish leader ."),
			links: map[string]string{"US president": "person/Q22686", "Turkish leader": "person/Q39259"},
		},
		{
			name: "role phrase in an earlier year",
			a: article("2022-06-01",
				"The US president spoke ."),
			links: map[string]string{"US president": "person/Q6279"},
		},
		{
			name: "metonymy: seats and capitals",
			a: article("2022-03-01",
				"The Kremlin/B-ORG denied it .",
				"Moscow/B-LOC said talks failed .",
				"He flew to Moscow/B-LOC ."),
			codes: map[string]string{"Kremlin": "RUSGOV"},
			links: map[string]string{"Kremlin": "seat/kremlin"},
		},
		{
			name: "nationality and sector",
			a: article("2022-03-01",
				"Russian/B-NORP troops entered Ukrainian/B-NORP towns ."),
			codes: map[string]string{"Russian troops": "RUSMIL"},
			links: map[string]string{"Ukrainian": "country/UKR"},
		},
		{
			name: "acronym and transliteration variants",
			a: article("2022-02-03",
				"Nato/B-ORG and NATO/B-ORG allies .",
				"Abu/B-PER Ibrahim/I-PER al-Hashimi/I-PER al-Qurayshi/I-PER led Islamic/B-ORG State/I-ORG .",
				"Al-Quraishi/B-PER died ; Isis/B-ORG confirmed it and IS/B-ORG named a successor ."),
			same: [][]string{{"Nato", "NATO"}, {"Abu Ibrahim al-Hashimi al-Qurayshi", "Al-Quraishi"}, {"Islamic State", "Isis", "IS"}},
		},
		{
			name: "unknown names are local entities",
			a: article("2022-01-01",
				"Jane/B-PER Doerington/I-PER joined Frobnitz/B-ORG Holdings/I-ORG .",
				"Doerington/B-PER said Frobnitz/B-ORG Holdings/I-ORG grew ."),
			same: [][]string{{"Jane Doerington", "Doerington"}, {"Frobnitz Holdings"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for si := range tc.a.Sentences {
				for ti, tk := range tc.a.Sentences[si].Tokens {
					if slices.Contains(tc.adjs, tk.Text) {
						tc.a.Sentences[si].Tokens[ti].UPOS = "ADJ"
					}
				}
			}
			l.Annotate(tc.a)
			byText := map[string][]string{}
			for _, m := range tc.a.Mentions {
				if m.Span.Of(tc.a.Text) != m.Text {
					t.Errorf("mention %q: span %v covers %q", m.Text, m.Span, m.Span.Of(tc.a.Text))
				}
				byText[m.Text] = append(byText[m.Text], m.Entity)
			}
			ent := map[string]doc.Entity{}
			for _, e := range tc.a.Entities {
				ent[e.ID] = e
			}
			find := func(text string) []string {
				for k, v := range byText {
					if k == text || strings.HasSuffix(k, " "+text) || strings.HasPrefix(k, "The "+text) || strings.HasPrefix(k, "the "+text) {
						return v
					}
				}
				t.Errorf("no mention %q among %v", text, byText)
				return nil
			}
			for _, text := range tc.none {
				if ids, ok := byText[text]; ok {
					t.Errorf("%q: a mention of %v", text, ids)
				}
			}
			for text, id := range tc.links {
				for _, got := range find(text) {
					if got != id {
						t.Errorf("%q → %q, want %q", text, got, id)
					}
				}
			}
			for text, code := range tc.codes {
				if len(find(text)) == 0 {
					t.Errorf("%q: no mention", text)
				}
				for _, id := range find(text) {
					if ent[id].Code != code {
						t.Errorf("%q → %s code %q, want %q", text, id, ent[id].Code, code)
					}
				}
			}
			for _, g := range tc.same {
				ids := map[string]bool{}
				for _, text := range g {
					for _, id := range find(text) {
						ids[id] = true
					}
				}
				if len(ids) != 1 {
					t.Errorf("%v → %v, want one entity", g, ids)
				}
			}
			for _, e := range tc.a.Entities {
				n := 0
				for _, c := range e.Mentions {
					n += c
				}
				if n == 0 || e.ID == "" || e.Type == "" {
					t.Errorf("entity %+v: want id, type and mentions", e)
				}
			}
		})
	}
}

// TestFormerRoleIsNotTheHolder: "the former Mexican president" is not who
// holds the office at the article's date, and "Mexico leader Calderon" is a
// title before a name the recognizer missed.
func TestFormerRoleIsNotTheHolder(t *testing.T) {
	l, _ := Default()
	a := article("2024-02-08",
		"Former Mexico/B-LOC leader Calderon calls the wall useless .",
		"But the former Mexican/B-NORP president did not stop there .")
	for si := range a.Sentences {
		for ti := range a.Sentences[si].Tokens {
			if tk := &a.Sentences[si].Tokens[ti]; capitalisedWord(tk.Text) && ti > 0 {
				tk.UPOS = "PROPN"
			}
		}
	}
	l.Annotate(a)
	for _, m := range a.Mentions {
		if strings.HasPrefix(m.Entity, "person/") {
			t.Errorf("%q linked to %s, want no office holder", m.Text, m.Entity)
		}
	}
}

// TestWeekdayAfterRole: a weekday after a role is no name the role is the
// title of ("The Russian president Tuesday said").
func TestWeekdayAfterRole(t *testing.T) {
	l, _ := Default()
	a := article("2022-05-03", "The Russian/B-NORP president Tuesday said talks had failed .")
	for ti := range a.Sentences[0].Tokens {
		if tk := &a.Sentences[0].Tokens[ti]; tk.Text == "Tuesday" || tk.Text == "Russian" {
			tk.UPOS = "PROPN"
		}
	}
	l.Annotate(a)
	found := false
	for _, m := range a.Mentions {
		found = found || m.Entity == "person/Q7747"
	}
	if !found {
		t.Errorf("mentions %+v, want the Russian president linked to Putin", a.Mentions)
	}
}

// TestFullNameReadAsOrganisation: "Aung San Suu Kyi" read as an
// organisation and "Suu Kyi" as a person are one person, named in full.
func TestFullNameReadAsOrganisation(t *testing.T) {
	l, _ := Default()
	a := article("2016-09-15", "Aung/B-ORG San/I-ORG Suu/I-ORG Kyi/I-ORG visited the White/B-LOC House/I-LOC .",
		"Suu/B-PER Kyi/I-PER said so .")
	l.Annotate(a)
	ids := map[string]bool{}
	for _, m := range a.Mentions {
		if strings.HasSuffix(m.Text, "Suu Kyi") {
			ids[m.Entity] = true
			if m.Type != doc.PER {
				t.Errorf("%q typed %s, want PER", m.Text, m.Type)
			}
		}
	}
	if len(ids) != 1 {
		t.Errorf("entities %v, want one", ids)
	}
	for _, e := range a.Entities {
		if ids[e.ID] && e.Name != "Aung San Suu Kyi" {
			t.Errorf("named %q, want the full name", e.Name)
		}
	}
}

// TestDeityIsNoEntity: "May God protect our troops" names no party, so no
// pronoun, event or quote can fall on God.
func TestDeityIsNoEntity(t *testing.T) {
	l, _ := Default()
	a := article("2022-02-04", "May God/B-PER protect our troops , Biden/B-PER said .")
	l.Annotate(a)
	if len(a.Mentions) != 1 || a.Mentions[0].Text != "Biden" {
		t.Errorf("mentions %+v, want Biden only", a.Mentions)
	}
}

func TestCapitalAsSubject(t *testing.T) {
	l, _ := Default()
	a := article("2022-03-01", "Moscow/B-LOC said talks failed .", "He flew to Moscow/B-LOC .")
	l.Annotate(a)
	if len(a.Mentions) != 2 {
		t.Fatalf("mentions: %+v", a.Mentions)
	}
	if a.Mentions[0].Entity != "sector/RUS/GOV" {
		t.Errorf("subject Moscow → %q, want sector/RUS/GOV", a.Mentions[0].Entity)
	}
	if !strings.HasPrefix(a.Mentions[1].Entity, "city/") {
		t.Errorf("destination Moscow → %q, want the city", a.Mentions[1].Entity)
	}
}

func TestAntecedent(t *testing.T) {
	l, _ := Default()
	a := article("2022-03-01",
		"Joe/B-PER Biden/I-PER met Olaf/B-PER Scholz/I-PER in Berlin/B-LOC .",
		"He said the talks went well .",
		"Nato/B-ORG agreed , and it said so .",
		"Leaders met in Paris/B-LOC .",
		"They want to deter Russian/B-NORP aggression should it agree to stop .")
	l.Annotate(a)
	pos := func(sent int, word string) int { return nthToken(t, a, sent, word, 0).Span.Start }
	tests := []struct {
		pronoun string
		sent    int
		want    string
	}{
		{"He", 1, "person/Q6279"},
		{"it", 2, "igo/nato"},
		{"said", 1, ""},
		{"it", 4, "country/RUS"}, // the state its nationality names, not the earlier city
	}
	for _, tc := range tests {
		if got := Antecedent(a, tc.pronoun, pos(tc.sent, tc.pronoun)); got != tc.want {
			t.Errorf("Antecedent(%q in sentence %d) = %q, want %q", tc.pronoun, tc.sent, got, tc.want)
		}
	}
}

// linkedEntity returns the entity the mention written text links to,
// failing the test when none does.
func linkedEntity(t *testing.T, a *doc.Article, text string) string {
	t.Helper()
	for _, m := range a.Mentions {
		if m.Text == text && m.Entity != "" {
			return m.Entity
		}
	}
	t.Fatalf("%s not linked", text)
	return ""
}

// nthToken returns the nth (from 0) token of sentence sent whose text is
// word.
func nthToken(t *testing.T, a *doc.Article, sent int, word string, nth int) *doc.Token {
	t.Helper()
	seen := 0
	for k := range a.Sentences[sent].Tokens {
		if tk := &a.Sentences[sent].Tokens[k]; tk.Text == word {
			if seen == nth {
				return tk
			}
			seen++
		}
	}
	t.Fatalf("no %q number %d in sentence %d", word, nth, sent)
	return nil
}

// TestAntecedentFollowsPronouns: "he" goes back through the sentences whose
// subject is "he" to the person named before them, past a name that only
// modifies a noun ("the Attlee government") and past a name later in its
// own sentence than an earlier "he".
func TestAntecedentFollowsPronouns(t *testing.T) {
	l, _ := Default()
	a := article("2005-03-27",
		"Former Labour/B-ORG prime minister James/B-PER Callaghan/I-PER has died .",
		"After serving in the Attlee/B-PER government , he became chancellor .",
		"With sterling under pressure , he resisted devaluation .",
		"His career was not without controversy .",
		"When he refused to support Harold/B-PER Wilson/I-PER , he said no .")
	parse := func(sent int, word string, nth int, deprel string, head int, upos string) {
		tk := nthToken(t, a, sent, word, nth)
		tk.Deprel, tk.Head, tk.UPOS = deprel, head, upos
	}
	parse(0, "Callaghan", 0, "nsubj", 7, "PROPN")
	parse(1, "Attlee", 0, "compound", 5, "PROPN")
	parse(1, "government", 0, "obl", 1, "NOUN")
	parse(1, "he", 0, "nsubj", 8, "PRON")
	parse(2, "he", 0, "nsubj", 6, "PRON")
	parse(4, "he", 0, "nsubj", 2, "PRON")
	parse(4, "he", 1, "nsubj", 9, "PRON")
	l.Annotate(a)
	callaghan := linkedEntity(t, a, "James Callaghan")
	var hes []int
	for _, tk := range a.Sentences[4].Tokens {
		if tk.Text == "he" {
			hes = append(hes, tk.Span.Start)
		}
	}
	for i, at := range hes {
		if got := Antecedent(a, "he", at); got != callaghan {
			t.Errorf("he #%d of the last sentence → %q, want %q", i+1, got, callaghan)
		}
	}
}

// TestAntecedentNotOwnersAgent: "Despite his reappointment by President
// Lahoud, he resigned": the one who acted on "his" phrase is not "he".
func TestAntecedentNotOwnersAgent(t *testing.T) {
	l, _ := Default()
	a := article("2005-04-13",
		"Omar/B-PER Karami/I-PER was named prime minister .",
		"Despite his reappointment by President Emile/B-PER Lahoud/I-PER , he resigned .")
	parse := func(word string, deprel string, head int) {
		tk := nthToken(t, a, 1, word, 0)
		tk.Deprel, tk.Head = deprel, head
	}
	parse("his", "nmod:poss", 2)
	parse("reappointment", "obl", 9)
	parse("Emile", "nmod", 2)
	parse("Lahoud", "flat", 5)
	parse("he", "nsubj", 9)
	l.Annotate(a)
	karami := linkedEntity(t, a, "Omar Karami")
	if got := Antecedent(a, "he", nthToken(t, a, 1, "he", 0).Span.Start); got != karami {
		t.Errorf("he → %q, want %q", got, karami)
	}
}

// TestAntecedentCountryModifier: a country modifying a noun ("U.S.
// envoys", parsed as a compound) stands for them, unlike a person's name.
func TestAntecedentCountryModifier(t *testing.T) {
	a := article("2025-12-02",
		"Zelenskyy expects reports from the U.S. envoys and Ukrainian officials .",
		"They want to report to us .")
	toks := a.Sentences[0].Tokens
	toks[4].Deprel, toks[4].Head, toks[4].UPOS = "compound", 5, "PROPN"
	toks[5].UPOS = "NOUN"
	a.Mentions = []doc.Mention{
		{Span: toks[4].Span, Text: "U.S.", Type: doc.ORG, Entity: "country/USA"},
		{Span: doc.Span{Start: toks[7].Span.Start, End: toks[8].Span.End}, Text: "Ukrainian officials", Type: doc.ORG, Entity: "sector/UKR/GOV"},
	}
	they := a.Sentences[1].Tokens[0]
	if got := Antecedent(a, they.Text, they.Span.Start); got != "country/USA" {
		t.Errorf("They → %q, want country/USA", got)
	}
}

func TestUntaggedAcronyms(t *testing.T) {
	l, _ := Default()
	tests := []struct {
		sentence string
		want     map[string]string // mention text → entity id; nil = no mentions
	}{
		{"He became the leader of IS after the US raid .", map[string]string{"IS": "", "US": "country/USA"}},
		{"THE LEADER OF IS WAS KILLED IN A US RAID", nil},
		{"Prices ROSE sharply .", nil},
		{"The bill was opposed by most MPs on Monday .", nil}, // members of parliament, not the Chadian group MPS
	}
	for _, tc := range tests {
		a := article("2022-01-01", tc.sentence)
		l.Annotate(a)
		got := map[string]string{}
		for _, m := range a.Mentions {
			got[m.Text] = m.Entity
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: mentions %v, want %v", tc.sentence, got, tc.want)
			continue
		}
		for text, id := range tc.want {
			if g, ok := got[text]; !ok || (id != "" && g != id) || !strings.HasPrefix(g, strings.SplitN(id, "/", 2)[0]) {
				t.Errorf("%q: %q → %q, want %q", tc.sentence, text, g, id)
			}
		}
		if tc.want != nil && !strings.HasPrefix(got["IS"], "group/") {
			t.Errorf("%q: IS → %q, want a group", tc.sentence, got["IS"])
		}
	}
}

// TestDatelineIsNoSubject: a dateline the parser took for the subject does
// not act (a capital as subject would stand for its government).
func TestDatelineIsNoSubject(t *testing.T) {
	toks := func(words ...string) []doc.Token {
		var out []doc.Token
		for i, w := range words {
			tk := doc.Token{Text: w}
			if i == 0 {
				tk.Deprel = "nsubj"
			}
			out = append(out, tk)
		}
		return out
	}
	tests := []struct {
		toks []doc.Token
		want bool
	}{
		{toks("WASHINGTON", "--", "President", "Obama", "said"), false},
		{toks("KYIV", "(", "Reuters", ")", "-"), false},
		{toks("Washington", "said", "it", "would", "act"), true},
		{toks("NATO", "said", "it", "would", "act"), true},
	}
	for _, tt := range tests {
		if got := isSubject(tt.toks, 0, 1); got != tt.want {
			t.Errorf("%s …: subject %v, want %v", tt.toks[0].Text+" "+tt.toks[1].Text, got, tt.want)
		}
	}
}

// TestOpeningWordIsNoName: a sentence's opening adverb, capitalised for its
// place, is left out of the name the recognizer ran it into.
func TestOpeningWordIsNoName(t *testing.T) {
	cases := []struct{ sentence, tag, want string }{
		{"Meanwhile/B-PER Siddiqui/I-PER accepted the results .", "RB", "Siddiqui"},
		{"However/B-PER Siddiqui/I-PER accepted the results .", "RB", "Siddiqui"},
		{"Mushahid/B-PER Hussain/I-PER accepted the results .", "NNP", "Mushahid Hussain"},
	}
	l, _ := Default()
	for _, c := range cases {
		a := article("2008-09-07", c.sentence)
		a.Sentences[0].Tokens[0].XPOS = c.tag
		l.Annotate(a)
		if len(a.Mentions) != 1 || a.Mentions[0].Text != c.want {
			t.Errorf("%q: mentions %+v, want %q", c.sentence, a.Mentions, c.want)
		}
	}
}

// TestAntecedentGender: he/him/his and she/her/hers skip a person of the
// other gender, known from a title, a role noun or the first-name table,
// and a person of unknown gender fits either.
func TestAntecedentGender(t *testing.T) {
	l, _ := Default()
	tests := []struct {
		name    string
		sents   []string
		pronoun string
		nth     int // which occurrence of the pronoun in the last sentence
		want    string
	}{
		{"she after a man and a woman", []string{"Peter/B-PER Holm/I-PER met Anna/B-PER Berg/I-PER in Berlin/B-LOC .", "She said the talks went well ."}, "She", 0, "Anna Berg"},
		{"he after a man and a woman", []string{"Peter/B-PER Holm/I-PER met Anna/B-PER Berg/I-PER in Berlin/B-LOC .", "He said the talks went well ."}, "He", 0, "Peter Holm"},
		{"he after a woman and a man", []string{"Anna/B-PER Berg/I-PER met Peter/B-PER Holm/I-PER in Berlin/B-LOC .", "He said the talks went well ."}, "He", 0, "Peter Holm"},
		{"her in the same sentence", []string{"Anna/B-PER Berg/I-PER met Peter/B-PER Holm/I-PER , who praised her ."}, "her", 0, "Anna Berg"},
		{"his after a woman", []string{"Peter/B-PER Holm/I-PER arrived .", "Anna/B-PER Berg/I-PER left .", "His car stayed ."}, "His", 0, "Peter Holm"},
		{"titles", []string{"Mr Holm/B-PER met Ms Berg/B-PER in Berlin/B-LOC .", "She said the talks went well ."}, "She", 0, "Berg"},
		{"a title and a first name agree", []string{"Mrs Anna/B-PER Berg/I-PER met Sasha/B-PER Lee/I-PER .", "He said so ."}, "He", 0, "Sasha Lee"},
		{"role noun", []string{"Peter/B-PER Holm/I-PER met the spokeswoman Berg/B-PER .", "She said so ."}, "She", 0, "Berg"},
		{"unknown gender fits", []string{"Peter/B-PER Holm/I-PER met Sasha/B-PER Lee/I-PER .", "She said so ."}, "She", 0, "Sasha Lee"},
		{"unknown gender fits he", []string{"Anna/B-PER Berg/I-PER met Sasha/B-PER Lee/I-PER .", "He said so ."}, "He", 0, "Sasha Lee"},
		{"a role noun across a lower-case word is someone else", []string{"Anna/B-PER Berg/I-PER met the wife of Sasha/B-PER Lee/I-PER .", "He said so ."}, "He", 0, "Sasha Lee"},
		{"no one fits", []string{"Anna/B-PER Berg/I-PER arrived .", "He said so ."}, "He", 0, ""},
		{"a title on a surname is someone else of that name", []string{"Anna/B-PER Berg/I-PER met Peter/B-PER Holm/I-PER .", "Mrs. Holm/B-PER smiled .", "He said so ."}, "He", 0, "Peter Holm"},
		{"a surname that is a title word", []string{"Peter/B-PER Holm/I-PER met King/B-PER .", "She said so ."}, "She", 0, "King"},
		{"pronouns after a subject tell when title and name do not", []string{"Sasha/B-PER Lee/I-PER said she was tired .", "Sasha/B-PER Lee/I-PER met Jordan/B-PER Berg/I-PER .", "He said so ."}, "He", 0, "Jordan Berg"},
		{"pronouns do not outweigh a first name", []string{"Peter/B-PER Holm/I-PER said she was tired .", "Peter/B-PER Holm/I-PER met Jordan/B-PER Berg/I-PER .", "He said so ."}, "He", 0, "Peter Holm"},
		{"a name with a particle", []string{"Omar/B-PER Hassan/I-PER al-Bashir/I-PER met Sasha/B-PER Lee/I-PER .", "She said so ."}, "She", 0, "Sasha Lee"},
	}
	for _, tc := range tests {
		a := article("2022-03-01", tc.sents...)
		for si := range a.Sentences {
			for k := range a.Sentences[si].Tokens {
				if tk := &a.Sentences[si].Tokens[k]; tk.Text == "she" || tk.Text == "he" {
					tk.Deprel = "nsubj" // what the parse would say
				}
			}
		}
		l.Annotate(a)
		want := ""
		if tc.want != "" {
			for _, m := range a.Mentions {
				if m.Text == tc.want {
					want = m.Entity
				}
			}
			if want == "" {
				t.Fatalf("%s: no mention %q in %v", tc.name, tc.want, a.Mentions)
			}
		}
		tk := nthToken(t, a, len(tc.sents)-1, tc.pronoun, tc.nth)
		if got := Antecedent(a, tk.Text, tk.Span.Start); got != want {
			t.Errorf("%s: Antecedent(%q) = %q, want %q (%s)", tc.name, tc.pronoun, got, want, tc.want)
		}
	}
}

func TestPlainName(t *testing.T) {
	for s, want := range map[string]bool{
		"Anna Berg":              true,
		"George W. Bush":         true,
		"Omar Hassan al-Bashir":  true,
		"Ludwig van Beethoven":   true,
		"Martin Luther King Jr.": true,
		"Berg":                   false, // no first name
		"Mrs. Anna Berg":         false, // a title first
		"President Joe Biden":    false,
		"Canada U.S. Secretary of State Condoleezza Rice":     false,
		"Australian Democrat's Senator Natasha Stott Despoja": false,
	} {
		if got := plainName(s); got != want {
			t.Errorf("plainName(%q) = %v, want %v", s, got, want)
		}
	}
}
