package event

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event/cameo"
	"github.com/sitrep/sitrep/internal/link"
)

// Coder codes events in parsed articles. It holds only read-only data after
// New, so one Coder may be used from many goroutines.
type Coder struct {
	model        *cameo.Model
	requireActor bool
	dictActors   bool
	keepUnmapped bool
	requireDyad  bool
	noIntent     bool
	sentDiscard  bool
}

// Option configures a Coder.
type Option func(*Coder)

// WithModel codes with the given dictionaries instead of the embedded ones
// (the PETRARCH unit tests bring their own).
func WithModel(m *cameo.Model) Option { return func(c *Coder) { c.model = m } }

// WithoutDictionaryActors uses only the article's linked mentions as actors.
func WithoutDictionaryActors() Option { return func(c *Coder) { c.dictActors = false } }

// KeepActorless keeps events for which neither source nor target was found.
func KeepActorless() Option { return func(c *Coder) { c.requireActor = false } }

// KeepUnmapped keeps events whose CAMEO code has no PLOVER type (statements,
// or the non-CAMEO codes of test dictionaries); their Type is empty.
func KeepUnmapped() Option { return func(c *Coder) { c.keepUnmapped = true } }

// RequireDyad keeps only events with both a source and a target
// (PETRARCH's require_dyad).
func RequireDyad() Option { return func(c *Coder) { c.requireDyad = true } }

// WithoutStatedIntent codes acts only, not the AGREE/THREATEN/REJECT their
// announcement amounts to, and takes the dictionary's codes literally (for
// dictionaries whose codes are not CAMEO, where 03x means no intent).
func WithoutStatedIntent() Option { return func(c *Coder) { c.noIntent = true } }

// WithSentenceDiscards skips sentences holding a sentence-level discard
// phrase (PETRARCH behaviour; off by default because the shared list holds
// phrases such as "years ago" that real news uses in event sentences).
// Story-level discards (sports events, celebrities) always apply.
func WithSentenceDiscards() Option { return func(c *Coder) { c.sentDiscard = true } }

// New builds a Coder over the embedded dictionaries unless WithModel is given.
func New(opts ...Option) (*Coder, error) {
	c := &Coder{requireActor: true, dictActors: true}
	for _, o := range opts {
		o(c)
	}
	if c.model == nil {
		m, err := cameo.Default()
		if err != nil {
			return nil, err
		}
		c.model = m
	}
	return c, nil
}

// Model returns the dictionaries the coder uses.
func (c *Coder) Model() *cameo.Model { return c.model }

// Annotate codes every parsed sentence of a and sets a.Events. A sports or
// entertainment story (the dictionary's story discards: "Champions League",
// "Grand Prix") is not coded; one passing mention in a longer article ("a
// wave of protests during the World Cup") does not make it one: it takes
// two sentences, or a quarter of them.
func (c *Coder) Annotate(a *doc.Article) {
	a.Events = a.Events[:0]
	discards := 0
	for _, s := range a.Sentences {
		if cameo.Match(c.model.Discards.Story, newTree(s.Tokens).words) {
			discards++
		}
	}
	if discards >= 2 || discards > 0 && 4*discards >= len(a.Sentences) {
		return
	}
	ents := make(map[string]*doc.Entity, len(a.Entities))
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	for si := range a.Sentences {
		a.Events = append(a.Events, c.codeSentence(a, si, ents)...)
	}
}

// candidate is one event predicate found in a sentence before roles are set.
type candidate struct {
	p         int    // predicate token
	code      string // CAMEO code
	pattern   bool
	ruled     bool // the code comes from a coder rule on the verb's object ("rejected a plan"), not a block default
	nominal   bool
	used      []int
	swap      bool   // the code came from the B side of "A:B": roles reversed
	reverse   string // B of "A:B": the event seen from the target's side
	patTarget int    // token the matched pattern marks as the target's phrase, -1 if none
	patSource int    // token the matched pattern marks as the source's phrase after the verb, -1 if none
	sources   []doc.ActorRef
	targets   []doc.ActorRef
	srcHead   int
	place     *doc.Place
	modality  modality
	derived   bool   // a stated intent derived from the act it announces
	dominated bool   // another coded event's clause governs this one ("threatened to impose")
	dropped   bool   // found to be no event once its roles were read
	resign    bool   // a resignation: PLOVER RETREAT, mode resign, whatever the CAMEO code
	actCode   string // the verb block's own act code, for patterns that code intent (03x)
	// ownPattern: the code comes from sitrep's supplement, written for this
	// act, so an intent code there is not replaced by the block's act code
	ownPattern bool
}

func (c *Coder) codeSentence(a *doc.Article, si int, ents map[string]*doc.Entity) []doc.Event {
	s := a.Sentences[si]
	if len(s.Tokens) == 0 {
		return nil
	}
	t := newTree(s.Tokens)
	t.persons = c.model.Animate
	if c.sentDiscard && cameo.Match(c.model.Discards.Sentence, t.words) {
		return nil
	}
	var mentions []doc.Mention
	for _, m := range a.Mentions {
		if m.Sentence == si || m.Span.Start >= s.Span.Start && m.Span.End <= s.Span.End {
			mentions = append(mentions, m)
		}
	}
	date := dateInt(a.Published)
	model := c.model
	if !c.dictActors {
		model = &cameo.Model{Actors: &cameo.ActorDict{}, Agents: c.model.Agents}
	}
	actors := findActors(t, model, mentions, ents, a.Text, date)
	r := newResolver(t, actors, c.model.Agents)
	r.art, r.ents = a, ents

	var cands []*candidate
	usedBy := map[int]bool{}
	for p := range t.toks {
		if !t.isVerb(p) || insideName(t.toks[p].Span, mentions) {
			continue // "to Spain and United States": a name's word is no predicate
		}
		if titleWord(t, p) {
			continue // "opened the Global Forum to Combat Corruption": a word of a title
		}
		if auxiliaryVerb(t, p) {
			continue // "is going to export", "tend to prefer": the verb after it says what is done
		}
		if intendingVerbs[t.lemmas[p]] && t.toks[p].XPOS == "VBN" && t.rel(p) == "acl" && !hasCase(t, p, "by") {
			// "a fabrication intended to create a pretext for attacks":
			// intended by no one named, so no one's intent
			continue
		}
		if t.rel(p) == "amod" && t.hasChildLemma(p, degreeAdvs, "advmod") {
			continue // "one of Italy's most respected winemakers", "a widely feared raid": an adjective, no act
		}
		if intransitiveVerbs[t.lemmas[p]] && t.child(p, "obj") >= 0 {
			// "Beijing's rising threats" misparsed with "threats" as the
			// object: the dictionary lists "rise" beside "lift", but
			// nothing rises anything
			continue
		}
		m, ok := matchVerb(t, c.model.Verbs, p)
		if ok && (characterisesAct(t, m) || m.pattern && narratingVerbs[t.lemmas[p]] && violentCodeRoot(m.code) || m.pattern && readinessState(t, p)) {
			// ("told him about the alleged attack", "reported an attack
			// on the embassy": the telling is no attack; the attack noun
			// is coded on its own; "forces are prepared to …": ready,
			// not trained, whatever the pattern reads in the subject)
			m = m.blockDefault()
		}
		if !ok || noAct(t, p, m) || claimsAct(t, p) {
			// (a claim of an act is coded as the act itself: "took
			// responsibility for a rocket attack" is no TAKE * &WEAPON)
			continue
		}
		if m.pattern {
			switch kind := campaignKind(t, m.used); kind {
			case "":
			case "---":
				continue // "launched his re-election campaign": a candidate's, no appeal
			default:
				m.code = kind // "launched a bombing campaign against": the bombing
			}
		}
		code, swap, reverse := splitCode(m.code)
		ruled := false // a coder rule (intent verb, rejected object), not the block default, gave the code
		if (intentVerbs[t.lemmas[p]] || readinessState(t, p)) && !m.pattern && (t.child(p, "xcomp") >= 0 || t.lemmas[p] == "agree") {
			// "agree to ...", "offer to ...", "agreed upon a pact": PLOVER
			// AGREE (intent to cooperate), not CAMEO 05 cooperation, as is
			// "is prepared to lift the ban"; "vowed to fight" is a threat,
			// derived from the act below
			code, ruled = "030", true
			if x := t.child(p, "xcomp"); x >= 0 && t.lemmas[p] != "agree" && c.hostileAct(t, x) {
				code = "---"
			} else if x >= 0 && !intentVerbs[t.lemmas[p]] && !c.codedAct(t, x) {
				code = "---" // "forces are prepared to deal with any situation": ready for no act
			}
		}
		if (code == "---" || code == "") && !c.noIntent && rejectVerbs[t.lemmas[p]] && (t.child(p, "obj") >= 0 || refusedAct(t, p)) {
			// "rejected a peace plan", "refused to hand over the
			// suspects": the dictionary codes only the objects it lists;
			// any rejected object or refused act is a rejection
			code, ruled = "120", true
		}
		// "the prime minister quit on Sunday", "quit his post": a
		// resignation, which CAMEO files under 0831
		quit := !c.noIntent && t.lemmas[p] == "quit" && quitsOffice(t, p)
		if (code == "---" || code == "") && quit {
			code, ruled = "0831", true
		}
		if (code == "---" || code == "") && !c.noIntent && !m.pattern {
			// "lifted a blanket prohibition", "the curfew has been
			// lifted": easing what the block leaves uncoded
			if eased := refineEasing(t, p, "", false); eased != "" {
				code, ruled = eased, true
			}
		}
		if code == "" || code == "---" {
			continue
		}
		if x := t.child(p, "xcomp"); x >= 0 && !m.pattern && strings.HasPrefix(code, "03") && !intentVerbs[t.lemmas[p]] && t.toMarked(x) && !c.codedAct(t, x) {
			continue // "Congo prepares to confront Rwanda": getting ready for no act codes no intent to cooperate
		}
		if strings.HasPrefix(code, "192") && controlOfBody(t, p) {
			continue // "took control of the terror group": a leadership, no territory seized
		}
		if violentCodeRoot(code) && byAbstractCause(t, p) {
			continue // "Blair had been hurt by the Iraq controversy": feelings, no violence
		}
		if cod, ok := c.model.Coding(code); ok && cod.QuadClass < 3 && t.rel(p) == "amod" && p < t.head(p) && t.toks[p].XPOS == "VBN" && p > 0 && determinerLike(t, p-1) {
			// "the recognised nightspot", "a trusted ally": a participle
			// between a determiner and its noun describes it ("the
			// wounded soldiers" were still wounded by someone; "the
			// United Nations sent food" misparsed as one phrase acts)
			continue
		}
		if !c.noIntent {
			// CAMEO refinements; other dictionaries' codes stay literal
			code = refineExpulsion(t, p, code)
			code = refineEasing(t, p, code, m.pattern)
			if !m.pattern && strings.HasPrefix(code, "19") && verbalAttack(t, p) {
				code = "111" // "attacked the EC for backing down": criticism
			}
			if strings.HasPrefix(code, "19") && cyberTarget(t, p) {
				code = "176" // "hackers attacked the website": a cyber attack
			}
			if t.lemmas[p] == "clash" && strings.HasPrefix(code, "19") && namedPersonSubject(t, p) {
				// "Jackson, who has clashed with his leaders over tuition
				// fees": words, on both sides
				code = "110"
				if reverse != "" {
					reverse = "110"
				}
			}
			if !m.pattern && t.lemmas[p] == "defend" && code == "074" && (c.personSubject(t, r, p) || c.thingObject(t, r, p) || defendsAct(t, p)) {
				// "Milburn defended his party's posters", "the Presidency
				// defends the deputy president's trip": in words, no
				// protection
				code = "052"
			}
			if !m.pattern && appealJoiners[t.lemmas[p]] && joinedAppeal(t, p) {
				code = "020" // "joined calls for a probe": an appeal, no meeting
			}
		}
		for _, u := range m.used {
			if !claimedAct(t, u) {
				// (an act claimed, "claimed the attack", is still coded
				// as an act: CAMEO's 015 has no PLOVER type)
				usedBy[u] = true
			}
		}
		cands = append(cands, &candidate{p: p, code: code, swap: swap, reverse: reverse, pattern: m.pattern, ruled: ruled, used: m.used, patTarget: m.target, patSource: m.source,
			resign:  quit || t.lemmas[p] == "resign" || t.lemmas[p] == "step" && t.hasChildLemma(p, set("down"), "compound", "compound:prt", "advmod") || strings.HasPrefix(code, "083") && usesLemma(t, m.used, "resignation"),
			actCode: m.deflt, ownPattern: m.own})
	}
	for p := range t.toks {
		if usedBy[p] || t.toks[p].UPOS != "NOUN" && t.toks[p].UPOS != "PROPN" {
			continue
		}
		code, ok := nominalCodes[t.lemmas[p]]
		if !ok {
			code, ok = nominalCodes[t.words[p]]
		}
		if h := t.head(p); !ok && h >= 0 && undergoneAct(t, h) == p {
			code, ok = undergoneNouns[t.lemmas[p]], true // "came under fire"
			if code == "190" && t.lemmas[p] == "fire" && (abstractSubject(t, h) || hasCase(t, h, "over") || hasCase(t, h, "for") || t.phraseIn(h, "obl", "in", forumNouns) || t.phraseIn(h, "obl", "at", forumNouns)) {
				// "her negotiation style has come under fire", "the NSA
				// has come under fire over the issue": criticised
				code = "111"
			}
		}
		if !ok {
			continue
		}
		if ner := t.toks[p].NER; ner != "" && ner != "O" {
			continue // part of a name: "Shanghai Cooperation Organisation", "the Paris Agreement"
		}
		if titleWord(t, p) {
			continue // "Resisting Arrest", a named offence: a title's word
		}
		if marketDemand(t, p) {
			continue // "strong demand for oil from Asia": buyers, not a request
		}
		if t.hasChildLemma(p, medicalWords, "compound", "amod") {
			continue // "suffers heart attack": an illness, no assault
		}
		if t.hasChildLemma(p, pressWords, "compound") || t.lemmas[p] == "release" && t.rel(p) == "nsubj" && reportVerbs[t.lemmas[max(t.head(p), 0)]] {
			// "the ICRC press release", "a news release", "the same
			// PepsiCo release confirmed": words put out, no act
			continue
		}
		if agreementNouns[t.lemmas[p]] && !concluded(t, p) {
			continue // "voted yes to the EU treaty", "under the agreement": a standing text, no new deal
		}
		if characterised(t, p) {
			continue // "described the firing as an attack on the union": what it was called
		}
		code = refineNominal(t, p, code)
		// an event noun that is the object of a coded verb is part of it
		if h := t.head(p); h >= 0 && usedBy[h] && !claimedAct(t, p) {
			continue
		}
		cands = append(cands, &candidate{p: p, code: code, nominal: true, used: []int{p}, patTarget: -1, patSource: -1,
			resign: t.lemmas[p] == "resignation"})
	}
	var out []doc.Event
	candAt := map[int]bool{}
	for _, cd := range cands {
		candAt[cd.p] = true
	}
	for _, cd := range cands {
		if cd.nominal {
			c.nominalRoles(t, r, cd)
		} else {
			c.verbRoles(t, r, cd)
		}
		if x := t.child(cd.p, "xcomp"); !cd.nominal && x >= 0 && candAt[x] && reportVerbs[t.lemmas[cd.p]] && t.child(cd.p, "aux:pass") >= 0 {
			// "Kenya is said to have attacked Somalia": the act is the
			// complement's, reported; the report verb's pattern is no
			// second event
			cd.dropped = true
			continue
		}
		if !cd.nominal && cd.pattern && !c.noIntent && travelVerbs[t.lemmas[cd.p]] && strings.HasPrefix(cd.code, "15") && c.personSubject(t, r, cd.p) {
			// "world leaders flying into Moscow": people travelling, no
			// forces sent in (FLY * INTO is for aircraft and troops)
			cd.code, cd.pattern = "042", false
		}
		if !cd.nominal && !cd.pattern && !c.noIntent && travelVerbs[t.lemmas[cd.p]] && (len(cd.targets) == 0 || meetingCode(cd.code)) {
			// "Modi arrived in Beijing", "Zelenskyy went to Ireland": a
			// visit to the place's country, whatever the block's default
			// (but a convoy "travelling in the Bakwa district" moves
			// about there: only arriving and landing are "in" a place)
			arrival := t.lemmas[cd.p] == "arrive" || t.lemmas[cd.p] == "land"
			for _, k := range t.kids[cd.p] {
				if cs := t.caseOf(k); t.rel(k) == "obl" && ((cs == "in" || cs == "at") && arrival || cs == "to") {
					if refs, _ := c.actorsOf(t, r, k, cd.p); len(refs) > 0 && CountryOf(refs[0]) != "" {
						cd.code, cd.targets = "042", refs[:1]
						break
					}
				}
			}
		}
		if !cd.nominal && !c.noIntent && (t.lemmas[cd.p] == "approach" || t.lemmas[cd.p] == "arrive" || t.lemmas[cd.p] == "come") && strings.HasPrefix(cd.code, "072") && !destination(t, cd.p) {
			// "as our troops approached to capture the terrorist": forces
			// arriving nowhere named bring no one military aid (&MILITARY
			// * of the ARRIVE block is for troops sent to a country)
			cd.dropped = true
			continue
		}
		if !cd.nominal && !c.noIntent && (travelVerbs[t.lemmas[cd.p]] || t.lemmas[cd.p] == "come") && cd.code == "040" {
			// "came to office", "went back on a pledge", "come and go",
			// "travelling on his Zambian passport": going, coming or
			// travelling to no country is no meeting (a visit is 042,
			// "came to Beijing for talks" 046)
			cd.dropped = true
			continue
		}
		if !cd.nominal && !cd.pattern && departureVerbs[t.lemmas[cd.p]] && meetingCode(cd.code) && (t.child(cd.p, "obj") >= 0 || t.toks[cd.p].Deprel == "acl:relcl" && !hasCase(t, cd.p, "for")) {
			// "left the White House", "the party the men have left":
			// leaving a place is no meeting with it (the block's
			// default, 040, is for "left for talks")
			cd.dropped = true
			continue
		}
		if !cd.nominal && (!cd.pattern || !readsObject(t, cd)) && !cd.ruled && !c.noIntent && partyCode(cd.code) && !topicVerbs[t.lemmas[cd.p]] && (c.thingObject(t, r, cd.p) || t.hasChildLemma(cd.p, abstractNouns, "obj")) {
			// "released a preview of her album", "will hear the news",
			// "called U.S. policy a failure": a thing released, heard or
			// named is no one freed or consulted; the
			// block's default is for a party (a pattern on the object
			// says otherwise; "POLICE * HELD" reads only the subject).
			// What is discussed or negotiated is a topic, not a party.
			cd.dropped = true
			continue
		}
		if !cd.nominal && (t.lemmas[cd.p] == "demonstrate" && c.plainThingObject(t, r, cd.p) || t.lemmas[cd.p] == "claim" && t.hasChildLemma(cd.p, ownedClaims, "obj")) {
			// "the gadget was demonstrated at Macworld", "claim Irish
			// ancestry": shown or owned, no protest, no accusation
			cd.dropped = true
			continue
		}
		if !cd.nominal && strings.HasPrefix(cd.code, "04") {
			if s, _ := c.subjectOf(t, cd.p, 0); crowdCount(t, s) {
				cd.dropped = true // "46,000 Canadians visit New Zealand each year": travellers counted, no meeting
				continue
			}
		}
		if x := t.child(cd.p, "xcomp"); !cd.nominal && !cd.pattern && wishVerbs[t.lemmas[cd.p]] && x >= 0 && !c.codedAct(t, x) {
			cd.dropped = true // "wants Quebec to stay in Canada": a wish for no act
			continue
		}
		if !cd.nominal && t.lemmas[cd.p] == "charge" && t.child(cd.p, "obj") < 0 && hasCase(t, cd.p, "for") {
			cd.dropped = true // "to start charging for access": a price, no charge against anyone
			continue
		}
		if strings.HasPrefix(cd.code, "13") && c.thingWarning(t, r, cd) {
			// "issued a battery warning", "a warning that 46 million
			// batteries may overheat": a notice about things, no threat
			cd.dropped = true
			continue
		}
		if !cd.nominal && !cd.pattern && thingOnlyVerbs[t.lemmas[cd.p]] && c.thingObject(t, r, cd.p) {
			// "Israel has recognized same-sex marriage": a thing
			// acknowledged, no one praised
			cd.dropped = true
			continue
		}
		if !cd.nominal && forecastVerbs[t.lemmas[cd.p]] && c.thingObject(t, r, cd.p) {
			// "the EU expects the unemployment rate to reach 10.6%": a
			// forecast of a figure, no intent
			cd.dropped = true
			continue
		}
		if !cd.nominal && violentCodeRoot(cd.code) && len(cd.sources) == 0 && disasterCause(t, cd.p) {
			// "a passenger was killed after a fire started", "died in a
			// crash": an accident, no attack
			cd.dropped = true
			continue
		}
		if !cd.nominal && !cd.pattern && assembleVerbs[t.lemmas[cd.p]] && meetingCode(cd.code) && !withParty(t, cd.p) && !coordinatedSubject(t, cd.p) {
			// "hundreds of refugees gathered in Jabaliya", "people
			// gathered from Croatia": a crowd, no meeting of parties;
			// sides that gather together ("the ministers of France and
			// Germany gathered") or with another still meet
			cd.dropped = true
			continue
		}
		if !cd.nominal && !cd.pattern && t.lemmas[cd.p] == "struggle" && len(cd.targets) == 0 {
			// "the tourist industry will struggle": a hardship, no fight
			cd.dropped = true
			continue
		}
		if !cd.nominal && partyCode(cd.code) && c.thingSubject(t, r, cd.p) {
			// "his words met a cool reception from Chirac": a thing
			// meets no one
			cd.dropped = true
			continue
		}
		if !cd.nominal && !cd.ruled && strings.HasPrefix(cd.code, "19") && c.thingOpponent(t, r, cd.p, cd.used) {
			// "Ford is struggling with high costs", "battled with the
			// flames": a hardship or a thing fought is no armed clash
			// (the dictionary's bare "* WITH" pattern is for a party; one
			// naming the thing, "(WITH ROCKETS)", still codes)
			cd.dropped = true
			continue
		}
		if !cd.nominal && cd.code == "042" && len(cd.targets) == 0 && travelVerbs[t.lemmas[cd.p]] {
			// "he still goes to hospital every two weeks": a journey to
			// no party or country visits no one
			cd.dropped = true
			continue
		}
		if (cd.code == "042" || cd.code == "043") && len(cd.targets) == 0 && returnedFromAct(t, cd.p) {
			// "returned safely from the operation": coming back from an
			// act is no visit (RETURN * (FROM) is 042 for a place)
			cd.dropped = true
			continue
		}
		if cd.pattern && !cd.swap && receivingVerbs[t.lemmas[cd.p]] && strings.HasPrefix(cd.code, "07") {
			// "Kenya received weapons from Russia" (RECEIVE * &WEAPON,
			// 072): the aid goes to the subject, from whoever gave it
			cd.sources, cd.targets = cd.targets, cd.sources
		}
		if cd.swap {
			cd.sources, cd.targets = cd.targets, cd.sources
		}
		if !c.noIntent && !cd.nominal && t.lemmas[cd.p] == "protest" && !strings.HasPrefix(cd.code, "14") && cd.srcHead >= 0 && crowd(t, cd.srcHead) {
			// "thousands of Kenyans protested against the bill": a crowd
			// protesting demonstrates (141), it does not merely object
			cd.code, cd.reverse = "141", ""
		}
		if !c.noIntent && !cd.swap && cd.srcHead >= 0 && protesters(t, cd.srcHead) && violentCode(cd.code) {
			// CAMEO 145 "protest violently, riot": demonstrators who
			// clash, storm or burn protest violently
			cd.code, cd.reverse = "145", ""
		}
		if !c.noIntent && !cd.nominal && !cd.pattern && (t.lemmas[cd.p] == "recognize" || t.lemmas[cd.p] == "recognise") &&
			strings.HasPrefix(cd.code, "051") && len(cd.targets) > 0 && len(cd.targets[0].Code) == 3 && CountryOf(cd.targets[0]) != "" {
			// "Britain recognised Kosovo": recognising a state grants it
			// diplomatic recognition (054), not praise (the ACCLAIM block)
			cd.code = "054"
		}
		cd.modality = modalityOf(t, cd.p)
		if cd.pattern && !cd.nominal && negatedComplement(t, cd) {
			// "pledged not to take military action against Iran"
			// (PLEDGE * ACTION (AGAINST)): the pattern's act is the
			// one pledged against
			cd.modality.negated = true
		}
		if likelyAfter(t, cd) {
			// "Biden says Iran sanctions likely by early May": a
			// headline's "(are) likely" leaves the act open
			cd.modality.hypothetical = true
		}
		if cd.nominal && t.hasChildLemma(cd.p, anyWords, "det") {
			cd.modality.hypothetical = true // "any CIA request to use the technique would": none in particular
		}
		if md := cd.modality; !c.noIntent && strings.HasPrefix(cd.code, "03") && !cd.derived && !cd.ownPattern && cd.actCode != "" && !strings.HasPrefix(cd.actCode, "03") &&
			!md.future && !md.hypothetical && !md.negated && !intentVerbs[t.lemmas[cd.p]] && !lightVerbs[t.lemmas[cd.p]] && !hypoVerbs[t.lemmas[cd.p]] {
			// a pattern coding intent ("MEET * (AT)" → 036) on a realised
			// act ("Modi met Xi at a summit") keeps the act's own code;
			// asking for an act ("called for talks", 036) does not do it
			if act, _, rev := splitCode(cd.actCode); act != "" && act != "---" {
				cd.code, cd.reverse = act, rev
			}
		}
	}
	cands = append(cands, c.bareDemands(t, r, cands)...)
	c.markDominated(t, cands)
	c.protestTargets(t, r, cands)
	c.conditionTargets(t, r, cands)
	inheritTargets(t, cands)
	for _, cd := range cands {
		if cd.dropped {
			continue
		}
		if d := c.demanded(t, r, cd, cands); d != nil {
			out = append(out, c.emit(a, si, t, r, d)...)
		}
		if d := c.statedIntent(t, cd, cands); d != nil {
			out = append(out, c.emit(a, si, t, r, d)...)
		}
		out = append(out, c.emit(a, si, t, r, cd)...)
		if cd.reverse != "" && len(cd.sources) > 0 && len(cd.targets) > 0 {
			rv := *cd
			rv.code, rv.reverse = cd.reverse, ""
			rv.sources, rv.targets = partiesOnly(cd.targets), cd.sources
			out = append(out, c.emit(a, si, t, r, &rv)...)
		}
	}
	return distinct(out)
}

