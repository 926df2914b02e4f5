package quote

import (
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gender"
	"github.com/sitrep/sitrep/internal/kb"
)

// want is one expected quote: its text, whether direct, the speaker's
// mention as written and resolved name, and the cue.
type want struct {
	text, mention, name, cue string
	direct                   bool
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"said X, straight marks", `"We will win this fight," said Smith.`,
			[]want{{"We will win this fight,", "Smith", "Smith", "said", true}}},
		{"X said, curly marks", "“We will win this fight,” Jane Smith said.",
			[]want{{"We will win this fight,", "Jane Smith", "Jane Smith", "said", true}}},
		{"X said: before the quote", `Jane Smith said: "We will win this fight."`,
			[]want{{"We will win this fight.", "Jane Smith", "Jane Smith", "said", true}}},
		{"X told reporters", "Vladimir Putin told reporters: “We have no such plans.”",
			[]want{{"We have no such plans.", "Vladimir Putin", "Vladimir Putin", "told", true}}},
		{"according to X", `According to John Smith, "the talks failed."`,
			[]want{{"the talks failed.", "John Smith", "John Smith", "According to", true}}},
		{"X wrote, single marks", "‘We are ready to talk,’ John Smith wrote.",
			[]want{{"We are ready to talk,", "John Smith", "John Smith", "wrote", true}}},
		{"X added", `"And we will not stop," added Smith.`,
			[]want{{"And we will not stop,", "Smith", "Smith", "added", true}}},
		{"X, who ..., said", `Mary Jones, who chairs the panel, said, "It is over."`,
			[]want{{"It is over.", "Mary Jones", "Mary Jones", "said", true}}},
		{"role speaker kept as written", `"We want peace," a US official said.`,
			[]want{{"We want peace,", "a US official", "a US official", "said", true}}},
		{"he said resolves to the man", `Mr. John Brown met Ms. Mary Jones on Monday. "It went well," he said.`,
			[]want{{"It went well,", "he", "John Brown", "said", true}}},
		{"she said resolves to the woman", `Ms. Mary Jones met Mr. John Brown on Monday. "It went badly," she said.`,
			[]want{{"It went badly,", "she", "Mary Jones", "said", true}}},
		{"pronoun gender from later pronouns", "Anna Berg arrived late and she sat down. Peter Holm, who said he was busy, left. \"I am tired,\" she said.",
			[]want{{"I am tired,", "she", "Anna Berg", "said", true}}},
		{"surname expands to the full name", "Pat Caddell spoke on Thursday.\n\n\"The race is close,\" said Caddell.",
			[]want{{"The race is close,", "Caddell", "Pat Caddell", "said", true}}},
		{"split quote keeps speaker and cue", "“We will talk,” Xi said to Putin, “and we will agree.”",
			[]want{{"We will talk,", "Xi", "Xi", "said", true}, {"and we will agree.", "Xi", "Xi", "said", true}}},
		{"split quote over sentences", "“We will talk,” Xi said. “Then we will agree.”",
			[]want{{"We will talk,", "Xi", "Xi", "said", true}, {"Then we will agree.", "Xi", "Xi", "said", true}}},
		{"quote runs over paragraphs", "Jane Smith said: \"We will win.\n\n\"And we will keep winning.\"",
			[]want{{"We will win.\n\nAnd we will keep winning.", "Jane Smith", "Jane Smith", "said", true}}},
		{"a straight-quoted paragraph is not continued by a curly quote",
			"Jane Smith wrote:\n\n\"The vote was close.\n\n“We lost,” Bob Brown said.",
			[]want{{"The vote was close.", "Jane Smith", "Jane Smith", "wrote", true}, {"We lost,", "Bob Brown", "Bob Brown", "said", true}}},
		{"a never-closed straight mark around curly quotes marks a block quote, not a quotation",
			"Jane Smith wrote:\n\n\"The vote was close. “We lost,” Bob Brown said.\n\n“We won,” Ann Lee said.",
			[]want{{"We lost,", "Bob Brown", "Bob Brown", "said", true}, {"We won,", "Ann Lee", "Ann Lee", "said", true}}},
		{"a cue word after a determiner is a noun", `"Immigrants are integrating," the report concluded.`,
			[]want{{"Immigrants are integrating,", "the report", "the report", "concluded", true}}},
		{"paragraph continues the previous speaker", "\"We are done,\" Jane Smith said.\n\n\"There is nothing left to say.\"",
			[]want{{"We are done,", "Jane Smith", "Jane Smith", "said", true}, {"There is nothing left to say.", "Jane Smith", "Jane Smith", "said", true}}},
		{"cue ending the previous paragraph", "Jane Smith continued:\n\n“The numbers are clear.”",
			[]want{{"The numbers are clear.", "Jane Smith", "Jane Smith", "continued", true}}},
		{"cue ending the previous paragraph, whom and how before the colon", "Jane Smith told her supporters in the old hall, to loud applause:\n\n“The numbers are clear.”",
			[]want{{"The numbers are clear.", "Jane Smith", "Jane Smith", "told", true}}},
		{"whom and how between the cue and a colon", "Jane Smith told her supporters in the old hall, to loud applause: “The numbers are clear.”",
			[]want{{"The numbers are clear.", "Jane Smith", "Jane Smith", "told", true}}},
		{"a relative clause's cue before the quote", "Cruz won the support of Mike Lee, who declared in the spin room, “It is time to unite.”",
			[]want{{"It is time to unite.", "Mike Lee", "Mike Lee", "declared", true}}},
		{"adjuncts between the cue and a sentence quoted after a comma", `Jane Smith said in an interview with the local radio station on Monday, "We will win."`,
			[]want{{"We will win.", "Jane Smith", "Jane Smith", "said", true}}},
		{"a sentence of speaker and cue before the quotation", `The vote was close. Jane Smith agreed. "Nobody expected this."`,
			[]want{{"Nobody expected this.", "Jane Smith", "Jane Smith", "agreed", true}}},
		{"a sentence of speaker, cue and adjunct before the quotation", `The vote was close. Jane Smith said in an interview. "Nobody expected this."`,
			[]want{{"Nobody expected this.", "Jane Smith", "Jane Smith", "said", true}}},
		{"a sentence reporting speech of its own is no attribution of the next quotation", `Jane Smith said the vote was close. "Nobody expected this."`,
			[]want{{"the vote was close", "Jane Smith", "Jane Smith", "said", false}}},
		{"a tail speaker with comma-separated modifiers", `"We did our best," the tired, 71-year-old diplomat said.`,
			[]want{{"We did our best,", "the tired, 71-year-old diplomat", "the tired, 71-year-old diplomat", "said", true}}},
		{"a tail speaker with two roles", `"We did our best," the senator and presidential candidate said in a statement.`,
			[]want{{"We did our best,", "the senator and presidential candidate", "the senator and presidential candidate", "said", true}}},
		{"reported speech holding a quotation no cue is next to", `The campaign is paying "dozens" of canvassers to knock on doors, according to Jeff Weaver.`,
			[]want{{`The campaign is paying "dozens" of canvassers to knock on doors`, "Jeff Weaver", "Jeff Weaver", "according to", false}}},
		{"a noun of saying and its possessor", `The debate turned on John Brown's recent assertion that the plan was "dead on arrival."`,
			[]want{{`that the plan was "dead on arrival."`, "John Brown's", "John Brown", "assertion", false}}},
		{"an attribution before the quotation is not what the quote runs on from", `The club closed. Jane Smith said the members will meet again, but said, "It is time we change," she added.`,
			[]want{{"It is time we change,", "she", "Jane Smith", "added", true}}},
		{"an unlisted verb after the name that follows a quotation", "“Go back home,” Jane Smith barked and left the room.",
			[]want{{"Go back home,", "Jane Smith", "Jane Smith", "barked", true}}},
		{"an unlisted verb before the name that follows a quotation", "“This is fantastic!” beamed Jane Smith, a delegate.",
			[]want{{"This is fantastic!", "Jane Smith", "Jane Smith", "beamed", true}}},
		{"a capitalised speech-verb form inside a speaker's name", `"We will win," former State party chairman Jane Smith wrote.`,
			[]want{{"We will win,", "former State party chairman Jane Smith", "Jane Smith", "wrote", true}}},
		{"a long name with its title before a colon", "The hearing\n\nFormer Deputy Secretary of Defense Mary Ann Jones: “We learned that from the department.”",
			[]want{{"We learned that from the department.", "Former Deputy Secretary of Defense Mary Ann Jones", "Mary Ann Jones", ":", true}}},
		{"a quotation right after the cue opens a clause that runs on", `The polls closed. Jane Smith said "zero" voters would follow her.`,
			[]want{{`"zero" voters would follow her`, "Jane Smith", "Jane Smith", "said", false}}},
		{"dash attribution", "“Keep going, whatever happens.” ― Jane Smith",
			[]want{{"Keep going, whatever happens.", "Jane Smith", "Jane Smith", "―", true}}},
		{"a signature line on a dash after a quotation paragraph", "\"We will not stop.\"\n\n- Jane Smith.\n\n\"Nor will we.\"\n\n-Bob Brown, speaking after the vote.",
			[]want{{"We will not stop.", "Jane Smith", "Jane Smith", "-", true}, {"Nor will we.", "Bob Brown", "Bob Brown", "-", true}}},
		{"a sentence opening with the speech verb, then the speaker and a colon", "Critics were loud. Said Jane Smith: “The plan is dead.”",
			[]want{{"The plan is dead.", "Jane Smith", "Jane Smith", "Said", true}}},
		{"a sentence opening with the speech verb, then a role and a comma", "Critics were loud. Added the senator, “The plan is dead.”",
			[]want{{"The plan is dead.", "the senator", "the senator", "Added", true}}},
		{"as X put it, before the quote", `As Jane Smith put it, "the plan is dead."`,
			[]want{{"the plan is dead.", "Jane Smith", "Jane Smith", "put it", true}}},
		{"as X put it, after the quote", `"The plan is dead," as Jane Smith put it on Monday.`,
			[]want{{"The plan is dead,", "Jane Smith", "Jane Smith", "put it", true}}},
		{"a speech verb with its particle", "“We have no such plans,” Jane Smith shot back.",
			[]want{{"We have no such plans,", "Jane Smith", "Jane Smith", "shot back", true}}},
		{"as X put it, an adjunct before the quote", `As Jane Smith put it in a column, "the plan is dead."`,
			[]want{{"the plan is dead.", "Jane Smith", "Jane Smith", "put it", true}}},
		{"a speech verb with its particle, mixed", `Jane Smith pointed out that the plan was "dead."`,
			[]want{{`the plan was "dead."`, "Jane Smith", "Jane Smith", "pointed out", false}}},
		{"typewriter marks", "''We are leaving,'' Jane Smith said.",
			[]want{{"We are leaving,", "Jane Smith", "Jane Smith", "said", true}}},
		{"a closing glyph after a direction mark opens", "\u202a”We are leaving,” Jane Smith wrote.",
			[]want{{"We are leaving,", "Jane Smith", "Jane Smith", "wrote", true}}},
		{"indirect speech", "Putin said Russia has no plans to attack Europe.",
			[]want{{"Russia has no plans to attack Europe", "Putin", "Putin", "said", false}}},
		{"indirect, clause first", "Russia has no plans to attack Europe, Putin said.",
			[]want{{"Russia has no plans to attack Europe", "Putin", "Putin", "said", false}}},
		{"indirect speech ends where the speaker's next act begins", "The agency said no deaths had been reported but warned that more rain was expected.",
			[]want{{"no deaths had been reported", "The agency", "The agency", "said", false}}},
		{"indirect speech ends before a second attribution", "Wang said China was ready to work with Russia, according to a statement from the ministry.",
			[]want{{"China was ready to work with Russia", "Wang", "Wang", "said", false}}},
		{"headline name and colon speak the rest of the line", "Jane Smith: Rivals Are ‘Dead Wrong’ on Taxes\n\nThe senator spoke on Monday.",
			[]want{{"Rivals Are ‘Dead Wrong’ on Taxes", "Jane Smith", "Jane Smith", ":", false}}},
		{"headline name, its topic and a colon", "Jane Smith on Taxes: Rivals Are ‘Dead Wrong’\n\nThe senator spoke on Monday.",
			[]want{{"Rivals Are ‘Dead Wrong’", "Jane Smith", "Jane Smith", ":", false}}},
		{"headline colon declines a later speech verb", "Jane Smith: Bob Brown said the plan was “dead”",
			[]want{{"the plan was “dead”", "Bob Brown", "Bob Brown", "said", false}}},
		{"a role's of-phrase is part of the speaker", `"It was a clean election," said the head of the electoral service.`,
			[]want{{"It was a clean election,", "the head of the electoral service", "the head of the electoral service", "said", true}}},
		{"indirect, inverted cue after the clause", "The debates rarely alter a campaign, noted Jane Smith.",
			[]want{{"The debates rarely alter a campaign", "Jane Smith", "Jane Smith", "noted", false}}},
		{"an inverted cue takes no object for its subject", "Jane Smith, a professor who taught law, described Bob Brown’s approach.", nil},
		{"mixed quote", `Jane Smith said the plan was "dead on arrival."`,
			[]want{{`the plan was "dead on arrival."`, "Jane Smith", "Jane Smith", "said", false}}},
		{"fragment under an attitude verb", `Jane Smith dubbed him a "loser" on Monday.`,
			[]want{{`him a "loser"`, "Jane Smith", "Jane Smith", "dubbed", false}}},
		{"mixed quote under a speech verb runs to the clause end", `Jane Smith called him a "loser" on Monday.`,
			[]want{{`him a "loser" on Monday`, "Jane Smith", "Jane Smith", "called", false}}},
		{"fragment under a participle takes the sentence subject", `John Brown attacked the plan, describing it as "a disaster."`,
			[]want{{`it as "a disaster."`, "John Brown", "John Brown", "describing", false}}},
		{"indirect speech ends before the report's own attribution", "Jane Smith told Bob Brown that the talks had failed, an aide said.",
			[]want{{"the talks had failed", "Jane Smith", "Jane Smith", "told", false}}},
		{"a dateline is not what was said", "Strikes\n\nJune 22 (Reuters) - Russian strikes killed at least one person, officials said.",
			[]want{{"Russian strikes killed at least one person", "officials", "officials", "said", false}}},
		{"assure is a speech verb", `Jane Smith assured voters that the plan was "sound."`,
			[]want{{`the plan was "sound."`, "Jane Smith", "Jane Smith", "assured", false}}},
		{"berate is an attitude verb", `Jane Smith berated the board for its "reckless" plan.`,
			[]want{{`the board for its "reckless" plan`, "Jane Smith", "Jane Smith", "berated", false}}},
		{"fragment under a verb of comparing", `Jane Smith likened the plan to "a house of cards" on Monday.`,
			[]want{{`the plan to "a house of cards"`, "Jane Smith", "Jane Smith", "likened", false}}},
		{"titles of works are not fragments", `Jane Smith endorsed "The Long Night" on Monday.`, nil},
		{"a time phrase between speaker and cue",
			`Russian officials last October warned that drones could "destabilise" the frontline.`,
			[]want{{`drones could "destabilise" the frontline`, "Russian officials", "Russian officials", "warned", false}}},
		{"a sentence running into the next quotation attributes that one",
			`Jane Smith met the board and said the plan was "dead." Governor John Brown called the budget "a fraud."`,
			[]want{{`the budget "a fraud."`, "Governor John Brown", "John Brown", "called", false}}},
		{"he resolves to the subject, not the object", `Mr. John Brown met Peter Holm on Monday. "It went well," he said.`,
			[]want{{"It went well,", "he", "John Brown", "said", true}}},
		{"earlier speaker beats a nearer non-subject", "“We won,” said John Brown. Reporters asked about Peter Holm. “It was close,” he added.",
			[]want{{"We won,", "John Brown", "John Brown", "said", true}, {"It was close,", "he", "John Brown", "added", true}}},
		{"split quote after a mixed first part starts at its own quotation",
			"Jane Smith spoke on Monday.\n\nThe new plans are \"deeply irresponsible,\" said Steve Bell, a budget expert. \"It just leaves me speechless.\"",
			[]want{{`The new plans are "deeply irresponsible,"`, "Steve Bell", "Steve Bell", "said", false}, {"It just leaves me speechless.", "Steve Bell", "Steve Bell", "said", true}}},
		{"a paragraph continuing a mixed quote starts at its own quotation",
			"Jane Smith spoke on Monday.\n\nSteve Bell said the new plans were \"deeply irresponsible.\"\n\n\"It just leaves me speechless.\"",
			[]want{{`the new plans were "deeply irresponsible."`, "Steve Bell", "Steve Bell", "said", false}, {"It just leaves me speechless.", "Steve Bell", "Steve Bell", "said", true}}},
		{"split quote over a title in the attribution",
			"“We won,” John Smith told the program “Inside Edition” after the vote. “Next time we will win again.”",
			[]want{{"We won,", "John Smith", "John Smith", "told", true}, {"Next time we will win again.", "John Smith", "John Smith", "told", true}}},
		{"scare quotes are not quotes", `The so-called "reform" passed on Tuesday.`, nil},
		{"apostrophes are not quotes", "The voters’ choice was Clinton’s plan from the ’90s.", nil},
	}
	x := New(WithFirstNames(gender.FirstNames{}), WithSpeakerModel(nil)) // the rules; the learned models have their own tests
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &doc.Article{Text: tc.text}
			x.Annotate(a)
			if len(a.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(a.Quotes), a.Quotes, len(tc.want))
			}
			for i, w := range tc.want {
				q := a.Quotes[i]
				if q.Text != w.text || q.Direct != w.direct || q.Speaker.Mention != w.mention || q.Speaker.Name != w.name || q.Cue != w.cue {
					t.Errorf("quote %d = %q direct=%v speaker=%q/%q cue=%q; want %q direct=%v speaker=%q/%q cue=%q",
						i, q.Text, q.Direct, q.Speaker.Mention, q.Speaker.Name, q.Cue, w.text, w.direct, w.mention, w.name, w.cue)
				}
				if !strings.Contains(w.text, "\n") && q.Span.Of(a.Text) != q.Text {
					t.Errorf("quote %d span %v covers %q, not its text %q", i, q.Span, q.Span.Of(a.Text), q.Text)
				}
				if q.Speaker.Span.Of(a.Text) != q.Speaker.Mention {
					t.Errorf("quote %d speaker span covers %q, not %q", i, q.Speaker.Span.Of(a.Text), q.Speaker.Mention)
				}
			}
			if strings.HasPrefix(tc.name, "split") && a.Quotes[0].CueSpan != a.Quotes[1].CueSpan {
				t.Errorf("split quote parts have different cues %v %v", a.Quotes[0].CueSpan, a.Quotes[1].CueSpan)
			}
		})
	}
}