// partiesOnly drops the cities of a list of targets: a city named where an
// act happened is its target by convention ("signed the agreement in
// Paris"), but no party that acts back.
func partiesOnly(refs []doc.ActorRef) []doc.ActorRef {
	var out []doc.ActorRef
	for _, ref := range refs {
		if !strings.HasPrefix(ref.ID, "city/") {
			out = append(out, ref)
		}
	}
	return out
}

// distinct keeps one of the events of a sentence that say the same thing
// (type, code, actors, modality), the most confident: "accused Russia of
// launching an attack that injured three workers" reports one accusation,
// however many acts it names.
func distinct(evs []doc.Event) []doc.Event {
	at := map[sayKey]int{}
	out := evs[:0]
	for _, e := range evs {
		k := keyOf(e)
		if i, ok := at[k]; ok {
			if e.Confidence > out[i].Confidence {
				out[i] = e
			}
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	// an event with no target says less than one of the same type by the
	// same source with a target ("marched … to protest against a law":
	// the protest against Georgia's law, and the march), so it goes
	kept := out[:0]
	for _, e := range out {
		if e.Target == (doc.ActorRef{}) && targetedAlike(out, e) {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// sayKey is what an event says: type, code, actors and modality.
type sayKey struct {
	typ, cameo                             string
	src, tgt                               doc.ActorRef
	negated, hypothetical, future, alleged bool
}

func keyOf(e doc.Event) sayKey {
	return sayKey{e.Type, e.CAMEO, e.Source, e.Target, e.Negated, e.Hypothetical, e.Future, e.Alleged}
}

// targetedAlike reports whether evs hold an event of e's type, source and
// modality that has a target.
func targetedAlike(evs []doc.Event, e doc.Event) bool {
	k := keyOf(e)
	for _, o := range evs {
		ko := keyOf(o)
		if o.Target != (doc.ActorRef{}) && ko.typ == k.typ && ko.src == k.src && ko.negated == k.negated &&
			ko.hypothetical == k.hypothetical && ko.future == k.future && ko.alleged == k.alleged {
			return true
		}
	}
	return false
}

// markDominated flags the events whose clause another coded event governs:
// "threatened to impose sanctions", "rejected a proposal to sign a pact",
// "staged a hunger strike to demand ...". The governing event is what the
// sentence reports; the governed one is its content. An event noun counts
// from the verb it is the object of.
func (c *Coder) markDominated(t *tree, cands []*candidate) {
	anchor := func(cd *candidate) int {
		if cd.nominal {
			if h := t.head(cd.p); h >= 0 && t.isVerb(h) && (t.rel(cd.p) == "obj" || t.toks[cd.p].Deprel == "nsubj:pass") {
				return h
			}
		}
		return cd.p
	}
	for _, o := range cands {
		if len(o.sources) == 0 && len(o.targets) == 0 {
			continue
		}
		if cod, ok := c.model.Coding(o.code); !ok || cod.Type == "" {
			continue
		}
		ao := anchor(o)
		for _, cd := range cands {
			if cd != o && cd.p != ao && t.depth(ao, cd.p) > 0 && anchor(cd) != ao {
				cd.dominated = true
			}
		}
	}
}

// conditionTargets gives a threat or ultimatum with no target the party its
// condition names: "threatened to stop negotiations if the United States
// goes ahead", "will withdraw unless the government pays" — the one whose
// conduct the threat is meant to change. Complaints and criticisms ("complained
// to the UN over Israeli air raids") target what they are about.
func (c *Coder) conditionTargets(t *tree, r *resolver, cands []*candidate) {
	for _, cd := range cands {
		if cd.nominal || len(cd.sources) == 0 {
			continue
		}
		switch {
		case strings.HasPrefix(cd.code, "13") && len(cd.targets) == 0:
			for _, k := range conditionClauses(t, cd.p) {
				s, _ := c.subjectOf(t, k, 0)
				if refs, _ := c.actorsOf(t, r, s, k); len(refs) > 0 && !selfDirected(refs[0], cd.sources[0]) {
					cd.targets = refs
					break
				}
			}
		case strings.HasPrefix(cd.code, "11"):
			for _, k := range t.kids[cd.p] {
				if cs := t.caseOf(k); t.rel(k) == "obl" && (cs == "over" || cs == "about") {
					if refs, _ := c.actorsOf(t, r, k, cd.p); len(refs) > 0 && !selfDirected(refs[0], cd.sources[0]) {
						cd.targets = refs
					}
				}
			}
		}
	}
}

// conditionClauses returns the if/unless clauses below p, not entering
// reported speech.
func conditionClauses(t *tree, p int) []int {
	var out []int
	var walk func(n, depth int)
	walk = func(n, depth int) {
		if depth > 4 {
			return
		}
		for _, k := range t.kids[n] {
			switch t.rel(k) {
			case "ccomp", "parataxis", "punct":
				continue
			case "advcl":
				if t.hasChildLemma(k, set("if", "unless"), "mark") {
					out = append(out, k)
					continue
				}
			}
			walk(k, depth+1)
		}
	}
	walk(p, 0)
	return out
}

// protestTargets gives a protest (CAMEO 14x) with no target the one its
// clause names "in protest of/against/at X" ("continued their hunger strike
// in protest of the government's refusal": the government).
func (c *Coder) protestTargets(t *tree, r *resolver, cands []*candidate) {
	for _, cd := range cands {
		if !strings.HasPrefix(cd.code, "14") || len(cd.targets) > 0 {
			continue
		}
		top := cd.p
		if h := t.head(cd.p); cd.nominal && h >= 0 && t.isVerb(h) {
			top = h
		}
		for _, k := range t.kids[top] {
			if t.lemmas[k] != "protest" || t.rel(k) != "obl" && t.rel(k) != "nmod" {
				continue
			}
			for _, x := range t.kids[k] {
				switch t.caseOf(x) {
				case "of", "against", "at", "over":
					if refs, _ := c.actorsOf(t, r, x, top); len(refs) > 0 {
						cd.targets = refs
					}
				}
			}
		}
	}
}

// inheritTargets gives an event with no target the target of the act its
// complement or purpose clause codes: "threatened to break relations with
// Russia", "staged a hunger strike to demand the president's resignation",
// "demonstrated, calling for independence from Iraq".
func inheritTargets(t *tree, cands []*candidate) {
	for _, cd := range cands {
		if len(cd.targets) > 0 || len(cd.sources) == 0 || jointAct(t, cd) {
			// sides acting together act with each other: "A, B and C
			// signed a declaration to support D" is no deal with D
			continue
		}
		top := cd.p
		if cd.nominal {
			if h := t.head(cd.p); h >= 0 && t.isVerb(h) && t.rel(cd.p) == "obj" {
				top = h
			}
		}
		for _, o := range cands {
			// a threat's target is whom the act it announces is aimed at
			// ("warned that it could invade Bulgaria")
			threat := strings.HasPrefix(cd.code, "13") && complementOf(t, top, o.p)
			if o == cd || len(o.targets) == 0 || !purposeOf(t, top, o.p) && !threat {
				continue
			}
			var tg []doc.ActorRef
			for _, ref := range o.targets {
				own := false
				for _, src := range cd.sources {
					own = own || selfDirected(src, ref)
				}
				if !own {
					tg = append(tg, ref)
				}
			}
			if len(tg) > 0 {
				cd.targets = tg
				break
			}
		}
	}
}

// complementOf reports whether o sits in a complement clause of p ("warned
// that it could invade and annex X"), through ccomp and conjunction only.
func complementOf(t *tree, p, o int) bool {
	if t.depth(p, o) <= 0 {
		return false
	}
	ccomp := false
	for n := o; n >= 0 && n != p; n = t.head(n) {
		switch t.rel(n) {
		case "ccomp":
			ccomp = true
		case "conj":
		default:
			return false
		}
	}
	return ccomp
}

// purposeOf reports whether predicate o sits in a complement or purpose
// clause of p (xcomp, advcl, acl, or a clause attached to p's object), not
// in reported speech.
func purposeOf(t *tree, p, o int) bool {
	if t.depth(p, o) <= 0 {
		return false
	}
	clause := false
	for n := o; n >= 0 && n != p; n = t.head(n) {
		switch t.rel(n) {
		case "ccomp", "parataxis", "csubj", "conj":
			return false
		case "xcomp":
			clause = true
		case "advcl", "acl":
			// a purpose ("to demand ...") or accompanying participle
			// ("calling for ..."), not a time or reason clause
			if t.toks[n].Deprel == "acl:relcl" {
				return false
			}
			if t.toMarked(n) || t.child(n, "mark") < 0 && t.toks[n].XPOS == "VBG" {
				clause = true
			} else {
				return false
			}
		}
	}
	return clause
}

// hostileAct reports whether verb x codes a conflictual act (quad class 3
// or 4): "fight" in "vowed to fight".
func (c *Coder) hostileAct(t *tree, x int) bool {
	m, ok := matchVerb(t, c.model.Verbs, x)
	if !ok {
		return false
	}
	code, _, _ := splitCode(m.code)
	coding, ok := c.model.Coding(code)
	return ok && coding.QuadClass >= 3
}

// bareDemands codes "X said/declared Y must ..." as a REQUEST by X of Y
// when the demanded act itself is not coded ("must drop barriers to
// exports"); demanded handles the clauses whose act is coded.
func (c *Coder) bareDemands(t *tree, r *resolver, cands []*candidate) []*candidate {
	if c.noIntent {
		return nil
	}
	coded := map[int]bool{}
	for _, cd := range cands {
		coded[cd.p] = true
	}
	var out []*candidate
	for v := range t.toks {
		h := t.head(v)
		if coded[v] || h < 0 || t.rel(v) != "ccomp" || !reportVerbs[t.lemmas[h]] || !t.hasChildLemma(v, deonticAux, "aux") {
			continue
		}
		if t.negatedBy(v, "advmod") {
			continue
		}
		s, _ := c.subjectOf(t, v, 0)
		doer, _ := c.actorsOf(t, r, s, v)
		sp, _ := c.subjectOf(t, h, 0)
		speaker, _ := c.actorsOf(t, r, sp, h)
		if len(doer) == 0 || len(speaker) == 0 || selfDirected(speaker[0], doer[0]) {
			continue
		}
		out = append(out, &candidate{p: v, code: "100", pattern: true, derived: true, used: []int{v}, patTarget: -1, patSource: -1,
			sources: speaker[:1], targets: doer, modality: modality{speaker: -1, reportVerb: -1}})
	}
	return out
}

// demanded derives the REQUEST that "X said Y must do Z" amounts to: the
// reporting party demands the act of its doer. Nothing is derived when a
// governing verb already codes the demand.
func (c *Coder) demanded(t *tree, r *resolver, cd *candidate, cands []*candidate) *candidate {
	md := cd.modality
	if c.noIntent || !md.deontic || md.reportVerb < 0 || len(cd.sources) == 0 {
		return nil
	}
	for _, o := range cands {
		if o != cd && isIntentCode(o.code) && t.depth(o.p, cd.p) > 0 {
			return nil
		}
	}
	subj, _ := c.subjectOf(t, md.reportVerb, 0)
	speaker, _ := c.actorsOf(t, r, subj, md.reportVerb)
	if len(speaker) == 0 || selfDirected(speaker[0], cd.sources[0]) {
		return nil
	}
	d := *cd
	d.code = intentCode(cd.code, intentDemand)
	d.sources, d.targets = speaker[:1], cd.sources
	d.pattern, d.derived, d.reverse = true, true, ""
	d.modality = modality{speaker: -1, reportVerb: -1}
	return &d
}

// statedIntent derives the AGREE, THREATEN or REJECT that an announced,
// promised or refused act amounts to, unless a governing verb already codes
// the intent ("agreed to", "threatened to").
func (c *Coder) statedIntent(t *tree, cd *candidate, cands []*candidate) *candidate {
	md := cd.modality
	// a conditional promise or threat ("will meet X if ...", "will
	// withdraw unless ...") is still stated; other hypotheticals are not
	conditionalPromise := md.condition != "" && md.future
	// a call or visit with nobody on the other side is no act, so no
	// intent to act either
	// what one is able or unable to do ("would never be able to reach
	// agreement") is neither promised nor refused
	if c.noIntent || len(cd.sources) == 0 || md.hypothetical && !conditionalPromise || md.capacity || md.forecast || obligation(t, cd.p) ||
		cd.reverse != "" && c.unevidenced(t, cd, jointAct(t, cd)) {
		return nil
	}
	if strings.HasPrefix(cd.code, "03") && (md.refused || md.negated && md.future) {
		// "will not accept", "refused to deploy": a declined promise
		// to cooperate is a rejection
		d := *cd
		d.code = rejectionOfIntent(cd.code)
		d.pattern, d.derived, d.reverse = true, true, ""
		d.modality = modality{speaker: md.speaker, reportVerb: md.reportVerb, alleged: md.alleged}
		return &d
	}
	if isIntentCode(cd.code) || !md.future && !md.refused {
		return nil
	}
	if md.reportVerb >= 0 && cd.sources[0].ID == "" && CountryOf(cd.sources[0]) == "" {
		return nil // "the Home Office says people will pay £85": no one named states an intent
	}
	for _, o := range cands {
		if o != cd && isIntentCode(o.code) && t.depth(o.p, cd.p) > 0 {
			return nil
		}
	}
	coding, ok := c.model.Coding(cd.code)
	if !ok {
		return nil
	}
	var kind intentKind
	switch {
	case md.negated || md.refused:
		if coding.QuadClass > 2 {
			return nil // refusing a hostile act is no rejection
		}
		kind = intentReject
	case coding.QuadClass >= 3 && strings.HasPrefix(cd.code, "15") && forSupport(t, cd.p):
		// "will build facilities for weapons to support Ukraine's
		// defence": a deployment for a partner threatens no one
		return nil
	case coding.QuadClass >= 3 || md.condition == "unless":
		// "will withdraw unless ..." is an ultimatum
		kind = intentThreaten
	default:
		kind = intentAgree
	}
	code := intentCode(cd.code, kind)
	if code == "" {
		return nil
	}
	d := *cd
	d.code = code
	d.pattern = true
	d.modality = modality{speaker: md.speaker, reportVerb: md.reportVerb, alleged: md.alleged}
	d.derived = true
	return &d
}

// splitCode resolves PETRARCH's "A:B" codes: A codes the event as written
// and B the same happening from the target's side ("visit" 042, "host" 043);
// an empty A means only B applies, with source and target reversed.
func splitCode(code string) (main string, swap bool, reverse string) {
	i := strings.IndexByte(code, ':')
	if i < 0 {
		return code, false, ""
	}
	a, b := strings.TrimSpace(code[:i]), strings.TrimSpace(code[i+1:])
	if a == "" {
		return b, true, ""
	}
	if b == "---" {
		b = ""
	}
	return a, false, b
}

// refineExpulsion specialises CAMEO 174 (expel or deport individuals) and
// withdrawals by whom a state expels or withdraws, following the CAMEO
// codebook (166x "expel or withdraw"): peacekeepers 1661, inspectors and
// observers 1662, aid agencies 1663, diplomats 166. Withdrawing one's own
// troops stays a military de-escalation (087x).
func refineExpulsion(t *tree, p int, code string) string {
	withdraw := t.lemmas[p] == "withdraw" || t.lemmas[p] == "pull"
	if !strings.HasPrefix(code, "174") && !withdraw {
		return code
	}
	for _, k := range t.kids[p] {
		if t.rel(k) != "obj" {
			continue
		}
		switch t.lemmas[k] {
		case "peacekeeper", "peacekeepers":
			return "1661"
		case "inspector", "inspectors", "observer", "observers", "monitor", "monitors":
			return "1662"
		case "agency", "agencies", "worker", "workers":
			if t.hasChildLemma(k, set("aid", "relief", "humanitarian"), "compound", "amod") {
				return "1663"
			}
		case "diplomat", "diplomats", "ambassador", "envoy", "attache":
			return "166"
		}
	}
	return code
}

// naming reports whether "call" at p gives something a name: a participle
// after its noun with a complement ("headquarters, called Jamaica Base"),
// or two noun complements ("call the situation a civil war").
func naming(t *tree, p int) bool {
	comps := len(t.children(p, "obj", "xcomp"))
	if t.rel(p) == "acl" && t.toks[p].XPOS == "VBN" {
		return comps >= 1
	}
	return comps >= 2
}

// forceAgent reports whether passive verb p's by-phrase names people, a
// force or a name ("surrounded by troops", "by protesters").
func forceAgent(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) != "by" {
			continue
		}
		if t.toks[k].UPOS == "PROPN" || forceNouns[t.lemmas[k]] || t.persons[t.lemmas[k]] || t.persons[t.words[k]] {
			return true
		}
		for _, o := range t.children(k, "nmod") {
			if t.caseOf(o) == "of" && (forceNouns[t.lemmas[o]] || t.persons[t.lemmas[o]] || t.persons[t.words[o]]) {
				return true // "by hundreds of soldiers"
			}
		}
	}
	return false
}

// takesOverTask reports whether "take over" at p takes over a task
// ("takes over coordination of the aid"), however the parse hangs "over".
func takesOverTask(t *tree, p int) bool {
	if t.hasChildLemma(p, overParticle, "compound:prt", "advmod") && t.objectIn(p, taskNouns) {
		return true
	}
	return t.phraseIn(p, "obl", "over", taskNouns)
}

// controlOfBody reports whether verb p takes control of an organisation
// ("took control of the terror group", "seized control of the party").
func controlOfBody(t *tree, p int) bool {
	for _, o := range t.children(p, "obj") {
		if t.lemmas[o] != "control" && t.lemmas[o] != "leadership" && t.lemmas[o] != "command" {
			continue
		}
		if t.phraseIn(o, "nmod", "of", bodyNouns) {
			return true
		}
	}
	return false
}

// forSupport reports whether p, or a verb it is coordinated with, has a
// purpose of support, help or protection ("to support Ukraine's needs").
func forSupport(t *tree, p int) bool {
	for n, d := p, 0; n >= 0 && d < 3; n, d = t.head(n), d+1 {
		for _, k := range t.children(n, "advcl", "xcomp") {
			if t.toMarked(k) && supportVerbs[t.lemmas[k]] {
				return true
			}
		}
		if t.rel(n) != "conj" {
			break
		}
	}
	return false
}

// determinerLike reports whether token i opens or grades a noun phrase: a
// determiner, a possessive pronoun or "'s", an adjective or an adverb.
func determinerLike(t *tree, i int) bool {
	switch t.toks[i].UPOS {
	case "DET", "ADJ", "ADV":
		return true
	case "PRON":
		return t.toks[i].XPOS == "PRP$"
	case "PART":
		return t.words[i] == "'s" || t.words[i] == "’s"
	}
	return false
}

// byAbstractCause reports whether verb p's "by" phrase is a controversy,
// a row or another abstract cause ("hurt by the controversy", "hit by
// falling prices").
func byAbstractCause(t *tree, p int) bool {
	return t.phraseIn(p, "obl", "by", abstractCauses)
}

// defendsAct reports whether defending verb p's object is an act or a
// stance ("defended the trip", "defends his decision"), not a place or a
// party.
func defendsAct(t *tree, p int) bool {
	for _, o := range t.children(p, "obj") {
		if _, act := nominalCodes[t.lemmas[o]]; act || stanceNouns[t.lemmas[o]] {
			return true
		}
	}
	return false
}

// usesLemma reports whether a matched pattern used a word of the lemma
// ("ANNOUNCE * RESIGNATION").
func usesLemma(t *tree, used []int, lemma string) bool {
	for _, u := range used {
		if t.lemmas[u] == lemma {
			return true
		}
	}
	return false
}

// quitsOffice reports whether "quit" at p leaves an office: it has no
// object, or its object is an office ("quit his post"), and its subject is
// a person or a government body, not an alliance or a deal ("quit the
// coalition" is a withdrawal).
func quitsOffice(t *tree, p int) bool {
	if o := t.child(p, "obj"); o >= 0 && !officeNouns[t.lemmas[o]] {
		return false
	}
	s := t.child(p, "nsubj")
	return s >= 0 && (t.toks[s].UPOS == "PROPN" || officeHolders[t.lemmas[s]])
}

// violentCode reports whether a CAMEO code is the violence of a riot:
// coercion (17x), assault short of killing (180–182, not 1823), fighting,
// a blockade or an occupation (190–192). Killings, armed fighting and mass
// violence stay what they are.
// protesters reports whether noun h names demonstrators, also as the
// noun a quantity governs ("hundreds of demonstrators").
func protesters(t *tree, h int) bool {
	if protesterNouns[t.lemmas[h]] {
		return true
	}
	return t.phraseIn(h, "nmod", "of", protesterNouns)
}

// crowd reports whether the phrase headed by h is a crowd: protesters, or
// a number of people ("thousands of Kenyans", "hundreds of students").
func crowd(t *tree, h int) bool {
	if protesters(t, h) || crowdNouns[t.lemmas[h]] {
		return true
	}
	return t.phraseIn(h, "nmod", "of", crowdNouns)
}

// questionAsked reports whether verb p asks a question: ask or inquire with
// a clause introduced by if, whether or a question word.
func questionAsked(t *tree, p int) bool {
	if l := t.lemmas[p]; l != "ask" && l != "inquire" && l != "enquire" && l != "wonder" {
		return false
	}
	for _, o := range t.children(p, "obj") {
		if t.lemmas[o] == "question" || t.phraseIn(o, "nmod", "of", set("question")) {
			return true // "asked him a couple of questions"
		}
	}
	for _, k := range t.kids[p] {
		if r := t.rel(k); r != "ccomp" && r != "advcl" {
			continue
		}
		if t.hasChildLemma(k, set("if", "whether"), "mark") {
			return true
		}
		if t.rel(k) != "ccomp" {
			continue // "asked the EU, where they have ties, for aid"
		}
		for _, w := range t.kids[k] {
			if w < k && questionWords[t.lemmas[w]] {
				return true
			}
		}
	}
	return false
}

// statesBelief reports whether a verb that may propose ("suggest") or
// deliberate ("think") states a view instead: its complement is a clause
// with a subject of its own and no "should", "must" or "ought" ("suggested
// he was fine with it"; not "suggested that talks should resume").
func statesBelief(t *tree, p int) bool {
	if !epistemicVerbs[t.lemmas[p]] && !thinkingVerbs[t.lemmas[p]] {
		return false
	}
	cc := t.child(p, "ccomp")
	if cc < 0 || t.child(cc, "nsubj") < 0 && t.child(cc, "nsubj:pass") < 0 {
		return false
	}
	return !t.hasChildLemma(cc, deonticAux, "aux")
}

// aimedAct reports whether verb p says what an act or a policy is aimed at
// or affects, its subject being that act or policy ("a package of sanctions
// that targets tankers"): the act is coded from its own noun, if at all.
func aimedAct(t *tree, p int) bool {
	if !aimVerbs[t.lemmas[p]] {
		return false
	}
	s := t.child(p, "nsubj")
	if s >= 0 && relativePronoun[t.words[s]] && t.toks[p].Deprel == "acl:relcl" {
		s = t.head(p) // the noun the relative clause modifies
	}
	if s < 0 {
		return false
	}
	_, act := nominalCodes[t.lemmas[s]]
	return act || policyNouns[t.lemmas[s]]
}

// returnedFromAct reports whether verb p comes back from an act, not a
// place: its "from" phrase is an event noun ("returned from the operation").
func returnedFromAct(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if t.rel(k) != "obl" || t.caseOf(k) != "from" {
			continue
		}
		if _, event := nominalCodes[t.lemmas[k]]; event || tourOfDuty[t.lemmas[k]] {
			return true
		}
	}
	return false
}

// undergoneAct returns the act that verb p says its subject underwent —
// the object of suffer, face, endure … or the "under" phrase of come
// ("came under attack") — when it is an event noun; else -1.
func undergoneAct(t *tree, p int) int {
	lemma := t.lemmas[p]
	if t.child(p, "compound") >= 0 && t.toks[t.child(p, "compound")].Deprel == "compound:prt" {
		return -1 // "faces down a boycott" resists it
	}
	for _, k := range t.kids[p] {
		switch {
		case t.rel(k) == "obj" && undergoVerbs[lemma]:
		case t.rel(k) == "obl" && t.caseOf(k) == "under" && (lemma == "come" || lemma == "be"):
		default:
			continue
		}
		if undergoneNouns[t.lemmas[k]] != "" || hostileNoun(t.lemmas[k]) || strings.HasPrefix(nominalCodes[t.lemmas[k]], "09") {
			return k // ("are facing a criminal investigation": investigated)
		}
	}
	return -1
}

// concluded reports whether agreement noun p is told as made: a verb of
// concluding governs it ("reached a deal", "the treaty was signed") or
// modifies it ("Greek debt deal reached"), it names its parties ("a deal
// between Labour and the Greens", "an agreement with Iran"), or it heads
// the sentence.
func concluded(t *tree, p int) bool {
	if h := t.head(p); h < 0 || concludeVerbs[t.lemmas[h]] {
		return true // or a headline that is the deal's name ("India and Argentina Sign New Extradition Treaty")
	}
	for _, k := range t.kids[p] {
		switch {
		case t.rel(k) == "acl" && concludeVerbs[t.lemmas[k]]:
			return true
		case t.rel(k) == "nmod" && (t.caseOf(k) == "between" || t.caseOf(k) == "with"):
			return true
		}
	}
	return false
}

// hostileNoun reports whether an event noun names a hostile act (CAMEO 11
// to 20), the kind a subject undergoes.
func hostileNoun(lemma string) bool {
	code := nominalCodes[lemma]
	return len(code) >= 2 && code[:2] >= "11" && code[:2] <= "20"
}

// venueOnly reports whether the targets are named in an "in" or "at" phrase
// (for a fight, also "near", "along" …) of verb p's clause: where it
// happened, not with whom.
func (c *Coder) venueOnly(t *tree, r *resolver, p int, targets []doc.ActorRef, fight bool) bool {
	if len(targets) == 0 {
		return false
	}
	for k := range t.toks {
		// "in Riyadh"; for fighting also "near Bakhmut" (hubs built
		// "across Ukraine" are for Ukraine)
		if cs := t.caseOf(k); cs != "in" && cs != "at" && !(fight && placePreps[cs]) || !inClause(t, p, k) {
			continue
		}
		if refs, _ := c.actorsOf(t, r, k, p); len(refs) > 0 && containsActor(refs, targets[0]) {
			return true
		}
	}
	return false
}

// patientActor reports whether the actor an event noun's phrase names is
// what the event was done to: "a drone attack on the town of Nizhyn killed
// one person" — Nizhyn killed no one.
func patientActor(t *tree, r *resolver, h int) bool {
	if h < 0 {
		return false
	}
	if _, event := nominalCodes[t.lemmas[h]]; !event {
		return false
	}
	_, _, at, ok := r.actorAt(h)
	if !ok {
		return false
	}
	if at < 0 {
		// only a common-noun agent: "the attack on the justice system
		// killed 13"
		at = r.nearestActorToken(h)
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "nmod" && targetPreps[t.caseOf(k)] && t.depth(k, at) >= 0 {
			return true
		}
	}
	return false
}

// refusedAct reports whether verb p (refuse, decline) governs an act in an
// infinitive ("refused to hand over"), not a comment ("declined to
// comment", CAMEO 011, no event).
func refusedAct(t *tree, p int) bool {
	x := t.child(p, "xcomp")
	return x >= 0 && t.isVerb(x) && !reportVerbs[t.lemmas[x]] && !commentVerbs[t.lemmas[x]]
}

// declinedComment reports whether verb p (refuse, decline) governs only a
// comment: "declined to comment", "declined to give her view" (but
// "declined to give aid" refuses aid).
func declinedComment(t *tree, p int) bool {
	x := t.child(p, "xcomp")
	if x < 0 || !t.isVerb(x) || !commentVerbs[t.lemmas[x]] && !reportVerbs[t.lemmas[x]] {
		return false
	}
	if l := t.lemmas[x]; l != "give" && l != "provide" {
		return true
	}
	o := t.child(x, "obj")
	return o >= 0 && infoNouns[t.lemmas[o]]
}

func violentCode(code string) bool {
	if len(code) < 3 || code == "1823" {
		return false
	}
	switch code[:3] {
	case "180", "181", "182", "190", "191", "192":
		return true
	}
	return code[:2] == "17"
}

// refineEasing codes lifting or easing restrictions as CAMEO 081 (ease
// administrative sanctions: PLOVER CONCEDE, "easing of administrative or
// legal restrictions ..., removing curfews") when no pattern coded the verb:
// curfews 0813, states of emergency and martial law 0814.
func refineEasing(t *tree, p int, code string, pattern bool) string {
	if pattern {
		return code
	}
	switch t.lemmas[p] {
	case "ease", "lift", "relax", "loosen", "rescind", "scrap":
	default:
		return code
	}
	for _, k := range t.kids[p] {
		// what is eased: the object, or the subject of a passive ("the
		// curfew has been lifted")
		if r := t.rel(k); r != "obj" && r != "nsubj:pass" {
			continue
		}
		switch t.lemmas[k] {
		case "curfew", "curfews":
			return "0813"
		case "emergency", "law":
			return "0814"
		case "restriction", "restrictions", "measure", "measures", "ban", "control", "controls", "prohibition":
			return "081"
		}
	}
	return code
}

// cyberTarget reports whether verb p's object, or the subject it is done
// to, is a computer system ("attacked the website", "servers were hit"), or
// its doer a hacker.
func cyberTarget(t *tree, p int) bool {
	for _, k := range t.children(p, "obj", "nsubj:pass") {
		if cyberObjects[t.lemmas[k]] {
			return true
		}
	}
	if h := t.head(p); h >= 0 && t.rel(p) == "acl" && cyberObjects[t.lemmas[h]] {
		return true // "Iranian newspaper website attacked"
	}
	for _, k := range t.children(p, "nsubj", "obl") {
		if (t.rel(k) == "nsubj" || t.caseOf(k) == "by") && (t.lemmas[k] == "hacker" || t.words[k] == "hackers") {
			return true
		}
	}
	return false
}

func refineNominal(t *tree, p int, code string) string {
	if t.lemmas[p] == "call" {
		// "calls for talks", "a call to end the war": an appeal, no
		// telephone call
		for _, k := range t.kids[p] {
			if t.rel(k) == "nmod" && t.caseOf(k) == "for" || t.rel(k) == "acl" && t.toMarked(k) {
				return "020"
			}
		}
		return code
	}
	if t.lemmas[p] == "attack" || t.lemmas[p] == "attacks" {
		// CAMEO 176 "attack cybernetically": "a cyber attack", "malware
		// attacks", "a ransomware attack"
		for _, k := range t.kids[p] {
			if r := t.rel(k); (r == "compound" || r == "amod") && cyberWords[t.lemmas[k]] {
				return "176"
			}
		}
		return code
	}
	if t.lemmas[p] != "strike" {
		return code
	}
	for _, k := range t.kids[p] {
		switch t.lemmas[k] {
		case "air", "missile", "drone", "aerial":
			return "195"
		case "hunger":
			return "142"
		case "general", "labor", "labour", "worker", "workers", "union", "national":
			return "143"
		}
	}
	for _, k := range t.children(p, "compound", "nmod:poss") {
		if t.toks[k].UPOS == "NOUN" && !strikingNouns[t.lemmas[k]] && (t.toks[k].NER == "" || t.toks[k].NER == "O") {
			return "143" // "a transit strike", "the teachers' strike": a stoppage of work
		}
	}
	return code
}

// subjectOf returns the nominal subject of predicate p, climbing through
// xcomp (controller), conj and relative clauses when p has none of its own.
// readinessState reports whether p is a participle of readiness, passive
// in form, with an infinitive ("he is prepared to lift the ban", "is
// determined to win"): a state of its subject, who is the actor.
func readinessState(t *tree, p int) bool {
	return readinessParticiples[t.lemmas[p]] && t.child(p, "xcomp") >= 0 &&
		(t.child(p, "nsubj:pass") >= 0 || t.child(p, "aux:pass") >= 0)
}

func (c *Coder) subjectOf(t *tree, p int, depth int) (subj int, passive bool) {
	if depth > 4 || p < 0 {
		return -1, false
	}
	if s := t.child(p, "nsubj:pass", "nsubj:xsubj"); s >= 0 && t.toks[s].Deprel == "nsubj:pass" {
		return s, !readinessState(t, p)
	}
	if s := strandedSubject(t, p); s >= 0 {
		return s, false
	}
	if ss := t.children(p, "nsubj"); len(ss) > 0 {
		// a misparse may give a verb two subjects: the nearest one
		// before it ("guerrillas wounded soldiers..., police said"),
		// never a deictic date word ("The Council today agreed")
		best := -1
		for _, s := range ss {
			if deicticDays[t.lemmas[s]] && len(ss) > 1 {
				continue
			}
			if best < 0 || s < p && (best > p || s > best) {
				best = s
			}
		}
		// ... except a description set off by commas after a name, an
		// apposition misparsed as a second subject ("Pakistan, a key U.S.
		// ally in the war, has refused")
		for _, s := range ss {
			if s < best && t.toks[s].UPOS == "PROPN" && t.toks[best].UPOS != "PROPN" && s+1 < len(t.toks) && apposedAfter(t, s, best) {
				best = s
				break
			}
		}
		// an absolute participle is passive: "with one girl badly injured"
		absolute := t.toks[p].XPOS == "VBN" && t.child(p, "obj") < 0 && t.child(p, "aux") < 0 && t.hasChildLemma(p, withMark, "mark", "case")
		return best, absolute || headlinePassive(t, p, best) || reducedRelative(t, p, best)
	}
	if s := t.child(p, "expl"); s >= 0 && t.child(p, "cop") >= 0 {
		return s, false // "it is prepared to": a referential "it" labelled expletive
	}
	// a passive without "nsubj:pass" label: aux:pass marks it
	h := t.head(p)
	switch t.rel(p) {
	case "xcomp":
		if o := t.child(h, "obj"); o >= 0 && o < p {
			return o, false
		}
		// "Kenya and Uganda are expected to sign a deal": the subject
		// of a passive governing verb does the complement's act
		s, _ := c.subjectOf(t, h, depth+1)
		return s, false
	case "conj":
		// "was shot and killed": a bare participle shares its head's
		// passive ("was attacked and retaliated against X" acts)
		s, headPassive := c.subjectOf(t, h, depth+1)
		shared := headPassive && t.toks[p].XPOS == "VBN" && t.child(p, "aux") < 0 && t.child(p, "obj") < 0 && !hasCase(t, p, "against")
		return s, t.child(p, "aux:pass") >= 0 || shared
	case "acl":
		if t.hasChildLemma(p, set("of", "for"), "mark") {
			// "accused Ukraine on Monday of trying ...", with the clause
			// hung on "Monday": the accusing verb's object does the act
			if g := t.head(h); g >= 0 && t.isVerb(g) {
				if o := t.child(g, "obj"); o >= 0 && o < p {
					return o, false
				}
			}
		}
		if t.toks[p].Deprel != "acl:relcl" && t.toMarked(p) {
			// "criticised Uganda's decision to close the border": the
			// noun's owner acts
			if poss := t.child(h, "nmod:poss"); poss >= 0 && t.toks[poss].UPOS != "PRON" {
				return poss, false
			}
			// "Putin, Modi, Erdogan to attend …" made a clause's
			// subject: the names attend
			if strings.HasPrefix(t.toks[h].Deprel, "nsubj") && partyWord(t, h) && rightAfter(t, h, p) {
				return h, false
			}
			// "has no plans to attack": the planner attacks
			if g := t.head(h); g >= 0 && t.isVerb(g) {
				return c.subjectOf(t, g, depth+1)
			}
		}
		if t.toks[p].Deprel == "acl:relcl" || t.isNominal(h) {
			// a participle with a direct object is active: "forces
			// carrying out raids", or a finite verb the tagger took for
			// a participle ("Serb forces killed three ...")
			// A participle on the sentence's root noun is its main verb
			// misparsed ("Russian forces struck X", root "forces").
			mainVerb := t.head(h) < 0 && t.toks[p].Deprel == "acl" && !headlinePassive(t, p, h)
			// (a name the parse made the participle's xcomp is its
			// object too: "Israeli aircraft attacked Beirut's airport")
			object := t.child(p, "obj") >= 0
			if x := t.child(p, "xcomp"); x >= 0 && t.toks[x].UPOS == "PROPN" {
				object = true
			}
			if t.child(p, "aux:pass") >= 0 || t.toks[p].XPOS == "VBN" && t.toks[p].Deprel != "acl:relcl" && !object && !mainVerb {
				return h, true
			}
			return h, false
		}
	case "advcl":
		if t.toks[p].XPOS == "VBG" && t.child(h, "aux:pass") >= 0 && t.child(p, "mark") < 0 && t.child(p, "nsubj") < 0 {
			// "a lorry … was hit in eastern Lebanon, killing its driver":
			// whoever hit it killed, not the lorry
			for _, k := range t.children(h, "obl") {
				if t.caseOf(k) == "by" {
					return k, false
				}
			}
			return -1, false
		}
		// "accused Ukraine of trying to attack", "thanked X for
		// helping": the governing verb's object does the act
		if t.hasChildLemma(p, set("of", "for"), "mark", "case") {
			if o := t.child(h, "obj"); o >= 0 && o < p {
				return o, false
			}
		}
		if t.toks[p].XPOS == "VBN" && t.child(p, "aux") < 0 && t.child(p, "obj") < 0 {
			// a bare past participle is passive: "Asked about the
			// attack, Trump said" — Trump was asked, he did not ask
			s, _ := c.subjectOf(t, h, depth+1)
			return s, true
		}
		if t.toks[p].XPOS == "VBG" && t.child(p, "aux:pass") < 0 {
			// "were arrested for attacking villages": the arrested
			// attacked; the head's passive is not the gerund's
			s, _ := c.subjectOf(t, h, depth+1)
			return s, false
		}
		return c.subjectOf(t, h, depth+1)
	}
	return -1, false
}

// commonEnemy reports whether phrase k is an "against" phrase of a
// cooperative act: whom the sides cooperate against ("joined the fight
// against Isis"), not the partner.
func (c *Coder) commonEnemy(t *tree, cd *candidate, k int) bool {
	return t.caseOf(k) == "against" && c.cooperative(cd)
}

// cooperative reports whether the candidate's act is done together with its
// target: consulting, agreeing, supporting, cooperating or aiding (not
// yielding or retreating, which an "against" phrase may still target).
func (c *Coder) cooperative(cd *candidate) bool {
	coding, ok := c.model.Coding(cd.code)
	if !ok {
		return false
	}
	switch coding.Type {
	case "CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID":
		return true
	}
	return false
}

// apposedAfter reports whether noun n follows name s set off by a comma,
// with only its own modifiers between: "Pakistan, a key U.S. ally".
func apposedAfter(t *tree, s, n int) bool {
	k := s + 1
	for k < n && t.head(k) == s && t.rel(k) == "flat" {
		k++ // the rest of the name
	}
	if k >= n || t.words[k] != "," {
		return false
	}
	for i := k + 1; i < n; i++ {
		if t.head(i) != n && t.head(t.head(i)) != n {
			return false
		}
	}
	return true
}

// withPhrase returns the "with" phrase of verb p, on the verb or on its
// object ("discuss the conflict with Erdogan", parsed either way), or -1.
func withPhrase(t *tree, p int) int {
	for _, k := range t.kids[p] {
		if r := t.rel(k); (r == "obl" || r == "nmod") && t.caseOf(k) == "with" {
			return k
		}
	}
	if o := t.child(p, "obj"); o >= 0 {
		for _, k := range t.kids[o] {
			if t.rel(k) == "nmod" && t.caseOf(k) == "with" {
				return k
			}
		}
	}
	return -1
}

// throughCase reports whether the path from token i up to predicate p
// passes a phrase marked by the preposition cs.
func throughCase(t *tree, p, i int, cs string) bool {
	for n := i; n >= 0 && n != p; n = t.head(n) {
		if t.caseOf(n) == cs {
			return true
		}
	}
	return false
}

// actorsOf resolves the phrase headed by h and its conjuncts; a pronoun with
// no actor of its own takes the subject of the clause above.
func (c *Coder) actorsOf(t *tree, r *resolver, h int, p int) ([]doc.ActorRef, *doc.Place) {
	refs, place := c.phraseActors(t, r, h, p)
	if len(refs) > 0 && thirdPersons[strings.ToLower(t.words[h])] && insideQuotes(t, h) && c.quotedSpeaker(t, r, refs[0]) {
		// "“He was killed in an exchange of fire,” said police
		// spokesperson Ben Ruby": in a direct quotation "he" is never the
		// one quoted
		return nil, place
	}
	return refs, place
}

// phraseActors is actorsOf before the check on quoted pronouns.
func (c *Coder) phraseActors(t *tree, r *resolver, h int, p int) ([]doc.ActorRef, *doc.Place) {
	if h < 0 {
		return nil, nil
	}
	if ref, found := pluralSubjectBefore(t, r, h); found {
		// "said the US troops landed … as they launched an assault":
		// before the linker's antecedent, often the one reporting; "ten
		// of the prisoners could not be released because they had
		// committed crimes": no actor, rather than the one releasing
		if ref == (doc.ActorRef{}) {
			return nil, nil
		}
		return []doc.ActorRef{ref}, nil
	}
	var refs []doc.ActorRef
	var place *doc.Place
	seen := map[int]bool{}
	for _, k := range t.conjuncts(h) {
		ref, pl, at, ok := r.actorAt(k)
		// "Kenzo Oshima, the United Nations relief coordinator": an
		// appositive naming an organisation gives the role acted in
		for _, ap := range t.children(k, "appos") {
			if aref, _, aat, aok := r.actorAt(ap); aok && aat >= 0 && orgSectors[CountryOf(aref)] {
				ref, at, ok = aref, aat, true
			}
		}
		if !ok {
			continue
		}
		// the agent the head phrase adds ("ambassadors of A, B and C")
		// applies to every conjoined actor
		suffix := ""
		if at >= 0 && len(ref.Code) > 3 {
			if own := r.ownCode(at); len(own) == 3 && strings.HasPrefix(ref.Code, own) {
				suffix = ref.Code[3:]
			}
		}
		refs = append(refs, ref)
		seen[k] = true
		if place == nil {
			place = pl
		}
		// "Egyptian and Israeli officials": each coordinated modifier
		// names an actor of its own (the linker gives each its sector)
		for _, mod := range t.kids[k] {
			if rel := t.rel(mod); rel != "amod" && rel != "compound" || len(t.conjuncts(mod)) < 2 {
				continue
			}
			for _, x := range t.conjuncts(mod) {
				if x2, _, ok := r.actorOf(x); ok && !containsActor(refs, x2) {
					refs = append(refs, x2)
				}
			}
		}
		// "ties with Gondor and Arnor": the actor sits below the phrase
		// head; its own conjuncts are actors too
		for n := at; n >= 0 && n != k; n = t.head(n) {
			for _, c2 := range t.conjuncts(n)[1:] {
				if seen[c2] {
					continue
				}
				seen[c2] = true
				if ref2, _, ok := r.actorOf(c2); ok {
					if len(ref2.Code) == 3 {
						ref2.Code += suffix
					}
					refs = append(refs, ref2)
				}
			}
		}
	}
	if len(refs) == 0 && expletiveIt(t, h) {
		return nil, nil // "It's no good exhorting people": no one
	}
	if len(refs) == 0 && relativeSubject(t, h) {
		// "a Maoist insurgency that has killed 12,000 people": the noun
		// the clause modifies, or the name it describes ("Atkins Inc,
		// the company that supplies …")
		if ante := t.head(t.head(h)); ante >= 0 && ante != h && t.toks[ante].UPOS != "PRON" {
			if t.rel(ante) == "appos" {
				if named, pl := c.actorsOf(t, r, t.head(ante), p); len(named) > 0 {
					return named, pl
				}
			}
			if cs := t.conjuncts(ante); len(cs) > 1 {
				// "between Trump, Vance and Zelenskyy — who had urged":
				// the clause speaks of the nearest of them
				near := cs[0]
				for _, k := range cs {
					if k < h && k > near {
						near = k
					}
				}
				if ref, pl, ok := r.actorOf(near); ok {
					return []doc.ActorRef{ref}, pl
				}
			}
			if refs, pl := c.actorsOf(t, r, ante, p); len(refs) > 0 {
				return refs, pl
			}
			if _, event := nominalCodes[t.lemmas[ante]]; !event {
				return nil, nil // "the opposition which had taken over": never a party above
			}
			// "ISIS claimed a bombing that killed 27": the act's doer
			// is the party above
		}
	}
	if len(refs) == 0 && demonstratives[strings.ToLower(t.words[h])] && !relativeSubject(t, h) {
		return nil, nil // "When Allen did not request a recount, that ensured …": a fact, no party
	}
	if len(refs) == 0 && t.toks[h].UPOS == "PRON" && t.rel(h) != "obj" {
		// "Syria says it will withdraw": it = Syria
		if ref, ok := c.partyAbove(t, r, h, p); ok {
			return []doc.ActorRef{ref}, nil
		}
	}
	// the object of a verb whose complement it does is its subject too
	// ("told his army to press on")
	controller := (t.rel(h) == "obj" || t.rel(h) == "iobj") && t.head(h) != p && t.child(t.head(h), "xcomp") >= 0
	if len(refs) == 1 && CountryOf(refs[0]) == "" && sectorCodes[refs[0].Code] && (strings.HasPrefix(t.rel(h), "nsubj") || controller) {
		// "Russia said its troops attacked ...": a bare agent acting
		// whose possessor is a pronoun belongs to the party it stands
		// for (as an object, "withdraw its troops from Lebanon", the
		// party's own troops are no target)
		if poss := t.child(h, "nmod:poss"); poss >= 0 && t.toks[poss].UPOS == "PRON" {
			if owner, ok := c.partyAbove(t, r, poss, p); ok && CountryOf(owner) != "" && !orgSectors[CountryOf(owner)] {
				refs[0].Code = CountryOf(owner) + refs[0].Code
				refs[0].Name += " (" + owner.Name + ")"
			}
		}
	}
	if len(refs) == 0 && t.toks[h].UPOS == "PRON" {
		if ref, ok := c.pronounObject(t, r, h, p); ok {
			return []doc.ActorRef{ref}, nil
		}
		if ref, ok := antecedent(t, r, h); ok && t.rel(h) == "nsubj" {
			// "He met Xi on Monday": the person an earlier sentence named
			return []doc.ActorRef{ref}, nil
		}
	}
	return expandActors(refs), place
}

// insideQuotes reports whether token h stands between an opening and a
// closing quotation mark of its sentence.
func insideQuotes(t *tree, h int) bool {
	open := false
	for i := 0; i < h; i++ {
		switch t.words[i] {
		case "\"":
			open = !open
		case "“", "``":
			open = true
		case "”", "''":
			open = false
		}
	}
	if !open {
		return false
	}
	for i := h + 1; i < len(t.words); i++ {
		switch t.words[i] {
		case "\"", "”", "''":
			return true
		}
	}
	return false
}

// quotedSpeaker reports whether ref is the subject of a verb of saying in
// the sentence.
func (c *Coder) quotedSpeaker(t *tree, r *resolver, ref doc.ActorRef) bool {
	for p := range t.toks {
		if !reportVerbs[t.lemmas[p]] || !t.isVerb(p) {
			continue
		}
		if s, _ := c.subjectOf(t, p, 0); s >= 0 && t.toks[s].UPOS != "PRON" {
			if sref, _, ok := r.actorOf(s); ok && (sref.ID != "" && sref.ID == ref.ID || sref.ID == "" && sref.Name == ref.Name) {
				return true
			}
		}
	}
	return false
}

func containsActor(refs []doc.ActorRef, a doc.ActorRef) bool {
	for _, r := range refs {
		if r.ID == a.ID && r.Code == a.Code {
			return true
		}
	}
	return false
}

// partyAbove is the actor a pronoun h in the clause of p stands for: the
// subject of a clause above p ("Syria says it will withdraw", "Russia said
// its forces ...").
func (c *Coder) partyAbove(t *tree, r *resolver, h, p int) (doc.ActorRef, bool) {
	for g, n := t.head(p), 0; g >= 0 && n < 3; g, n = t.head(g), n+1 {
		if s, _ := c.subjectOf(t, g, 0); s >= 0 && s != h {
			if ref, _, ok := r.actorOf(s); ok {
				return ref, true
			}
		}
	}
	return doc.ActorRef{}, false
}

// clauseOpeners open a subordinate clause whose subject follows them.
var clauseOpeners = set("as", "while", "when", "after", "before", "because", "since", "until", "although", "though", "whereas")

// strandedSubject returns the name standing between a clause opener and
// finite verb p that the parser hung elsewhere ("… to attend Tianjin Summit
// as Xi welcomes world leaders", with "Xi" an oblique of "attend" and the
// headline's first name made the subject of "welcomes"), or -1.
func strandedSubject(t *tree, p int) int {
	switch t.toks[p].XPOS {
	case "VBZ", "VBD", "VBP":
	default:
		return -1
	}
	q := p - 1
	if q < 1 || t.toks[q].UPOS != "PROPN" || t.head(q) == p || t.rel(q) == "flat" && t.head(t.head(q)) == p {
		return -1
	}
	j := q
	for j > 0 && t.toks[j-1].UPOS == "PROPN" {
		j--
	}
	if j == 0 || !clauseOpeners[strings.ToLower(t.words[j-1])] {
		return -1
	}
	if s := t.child(p, "nsubj"); s >= 0 && s > j {
		return -1
	}
	return q
}

// pluralSubjectBefore resolves a subject "they" to the nearest plural noun
// before it in the sentence that is a clause subject ("the US troops
// landed … as they launched an assault"): number and subjecthood agree,
// where the nearest named organisation (often the one reporting) need not.
// found reports whether there is such a noun; the reference is empty when
// it names no actor.
func pluralSubjectBefore(t *tree, r *resolver, h int) (doc.ActorRef, bool) {
	if !strings.EqualFold(t.words[h], "they") || t.rel(h) != "nsubj" {
		return doc.ActorRef{}, false
	}
	for j := h - 1; j >= 0; j-- {
		if t.rel(j) != "nsubj" {
			continue
		}
		if t.toks[j].UPOS == "NUM" {
			// "ten of the prisoners": the plural noun counted
			for _, k := range t.children(j, "nmod") {
				if t.caseOf(k) == "of" {
					j = k
				}
			}
		}
		if t.toks[j].XPOS == "NNS" || t.toks[j].XPOS == "NNPS" {
			ref, _, _ := r.actorOf(j)
			return ref, true
		}
	}
	return doc.ActorRef{}, false
}

// antecedent resolves a third-person pronoun through link.Antecedent.
func antecedent(t *tree, r *resolver, h int) (doc.ActorRef, bool) {
	if r.art == nil {
		return doc.ActorRef{}, false
	}
	ent := r.ents[link.Antecedent(r.art, t.toks[h].Text, t.toks[h].Span.Start)]
	if ent == nil {
		return doc.ActorRef{}, false
	}
	ref := doc.ActorRef{ID: ent.ID, Name: ent.Name, Code: ent.Code}
	if ref.Code == "" && ent.Country != "" {
		ref.Code = ent.Country + ent.Sector
	}
	return ref, true
}

// pronounObject resolves "him", "her" or "them" as an object of p: the
// nearest named actor before it in the sentence outside p's subject ("Xi
// welcomed him" after "Putin hailed ..."), else the antecedent linking finds
// in earlier sentences (link.Antecedent).
func (c *Coder) pronounObject(t *tree, r *resolver, h, p int) (doc.ActorRef, bool) {
	w := t.words[h]
	if w != "him" && w != "her" && w != "them" {
		return doc.ActorRef{}, false
	}
	subj, _ := c.subjectOf(t, p, 0)
	best := -1
	for ai, a := range r.actors {
		if a.agent || a.end > h || a.ref.ID == "" {
			continue
		}
		if subj >= 0 && a.start <= subj && subj < a.end || subj >= 0 && t.depth(subj, a.start) >= 0 {
			continue
		}
		if ent := r.ents[a.ref.ID]; ent == nil || (w != "them") != (ent.Type == doc.PER) {
			continue
		}
		if best < 0 || a.start > r.actors[best].start {
			best = ai
		}
	}
	if best >= 0 {
		return r.actors[best].ref, true
	}
	return antecedent(t, r, h)
}

// expandActors splits dictionary codes naming several actors ("FRO/BIL/SAM")
// and gives a bare agent coordinated with country actors each of their
// countries: "Danish media and government" is DNKMED and DNKGOV,
// "lawmakers and officials in A and B" are ALEG, BLEG, AGOV and BGOV.
func expandActors(refs []doc.ActorRef) []doc.ActorRef {
	var out []doc.ActorRef
	for _, ref := range refs {
		if !strings.Contains(ref.Code, "/") {
			out = append(out, ref)
			continue
		}
		for _, code := range strings.Split(ref.Code, "/") {
			if code = strings.TrimSpace(code); code != "" {
				r2 := ref
				r2.Code = code
				out = append(out, r2)
			}
		}
	}
	if len(out) < 2 {
		return out
	}
	var countries []string
	seen := map[string]bool{}
	for _, ref := range out {
		if c := CountryOf(ref); c != "" && !seen[c] {
			seen[c] = true
			countries = append(countries, c)
		}
	}
	if len(countries) == 0 {
		return out
	}
	var res []doc.ActorRef
	for _, ref := range out {
		if ref.ID != "" || ref.Code == "" || CountryOf(ref) != "" {
			res = append(res, ref)
			continue
		}
		for _, c := range countries {
			r2 := ref
			r2.Code = c + ref.Code
			res = append(res, r2)
		}
	}
	return res
}

func (c *Coder) verbRoles(t *tree, r *resolver, cd *candidate) {
	p := cd.p
	subj, passive := c.subjectOf(t, p, 0)
	if !passive && subj >= 0 && t.child(p, "aux:pass") >= 0 && !readinessState(t, p) {
		passive = true
	}
	used := map[int]bool{}
	for _, u := range cd.used {
		used[u] = true
	}
	var agentPhrase = -1
	var objs, byObjs []int
	for _, k := range t.kids[p] {
		switch t.rel(k) {
		case "obj", "iobj":
			if topicVerbs[t.lemmas[p]] && !cd.pattern {
				continue // "discussed Ukraine": a topic, not a party
			}
			if timeNouns[strings.ToLower(t.lemmas[k])] {
				continue // "met Wednesday in Beijing": a time misparsed as the object
			}
			objs = append(objs, k)
		case "obl", "nmod":
			cs := t.caseOf(k)
			if askedBy[t.lemmas[k]] {
				continue // "freed at Trump's request": who asked, not a party to the act
			}
			if cs == "by" && passive || t.toks[k].Deprel == "obl:agent" {
				agentPhrase = k
				continue
			}
			if cs == "by" {
				// "condemned an attack by X": the attacker is the target
				byObjs = append(byObjs, k)
				continue
			}
			if cs == "to" && reportsClause(t, p) {
				continue // "claimed to Reuters that …": the audience, not the target
			}
			if cs == "in" && spokenNouns[t.lemmas[k]] {
				continue // "In an interview with the BBC, X accused Y": the medium
			}
			if cs == "on" && k < p && t.rel(k) == "obl" && t.depth(p, k) == 1 && k < firstSubject(t, p) {
				continue // "On Capitol Hill, Durbin denounced …": the scene, not the target
			}
			objs = append(objs, k)
		}
	}
	// objects of the verb's own xcomp ("agreed to meet X") count too
	if x := t.child(p, "xcomp"); x >= 0 {
		for _, k := range t.kids[x] {
			if t.rel(k) == "obj" || t.rel(k) == "obl" && targetPreps[t.caseOf(k)] {
				objs = append(objs, k)
			}
		}
	}
	byObj := map[int]bool{}
	if len(objs) > 0 && t.rel(objs[0]) == "obj" {
		objs = append(objs, byObjs...)
		for _, b := range byObjs {
			byObj[b] = true
		}
	}
	if passive && agentPhrase < 0 && (t.lemmas[p] == "involve" || t.lemmas[p] == "engage") && (engagedInAct(t, p) || t.phraseIn(p, "obl", "in", fightNouns)) {
		// "have been involved in the fight against Isis": the
		// subject takes part, the act's own phrase names the other side
		passive = false
	}
	if passive && agentPhrase < 0 {
		// "was killed during a raid by US special forces": the raid's
		// agent did it; so did one the parse hung on the verb's phrase
		// ("called into question by Uganda", "kept on the pavement by
		// security forces")
		for _, k := range t.kids[p] {
			if t.rel(k) != "obl" || t.caseOf(k) == "as" {
				continue // ("exposed as a farce by fanatics": what they made of it)
			}
			for _, b := range t.kids[k] {
				if t.rel(b) == "nmod" && t.caseOf(b) == "by" && b > k {
					agentPhrase = b
				}
			}
		}
	}
	if passive && agentPhrase < 0 && strings.HasPrefix(cd.code, "15") {
		// "French soldiers could be deployed to Ukraine": forces
		// deployed are their own side's show of force, where they go
		// its target
		cd.sources, _ = c.actorsOf(t, r, subj, p)
		cd.srcHead = subj
		for _, k := range t.kids[p] {
			if cs := t.caseOf(k); t.rel(k) == "obl" && (cs == "to" || cs == "into") {
				cd.targets, _ = c.actorsOf(t, r, k, p)
				break
			}
		}
		passive = false
	} else if passive && psychVerbs[t.lemmas[p]] {
		// "Bush was saddened by the news", "Kenya was angered by
		// Uganda's move": the subject feels, about what the by-phrase did
		cd.sources, _ = c.actorsOf(t, r, subj, p)
		cd.targets, _ = c.actorsOf(t, r, agentPhrase, p)
		cd.srcHead = subj
		passive = false
	} else if passive {
		cd.sources, _ = c.actorsOf(t, r, agentPhrase, p)
		cd.targets, _ = c.actorsOf(t, r, subj, p)
		cd.srcHead = agentPhrase
	} else if !patientActor(t, r, subj) {
		cd.sources, _ = c.actorsOf(t, r, subj, p)
		if coding, _ := c.model.Coding(cd.code); placeOnlyIn(t, r, subj) {
			if coding.QuadClass >= 3 {
				seatAsCountry(t, r, subj, cd.sources)
			} else if t.toks[subj].UPOS == "PROPN" || t.toks[subj].UPOS == "NUM" {
				// "Mean Fiddler PLC, one of the promoters in the UK and
				// Ireland, agreed": where a named subject, or "one of"
				// many, works is no party to what it does (an act noun's
				// place, "talks in Mosul produced promises", stands for
				// the sides)
				cd.sources = nil
			}
		}
		cd.srcHead = subj
		if subj >= 0 && marketNouns[t.lemmas[subj]] {
			cd.sources = nil // "US crude was trading at $51": a market, no actor
		}
		if subj < 0 {
			subj = c.precedingSubject(t, r, p)
			if subj >= 0 {
				// conjuncts after the verb are not its subjects
				// ("troops attacked rebel positions" parsed as one
				// coordination): the first of them is the object
				var late []int
				for _, k := range t.conjuncts(subj)[1:] {
					if k > p {
						late = append(late, k)
					}
				}
				for _, k := range t.conjuncts(subj) {
					if k < p {
						if ref, _, ok := r.actorOf(k); ok {
							cd.sources = append(cd.sources, ref)
						}
					}
				}
				if len(late) > 0 {
					objs = append(objs, late[0])
					byObj[late[0]] = true
				}
				// "shelled positions" parsed as a modifier: the noun it
				// modifies is its object
				if h := t.head(p); h > p && t.rel(p) == "amod" && t.isNominal(h) {
					objs = append(objs, h)
					byObj[h] = true
				}
			}
		}
	}
	if cd.patSource >= 0 && len(cd.sources) == 0 {
		// "+ WAS * DEAD IN $": the pattern places the source after the verb
		n := cd.patSource
		if h := t.head(n); h >= 0 && t.rel(n) == "case" {
			n = h
		}
		cd.sources, _ = c.actorsOf(t, r, n, p)
	}
	if cd.patTarget >= 0 && !passive {
		if h := t.head(cd.patTarget); h >= 0 && t.rel(cd.patTarget) == "case" {
			cd.targets, _ = c.actorsOf(t, r, h, p)
		} else {
			cd.targets, _ = c.actorsOf(t, r, cd.patTarget, p)
		}
		if cd.patTarget < p && subj >= 0 && t.depth(subj, cd.patTarget) >= 0 && t.rel(p) == "ccomp" {
			// "X noted Y regretted ...": Y is the target, X the source
			g := t.head(p)
			gs, _ := c.subjectOf(t, g, 0)
			cd.sources, _ = c.actorsOf(t, r, gs, g)
		}
	}
	if topicVerbs[t.lemmas[p]] && !passive {
		// "will discuss the Ukraine conflict with Erdogan": whom it is
		// discussed with is the other side, what is discussed a topic
		if w := withPhrase(t, p); w >= 0 {
			if refs, _ := c.actorsOf(t, r, w, p); len(refs) > 0 {
				cd.targets = refs
			}
		}
	}
	if len(cd.targets) == 0 {
		// first object with an actor; objects inside the matched pattern
		// first (they carry the meaning), then the others
		// (a "from" phrase after the others: "sending troops from Fort
		// Bragg to Poland" targets Poland)
		sort.SliceStable(objs, func(i, j int) bool {
			fi, fj := t.caseOf(objs[i]) == "from", t.caseOf(objs[j]) == "from"
			if fi != fj {
				return fj
			}
			return objs[i] < objs[j]
		})
		var agentOnly []doc.ActorRef
		coding, _ := c.model.Coding(cd.code)
		for _, o := range objs {
			if o < p && coding.QuadClass < 3 && placePhrase(t, p, o) {
				continue // "At a meeting in the Kremlin, Putin promised": where, not to whom
			}
			if t.rel(o) == "obl" && t.caseOf(o) == "at" && coding.QuadClass < 3 {
				continue // "will host a news conference at the party's London HQ": where, not with whom
			}
			if t.caseOf(o) == "to" && audienceNouns[t.lemmas[o]] && (coding.QuadClass < 3 || verbalCode(cd.code)) {
				continue // "To a packed audience at the Sage Centre, Brown accused …": who heard it
			}
			direct := t.rel(o) == "obj" || t.rel(o) == "iobj" || targetPreps[t.caseOf(o)] && !c.commonEnemy(t, cd, o) || byObj[o]
			if _, _, at, ok := r.actorAt(o); direct && ok && at >= 0 && c.cooperative(cd) && throughCase(t, o, at, "against") {
				continue // "formed an alliance against Russia"
			}
			if direct {
				if refs, _ := c.actorsOf(t, r, o, p); len(refs) > 0 {
					// "offered its troops to Lebanon": a bare agent
					// ("troops") yields to a named actor further on
					if CountryOf(refs[0]) == "" && refs[0].ID == "" {
						if agentOnly == nil {
							agentOnly = refs
						}
						continue
					}
					cd.targets = refs
					break
				}
			}
			// "an attack on X", "condemned an attack by X", "in the
			// dispute with X": look one level into the phrase
			for _, k := range t.kids[o] {
				if t.caseOf(k) == "at" && coding.QuadClass < 3 {
					continue // "a news conference at the party's London HQ"
				}
				if t.rel(k) == "nmod" && (targetPreps[t.caseOf(k)] || t.caseOf(k) == "by" && direct) && !c.commonEnemy(t, cd, k) {
					if refs, _ := c.actorsOf(t, r, k, p); len(refs) > 0 {
						cd.targets = refs
						break
					}
				}
			}
			if len(cd.targets) > 0 {
				break
			}
		}
		if len(cd.targets) == 0 && !passive && !topicVerbs[t.lemmas[p]] {
			cd.targets = c.nearestTarget(t, r, subj, cd)
		}
		if len(cd.targets) == 0 {
			cd.targets = agentOnly
		}
	}
	if len(cd.targets) == 0 {
		// "Arnor believes Dagolath can cope": the subject of a
		// complement clause is the target of the verbal act
		if cc := complementClause(t, p); cc >= 0 && !reportVerbs[t.lemmas[p]] {
			if s, _ := c.subjectOf(t, cc, 0); s >= 0 && t.head(s) == cc {
				cd.targets, _ = c.actorsOf(t, r, s, cc)
			}
		}
	}
	if len(cd.targets) == 0 && !passive && !topicVerbs[t.lemmas[p]] {
		// (what is discussed is a topic, not the party discussed with)
		cd.targets = c.nearestTarget(t, r, subj, cd)
	}
	if len(cd.sources) > 1 && !oneSide(cd.sources) && c.venueOnly(t, r, p, cd.targets, fightCode(cd.code)) {
		// "Ethiopia and Eritrea signed a peace agreement in Riyadh": two
		// sides act with each other, in a place
		cd.targets = nil
	}
	if t.lemmas[p] == "blame" && !cd.pattern {
		if o := t.child(p, "obj"); o >= 0 && t.toks[o].UPOS == "NOUN" && len(r.at[o]) == 0 && !t.persons[t.lemmas[o]] {
			// "blamed the civilian casualties on the explosive used by
			// militants": what went wrong is no target; whom it is
			// blamed on is
			cd.targets = nil
			for _, k := range append(t.children(p, "obl"), t.children(o, "nmod")...) {
				if t.caseOf(k) == "on" {
					cd.targets, _ = c.actorsOf(t, r, k, p)
					break
				}
			}
		}
	}
	if cd.resign {
		// "Harper announced Bernier's resignation": the one whose
		// resignation it is resigns; who announced it is no party
		for _, u := range cd.used {
			if poss := t.child(u, "nmod:poss"); t.isNominal(u) && poss >= 0 && t.toks[poss].UPOS != "PRON" {
				if refs, _ := c.actorsOf(t, r, poss, p); len(refs) > 0 {
					cd.sources, cd.srcHead, cd.targets = refs, poss, nil
				}
			}
		}
	}
	cd.place = c.placeOf(t, r, p)
	if findingVerbs[t.lemmas[p]] && violentCodeRoot(cd.code) && !passive {
		// "police find 14 tortured dead bodies" (FIND * DEAD): who found
		// the dead did not kill them
		cd.sources = nil
	}
	if len(cd.sources) == 0 && len(cd.targets) > 0 {
		// "X was shot dead in Y", "a bomb explosion outside Basra killed
		// X": with no agent named, event coders (PETRARCH, the PLOVER
		// gold standard) take the place where a hostile act happened
		if coding, _ := c.model.Coding(cd.code); coding.QuadClass >= 3 || coding.Type == "" {
			if pl := locativePlace(t, r, p); pl != nil {
				cd.sources = []doc.ActorRef{*pl}
			}
		}
	}
}

// placeOnlyIn reports whether the only actor in the phrase of h, a noun
// naming no actor and no person, is a place it is "in", "at" or "near": "a
// car bomb in Beirut", "a promoter in the UK".
func placeOnlyIn(t *tree, r *resolver, h int) bool {
	if h < 0 || len(r.at[h]) > 0 || t.persons[t.lemmas[h]] || t.toks[h].UPOS == "PRON" {
		return false
	}
	_, _, at, ok := r.actorAt(h)
	return ok && at >= 0 && (throughCase(t, h, at, "in") || throughCase(t, h, at, "at") || throughCase(t, h, at, "near"))
}

// seatAsCountry turns the government a seat stands for back into the
// seat's country when the seat only says where the subject was: "a car
// bomb in Beirut killed" names Lebanon as the place, not its government.
func seatAsCountry(t *tree, r *resolver, h int, refs []doc.ActorRef) {
	if len(refs) != 1 {
		return
	}
	_, _, at, _ := r.actorAt(h)
	if cc := CountryOf(refs[0]); cc != "" && refs[0].ID == "sector/"+cc+"/GOV" {
		refs[0] = doc.ActorRef{ID: "country/" + cc, Name: t.toks[at].Text, Code: cc}
	}
}

// locativePlace returns the actor of a place named in p's own clause after
// "in", "at", "near", "outside" or "inside", as an actor reference with its
// country code; nil if none.
func locativePlace(t *tree, r *resolver, p int) *doc.ActorRef {
	for _, a := range r.actors {
		if a.agent {
			continue
		}
		k := a.end - 1
		for i := a.start; i < a.end; i++ {
			if hd := t.head(i); hd < a.start || hd >= a.end {
				k = i
				break
			}
		}
		loc := false
		ok := true
		for n := k; n >= 0 && n != p; n = t.head(n) {
			switch t.rel(n) {
			case "obl", "nmod":
				switch t.caseOf(n) {
				case "in", "at", "near", "outside", "inside", "outside of":
					loc = true
				case "by", "with", "against", "from", "for":
					// "at the lack of consultation by the prime
					// minister": who did something, not where
					// ("insurgents in South Ethiopia" stays a place)
					ok = loc
				}
			case "ccomp", "advcl", "parataxis", "csubj", "acl", "xcomp", "conj", "nsubj", "obj":
				ok = false
			}
			if !ok || t.head(n) < 0 {
				ok = ok && t.head(n) == p
				break
			}
		}
		if ok && loc && t.depth(p, k) > 0 {
			ref := a.ref
			if a.place != nil && a.place.Country != "" {
				ref.Code = a.place.Country
			}
			if CountryOf(ref) == "" {
				continue
			}
			if a.place == nil && len(ref.Code) > 3 && t.toks[k].UPOS == "PROPN" {
				// "in Kabul", a seat of government: the place's country,
				// not its government
				var words []string
				for i := a.start; i < a.end; i++ {
					words = append(words, t.toks[i].Text)
				}
				cc := CountryOf(ref)
				ref = doc.ActorRef{ID: "country/" + cc, Name: strings.Join(words, " "), Code: cc}
			}
			return &ref
		}
	}
	return nil
}

// precedingSubject is the fallback when the parse gives an active verb no
// subject: the head of the actor phrase just before it, with nothing but
// modifiers and auxiliaries between ("A French minister threatened today to
// ..." parsed with the verb as a modifier). A verb, a clause mark, a
// preposition or a punctuation mark in between stops the search; -1 if none.
func (c *Coder) precedingSubject(t *tree, r *resolver, p int) int {
	for i := p - 1; i >= 0; i-- {
		tk := t.toks[i]
		if tk.UPOS == "VERB" || tk.UPOS == "PUNCT" || tk.UPOS == "SCONJ" || tk.UPOS == "ADP" {
			return -1
		}
		if len(r.at[i]) == 0 {
			continue
		}
		// the phrase head the actor belongs to ("French minister")
		h := i
		for hd := t.head(h); hd >= 0 && hd < p && t.isNominal(hd) && (t.rel(h) == "amod" || t.rel(h) == "compound" || t.rel(h) == "nmod" || t.rel(h) == "flat"); hd = t.head(h) {
			h = hd
		}
		return h
	}
	return -1
}

// complementClause returns p's complement clause: its ccomp, or one a
// misparse hung below one of p's nominal dependents ("demanded Friday that
// X ...", with the clause attached to "Friday"); -1 if none.
func complementClause(t *tree, p int) int {
	if cc := t.child(p, "ccomp"); cc >= 0 {
		return cc
	}
	for _, k := range t.kids[p] {
		if t.isNominal(k) && (t.rel(k) == "obj" || t.rel(k) == "obl") {
			if cc := t.child(k, "ccomp"); cc >= 0 {
				return cc
			}
		}
	}
	return -1
}

// reportsClause reports whether p is a reporting verb with a clause: what
// it says is the clause, and its "to" phrase the audience.
func reportsClause(t *tree, p int) bool {
	return reportVerbs[t.lemmas[p]] && (complementClause(t, p) >= 0 || thatClause(t, p))
}

// thatClause reports whether a clause marked by "that" hangs anywhere below
// p, however the parse attached it ("claimed to news agency Reuters that
// …" read as a relative clause on Reuters).
func thatClause(t *tree, p int) bool {
	for k := range t.toks {
		if t.lemmas[k] == "that" && t.rel(k) == "mark" && t.depth(p, k) > 0 {
			return true
		}
	}
	return false
}

// nearestTarget is the fallback when no object names an actor: the actor
// nearest the predicate inside its own clause (not in its subject, not in
// an embedded clause), after the predicate first. For meetings a place
// ("met in Beijing") is where, not whom. It makes the coder robust
// to attachment errors of the parser ("arrested 100 Palestinians" parsed
// with the object as a particle).
func (c *Coder) nearestTarget(t *tree, r *resolver, subj int, cd *candidate) []doc.ActorRef {
	if cd.resign {
		return nil // one resigns from an office, named in the clause or not, not from a party nearby
	}
	p, sources := cd.p, cd.sources
	meeting, coop, verbal := meetingCode(cd.code), c.cooperative(cd), verbalCode(cd.code)
	coding, _ := c.model.Coding(cd.code)
	hostile := coding.QuadClass >= 3
	best, bestD := -1, 1<<30
	for ai, a := range r.actors {
		if a.agent {
			continue
		}
		anchor := a.start
		for i := a.start; i < a.end; i++ {
			if hd := t.head(i); hd < a.start || hd >= a.end {
				anchor = i
				break
			}
		}
		if !inClause(t, p, anchor) || subj >= 0 && t.depth(p, subj) > 0 && t.depth(subj, anchor) >= 0 || meeting && !targetPath(t, p, anchor) || reportedBy(t, p, anchor) {
			continue
		}
		if coop && throughCase(t, p, anchor, "against") {
			continue // "formed an alliance against Russia": the common enemy
		}
		if reportsClause(t, p) && throughCase(t, p, anchor, "to") {
			continue // "claimed to news agency Reuters that …": the audience
		}
		if hd := t.head(anchor); hd >= 0 && hd != p && r.modifiesMarket(hd, anchor) {
			continue // "pegged to the U.S. dollar": a currency, no party
		}
		if (t.lemmas[p] == "sign" || t.lemmas[p] == "ratify") && throughCase(t, p, anchor, "in") {
			continue // "signed the treaty in Luxembourg": where, not with whom
		}
		if !hostile && throughCase(t, p, anchor, "at") {
			continue // "hosts a news conference at the party's London HQ": where, not with whom
		}
		if (verbal || !hostile) && placePhrase(t, p, anchor) {
			// "Even in the U.S., the State Department condemned …", "At
			// a meeting in the Kremlin, Putin promised …": where, not whom
			continue
		}
		if throughCase(t, p, anchor, "except") || throughCase(t, p, anchor, "excluding") {
			continue // "All Senate Democrats, except Ben Nelson of Nebraska, oppose": left out of the subject, no target
		}
		if inSubject(t, p, anchor) {
			continue // "NATO chief Jaap de Hoop Scheffer suggested", parsed with two subjects
		}
		if bordering(t, anchor) {
			continue // "arrested 30 along its border with Afghanistan": where, not whom
		}
		if r.inTopic(p, anchor) {
			continue // "supported the claims about the US": what, not whom
		}
		if len(sources) > 1 && !oneSide(sources) && inInfinitive(t, p, anchor) {
			continue // "A, B and C signed a declaration … to support D": they act with each other
		}
		d := anchor - p
		if d < 0 {
			d = -d + len(t.toks) // before the predicate: only if nothing follows
		}
		if d < bestD {
			best, bestD = ai, d
		}
	}
	if best < 0 {
		return nil
	}
	anchor := r.actors[best].start
	for i := r.actors[best].start; i < r.actors[best].end; i++ {
		if hd := t.head(i); hd < r.actors[best].start || hd >= r.actors[best].end {
			anchor = i
			break
		}
	}
	refs, _ := c.actorsOf(t, r, anchor, p) // with its conjuncts: "struck A and B"
	if len(refs) == 0 {
		return nil
	}
	for _, s := range sources {
		if selfDirected(s, refs[0]) {
			return nil
		}
	}
	return refs
}

// relativeSubject reports whether token h is the relative pronoun of a
// relative clause ("that", "which", "who").
func relativeSubject(t *tree, h int) bool {
	v := t.head(h)
	return v >= 0 && t.toks[v].Deprel == "acl:relcl" && (relativePronoun[t.words[h]] || t.toks[h].XPOS == "WP")
}

// verbalCode reports whether a CAMEO code is an act of words: a statement,
// an appeal, an intent, diplomatic cooperation, a demand, disapproval, a
// rejection or a threat (01–03, 05, 10–13).
func verbalCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "03", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// placePhrase reports whether token i lies in a phrase saying where that
// opens p's clause ("Even in the U.S., the State Department condemned");
// a place after the verb or inside its object ("criticized the closure of
// guest houses in Bree") is where the act lands, which event coders take
// as its target.
func placePhrase(t *tree, p, i int) bool {
	where := false
	for n := i; n >= 0 && n != p; n = t.head(n) {
		where = where || placeCases[t.caseOf(n)]
		if t.head(n) == p && n < p && t.rel(n) == "obl" && (placeCases[t.caseOf(n)] || timeCases[t.caseOf(n)] || t.caseOf(n) == "on") {
			// "During her tenure in the Department of the Interior,
			// Norton supported …", "After an investigation by the
			// Willamette Week, the mayor admitted …", "On Capitol
			// Hill, a senior Democrat denounced …": when and where,
			// not whom
			return true
		}
	}
	return false
}

// firstSubject returns the position of verb p's subject, or p if it has
// none.
func firstSubject(t *tree, p int) int {
	if s := t.child(p, "nsubj", "nsubj:pass"); s >= 0 {
		return s
	}
	return p
}

// inSubject reports whether token i lies in any subject phrase of p.
func inSubject(t *tree, p, i int) bool {
	for _, s := range t.children(p, "nsubj") {
		if t.depth(s, i) >= 0 {
			return true
		}
	}
	return false
}

// inInfinitive reports whether token i sits in a to-infinitive clause below
// predicate p.
func inInfinitive(t *tree, p, i int) bool {
	for n := i; n >= 0 && n != p; n = t.head(n) {
		if t.isVerb(n) && t.toMarked(n) {
			return true
		}
	}
	return false
}

// reportedBy reports whether token i sits in an "according to" phrase
// below predicate p.
func reportedBy(t *tree, p, i int) bool {
	for n := i; n >= 0 && n != p; n = t.head(n) {
		if t.attribution(n) {
			return true
		}
	}
	return false
}

// targetPath reports whether the path from predicate p down to token i
// passes only through direct arguments or target prepositions: "met in
// Beijing" or "talks in Istanbul" do not make a place the target.
func targetPath(t *tree, p, i int) bool {
	for n := i; n >= 0 && n != p; n = t.head(n) {
		switch t.rel(n) {
		case "obl", "nmod", "advmod":
			if cs := t.caseOf(n); cs != "" && cs != "of" && !targetPreps[cs] {
				return false
			}
		}
	}
	return true
}

// meetingCode reports whether a CAMEO code is a meeting or talks (04x) in
// which a place is only the venue; a visit (042, 043) targets its host.
func meetingCode(code string) bool {
	return strings.HasPrefix(code, "04") && !strings.HasPrefix(code, "042") && !strings.HasPrefix(code, "043")
}

// inClause reports whether token i hangs below predicate p without crossing
// into an embedded clause.
func inClause(t *tree, p, i int) bool {
	if i == p {
		return false
	}
	for n := i; n >= 0; n = t.head(n) {
		if n == p {
			return true
		}
		switch t.rel(n) {
		case "advcl":
			// "withdraw troops from neighboring Lebanon" misparsed as a
			// clause marked by the preposition
			if !t.hasChildLemma(n, targetPreps, "mark") {
				return false
			}
		case "ccomp", "parataxis", "csubj":
			return false
		case "xcomp":
			if t.isVerb(n) {
				return false // a nominal secondary predicate stays in the clause
			}
		case "acl":
			// a participle inside the object's phrase ("links leading
			// into X") stays in the clause; a relative clause does not
			if t.toks[n].Deprel != "acl" || t.toks[n].XPOS != "VBG" && t.toks[n].XPOS != "VBN" {
				return false
			}
		case "conj":
			if t.isVerb(n) {
				return false
			}
		}
	}
	return false
}

func (c *Coder) nominalRoles(t *tree, r *resolver, cd *candidate) {
	p := cd.p
	var src, tgt, bare []doc.ActorRef
	coding, _ := c.model.Coding(cd.code)
	hostile := coding.QuadClass >= 3
	for _, k := range t.kids[p] {
		rel := t.toks[k].Deprel
		cs := t.caseOf(k)
		switch {
		case nominalSourceRels[rel] || (t.rel(k) == "nmod" && (cs == "by" || cs == "from" && !strings.HasPrefix(cd.code, "08"))):
			// ("warnings from Uganda", "aid from Japan": where it came
			// from; but a withdrawal from X leaves X)
			if refs, _ := c.actorsOf(t, r, k, p); len(refs) > 0 && len(src) == 0 {
				src = refs
			}
		case t.rel(k) == "nmod" && (cs == "between" || cs == "among"):
			src, _ = c.actorsOf(t, r, k, p)
		case t.rel(k) == "nmod" && (targetPreps[cs] || cs == "of" && hostile && !strings.HasPrefix(cd.code, "13")):
			// "an attack on X"; for hostile acts also "the blockade of
			// X", "the arrest of X": the patient (but "the threat of
			// terrorists getting nuclear material" is a danger they pose)
			if refs, _ := c.actorsOf(t, r, k, p); len(refs) > 0 && len(tgt) == 0 {
				tgt = refs
			}
		}
	}
	if poss := possessivePatient(t, p, cd.code); poss >= 0 {
		// "his arrest by Sudanese police", "Navalny's detention": the
		// one arrested; only a "by" phrase names who did it
		tgt, _ = c.actorsOf(t, r, poss, p)
		src = nil
		for _, k := range t.children(p, "nmod") {
			if t.caseOf(k) == "by" {
				src, _ = c.actorsOf(t, r, k, p)
			}
		}
	}
	if h := t.head(p); h >= 0 && undergoneAct(t, h) == p {
		// "Ukraine suffered a missile attack by Russia", "came under
		// fire from Hamas": the subject underwent it, a "from" phrase did it
		for _, k := range append(append([]int(nil), t.kids[p]...), t.kids[h]...) {
			if (t.rel(k) == "nmod" || t.rel(k) == "obl") && (t.caseOf(k) == "from" || t.caseOf(k) == "by") && len(src) == 0 {
				src, _ = c.actorsOf(t, r, k, p)
			}
		}
		s, _ := c.subjectOf(t, h, 0)
		tgt, _ = c.actorsOf(t, r, s, h)
		cd.sources, cd.targets = src, tgt
		cd.place = c.placeOf(t, r, p)
		return
	}
	if len(src) > 0 && src[0].ID == "" && CountryOf(src[0]) == "" {
		// "the naval blockade": a bare agent modifier yields to the
		// named subject of the governing verb below
		bare = src
		src = nil
	}
	if len(src) == 0 {
		if q := strandedPossessor(t, p); q >= 0 {
			src, _ = c.actorsOf(t, r, q, p)
		}
	}
	if len(src) == 0 {
		// the subject of the verb the event noun is the object of
		// ("staged a protest"), or of the promise it is the object of
		// ("committed to assistance")
		if h := t.head(p); h >= 0 && (t.rel(p) == "obj" || t.toks[p].Deprel == "nsubj:pass" || t.rel(p) == "obl" && intentVerbs[t.lemmas[h]]) && t.isVerb(h) && !outsideActVerbs[t.lemmas[h]] && !narratingVerbs[t.lemmas[h]] && !repelVerbs[t.lemmas[h]] {
			s, passive := c.subjectOf(t, h, 0)
			if !passive {
				src, _ = c.actorsOf(t, r, s, h)
			}
		}
	}
	if len(src) == 0 {
		if v := claimingVerb(t, p); v >= 0 {
			// "Hamas claimed responsibility for the rocket attack": the
			// claimant did it
			s, _ := c.subjectOf(t, v, 0)
			src, _ = c.actorsOf(t, r, s, v)
		}
	}
	if len(src) == 0 {
		src = bare
	}
	cd.sources, cd.targets = src, tgt
	cd.place = c.placeOf(t, r, p)
}

// strandedPossessor returns the name whose possessive "'s" stands right
// before act noun p, past its adjectives, when the parser hung it elsewhere
// ("Iran's invasion of Iraq and Turkey's rising threats", with Turkey made
// a conjunct of Iraq); -1 if none.
func strandedPossessor(t *tree, p int) int {
	if t.child(p, "nmod:poss") >= 0 {
		return -1
	}
	j := p - 1
	for j > 0 && (t.toks[j].UPOS == "ADJ" || t.toks[j].XPOS == "VBG" || t.toks[j].XPOS == "VBN") {
		j--
	}
	if j < 1 || t.words[j] != "'s" && t.words[j] != "’s" {
		return -1
	}
	q := j - 1
	if t.toks[q].UPOS != "PROPN" || t.head(q) == p {
		return -1
	}
	return q
}

// possessivePatient returns the person's possessive of act noun p, an act
// of coercion or violence (17x, 18x: "arrest", "detention", "kidnapping")
// with no "of" phrase: the possessor underwent it ("his arrest", "Navalny's
// detention", "the journalist's kidnapping"), where "Hamas's kidnapping
// of" or "the government's arrest of X" name the doer; -1 if none.
func possessivePatient(t *tree, p int, code string) int {
	if !strings.HasPrefix(code, "17") && !strings.HasPrefix(code, "18") {
		return -1
	}
	for _, k := range t.children(p, "nmod") {
		if t.caseOf(k) == "of" {
			return -1
		}
	}
	for _, k := range t.kids[p] {
		if t.toks[k].Deprel != "nmod:poss" {
			continue
		}
		if t.toks[k].UPOS == "PRON" && !strings.EqualFold(t.words[k], "its") || strings.HasSuffix(t.toks[k].NER, "-PER") ||
			t.toks[k].UPOS == "NOUN" && t.persons[t.lemmas[k]] && !forceNouns[t.lemmas[k]] {
			return k
		}
		return -1
	}
	return -1
}

// claimingVerb returns the verb by which its subject claims act noun p as
// its own: "claimed the attack", "claimed (took, accepted) responsibility
// (credit) for the attack"; -1 if none.
func claimingVerb(t *tree, p int) int {
	if _, act := nominalCodes[t.lemmas[p]]; !act {
		return -1
	}
	n := p
	if h := t.head(p); h >= 0 && t.rel(p) == "nmod" && t.caseOf(p) == "for" && claimNouns[t.lemmas[h]] {
		n = h
	} else if h >= 0 && t.rel(p) == "obl" && t.caseOf(p) == "for" && claimVerbs[t.lemmas[h]] && t.objectIn(h, claimNouns) {
		return h // the parse may hang "for the attack" on the verb
	}
	if v := t.head(n); v >= 0 && t.rel(n) == "obj" && claimVerbs[t.lemmas[v]] && (n != p || t.lemmas[v] == "claim") {
		return v
	}
	return -1
}

// claimsAct reports whether verb p claims an act noun as its subject's own.
func claimsAct(t *tree, p int) bool {
	for k := range t.toks {
		if claimingVerb(t, k) == p {
			return true
		}
	}
	return false
}

// claimedAct reports whether token p is an act noun its sentence's
// subject claims (claimingVerb).
func claimedAct(t *tree, p int) bool { return claimingVerb(t, p) >= 0 }

// placeOf returns a place with coordinates named in the predicate's clause,
// preferring one introduced by "in", "at" or "near".
func (c *Coder) placeOf(t *tree, r *resolver, p int) *doc.Place {
	var fallback *doc.Place
	for _, a := range r.actors {
		if a.place == nil {
			continue
		}
		// the place phrase may hang on the predicate or on its object
		// ("signed the agreement in Paris"), not inside its subject or a
		// relative clause ("the airline, the third largest in China")
		located, aside := false, false
		for n := a.end - 1; n >= 0 && n != p; n = t.head(n) {
			switch t.caseOf(n) {
			case "in", "at", "near", "outside", "inside":
				located = true
			}
			switch t.rel(n) {
			case "nsubj", "advcl", "ccomp", "csubj", "parataxis", "conj":
				aside = true // another clause or the subject's phrase
			}
			if t.toks[n].Deprel == "acl:relcl" {
				aside = true
			}
			if t.head(n) == p {
				break
			}
		}
		if located && !aside && t.depth(p, a.end-1) > 0 {
			return a.place
		}
		if fallback == nil {
			fallback = a.place
		}
	}
	return fallback
}

func dateInt(tm time.Time) int {
	if tm.IsZero() {
		return 0
	}
	y, m, d := tm.Date()
	return y*10000 + int(m)*100 + d
}

// insideName reports whether span lies inside a person, organisation or
// place mention of more than one word.
func insideName(span doc.Span, mentions []doc.Mention) bool {
	for _, m := range mentions {
		if (m.Type == doc.PER || m.Type == doc.ORG || m.Type == doc.LOC) && m.Span.Start <= span.Start && span.End <= m.Span.End && strings.ContainsRune(m.Text, ' ') {
			return true
		}
	}
	return false
}

// auxiliaryVerb reports whether p only qualifies the infinitive it takes:
// the "going" of "going to" (a future, not a journey), a verb of seeming
// or tending ("tend to prefer" is no tending of anyone) or a passive
// forecast ("is expected to sign" is no expecting by anyone).
func auxiliaryVerb(t *tree, p int) bool {
	if t.words[p] != "going" && !raisingVerbs[t.lemmas[p]] && !passiveForecast(t, p) {
		return false
	}
	for _, k := range t.children(p, "xcomp") {
		if k > p && t.toMarked(k) && t.isVerb(k) {
			return true
		}
	}
	return false
}

// expletiveIt reports whether h is the "it" of a copular predicate that
// takes a clause ("It's no good exhorting people", "it is vital to act"),
// standing for the clause, not for an actor.
func expletiveIt(t *tree, h int) bool {
	if strings.ToLower(t.words[h]) != "it" || t.rel(h) != "nsubj" {
		return false
	}
	pred := t.head(h)
	if pred < 0 || t.child(pred, "cop") < 0 || futureVerbs[t.lemmas[pred]] || capacityWords[t.lemmas[pred]] {
		return false // "it is ready to", "it is able to": the state itself acts
	}
	for _, rel := range []string{"csubj", "ccomp", "xcomp", "advcl"} {
		for _, k := range t.children(pred, rel) {
			if k > pred && t.isVerb(k) {
				return true
			}
		}
	}
	return false
}

// marketDemand reports whether p is "demand" as a market's: singular, with
// no one's possessive and no indefinite article ("domestic demand", "the
// demand for US goods"), where a request is someone's or one of several
// ("Russia's demand", "a demand for talks", "their demands").
func marketDemand(t *tree, p int) bool {
	if t.words[p] != "demand" || t.child(p, "nmod:poss") >= 0 {
		return false
	}
	return !t.hasChildLemma(p, set("a", "an"), "det")
}

// calledThing reports whether the object of "call" at p is something one
// calls into being (a truce, an election, a halt, a meeting); "call off"
// is another verb.
func calledThing(t *tree, p int) bool {
	if t.child(p, "compound:prt") >= 0 {
		return false // "called off a strike"
	}
	return t.objectIn(p, calledThings)
}

// calledPassive reports whether "call" at p is a passive whose subject is
// something called into being ("a by-election was called for two
// ridings"), whatever pattern its "for" phrase matched.
func calledPassive(t *tree, p int) bool {
	s := t.child(p, "nsubj:pass")
	return t.lemmas[p] == "call" && s >= 0 && calledThings[t.lemmas[s]]
}

// verbalAttack reports whether "attack", "assail" or "blast" at p criticises: it
// gives a reason ("attacked the EC for backing down", "attacks US over
// tsunami aid") or goes on speaking ("attacked British imperialists,
// saying they …").
func verbalAttack(t *tree, p int) bool {
	if l := t.lemmas[p]; l != "attack" && l != "assail" && l != "blast" {
		return false
	}
	for _, k := range t.kids[p] {
		switch t.rel(k) {
		case "obl", "advcl":
			if cs := t.caseOf(k); (cs == "for" || cs == "over") && !timeNouns[t.lemmas[k]] && !durationNouns[t.lemmas[k]] && t.child(k, "nummod") < 0 && t.toks[k].UPOS != "NUM" || t.hasChildLemma(k, set("for", "over"), "mark") {
				return true
			}
			if t.rel(k) == "advcl" && t.toks[k].XPOS == "VBG" && (reportVerbs[t.lemmas[k]] || speechActs[t.lemmas[k]]) {
				return true
			}
			if t.rel(k) == "obl" && t.caseOf(k) == "as" {
				return true // "attacked Labour's pledges as vacuous": called them so
			}
		case "obj":
			if t.lemmas[p] != "blast" && (abstractNouns[t.lemmas[k]] || wordNouns[t.lemmas[k]] || verbalTargets[t.lemmas[k]]) {
				// "attacked the plans", "attacks Blair's 'lies'": words
				// against words ("blasted rebel positions" is shelling)
				return true
			}
		case "advmod":
			if t.lemmas[k] == "politically" || t.lemmas[k] == "verbally" {
				return true // "I attack Michael Howard politically"
			}
		}
	}
	return false
}

// reachesLevel reports whether "hit" or "top" at p takes an amount or a
// level: a number, a sum of money, a record or a high ("hit 30 targets"
// is a strike).
func reachesLevel(t *tree, p int) bool {
	if l := t.lemmas[p]; l != "hit" && l != "top" {
		return false
	}
	for _, k := range t.kids[p] {
		if rel := t.rel(k); rel != "obj" && !(rel == "obl" && t.caseOf(k) == "with") {
			continue
		}
		if t.toks[k].UPOS == "NUM" || t.toks[k].UPOS == "SYM" || levelNouns[t.lemmas[k]] || amountNouns[t.lemmas[k]] && t.child(k, "nummod") >= 0 {
			return true
		}
	}
	return false
}

// joinedAppeal reports whether verb p takes calls, demands or appeals as its
// object ("joined calls for an inquiry", "renewed demands for").
func joinedAppeal(t *tree, p int) bool { return t.objectIn(p, appealNouns) }

// violentCodeRoot reports whether a CAMEO code is a use of force (18–20).
func violentCodeRoot(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// abstractSubject reports whether verb p's doer is a policy, a market
// figure, a disaster ("the fire which destroyed the buildings") or the
// like, which strikes no one.
func abstractSubject(t *tree, p int) bool {
	s := doerOf(t, p)
	return s >= 0 && t.toks[s].UPOS == "NOUN" && (abstractNouns[t.lemmas[s]] || unstruckNouns[t.lemmas[s]] || marketNouns[t.lemmas[s]] || disasterNouns[t.lemmas[s]])
}

// disasterSubject reports whether verb p's doer is a fire, a flood, a crash
// or the like, which attacks no one whatever the verb.
func disasterSubject(t *tree, p int) bool {
	s := doerOf(t, p)
	if h := t.head(p); s < 0 && h >= 0 && trailingParticiple(t, p) {
		s = doerOf(t, h) // "a pipeline exploded, killing two workers": the pipeline kills
		for s < 0 && t.rel(h) == "conj" && t.head(h) >= 0 {
			h = t.head(h)
			s = doerOf(t, h)
		}
	}
	if s >= 0 && t.toks[s].UPOS == "NOUN" && accidentNouns[t.lemmas[s]] {
		return true
	}
	return abstractSubject(t, p) && disasterNouns[t.lemmas[doerOf(t, p)]]
}

// doerOf returns verb p's subject, a passive's by-agent, or the noun a
// relative subject stands for; -1 if none.
func doerOf(t *tree, p int) int {
	s := t.child(p, "nsubj")
	if t.child(p, "aux:pass") >= 0 {
		s = -1
		for _, k := range t.children(p, "obl") {
			if t.caseOf(k) == "by" {
				s = k
			}
		}
	}
	if s >= 0 && relativeSubject(t, s) {
		s = t.head(p)
	}
	return s
}

// personObject reports whether verb p's object (a passive's subject) is a
// noun of a person ("a worker", "the employee").
func personObject(t *tree, p int) bool {
	objs := t.children(p, "obj", "nsubj:pass")
	if h := t.head(p); h >= 0 && t.rel(p) == "amod" {
		objs = append(objs, h) // "dismissed worker", the verb parsed as a modifier
	}
	for _, o := range objs {
		if t.toks[o].UPOS == "NOUN" && t.persons[t.lemmas[o]] {
			return true
		}
	}
	return false
}

// codedAct reports whether verb x matches the verb dictionary as an act,
// or its object is an act noun ("sign a deal", "hold talks").
func (c *Coder) codedAct(t *tree, x int) bool {
	if m, ok := matchVerb(t, c.model.Verbs, x); ok && m.code != "" && m.code != "---" && !noAct(t, x, m) {
		return true
	}
	for _, o := range t.children(x, "obj") {
		if _, act := nominalCodes[t.lemmas[o]]; act {
			return true
		}
	}
	return false
}

// joinedInDoing reports whether "join" at p joins others in doing
// something: an "in" gerund hangs on it ("joined X in saying", "in
// condemning").
func joinedInDoing(t *tree, p int) bool {
	for _, k := range t.children(p, "advcl", "obl") {
		if t.toks[k].XPOS == "VBG" && t.hasChildLemma(k, inParticle, "mark", "case") {
			return true
		}
	}
	return false
}

// personSubject reports whether verb p's subject names people by its noun
// ("world leaders", "the minister") or is a person's name.
func (c *Coder) personSubject(t *tree, r *resolver, p int) bool {
	s, _ := c.subjectOf(t, p, 0)
	if s < 0 {
		return false
	}
	if t.toks[s].UPOS == "NOUN" && t.persons[t.lemmas[s]] && !forceNouns[t.lemmas[s]] {
		return true
	}
	return strings.HasSuffix(t.toks[s].NER, "-PER")
}

// namedPersonSubject reports whether verb p's subject, or the noun its
// relative clause hangs on, is a person's name ("Mr Jackson, who has
// clashed with").
func namedPersonSubject(t *tree, p int) bool {
	s := t.child(p, "nsubj")
	if s >= 0 && relativeSubject(t, s) {
		s = t.head(p)
	}
	return s >= 0 && strings.HasSuffix(t.toks[s].NER, "-PER")
}

var (
	overParticle = set("over")
	downParticle = set("down")
)

// engagedInAct reports whether verb p is engaged "in" an act noun
// ("engaged in fierce fighting", "in talks").
func engagedInAct(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if _, act := nominalCodes[t.lemmas[k]]; act && t.caseOf(k) == "in" {
			return true
		}
	}
	return false
}

// failedAccord reports whether "fail" at p failed to come to terms: its
// infinitive agrees, signs, reaches, concludes or meets.
func failedAccord(t *tree, p int) bool {
	x := t.child(p, "xcomp")
	return x >= 0 && (mutualAccordVerbs[t.lemmas[x]] || t.lemmas[x] == "meet")
}

// crowdCount reports whether noun s is counted in hundreds or more ("46,000
// Canadians", "thousands of tourists"): people in numbers, not parties.
func crowdCount(t *tree, s int) bool {
	if s < 0 {
		return false
	}
	for _, k := range t.children(s, "nummod") {
		w := strings.ReplaceAll(t.words[k], ",", "")
		if n, err := strconv.Atoi(w); err == nil && n >= 100 || bigNumbers[strings.ToLower(w)] {
			return true
		}
	}
	return bigNumbers[strings.ToLower(t.words[s])] && t.child(s, "nmod") >= 0 // "thousands of tourists"
}

var bigNumbers = set("hundred", "hundreds", "thousand", "thousands", "million", "millions")

// dealsWithThing reports whether "deal" at p is dealing with a thing, a
// common noun naming no person ("deal with the crisis"), not with a party.
func dealsWithThing(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == "with" {
			return t.toks[k].UPOS == "NOUN" && !t.persons[t.lemmas[k]] && t.toks[k].NER == "O"
		}
	}
	return false
}

// firedFromJob reports whether "fire" at p dismisses someone: it is fired
// from a job or post, or its object is a person ("fired its chief
// executive", "fired Comey") with nothing fired at or on anyone.
func firedFromJob(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if timeNouns[strings.ToLower(t.lemmas[k])] {
			continue // "on Monday"
		}
		switch t.caseOf(k) {
		case "at", "on", "upon", "into", "toward", "towards":
			return false
		case "from":
			if jobNouns[t.lemmas[k]] {
				return true
			}
		}
	}
	if personObject(t, p) {
		return true
	}
	for _, o := range t.children(p, "obj", "nsubj:pass") {
		if strings.HasSuffix(t.toks[o].NER, "-PER") || t.toks[o].UPOS == "NUM" {
			return true // ("CBS fires four": people counted)
		}
	}
	return false
}

// linksThings reports whether what links at p is a thing, not a party: its
// subject, or the noun its participle modifies, is a common noun naming no
// person ("a bridge linking Crimea with Russia", "the pipeline connects").
func linksThings(t *tree, p int) bool {
	s := t.child(p, "nsubj")
	if s < 0 && t.rel(p) == "acl" {
		s = t.head(p)
	}
	return s >= 0 && t.toks[s].UPOS == "NOUN" && !t.persons[t.lemmas[s]] && t.toks[s].NER == "O"
}

// caughtIn reports whether "caught" at p is caught in or up in something
// ("in the crossfire", "up in the fighting"), no arrest.
func caughtIn(t *tree, p int) bool {
	return t.hasChildLemma(p, upParticleWord, "compound:prt") || hasCase(t, p, "in")
}

// leavesForReason reports whether a departure at p is "for" a reason, not
// for a place ("leaving for personal reasons", "for health reasons").
func leavesForReason(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == "for" && (t.lemmas[k] == "reason" || t.words[k] == "reasons") {
			return true
		}
	}
	return false
}

// xcompIsBe reports whether verb p's infinitive complement is "to be".
func xcompIsBe(t *tree, p int) bool {
	x := t.child(p, "xcomp")
	return x >= 0 && (t.lemmas[x] == "be" || t.child(x, "cop") >= 0)
}