func TestSpeakerLinkedToMentions(t *testing.T) {
	text := `"We have no plans," said the Russian leader Vladimir Putin.`
	s := strings.Index(text, "Vladimir")
	a := &doc.Article{Text: text,
		Mentions: []doc.Mention{{Span: doc.Span{Start: s, End: len(text) - 1}, Text: "Vladimir Putin", Type: doc.PER, Entity: "Q7747"}},
		Entities: []doc.Entity{{ID: "Q7747", Name: "Vladimir Vladimirovich Putin", Type: doc.PER}},
	}
	New().Annotate(a)
	if len(a.Quotes) != 1 {
		t.Fatalf("got %+v", a.Quotes)
	}
	if sp := a.Quotes[0].Speaker; sp.ID != "Q7747" || sp.Name != "Vladimir Vladimirovich Putin" {
		t.Errorf("speaker %+v not linked to the entity", sp)
	}
}

// TestPossessedNameIsAPerson: a speaker named with an organisation's
// possessive ("NBC's Dante Chinni") is the person, an antecedent for a
// later "he".
func TestPossessedNameIsAPerson(t *testing.T) {
	text := "“We won,” said Sean Spicer.\n\nThe race is close, noted NBC’s Dante Chinni.\n\n“It was close,” he wrote."
	var ms []doc.Mention
	for _, m := range []struct{ text, typ string }{{"Sean Spicer", doc.PER}, {"NBC", doc.ORG}, {"Dante Chinni", doc.PER}} {
		i := strings.Index(text, m.text)
		ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(m.text)}, Text: m.text, Type: m.typ})
	}
	a := &doc.Article{Text: text, Mentions: ms}
	New(WithSpeakerModel(nil)).Annotate(a)
	if n := len(a.Quotes); n != 3 {
		t.Fatalf("got %d quotes %+v, want 3", n, a.Quotes)
	}
	if sp := a.Quotes[2].Speaker; sp.Mention != "he" || sp.Name != "Dante Chinni" {
		t.Errorf("speaker %q → %q, want he → Dante Chinni", sp.Mention, sp.Name)
	}
}