// namedDestination reports whether verb p has a phrase of motion to, into,
// in, at or from a named place or party ("came to Kenya").
func namedDestination(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		switch t.caseOf(k) {
		case "to", "into", "in", "at", "from":
			if t.toks[k].UPOS == "PROPN" || t.toks[k].NER != "" && t.toks[k].NER != "O" {
				return true
			}
		}
	}
	return false
}

// givesWords reports whether verb p (give, deliver) gives a statement, a
// speech or an interview: its object, or the noun it modifies as a
// participle ("a statement given by the army").
func givesWords(t *tree, p int) bool {
	things := t.children(p, "obj", "nsubj:pass")
	if t.rel(p) == "acl" && t.head(p) >= 0 {
		things = append(things, t.head(p))
	}
	for _, o := range things {
		if wordNouns[t.lemmas[o]] || spokenNouns[t.lemmas[o]] {
			return true
		}
	}
	return false
}

// spokenNouns are occasions of speaking that one gives.
var spokenNouns = set("interview", "interviews", "testimony", "account", "briefing", "address", "lecture", "talk", "sermon", "press conference")

// characterised reports whether noun p is what a verb makes of its object
// ("described the firing as an attack", "called the firing an attack"),
// a name given to something, not a happening reported.
func characterised(t *tree, p int) bool {
	h := t.head(p)
	if h < 0 || !t.isVerb(h) || t.child(h, "obj") < 0 {
		return false
	}
	switch t.rel(p) {
	case "obl":
		return t.caseOf(p) == "as"
	case "obj":
		return dubbingVerbs[t.lemmas[h]] && len(t.children(h, "obj")) >= 2 && t.child(h, "obj") != p
	case "xcomp":
		return dubbingVerbs[t.lemmas[h]] && t.toks[p].UPOS == "NOUN"
	}
	return false
}

// dubbingVerbs give their object a second object or a predicate that says
// what they make of it: "called the firing an attack".
var dubbingVerbs = set("call", "name", "dub", "label", "brand", "term", "deem", "consider", "declare", "pronounce")

// bordering reports whether the actor at token a only names the other side
// of a border ("its border with Afghanistan", "Afghanistan's border").
func bordering(t *tree, a int) bool {
	h := t.head(a)
	if h < 0 || !borderNouns[t.lemmas[h]] {
		return false
	}
	cs := t.caseOf(a)
	return t.toks[a].Deprel == "nmod:poss" || t.rel(a) == "nmod" && (cs == "with" || cs == "of")
}

var borderNouns = set("border", "borders", "frontier", "frontiers", "boundary", "boundaries", "borderland", "borderlands")

// campaignKind reads the modifiers of a "campaign" a pattern consumed: an
// electoral campaign is no act between parties ("---"); a campaign of
// violence is that violence's code ("a bombing campaign"); "" otherwise.
func campaignKind(t *tree, used []int) string {
	for _, u := range used {
		if t.lemmas[u] != "campaign" {
			continue
		}
		for _, k := range t.kids[u] {
			if r := t.rel(k); r != "compound" && r != "amod" {
				continue
			}
			l := strings.ToLower(t.lemmas[k])
			if electoralWords[l] {
				return "---"
			}
			if code, ok := nominalCodes[l]; ok && violentCodeRoot(code) {
				return code
			}
		}
	}
	return ""
}