// TestHeadlineSubject: a headline's quotation is its subject's, from after
// the verb to the headline's end, or everything before ", X Says".
func TestHeadlineSubject(t *testing.T) {
	tests := []struct{ name, text, speaker, cue, quote string }{
		{"subject and verb", "Jane Smith Sees ‘Personal Insult’ in Vote.\n\nThe senator spoke on Monday.", "Jane Smith", "Sees", "‘Personal Insult’ in Vote."},
		{"verb at the end", "Tax Plan ‘Could Work’ for Cities, Jane Smith Says.\n\nThe senator spoke on Monday.", "Jane Smith", "Says", "Tax Plan ‘Could Work’ for Cities"},
		{"verb at the end, quotation opening the headline", "‘Tax Plan Could Work’ for Cities, Jane Smith Says.\n\nThe senator spoke on Monday.", "Jane Smith", "Says", "‘Tax Plan Could Work’ for Cities"},
		{"verb at the end after the quotation's comma", "Tax Plan ‘Could Work,’ Jane Smith Tells Mayors.\n\nThe senator spoke on Monday.", "Jane Smith", "Tells", "Tax Plan ‘Could Work,’"},
		{"verb and its object at the end", "Tax Plan ‘Could Work’ for Cities, Jane Smith Tells Mayors.\n\nThe senator spoke on Monday.", "Jane Smith", "Tells", "Tax Plan ‘Could Work’ for Cities"},
		{"a title is no quote", "Jane Smith sings in preview clip of ‘The Long Night.’\n\nThe singer spoke on Monday.", "", "", ""},
		{"a conjunction is no verb", "Jane Smith and Bob Brown Slam ‘Tax Plan.’\n\nThe senators spoke on Monday.", "", "", ""},
		{"a dash ends the quote", "Jane Smith Shared This ‘Prophetic Prayer’ About Taxes – These 3 Words Will Shock You.\n\nThe senator spoke on Monday.", "Jane Smith", "Shared", "This ‘Prophetic Prayer’ About Taxes"},
		{"a possessive before the quotation holds its words", "Jane Smith Corners Bob On His Refusal To Use The Words ‘Tax Hike.’\n\nThe senator spoke on Monday.", "His", "Corners", "Bob On His Refusal To Use The Words ‘Tax Hike.’"},
		// a common noun phrase for people or a source may be the subject
		// when no name opens the headline
		{"people", "Black Lawmakers Rip Jane Smith As A ‘Disgusting Fraud.’\n\nThe lawmakers spoke on Monday.", "Black Lawmakers", "Rip", "Jane Smith As A ‘Disgusting Fraud.’"},
		{"a source", "Popular Website Shows Bias Toward ‘Fact-Checking’ Jane Smith.\n\nThe site spoke on Monday.", "Popular Website", "Shows", "Bias Toward ‘Fact-Checking’ Jane Smith."},
		{"no people noun", "Court Battle Over Jane Smith’s ‘Golden Week’ Ends.\n\nThe judge spoke on Monday.", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := annotateWithPerson(tc.text, "Jane Smith")
			if tc.speaker == "" {
				if len(a.Quotes) != 0 {
					t.Errorf("got %+v, want no quote", a.Quotes)
				}
				return
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Mention != tc.speaker || a.Quotes[0].Cue != tc.cue || a.Quotes[0].Text != tc.quote {
				t.Errorf("got %+v, want %q by %q (%s)", a.Quotes, tc.quote, tc.speaker, tc.cue)
			}
		})
	}
}

// annotateWithPerson runs the rules (no speaker model) over text in which
// the recognizer found the person name.
func annotateWithPerson(text, name string) *doc.Article {
	i := strings.Index(text, name)
	a := &doc.Article{Text: text, Mentions: []doc.Mention{{Span: doc.Span{Start: i, End: i + len(name)}, Text: name, Type: doc.PER}}}
	New(WithSpeakerModel(nil)).Annotate(a)
	return a
}

// TestHeadlineColonNamesOrganisationAsWritten: a headline's "NAME:" names an
// organisation the article names, whatever its letters' case.
func TestHeadlineColonNamesOrganisationAsWritten(t *testing.T) {
	text := "HUFFPOLLSTER: Rivals Are ‘Dead Wrong’ on Taxes\n\nHuffPollster looked at the polls on Monday."
	i := strings.Index(text, "HuffPollster")
	a := &doc.Article{Text: text, Mentions: []doc.Mention{{Span: doc.Span{Start: i, End: i + len("HuffPollster")}, Text: "HuffPollster", Type: doc.ORG}}}
	New(WithSpeakerModel(nil)).Annotate(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Mention != "HUFFPOLLSTER" || a.Quotes[0].Text != "Rivals Are ‘Dead Wrong’ on Taxes" {
		t.Errorf("got %+v, want HUFFPOLLSTER speaking the headline", a.Quotes)
	}
}

// TestNameBeforeColon: a person's name closed by a colon introduces the
// quotation after it, unless it is an excerpt's byline.
func TestNameBeforeColon(t *testing.T) {
	tests := []struct{ name, text, speaker string }{
		{"after a dash", "Turnout in the early contests decided the race for the party's nomination - Jane Smith: “Late deciders broke for the challenger.”", "Jane Smith"},
		{"after a verb", "The timing of the challenger's late surge in the polls does not surprise pollster Jane Smith: “Late deciders broke for the challenger.”", "Jane Smith"},
		{"a byline", "THEATRE—A venue closes, by Times' Jane Smith: “Late deciders broke for the challenger.”", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := annotateWithPerson(tc.text, "Jane Smith")
			if tc.speaker == "" {
				if len(a.Quotes) != 0 {
					t.Errorf("got %+v, want no quote", a.Quotes)
				}
				return
			}
			if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != tc.speaker || a.Quotes[0].Text != "Late deciders broke for the challenger." {
				t.Errorf("got %+v, want the quotation by %q", a.Quotes, tc.speaker)
			}
		})
	}
}