// electoralWords make a campaign one for votes.
var electoralWords = set("election", "electoral", "reelection", "re-election", "presidential", "mayoral", "parliamentary",
	"congressional", "senate", "gubernatorial", "primary", "leadership", "referendum", "campaign")

// disasterCause reports whether verb p names a fire, a crash or the like
// as what it happened in or after: "killed in a fire", "killed after a
// fire started in a washroom".
func disasterCause(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		switch t.rel(k) {
		case "obl":
			if disasterNouns[t.lemmas[k]] {
				return true
			}
		case "advcl":
			if s := t.child(k, "nsubj"); s >= 0 && disasterNouns[t.lemmas[s]] || accidentVerbs[t.lemmas[k]] {
				return true // ("killed when their helicopter crashed")
			}
		}
	}
	return false
}

// obligation reports whether verb p is what its subject has to do ("that
// will imply that Russia has to withdraw"): owed, not promised.
func obligation(t *tree, p int) bool {
	h := t.head(p)
	return h >= 0 && t.rel(p) == "xcomp" && t.lemmas[h] == "have" && t.toMarked(p)
}

// titleWord reports whether token p is capitalised inside running text
// next to another capitalised word: a word of a title or a name the tagger
// did not mark ("Resisting Arrest", "the 4th Global Forum to Combat
// Corruption").
func titleWord(t *tree, p int) bool {
	if p == 0 || !capitalised(t.toks[p].Text) || t.headline() || t.toks[p-1].UPOS == "PUNCT" {
		return false
	}
	running := false
	for _, tk := range t.toks[:p] {
		switch tk.UPOS {
		case "VERB", "NOUN", "ADJ", "ADV":
			running = running || !capitalised(tk.Text)
		}
	}
	if !running {
		return false // a title-case line, or one that opens so: its verbs are verbs
	}
	return capitalised(t.toks[p-1].Text) || p+1 < len(t.toks) && capitalised(t.toks[p+1].Text)
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// characterisesAct reports whether a pattern matched a noun that is only
// what the verb calls its object ("described the firing as an attack"
// read by REPORT * ATTACK), unless the pattern itself spells "as", or a
// hedge on the object ("suspected hideouts").
func characterisesAct(t *tree, m verbMatch) bool {
	if !m.pattern {
		return false
	}
	used := map[int]bool{}
	for _, u := range m.used {
		used[u] = true
	}
	for _, u := range m.used {
		if characterised(t, u) && !used[t.child(u, "case")] {
			return true
		}
		if t.rel(u) == "amod" && hedgeVerbs[t.lemmas[u]] {
			return true // "attacked suspected hideouts" read as ATTACK * SUSPECTED
		}
	}
	return false
}

// designates reports whether verb p says what its object is: two objects
// or an object and a predicate ("consider Hamas a terrorist organization",
// "regard it as a threat").
func designates(t *tree, p int) bool {
	objs := t.children(p, "obj")
	if len(objs) >= 2 {
		return true
	}
	return len(objs) == 1 && (t.child(p, "xcomp") >= 0 || hasCase(t, p, "as"))
}

// pollSubject reports whether verb p's subject is a share of people ("over
// 70%", "56 per cent of the participants", "a 68% majority"): what a poll
// or a turnout found, no act of a party.
func pollSubject(t *tree, p int) bool {
	for _, s := range t.kids[p] {
		if s > p || t.rel(s) != "nsubj" && t.rel(s) != "obl" {
			continue // the subject, or a share the parse hung before the verb otherwise
		}
		for _, i := range t.phrase(s) {
			if w := t.words[i]; w == "%" || w == "percent" || w == "per" && i+1 < len(t.words) && t.words[i+1] == "cent" || strings.HasSuffix(w, "%") {
				return true
			}
		}
	}
	return false
}

// electorateSubject reports whether verb p's subject (a relative clause's
// antecedent) is an electorate: voters, the population, citizens.
func electorateSubject(t *tree, p int) bool {
	for _, s := range t.children(p, "nsubj") {
		if t.toks[s].UPOS == "PRON" && t.toks[p].Deprel == "acl:relcl" {
			s = t.head(p)
		}
		if electorateNouns[t.lemmas[s]] || electorateNouns[strings.ToLower(t.words[s])] {
			return true
		}
	}
	return false
}

// wantsOfThing reports whether verb p wants a thing (not a person or a
// party) to be or do something: an object that is a common noun of no
// person and no act, with an infinitive.
func wantsOfThing(t *tree, p int) bool {
	o := t.child(p, "obj")
	if o < 0 || t.toks[o].UPOS != "NOUN" || t.persons[t.lemmas[o]] {
		return false
	}
	infinitive := t.child(p, "xcomp") >= 0
	for _, k := range t.children(o, "acl") {
		infinitive = infinitive || t.toMarked(k) // the parse may hang it on the object
	}
	if !infinitive {
		return false
	}
	_, act := nominalCodes[t.lemmas[o]]
	return !act
}

// votesOnMeasure reports whether verb p's object or for/against/on phrase
// is a measure put to the vote ("voted against the treaty in a
// referendum"), which voters accept or reject as parties do.
func votesOnMeasure(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if t.rel(k) == "obj" || t.rel(k) == "obl" && (t.caseOf(k) == "for" || t.caseOf(k) == "against" || t.caseOf(k) == "on") {
			if _, act := nominalCodes[t.lemmas[k]]; act || measureNouns[t.lemmas[k]] {
				return true
			}
		}
	}
	return false
}

// runsFor reports whether verb p's "for" phrase is an office or a body one
// is elected to ("campaigned for the Senate", "for the presidency").
func runsFor(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == "for" && (officeNouns[t.lemmas[k]] || strings.HasSuffix(t.toks[k].NER, "ORG")) {
			return true
		}
	}
	return false
}

// sportsResult reports whether the sentence gives a game's score ("101-95")
// or names a contest of sport (a semifinal, a championship, a tournament).
func sportsResult(t *tree) bool {
	for i, w := range t.words {
		if h := t.head(i); h >= 0 && t.rel(i) == "compound" && !sportsWords[t.lemmas[h]] && !sportsWords[t.words[h]] {
			continue // "beaten with a baseball bat": a thing named for a sport
		}
		if sportsWords[t.lemmas[i]] || sportsWords[w] {
			return true
		}
		if a, b, ok := strings.Cut(strings.ReplaceAll(w, "–", "-"), "-"); ok && digits(a) && digits(b) && len(a) <= 3 && len(b) <= 3 {
			return true
		}
	}
	return false
}

// contestWon reports whether contest verb p tells of a prize or vote won:
// it hangs on "win" ("won the Oscar, beating Finding Neverland"), or its
// "in" or "for" phrase is a contest ("beat his rival in the election").
func contestWon(t *tree, p int) bool {
	if h := t.head(p); h >= 0 && t.lemmas[h] == "win" {
		return true
	}
	for _, k := range t.children(p, "obl") {
		if cs := t.caseOf(k); (cs == "in" || cs == "for") && contestNouns[t.lemmas[k]] {
			return true
		}
	}
	return false
}

var contestNouns = set("election", "race", "primary", "runoff", "run-off", "vote", "poll", "ballot", "contest", "award", "prize", "nomination", "title",
	"rating", "chart", "standings", "league")

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// agreesWithView reports whether "agree" at p takes a clause that states a
// view: no infinitive, and a clause without a modal or future auxiliary.
func agreesWithView(t *tree, p int) bool {
	if t.child(p, "xcomp") >= 0 {
		return false
	}
	for _, k := range t.children(p, "advcl", "xcomp", "parataxis") {
		if t.toks[k].XPOS == "VBG" && reportVerbs[t.lemmas[k]] && t.child(p, "obj") < 0 && !hasCase(t, p, "to") && !hasCase(t, p, "on") {
			return true // "agreed, saying that the priority is growth": a view shared
		}
	}
	cc := t.child(p, "ccomp")
	if cc >= 0 && (t.child(cc, "cop") >= 0 || t.hasChildLemma(cc, marketNouns, "obj") || t.hasChildLemma(cc, abstractNouns, "obj")) {
		// "agreed that a prolonged strike would hurt the economy", "…
		// that the plan would be costly": a forecast shared, even
		// with a modal
		return true
	}
	return cc >= 0 && !t.hasChildLemma(cc, viewlessAux, "aux")
}

// gerundComplement reports whether verb p takes a gerund as its complement
// ("stopped coming").
func gerundComplement(t *tree, p int) bool {
	for _, k := range t.children(p, "xcomp", "ccomp", "advcl") {
		if k > p && t.toks[k].XPOS == "VBG" && t.child(k, "mark") < 0 {
			return true
		}
	}
	return false
}

// voteTally reports whether vote p is given as a count ("voted 330 in
// favour").
func voteTally(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if t.toks[k].UPOS == "NUM" && t.rel(k) != "punct" {
			return true
		}
	}
	return false
}

// hasCase reports whether verb p has an oblique introduced by preposition c.
func hasCase(t *tree, p int, c string) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == c {
			return true
		}
	}
	return false
}

// joinsBody reports whether verb p's object is an organisation, by the
// recognizer or by its noun ("joined the alliance"): a member joining.
func joinsBody(t *tree, p int) bool {
	o := t.child(p, "obj")
	if o >= 0 && relativeSubject(t, o) {
		o = t.head(p) // "the party which he joined": the party
	}
	return o >= 0 && (strings.HasSuffix(t.toks[o].NER, "ORG") || memberBodies[strings.ToLower(t.lemmas[o])])
}

// lastFlat returns the last word of the name headed by h: h or its last
// flat or compound dependent after it.
func lastFlat(t *tree, h int) int {
	last := h
	for _, k := range t.kids[h] {
		if k > last && (t.rel(k) == "flat" || t.rel(k) == "compound") {
			last = k
		}
	}
	return last
}

// leftCare reports whether "release", "free" or "discharge" at p lets
// someone out of care, a contract or a duty ("released from hospital"),
// not out of captivity.
// takenToCare reports whether verb p takes its subject or object to a
// hospital or clinic ("rushed to hospital", "flown to the Royal London
// Hospital").
func takenToCare(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == "to" && (careNouns[strings.ToLower(t.lemmas[k])] || careNouns[strings.ToLower(t.words[lastFlat(t, k)])]) {
			// ("Cape Cod Hospital": a name's last word says what it is)
			return true
		}
	}
	return false
}

func leftCare(t *tree, p int) bool {
	if l := t.lemmas[p]; l != "release" && l != "free" && l != "discharge" {
		return false
	}
	return t.phraseIn(p, "obl", "from", careNouns)
}

// publishes reports whether "release" or "issue" at p puts out words or
// figures (a statement, a report, data, a video) rather than freeing
// someone.
func publishes(t *tree, p int) bool {
	if l := t.lemmas[p]; l != "release" && l != "issue" {
		return false
	}
	things := t.children(p, "obj", "nsubj:pass")
	if (t.rel(p) == "acl" || t.rel(p) == "amod") && t.head(p) >= 0 {
		// "figures released by the Cabinet Office", and "has released
		// photographs" parsed as a modifier
		things = append(things, t.head(p))
	}
	for _, o := range things {
		if quantityNouns[t.lemmas[o]] {
			// "released most of the Cabinet papers": what the part is of
			for _, k := range t.kids[o] {
				if (t.rel(k) == "nmod" || t.rel(k) == "obl") && t.caseOf(k) == "of" {
					o = k
				}
			}
		}
		if publications[t.lemmas[o]] {
			return true
		}
	}
	return false
}

// noAct reports whether verb p, matched as m, names no act of its own,
// whatever its dictionary block says.
func noAct(t *tree, p int, m verbMatch) bool {
	l := t.lemmas[p]
	switch {
	case !m.pattern && l == "call" && calledThing(t, p):
		// "called a truce": the noun's act, no telephone call (unless a
		// pattern reads it: "called an election")
		return true
	case lightVerbs[l] && !m.pattern && len(m.used) <= 1:
		// "took every precaution", "have taken to social media": a light
		// verb means what its object makes of it, which only a pattern
		// ("TAKE * CONTROL", "+TAKE_OVER") reads
		return true
	case rejectVerbs[l] && !m.pattern && declinedComment(t, p):
		return true // "declined to give her view of Mr Kilroy-Silk": no rejection of him
	case questionAsked(t, p):
		return true // "asked if the agencies had evidence": a question, no appeal
	case statesBelief(t, p) && !(thinkingVerbs[l] && (m.pattern || !strings.HasPrefix(m.code, "04"))):
		// "Trump suggested that Zelenskyy wasn't in a position to …": a
		// view, no appeal
		return true
	case !m.pattern && publishes(t, p):
		return true // "released growth figures": a publication, no release of people
	case reachesLevel(t, p):
		// "the deficit is set to hit $368bn", "hit with $27bn in taxes":
		// an amount reached or charged, no blow
		return true
	case aimedAct(t, p):
		return true // "sanctions that target tankers": the sanctions' reach, no act
	case (l == "need" || l == "require") && t.child(p, "aux:pass") >= 0 && !hasAgent(t, p):
		return true // "higher taxes were needed to solve the crisis": a necessity, no one's demand
	case l == "vote" && !m.pattern && !votesOnSomething(t, p):
		// "the PM and his children voted in Bangkok": casting a ballot;
		// the dictionary's 030 is for voting to do, for or against
		return true
	case l == "express" && !m.pattern:
		// "expressed its position", "as expressed by China": the
		// dictionary lists the feelings expressed ("* DISMAY" 012, "*
		// DISAPPOINTMENT" 110); its fallback of 110 for anything else
		// made every view a disapproval
		return true
	case l == "mean" && !m.pattern && t.child(p, "xcomp") < 0:
		// "his death means six soldiers have died": signifies; only
		// "meant to" intends
		return true
	case (thinkingVerbs[l] || l == "deem" || l == "regard") && !m.pattern && designates(t, p):
		return true // "consider Hamas a terrorist organization": a view of it
	case l == "claim" && xcompIsBe(t, p):
		return true // "a man claiming to be a Briton": who he says he is, no accusation
	case l == "found" && !m.pattern:
		return true // "Hamas was founded by Yassin": an organisation set up, no cooperation
	case (l == "hear" || l == "learn" || l == "find") && !m.pattern && t.child(p, "ccomp") >= 0:
		return true // "found out that several representatives think …": a fact learnt, no meeting
	case (l == "learn" || l == "find") && !m.pattern && !hasCase(t, p, "from"):
		return true // "we'll find out": learnt from no one, no meeting (HEAR's 040)
	case pollSubject(t, p):
		return true // "Over 70% agreed Europe should …", "64% of Iraqis voted": a poll or a turnout
	case wishVerbs[l] && !m.pattern && t.child(p, "ccomp") >= 0:
		return true // "many hope he will be able to establish peace": a wish, no appeal
	case (l == "want" || l == "wish") && !m.pattern && wantsOfThing(t, p):
		// "want the EU budget to be capped": a wish about a thing, no
		// intent to cooperate with anyone
		return true
	case electoralVerbs[l] && electorateSubject(t, p) && !votesOnMeasure(t, p):
		// "voters are choosing a new parliament", "the population voted
		// against King": an election, no act between parties
		return true
	case calledPassive(t, p):
		return true
	case (strings.HasPrefix(m.code, "02") || strings.HasPrefix(m.code, "03") || strings.HasPrefix(m.code, "04") || strings.HasPrefix(m.code, "07") || strings.HasPrefix(m.code, "08") || strings.HasPrefix(m.code, "10") || strings.HasPrefix(m.code, "15") || m.code == "173") && abstractSubject(t, p):
		// "the deal needs the support of al-Maliki", "the deal offers
		// India technology", "a partnership would help": a condition, a
		// term or an effect, no one's appeal, promise or aid; "our
		// thoughts go out to", "the revelation caught leaders off-guard":
		// no visit, no arrest; "the partnership has raised alarm" (RAISE
		// * ALARM, 080): no one yields
		return true
	case l == "agree" && !m.pattern && agreesWithView(t, p):
		// "diplomats agree that Erdogan has done nothing", "agreeing
		// with the plaintiffs that the measure was unconstitutional": a
		// view shared, no agreement ("agreed that inspectors could
		// visit" concedes)
		return true
	case ceaseVerbs[l] && (!m.pattern || strings.HasPrefix(m.code, "17")) && t.child(p, "obj") < 0 && gerundComplement(t, p):
		return true // "voters stopped coming to the centres": ceased doing, no one stopped
	case l == "vote" && voteTally(t, p):
		return true // "representatives voted 330 in favour and 59 against": a count, no party's act
	case travelVerbs[l] && !m.pattern && t.child(p, "obj") >= 0 && !hasCase(t, p, "to") && !hasCase(t, p, "for"):
		return true // "heads the Cuba program", "landed a job": no journey
	case (violentCodeRoot(m.code) || strings.HasPrefix(m.code, "17")) && disasterSubject(t, p):
		return true // "the fire which destroyed the parliament buildings": a disaster, no attack
	case violentCodeRoot(m.code) && !m.pattern && abstractSubject(t, p):
		return true // "Britain's open door approach is hitting workers": a figure of speech
	case t.rel(p) == "amod" && hedgeVerbs[l]:
		return true // "attacked suspected hideouts": a hedge on a noun, no accusation
	case l == "come" && !namedDestination(t, p):
		// "the mission comes two weeks after", "the new carrier comes
		// into service": no arrival anywhere
		return true
	case (l == "give" || l == "deliver") && givesWords(t, p):
		return true // "a statement given after the attack", "gave an interview": words, no grant
	case l == "inspire" && !m.pattern:
		return true // "the film, inspired by the life of Bobby Darin": no act on anyone
	case arguingVerbs[l] && !m.pattern && t.child(p, "ccomp") >= 0:
		return true // "Cairn argues it is not liable": a view stated, the clause coded on its own
	case (l == "remain" || l == "stay") && !m.pattern && (t.child(p, "xcomp") >= 0 || t.hasChildLemma(p, powerWord, "obl")):
		return true // "airspace remains closed", "remained in power": a state, no act
	case l == "dismiss" && !m.pattern && personObject(t, p):
		return true // "dismissed a worker": an employee let go, no disapproval
	case l == "engage" && !m.pattern && t.child(p, "obj") < 0 && !hasCase(t, p, "with") && !engagedInAct(t, p) &&
		(t.child(p, "aux:pass") >= 0 || t.child(p, "cop") >= 0 || t.rel(p) == "amod" || t.rel(p) == "xcomp" && stateVerbs[t.lemmas[t.head(p)]]):
		// "young people who are engaged and motivated", "deeply engaged
		// in the crisis", "will stay engaged in the region": a state of
		// taking part, no fighting ("engaged
		// in fighting", "engaged with rebels" and "engaged the enemy"
		// act)
		return true
	case l == "rally" && !m.pattern && t.objectIn(p, rallyObjects):
		return true // "Chancellor rallies Labour voters": a campaign, no show of force
	case l == "affect" && !m.pattern:
		return true // "cut supplies, affecting Europe": touched, no influence sought (the dictionary's INFLUENCE block)
	case violentCodeRoot(m.code) && t.objectIn(p, marketNouns):
		return true // "sanctions hurt the Russian economy", "hit exports": losses, no attack
	case l == "call" && !m.pattern && naming(t, p):
		// "their headquarters, called Jamaica Base", "call the situation a
		// civil war": a name given, no appeal or meeting
		return true
	case (l == "surround" || l == "encircle") && !m.pattern && t.passive(p) && !forceAgent(t, p):
		// "the building was surrounded by steel barriers", "half-encircled
		// by a line of visitors": where things stand, no siege
		return true
	case disclosingVerbs[l] && !m.pattern:
		// "revealed Russia's body-swap blunder", "has revealed few details":
		// a statement, no cooperation (the dictionary's DISCLOSE block)
		return true
	case l == "consider" && !m.pattern:
		return true // "while it considers whether to join a ceasefire": thinking, no meeting
	case l == "hit" && t.child(p, "nsubj:pass") >= 0 && !hasCase(t, p, "by") && businessNouns[t.lemmas[t.child(p, "nsubj:pass")]]:
		return true // "airlines and insurers have been hit the worst": losses, no attack
	case l == "match" && (!m.pattern || violentCodeRoot(m.code)):
		return true // "Hawaiian matched the fare": equalled, no fight (the dictionary files MATCH with ATTACK)
	case (l == "confront" || l == "brave") && !m.pattern:
		return true // "as Moscow confronts the West": stands up to it, no meeting (the dictionary files both under MEET)
	case l == "face" && !m.pattern && t.hasChildLemma(p, downParticle, "compound:prt", "advmod"):
		return true // "Beijing faces down a US-led boycott": resisted, no meeting
	case l == "fail" && !m.pattern && !failedAccord(t, p):
		// "failed to win best supporting actor", "failed to deliver":
		// an act not done, no rejection of anyone (the dictionary's
		// FAIL 120 fits "failed to reach an agreement with")
		return true
	case l == "plan" && !m.pattern && t.child(p, "xcomp") < 0 && t.child(p, "obj") >= 0:
		// "China plans anti-secession law": a plan of a thing, no
		// intent to cooperate (an act planned, "plans talks", is coded
		// on its own as still to come)
		return true
	case l == "deal" && !m.pattern && dealsWithThing(t, p):
		return true // "prepared to deal with any situation": handled, no bargain
	case l == "fire" && firedFromJob(t, p):
		return true // "was fired from her job", "fired its chief executive": let go, no shooting
	case l == "promote" && hasCase(t, p, "to"):
		return true // "was promoted to the post of vice president"
	case l == "demonstrate" && (t.child(p, "obj") >= 0 || t.child(p, "ccomp") >= 0 || hasCase(t, p, "to")):
		return true // "demonstrated his ability to compete", "demonstrate to people that": showed, no protest
	case l == "take" && t.hasChildLemma(p, overParticle, "compound:prt", "advmod") && t.child(p, "obj") < 0 && hasCase(t, p, "from"):
		return true // "to take over from Mr Blair": a successor, no seizure
	case l == "take" && takesOverTask(t, p):
		return true // "the command takes over coordination of the aid": a task assumed, no seizure
	case l == "plead" && t.hasChildLemma(p, pleas, "xcomp", "obj", "advmod", "amod", "obl"):
		return true // "pleaded guilty": a plea in court, no appeal
	case l == "serve" && t.objectIn(p, servedTerms):
		return true // "will serve four years of probation": a sentence served
	case (l == "submit" || l == "tender") && !m.pattern && t.child(p, "obj") >= 0:
		// "submitted his report to the Prime Minister": a document handed
		// in, no yielding; "tendered his resignation": the noun's act
		return true
	case (l == "link" || l == "connect") && linksThings(t, p):
		return true // "the bridge linking Crimea with Russia"
	case l == "reside" && !m.pattern:
		return true // "a people who reside in Xinjiang": living there, no occupation (RESIDE is in the 192 block)
	case l == "swear" && particleAfter(t, p, set("in", "into")):
		return true // "was sworn in": took office
	case l == "catch" && !m.pattern && caughtIn(t, p):
		return true // "civilians caught in the crossfire": exposed, not seized
	case departureVerbs[l] && leavesForReason(t, p):
		return true // "was leaving for personal reasons": no journey
	case l == "sponsor" && !m.pattern:
		return true // "sponsored the cartoon competition", "a bill sponsored by McCain"
	case l == "need" && (t.child(p, "xcomp") >= 0 || !m.pattern):
		// "the government needs to make reforms", "she needs him": a
		// necessity, no demand ("needs help" is the dictionary's 023)
		return true
	case travelVerbs[l] && t.hasChildLemma(p, noJourneyParticles, "compound:prt", "advmod"):
		return true // "explosions went off", "went ahead": no journey
	case abstractObject(t, p, m.code), (l == "recognize" || l == "recognise") && !m.pattern && abstractObject(t, p, "054"):
		return true // "defended his Iraq policy", "recognizes the need for …": no party
	case l == "campaign" && !m.pattern && runsFor(t, p):
		return true // "campaigning for the United States Senate": running for office
	case contestVerbs[l] && (sportsResult(t) || contestWon(t, p)):
		// "Greece beats USA 101-95 in the semifinals", "won the Oscar,
		// beating …", "beat his rival in the election": a contest won
		return true
	case (l == "sign" || l == "pass") && !signsAgreement(t, p) && (t.objectIn(p, lawNouns) || t.phraseIn(p, "obl", "into", set("law")) || t.rel(p) == "amod" && lawNouns[t.lemmas[max(t.head(p), 0)]]):
		// "signed into law a bill that bans …", "the House passed
		// legislation": lawmaking, no agreement and no concession
		// (agreements signed into law are ratified)
		return true
	case l == "expect" && t.child(p, "obj") >= 0:
		// "expects the United Nations to implement sanctions",
		// "expected a prompt withdrawal of Russian forces": a forecast
		// of others' acts, no intent ("expects to sign" is one)
		return true
	case purposeRead(t, p):
		return true // (the act intended is coded, as future)
	case imposingVerbs[l] && t.rel(p) == "acl" && t.toks[p].XPOS == "VBN" && actNoun(t, t.head(p)):
		// "Western sanctions imposed over its campaign": the sanctions
		// are the event, coded as a noun; imposing them adds none
		return true
	case (l == "explode" || l == "blow" || l == "burst") && t.child(p, "obj") < 0 && (t.hasChildLemma(p, accidentNouns, "nsubj") || t.rel(p) == "acl" && accidentNouns[t.lemmas[max(t.head(p), 0)]]):
		return true // "an oil pipeline exploded and caught fire": an accident, no bombing
	case l == "struggle" && t.child(p, "xcomp") > p && t.toMarked(t.child(p, "xcomp")):
		// "has struggled to maintain order": trying hard, no fight
		return true
	case l == "offer" && t.objectIn(p, viewNouns) && t.child(p, "iobj") < 0 && !hasCase(t, p, "to"):
		return true // "the Tories offered a hard right agenda", "offered his view": words, no offer to anyone
	case l == "face" && t.objectIn(p, troubleNouns):
		return true // "the airline sector is facing trouble": hard times, no meeting
	case pressEvent(t, p):
		// "holds a press conference ahead of a meeting of ministers":
		// words for reporters, no meeting with anyone
		return true
	case l == "catch" && t.objectIn(p, set("fire", "light", "cold", "flu")):
		return true // "a laptop caught fire": no one seized
	case (l == "organize" || l == "organise") && !m.pattern && organizesAct(t, p):
		// "the protest was organized by Unite Against Fascism": the
		// protest is coded as such; organising it is no cooperation
		return true
	case l == "fill" && !m.pattern && (t.objectIn(p, fillPlaces) || t.phraseIn(p, "obl", "", fillPlaces)):
		return true // "demonstrators filled the streets of Taipei": a crowd, no submission
	case (travelVerbs[l] || l == "attend") && bareRoutine(t, p):
		return true // "have gone to school in Toronto Centre": a routine, no visit
	case l == "attend" && schoolPlace(t, p):
		return true // "attended Lewis Boys' School": a pupil, no visit
	case departureVerbs[l] && particleAfter(t, p, set("behind")):
		return true // "left behind some documents": a thing left, no journey
	case l == "go" && t.hasChildLemma(p, set("unreported", "unnoticed", "unpunished", "missing", "bankrupt", "public", "unanswered", "unchallenged"), "xcomp"):
		return true // "went largely unreported", "went missing": became, no journey
	case l == "step" && particleAfter(t, p, inParticle) && t.child(p, "obj") < 0 && p+2 < len(t.words) && strings.EqualFold(t.words[p+2], "as"):
		return true // "will step in as campaign manager": an office taken up
	case t.child(p, "obj") < 0 && t.phraseIn(p, "obl", "to", fameNouns):
		return true // "shot to fame as the nanny": rose, no shot fired
	case l == "take" && t.objectIn(p, setbackNouns):
		return true // "took a 475m euro hit in costs": a loss borne, no one taken
	case l == "occupy" && t.objectIn(p, rankNouns):
		return true // "tracks occupying spots in the top 40": a place in a ranking
	case l == "win" && (t.objectIn(p, prizeNouns) || t.objectIn(p, contestNouns)):
		return true // "won the comedy prize": an award, no one praised
	case travelVerbs[l] && t.child(p, "obj") < 0 && prizeSubject(t, p):
		return true // "the screenplay award went to Joshua Marston": given, no visit
	case l == "lead" && t.child(p, "obj") < 0 && hasCase(t, p, "to"):
		return true // "membership led to an increase in investment": a cause, no leadership
	case l == "join" && !m.pattern && joinsBody(t, p):
		return true // "Moldova joined the World Bank": membership, no meeting
	case l == "join" && !m.pattern && joinedInDoing(t, p):
		return true // "joined the Greens in saying …": doing alike, the doing coded on its own
	case travelVerbs[l] && t.child(p, "aux:pass") >= 0:
		return true // "were flown to London": carried, no visit
	case l == "serve" && !m.pattern && t.child(p, "obj") < 0:
		// "served in Congress", "serves as co-chairman": an office held
		return true
	case !m.pattern && leftCare(t, p):
		return true // "released from hospital": discharged, not freed
	case takenToCare(t, p):
		return true // "was rushed to Seoul National University Hospital": a patient, no visit
	case authorityVerbs[l] && !m.pattern:
		// "the centre-left, led by Romano Prodi": a role held, no act;
		// patterns ("HEAD * (TO POLLS)") say when it is one
		return true
	case deathVerbs[l] && !m.pattern:
		// "the terrorist died": a death is no act of the dead, and the
		// dictionary's patterns ("DIE * (IN CLASHES)") say when it
		// reports fighting
		return true
	case !m.own && undergoneAct(t, p) >= 0:
		// "came under attack", "faced rocket fire from Hamas": the act
		// undergone is the event, done to the subject
		return true
	}
	return false
}