// TestPlaceModifierIsNoSpeakerName: a place modifying the speaker's phrase
// ("Former Mexico leader Calderon") does not name the speaker.
func TestPlaceModifierIsNoSpeakerName(t *testing.T) {
	text := `"The wall is stupid," said former Mexico leader Calderon.`
	i := strings.Index(text, "Mexico")
	a := &doc.Article{Text: text, Mentions: []doc.Mention{{Span: doc.Span{Start: i, End: i + len("Mexico")}, Text: "Mexico", Type: doc.LOC, Entity: "country/MEX"}},
		Entities: []doc.Entity{{ID: "country/MEX", Name: "Mexico", Type: doc.LOC}}}
	New(WithSpeakerModel(nil)).Annotate(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != "Calderon" {
		t.Errorf("got %+v, want Calderon speaking", a.Quotes)
	}
}

func TestNationalityModifierIsNoSpeaker(t *testing.T) {
	text := `"We will send troops," key European allies said.`
	s := strings.Index(text, "European")
	a := &doc.Article{Text: text,
		Mentions: []doc.Mention{{Span: doc.Span{Start: s, End: s + len("European")}, Text: "European", Type: doc.NORP, Entity: "region/eur"}},
		Entities: []doc.Entity{{ID: "region/eur", Name: "Europe", Type: doc.LOC}},
	}
	New().Annotate(a)
	if len(a.Quotes) != 1 {
		t.Fatalf("got %+v", a.Quotes)
	}
	if sp := a.Quotes[0].Speaker; sp.Name == "Europe" || sp.Mention != "key European allies" {
		t.Errorf("speaker %+v: want the allies as written, not the region their adjective names", sp)
	}
}

func TestSentenceIndex(t *testing.T) {
	text := `It rained. "We will win," said Smith.`
	a := &doc.Article{Text: text, Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: 10}}, {Span: doc.Span{Start: 11, End: len(text)}}}}
	New().Annotate(a)
	if len(a.Quotes) != 1 || a.Quotes[0].Sentence != 1 {
		t.Fatalf("got %+v, want one quote in sentence 1", a.Quotes)
	}
}