// signsAgreement reports whether an agreement, a deal or a treaty is in
// verb p's phrase, however the parse hung it ("signed into law on Thursday
// new bilateral agreements").
func signsAgreement(t *tree, p int) bool {
	for _, i := range t.phrase(p) {
		if agreementNouns[t.lemmas[i]] {
			return true
		}
	}
	return false
}

// likelyAfter reports whether an act noun cd reads is followed right away
// by "likely", "possible" or the like, a headline's elided copula ("Iran
// sanctions likely by May").
func likelyAfter(t *tree, cd *candidate) bool {
	for _, u := range append([]int{cd.p}, cd.used...) {
		if t.toks[u].UPOS != "NOUN" {
			continue
		}
		end := u
		for _, i := range t.phrase(u) {
			end = max(end, i)
		}
		if end+1 < len(t.words) && openActAdjs[strings.ToLower(t.words[end+1])] {
			return true // ("fresh sanctions on Iran likely")
		}
	}
	return false
}

// negatedComplement reports whether cd's pattern matched words inside a
// negated infinitive of its verb ("pledged not to take action against").
func negatedComplement(t *tree, cd *candidate) bool {
	for _, x := range t.children(cd.p, "xcomp") {
		if !t.negatedBy(x, "advmod", "neg") {
			continue
		}
		for _, u := range cd.used {
			if t.depth(x, u) >= 0 {
				return true
			}
		}
	}
	return false
}

// pressEvent reports whether verb p's object is a press or news
// conference or briefing.
func pressEvent(t *tree, p int) bool {
	for _, o := range t.children(p, "obj") {
		if (t.lemmas[o] == "conference" || t.lemmas[o] == "briefing") && t.hasChildLemma(o, set("press", "news"), "compound", "amod") {
			return true
		}
	}
	return false
}

// reducedRelative reports whether verb p, a bare participle after its
// subject s, only modifies s, the parse having made it the main verb and
// the real one its dependent: "the three Canadians arrested in the United
// States are accused of …" (a later clause with no subject of its own but a
// finite auxiliary, and no mark).
func reducedRelative(t *tree, p, s int) bool {
	if s < 0 || s > p || t.toks[p].XPOS != "VBN" && t.toks[p].XPOS != "VBD" || t.child(p, "aux") >= 0 || t.child(p, "aux:pass") >= 0 || t.child(p, "obj") >= 0 {
		return false
	}
	for _, k := range t.children(p, "advcl", "conj", "parataxis") {
		if k < p || t.child(k, "nsubj") >= 0 || t.child(k, "nsubj:pass") >= 0 || t.child(k, "mark") >= 0 || t.child(k, "cc") >= 0 {
			continue
		}
		for _, a := range t.children(k, "aux", "aux:pass", "cop") {
			if x := t.toks[a].XPOS; a < k && (x == "VBP" || x == "VBZ" || x == "VBD") {
				return true
			}
		}
	}
	return false
}

// financeWord reports whether token k names a business figure ("profits",
// "earnings", "sales") or a market, in whatever part of speech.
func financeWord(t *tree, k int) bool {
	w := strings.ToLower(t.words[k])
	return tallyNouns[t.lemmas[k]] || marketNouns[t.lemmas[k]] || tallyNouns[strings.TrimSuffix(w, "s")] || marketNouns[strings.TrimSuffix(w, "s")]
}

// actNoun reports whether token h is a noun naming an act the nominal
// lexicon codes.
func actNoun(t *tree, h int) bool {
	if h < 0 || t.toks[h].UPOS != "NOUN" {
		return false
	}
	_, act := nominalCodes[t.lemmas[h]]
	return act
}

// organizesAct reports whether verb p organises an act a noun names: its
// object, or a passive's subject ("the protest was organized by …").
func organizesAct(t *tree, p int) bool {
	for _, o := range t.children(p, "obj", "nsubj:pass") {
		if _, act := nominalCodes[t.lemmas[o]]; act || eventNouns[t.lemmas[o]] {
			return true
		}
	}
	if h := t.head(p); h >= 0 && t.rel(p) == "acl" && t.toks[p].XPOS == "VBN" {
		_, act := nominalCodes[t.lemmas[h]]
		return act || eventNouns[t.lemmas[h]] // "a rally organized by the opposition"
	}
	return false
}

// destination reports whether verb p of arriving names where: an object or
// a "to", "in", "into", "at" or "towards" phrase.
func destination(t *tree, p int) bool {
	if t.child(p, "obj") >= 0 {
		return true
	}
	for _, k := range t.children(p, "obl") {
		if carrierNouns[t.lemmas[k]] {
			continue // "arrived in two jeeps": how, not where
		}
		switch t.caseOf(k) {
		case "to", "in", "into", "at", "toward", "towards":
			return true
		}
	}
	return false
}

// bareRoutine reports whether verb p goes to a school, work or church
// named with no determiner ("gone to school", "went to work"): a routine,
// no place visited.
func bareRoutine(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if (t.rel(k) == "obl" && t.caseOf(k) == "to" || t.rel(k) == "obj") && routineNouns[strings.ToLower(t.words[k])] && t.child(k, "det") < 0 && t.child(k, "nmod:poss") < 0 {
			return true
		}
	}
	return false
}

// schoolPlace reports whether verb p's object is a school, a college or a
// university.
func schoolPlace(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if t.rel(k) != "obj" {
			continue
		}
		for _, c := range t.conjuncts(k) { // ("Lewis Boys' School" parsed as a coordination)
			if schoolNouns[strings.ToLower(t.words[c])] {
				return true
			}
		}
	}
	return false
}

// particleAfter reports whether verb p takes one of the particles words,
// as the parse marks it or as the word right after it ("left behind some
// documents", which parses often hang on the noun as a preposition).
func particleAfter(t *tree, p int, words map[string]bool) bool {
	return t.hasChildLemma(p, words, "compound:prt", "advmod") || p+1 < len(t.words) && words[strings.ToLower(t.words[p+1])]
}

// prizeSubject reports whether verb p's subject is a prize, an award or a
// contract: a thing that goes to someone.
func prizeSubject(t *tree, p int) bool {
	s := t.child(p, "nsubj")
	return s >= 0 && t.toks[s].UPOS == "NOUN" && prizeNouns[t.lemmas[s]]
}

// readsObject reports whether cd's pattern matched a word of the verb's
// object (a passive's subject).
func readsObject(t *tree, cd *candidate) bool {
	for _, u := range cd.used {
		for _, o := range t.children(cd.p, "obj", "nsubj:pass") {
			if t.depth(o, u) >= 0 {
				return true
			}
		}
	}
	return false
}

// partyCode reports whether a CAMEO code's act is done with or to another
// party, not to a thing: consulting and meeting (04), releasing (084),
// arresting (173: "held the door closed" holds no one), expelling (174:
// "removed the test from its website" expels no one).
func partyCode(code string) bool {
	return strings.HasPrefix(code, "04") || strings.HasPrefix(code, "084") || strings.HasPrefix(code, "173") || strings.HasPrefix(code, "174")
}

// abstractObject reports whether verb p's object is a policy, a need, a
// hurdle or the like, which no recognition (054), protection (074),
// expulsion (174), military withdrawal (087), seizure (171) or force
// (18–20) can be done to: "defended his Iraq policy", "recognizes the need
// for", "removes the last hurdle", "withdrew its bill", "break the link",
// "overturned a big Labour majority".
func abstractObject(t *tree, p int, code string) bool {
	violent := violentCodeRoot(code)
	if strings.HasPrefix(code, "171") {
		// ("overturned state laws", "overturned the verdict": undone, not seized)
		return t.objectIn(p, tallyNouns) || t.objectIn(p, lawNouns) || t.objectIn(p, rulingNouns)
	}
	if !strings.HasPrefix(code, "054") && !strings.HasPrefix(code, "074") && !strings.HasPrefix(code, "174") && !strings.HasPrefix(code, "087") && !violent {
		return false
	}
	for _, o := range t.children(p, "obj", "nsubj:pass") {
		if !violent && abstractNouns[strings.ToLower(t.lemmas[o])] || violent && t.toks[o].UPOS == "NOUN" && unstruckNouns[t.lemmas[o]] {
			return true
		}
	}
	return false
}

// thingObject reports whether verb p's direct object (a passive's subject)
// is a common noun that names no actor, no person and no act, whatever
// phrases hang deeper below it: "released a preview of her cover of Alice
// Cooper's song", "hear the news", "the report, when it is released" (but
// "released 15 sailors", "released Iran's assets").
func (c *Coder) thingObject(t *tree, r *resolver, p int) bool {
	for _, o := range t.children(p, "obj", "nsubj:pass") {
		if t.toks[o].UPOS == "PRON" && strings.EqualFold(t.words[o], "it") || c.thingNoun(t, r, o) {
			return true
		}
	}
	if h := t.head(p); h >= 0 && t.rel(p) == "acl" && t.toks[p].XPOS == "VBN" && t.child(p, "obj") < 0 && c.thingNoun(t, r, h) {
		return true // "official statistics released by the council": the participle's noun undergoes it
	}
	return false
}

// thingWarning reports whether the warning cd codes is about a thing: the
// warning noun it read has a common-noun modifier naming no actor ("a
// battery warning", "a flood warning") or a clause whose subject is such a
// noun ("a warning that batteries may overheat").
func (c *Coder) thingWarning(t *tree, r *resolver, cd *candidate) bool {
	for _, w := range cd.used {
		if !warningNouns[t.lemmas[w]] {
			continue
		}
		for _, k := range t.kids[w] {
			switch t.rel(k) {
			case "compound", "amod":
				if t.toks[k].UPOS == "NOUN" && len(r.at[k]) == 0 && t.rel(k) == "compound" || financeWord(t, k) {
					return true // ("a flood warning", "a profits warning", whatever the tagger made of "profits")
				}
			case "acl", "ccomp":
				if s := t.child(k, "nsubj", "nsubj:pass"); s >= 0 && c.thingNoun(t, r, s) {
					return true
				}
				if t.toks[k].UPOS == "NOUN" && c.thingNoun(t, r, k) {
					return true // ("a warning that batteries …" parsed with the noun as the clause)
				}
			}
		}
	}
	return false
}

var warningNouns = set("warning", "warnings", "alert", "alerts", "advisory")

// plainThingObject reports whether verb p's object (a passive's subject)
// is a common noun that is itself no actor, no person and no act, whoever
// its modifiers name ("Apple's new gadget", "Irish ancestry").
func (c *Coder) plainThingObject(t *tree, r *resolver, p int) bool {
	for _, o := range t.children(p, "obj", "nsubj:pass") {
		if t.toks[o].UPOS != "NOUN" || len(r.at[o]) > 0 || c.model.Animate[t.lemmas[o]] {
			continue
		}
		if _, event := nominalCodes[t.lemmas[o]]; !event {
			return true
		}
	}
	return false
}

// votesOnSomething reports whether vote p says what it decides: an
// infinitive ("voted to condemn"), an object, or a phrase with for,
// against, on or with.
func votesOnSomething(t *tree, p int) bool {
	if t.child(p, "xcomp") >= 0 || t.child(p, "ccomp") >= 0 {
		return true
	}
	for _, k := range t.children(p, "advcl") {
		if t.toMarked(k) {
			return true // "voted by a wide margin to strike", parsed as a purpose
		}
	}
	for _, o := range t.children(p, "obj") {
		if !measuresTime(t, o) {
			return true // not "voted a couple of hours after …"
		}
	}
	for _, k := range t.children(p, "obl") {
		switch t.caseOf(k) {
		case "for", "against", "on", "with":
			if !timeNouns[t.lemmas[k]] {
				return true // not "on Sunday"
			}
		}
	}
	return false
}

// measuresTime reports whether noun phrase o says when or how long: "a
// couple of hours", "last week".
func measuresTime(t *tree, o int) bool {
	if timeNouns[t.lemmas[o]] || durationNouns[t.lemmas[o]] {
		return true
	}
	for _, k := range t.children(o, "nmod") {
		if timeNouns[t.lemmas[k]] || durationNouns[t.lemmas[k]] {
			return true
		}
	}
	return false
}

// withParty reports whether verb p has a "with" phrase: "gathered with
// the rebels".
func withParty(t *tree, p int) bool {
	for _, k := range t.children(p, "obl") {
		if t.caseOf(k) == "with" {
			return true
		}
	}
	return false
}

// coordinatedSubject reports whether verb p's subject names several
// parties: "France and Germany", "the ministers of France and Germany".
func coordinatedSubject(t *tree, p int) bool {
	s := t.child(p, "nsubj")
	if s < 0 {
		return false
	}
	if len(t.conjuncts(s)) > 1 {
		return true
	}
	for _, k := range t.children(s, "nmod") {
		if len(t.conjuncts(k)) > 1 {
			return true
		}
	}
	return false
}

// thingSubject reports whether verb p's active subject, alone, is words
// said or a policy, naming no actor itself ("his words", "the plan").
func (c *Coder) thingSubject(t *tree, r *resolver, p int) bool {
	sj := t.child(p, "nsubj")
	if sj < 0 || t.child(p, "aux:pass") >= 0 || t.toks[sj].UPOS != "NOUN" || len(r.at[sj]) > 0 || len(t.conjuncts(sj)) > 1 {
		return false
	}
	return abstractNouns[t.lemmas[sj]] || wordNouns[t.lemmas[sj]]
}

// thingOpponent reports whether verb p, a verb of contending, has no
// object and contends "with" a thing: "struggling with high costs",
// "grappling with a debt crisis" (but "fought with Taliban insurgents"), a
// thing no dictionary pattern used.
func (c *Coder) thingOpponent(t *tree, r *resolver, p int, used []int) bool {
	if !contendVerbs[t.lemmas[p]] || t.child(p, "obj") >= 0 {
		return false
	}
	for _, o := range t.children(p, "obl") {
		if t.caseOf(o) == "with" && !slices.Contains(used, o) && c.thingNoun(t, r, o) {
			return true
		}
	}
	return false
}

// thingNoun reports whether token o is a common noun that names no actor,
// no person and no act, with no actor on its own modifiers, whatever
// phrases hang deeper below it.
func (c *Coder) thingNoun(t *tree, r *resolver, o int) bool {
	if quantityNouns[strings.ToLower(t.lemmas[o])] && len(r.at[o]) == 0 {
		for _, k := range t.children(o, "nmod", "obl") {
			if t.caseOf(k) == "of" {
				return c.thingNoun(t, r, k) // "most of the blatant cases" are cases
			}
		}
	}
	if t.toks[o].UPOS != "NOUN" || len(r.at[o]) > 0 {
		return false
	}
	if _, event := nominalCodes[t.lemmas[o]]; event || c.model.Animate[t.lemmas[o]] || c.model.Animate[strings.ToLower(t.words[o])] {
		return false
	}
	for _, k := range t.kids[o] {
		switch t.rel(k) {
		case "compound", "amod", "nmod", "flat", "appos":
			if len(r.at[k]) > 0 && !placeCases[t.caseOf(k)] {
				return false // "Iran's assets", not "the flames in Leeds"
			}
		}
	}
	return true
}

// headlinePassive reports whether verb p, with subject s, is a headline's
// passive without its auxiliary: headlines tell what a subject did in the
// present tense ("Police arrest Bout"), so a bare past form with no object
// is done to the subject ("Viktor Bout arrested in Thailand", "Iraq says
// leader killed"). Verbs that take no object are what the subject did
// ("Putin arrived in Beijing").
// tallyItem reports whether o is a count with its participle, a second
// item of a headline's tally the parse took for an object ("9 protesters
// killed, 11 wounded").
func tallyItem(t *tree, o int) bool {
	if t.toks[o].UPOS != "NUM" {
		return false
	}
	for _, k := range t.children(o, "amod", "acl") {
		if x := t.toks[k].XPOS; x == "VBN" || x == "JJ" && strings.HasSuffix(t.words[k], "ed") {
			return true
		}
	}
	return false
}

func headlinePassive(t *tree, p, s int) bool {
	if o := t.child(p, "obj"); o >= 0 && !tallyItem(t, o) || !t.headline() || s > p || t.child(p, "aux") >= 0 || t.child(p, "cop") >= 0 {
		return false
	}
	if x := t.toks[p].XPOS; x != "VBN" && x != "VBD" {
		return false
	}
	l := t.lemmas[p]
	return !intransitiveActs[l] && !travelVerbs[l] && !assembleVerbs[l] && !deathVerbs[l] && !contendVerbs[l] && !departureVerbs[l]
}