func TestConcurrentUse(t *testing.T) {
	x := New()
	text := "“We will talk,” Xi said to Putin, “and we will agree.”\n\nPutin said Russia has no plans to attack Europe."
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := &doc.Article{Text: text}
			x.Annotate(a)
			if len(a.Quotes) != 3 {
				t.Errorf("got %d quotes", len(a.Quotes))
			}
		}()
	}
	wg.Wait()
}

func TestContainsQuoteMarks(t *testing.T) {
	for s, want := range map[string]bool{
		`he called it "a disaster"`:      true,
		"it’s ‘in their heads’":          true,
		"the voters’ choice in the ’90s": false,
		"''Bernie Buses'' and camping":   true,
		"Clinton’s plan":                 false,
	} {
		if got := ContainsQuoteMarks(s); got != want {
			t.Errorf("ContainsQuoteMarks(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestFirstNameGender(t *testing.T) {
	text := "The award went to Anna Berg on Monday, and the prize to Peter Holm. “It went well,” she said."
	for _, tc := range []struct {
		names gender.FirstNames
		want  string
	}{
		{gender.FirstNames{"Anna": 'f', "Peter": 'm'}, "Anna Berg"},
		{gender.FirstNames{}, "Peter Holm"}, // no gender known: the nearest person
	} {
		a := &doc.Article{Text: text}
		New(WithFirstNames(tc.names)).Annotate(a)
		if len(a.Quotes) != 1 || a.Quotes[0].Speaker.Name != tc.want {
			t.Errorf("names %v: got %+v, want speaker %q", tc.names, a.Quotes, tc.want)
		}
	}
}

func TestDropContained(t *testing.T) {
	cue := doc.Span{Start: 0, End: 4}
	other := doc.Span{Start: 50, End: 54}
	q := func(s, e int, c doc.Span) doc.Quote { return doc.Quote{Span: doc.Span{Start: s, End: e}, CueSpan: c} }
	tests := []struct {
		name string
		in   []doc.Quote
		want int
	}{
		{"the same span twice", []doc.Quote{q(5, 40, cue), q(5, 40, cue)}, 1},
		{"a part inside the whole", []doc.Quote{q(5, 40, cue), q(10, 20, cue)}, 1},
		{"overlapping, not inside", []doc.Quote{q(5, 20, cue), q(10, 40, cue)}, 2},
		{"inside but another cue", []doc.Quote{q(5, 40, cue), q(10, 20, other)}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dropContained(tc.in); len(got) != tc.want {
				t.Errorf("kept %d quotes, want %d: %+v", len(got), tc.want, got)
			}
		})
	}
}

func TestBareSurnameNotLinkedByName(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	x := New(WithKB(k))
	// "Vance" is a surname of a person the base knows (Cyrus Vance); a bare
	// surname is left as written
	qs := x.Extract(&doc.Article{Text: `"Just say thank you," Vance said.`})
	if len(qs) != 1 || qs[0].Speaker.Name != "Vance" || qs[0].Speaker.ID != "" {
		t.Errorf("got %+v, want the speaker Vance unlinked", qs)
	}
}

func TestTitleInProseIsNoQuote(t *testing.T) {
	x := New(WithoutIndirect())
	for _, text := range []string{
		`In an interview on CBS's "Face the Nation," Ryan said the plan was dead.`,
		`Speaking on "Fox News Sunday," the senator defended the bill.`,
		`In his memoir, "A Time for Truth," published in 2015, the senator described his youth.`,
		`Cohen wrote in his new book "Concrete Economics" that the state built the economy.`,
		`Trump, who wrote the book "The Art of the Deal," said he would win.`,
	} {
		if qs := x.Extract(&doc.Article{Text: text}); len(qs) != 0 {
			t.Errorf("%q: a title quoted as speech: %+v", text, qs)
		}
	}
	// a quotation after a speech verb stays one, title case or not
	if qs := x.Extract(&doc.Article{Text: `Ryan said: "We Will Win."`}); len(qs) != 1 {
		t.Errorf("got %+v, want the quotation", qs)
	}
}

// TestAccordingToAfterTheCue: "…,” X said, according to Y": the quotation
// reaches the writer through Y, its source.
func TestAccordingToAfterTheCue(t *testing.T) {
	x := New(WithoutIndirect(), WithSpeakerModel(nil))
	for _, text := range []string{
		`"I ask you not to protest," Sanders said, according to CNN.`,
		`"I ask you not to protest," said Sanders, according to CNN.`,
		`"I ask you not to protest," Sanders told delegates on Monday, according to CNN.`,
	} {
		qs := x.Extract(&doc.Article{Text: text})
		if len(qs) != 1 || qs[0].Speaker.Mention != "CNN" || qs[0].Cue != "according to" {
			t.Errorf("%q: got %+v, want CNN the source, cue according to", text, qs)
		}
	}
	// without it, the speaker speaks
	if qs := x.Extract(&doc.Article{Text: `"I ask you not to protest," Sanders said, adding that CNN was there.`}); len(qs) != 1 || qs[0].Speaker.Mention != "Sanders" {
		t.Errorf("got %+v, want Sanders", qs)
	}
}

// TestMarkupAttributesAreNoQuotes: the straight quotes of a markup tag left
// in the text (an embedded tweet's attributes) quote no one.
func TestMarkupAttributesAreNoQuotes(t *testing.T) {
	text := "Trump answered his critics.\n\n<tweet tweet-author=\"@MashableNews\" tweet-date=\"March 4, 2016\">Donald Trump says \"there is no problem.\"</tweet>"
	segs := scanSegments(text, paragraphs(text))
	if len(segs) != 1 || text[segs[0].in0:segs[0].in1] != "there is no problem." {
		for _, s := range segs {
			t.Errorf("segment %q", text[s.in0:s.in1])
		}
		t.Fatalf("want the one quotation in the tweet")
	}
	// a tag's remains, its opening cut away
	text = "Continue fracking, which the left opposes.\">Here, then, are nine reasons."
	if segs := scanSegments(text, paragraphs(text)); len(segs) != 0 {
		t.Errorf("got %d segments, want none in a tag's remains", len(segs))
	}
}

// TestSpeakersGlossKeepsTheSplitQuote: a participle clause of the speaker
// after the attribution ("…,” Clinton said, recalling a bill …. “…”") is
// no other attribution: the next quotation is still hers.
func TestSpeakersGlossKeepsTheSplitQuote(t *testing.T) {
	text := `"It is true we got close to reform," Clinton said in Los Angeles, recalling a bill that failed. "President Obama and I voted for it."`
	qs := New(WithoutIndirect(), WithSpeakerModel(nil)).Extract(&doc.Article{Text: text})
	if len(qs) != 2 || qs[1].Speaker.Mention != "Clinton" || qs[1].CueSpan != qs[0].CueSpan {
		t.Errorf("got %+v, want both quotations Clinton's by one cue", qs)
	}
}
