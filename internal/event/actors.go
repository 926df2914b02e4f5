package event

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event/cameo"
)

// actorSpan is a stretch of a sentence's tokens that names an actor, or a
// generic agent ("police", "foreign minister") when agent is set.
type actorSpan struct {
	start, end int // token range [start, end)
	ref        doc.ActorRef
	agent      bool
	place      *doc.Place
}

// unit is a run of tokens written without spaces and joined by hyphens
// ("al - Qaeda" -> "al-qaeda"), the granularity of dictionary words.
type unit struct {
	start, end int
	word       string
}

func units(t *tree) []unit {
	var out []unit
	for i := 0; i < len(t.toks); i++ {
		u := unit{start: i, end: i + 1, word: t.words[i]}
		for u.end+1 < len(t.toks) && t.words[u.end] == "-" &&
			t.toks[u.end].Span.Start == t.toks[u.end-1].Span.End &&
			t.toks[u.end+1].Span.Start == t.toks[u.end].Span.End {
			u.word += "-" + t.words[u.end+1]
			u.end += 2
		}
		i = u.end - 1
		out = append(out, u)
	}
	return out
}

// findActors lists the actor and agent spans of one sentence: linked
// mentions first, then dictionary phrases over the tokens left.
func findActors(t *tree, model *cameo.Model, mentions []doc.Mention, entities map[string]*doc.Entity, text string, date int) []actorSpan {
	var out []actorSpan
	covered := make([]bool, len(t.toks))
	cased := casedSentence(t)
	us := units(t)
	uwords := make([]string, len(us))
	for i, u := range us {
		uwords[i] = u.word
	}
	dictCode := func(s, e int) string {
		// the longest dictionary actor inside token range [s, e)
		for ui := range us {
			if us[ui].start < s || us[ui].start >= e {
				continue
			}
			if id, n := model.Actors.Longest(uwords, ui); id >= 0 && us[ui+n-1].end <= e {
				if c := model.Actors.Entries[id].CodeAt(date); c != "---" {
					return c
				}
			}
		}
		return ""
	}
	for _, m := range mentions {
		s, e := -1, -1
		for i, tk := range t.toks {
			if tk.Span.End > m.Span.Start && tk.Span.Start < m.Span.End {
				if s < 0 {
					s = i
				}
				e = i + 1
			}
		}
		if s < 0 || e-s == 1 && functionWordCase(t, s) {
			continue // (a determiner the recognizer took for a name: "An unknown person")
		}
		if e-s >= 2 && documentHeads[t.toks[e-1].Text] {
			// "the Liquid Fuel Emergency Act provides authority", "the
			// Kyoto Protocol": a text, no actor
			for i := s; i < e; i++ {
				covered[i] = true
			}
			continue
		}
		if relationOf(t, s, e) {
			// "US allies", "Kyiv's allies": others, related to the
			// country named
			for i := s; i < e; i++ {
				covered[i] = true
			}
			continue
		}
		if madeBy(t, e) {
			// "a Turkish-made drone": who made the thing, not who uses it
			for i := s; i < e+2; i++ {
				covered[i] = true
			}
			continue
		}
		a := actorSpan{start: s, end: e, ref: doc.ActorRef{Name: m.Text}}
		if ent := entities[m.Entity]; ent != nil {
			a.ref = doc.ActorRef{ID: ent.ID, Name: ent.Name, Code: ent.Code}
			if a.ref.Code == "" && ent.Country != "" {
				a.ref.Code = ent.Country + ent.Sector
			}
			if orgSectors[ent.Sector] && !strings.HasPrefix(a.ref.Code, ent.Sector) {
				// the knowledge base's short organisation codes ("UN",
				// "NATO") become CAMEO actor codes: the dictionary's
				// ("IGOUNO") when it names the mention, else sector first
				if c := dictCode(s, e); strings.HasPrefix(c, ent.Sector) {
					a.ref.Code = c
				} else {
					a.ref.Code = ent.Sector + a.ref.Code
				}
			}
			if ent.Type == doc.LOC && m.Type != doc.NORP && (ent.Lat != 0 || ent.Lon != 0) {
				// a place named as such; "Palestinian" (NORP) names no place
				a.place = &doc.Place{ID: ent.ID, Name: ent.Name, Country: ent.Country, Lat: ent.Lat, Lon: ent.Lon}
			}
		}
		if a.ref.Code == "" {
			a.ref.Code = dictCode(s, e)
		}
		if a.ref.Name == "" {
			a.ref.Name = m.Text
		}
		for i := s; i < e; i++ {
			covered[i] = true
		}
		out = append(out, a)
	}
	spanText := func(s, e int) string {
		return doc.Span{Start: t.toks[s].Span.Start, End: t.toks[e-1].Span.End}.Of(text)
	}
	free := func(s, e int) bool {
		for i := s; i < e; i++ {
			if covered[i] {
				return false
			}
		}
		return true
	}
	for ui := 0; ui < len(us); ui++ {
		id, n := model.Actors.Longest(uwords, ui)
		if id < 0 {
			continue
		}
		s, e := us[ui].start, us[ui+n-1].end
		if !free(s, e) {
			continue
		}
		if e-s == 1 && functionWordCase(t, s) {
			ui += n - 1
			continue // "An unknown person": a determiner, whatever acronym it spells
		}
		if cased && !anyCapital(t, s, e) {
			// "turkey eggs", "fine china": in text written with
			// capitals, a name the dictionary knows is written with one
			ui += n - 1
			continue
		}
		code := model.Actors.Entries[id].CodeAt(date)
		for i := s; i < e; i++ {
			covered[i] = true
		}
		if code != "---" && code != "" {
			out = append(out, actorSpan{start: s, end: e, ref: doc.ActorRef{Name: spanText(s, e), Code: code}})
		}
		ui += n - 1
	}
	for ui := 0; ui < len(us); ui++ {
		id, n := model.Agents.Longest(uwords, ui)
		if id < 0 {
			continue
		}
		s, e := us[ui].start, us[ui+n-1].end
		if !free(s, e) {
			continue
		}
		if n == 1 && t.toks[s].UPOS == "ADJ" && t.rel(s) == "amod" && kindSector(model.Agents.Entries[id].Code) && !agentHead(t, model, s) {
			// "military preparations", "naval activity", "a criminal
			// investigation", "judicial review": a kind of thing, not
			// the armed forces, criminals or judges
			continue
		}
		if n == 1 && spokesWords[uwords[ui]] {
			// Phoenix files spokespeople under media; one speaks for the
			// party named beside ("a Kremlin spokesman", "a spokesman for
			// the Iranian foreign ministry")
			continue
		}
		out = append(out, actorSpan{start: s, end: e, agent: true, ref: doc.ActorRef{Name: spanText(s, e), Code: model.Agents.Entries[id].Code}})
		ui += n - 1
	}
	return out
}

// documentHeads end the names of laws and treaties.
var documentHeads = set("Act", "Treaty", "Accord", "Accords", "Protocol", "Charter", "Agreement", "Convention")

// functionWord marks the parts of speech no actor's one-word name takes
// (pronouns stand for actors, and a tagger may take "US" for one).
var functionWord = map[string]bool{"DET": true, "ADP": true, "CCONJ": true, "SCONJ": true, "AUX": true, "PART": true}

// functionWordCase reports whether token i is a function word as written:
// tagged as one and not in capitals ("An", but not "IS", which a tagger
// may take for "is").
func functionWordCase(t *tree, i int) bool {
	return functionWord[t.toks[i].UPOS] && strings.ToUpper(t.toks[i].Text) != t.toks[i].Text
}

// casedSentence reports whether the sentence is written with capitals at
// all (a line in lower case only writes names so too).
func casedSentence(t *tree) bool {
	return anyCapital(t, 0, len(t.toks))
}

// anyCapital reports whether a token in [s, e) has a capital letter.
func anyCapital(t *tree, s, e int) bool {
	for i := s; i < e; i++ {
		if strings.IndexFunc(t.toks[i].Text, unicode.IsUpper) >= 0 {
			return true
		}
	}
	return false
}

// orgSectors are the sectors whose CAMEO codes start with the sector, not a
// country: international and non-governmental organisations and movements,
// international militarised groups (IMGMUSALQ).
var orgSectors = set("IGO", "NGO", "NGM", "IMG")

// resolver finds the actor a nominal phrase names.
type resolver struct {
	t      *tree
	actors []actorSpan
	at     [][]int          // token -> actor spans covering it
	agents *cameo.AgentDict // generic agent nouns ("officials", "police")
	art    *doc.Article     // the article, for pronoun antecedents
	ents   map[string]*doc.Entity
}

func newResolver(t *tree, actors []actorSpan, agents *cameo.AgentDict) *resolver {
	r := &resolver{t: t, actors: actors, at: make([][]int, len(t.toks)), agents: agents}
	for ai, a := range actors {
		for i := a.start; i < a.end; i++ {
			r.at[i] = append(r.at[i], ai)
		}
	}
	return r
}

// actorOf returns the actor the phrase headed by h names: the actor span
// nearest h in the tree, with a generic agent in the phrase added to a bare
// country code ("Russian police" -> RUSCOP).
func (r *resolver) actorOf(h int) (doc.ActorRef, *doc.Place, bool) {
	ref, place, _, ok := r.actorAt(h)
	return ref, place, ok
}

// actorAt is actorOf that also returns the token where the actor sits
// (-1 for a bare agent).
// modifiesMarket reports whether token i only modifies currency or
// security h ("U.S." in "the U.S. dollar"), through no preposition.
func (r *resolver) modifiesMarket(h, i int) bool {
	if !currencyNouns[r.t.lemmas[h]] || len(r.at[h]) > 0 || i == h {
		return false
	}
	for n := i; n != h; n = r.t.head(n) {
		if n < 0 {
			return false
		}
		if c := r.t.caseOf(n); c != "" && c != "'s" && c != "’s" {
			return false
		}
		switch r.t.rel(n) {
		case "compound", "amod", "flat", "nmod":
		default:
			return false
		}
	}
	return true
}

func (r *resolver) actorAt(h int) (doc.ActorRef, *doc.Place, int, bool) {
	if h < 0 {
		return doc.ActorRef{}, nil, -1, false
	}
	best, bestD := -1, 1<<30
	agent, agentD := -1, 1<<30
	for _, i := range r.t.phrase(h) {
		if r.modifiesMarket(h, i) {
			continue // "the U.S. dollar": a currency, no party
		}
		if r.inTopic(h, i) {
			continue // "supported the claims about the US": what they are about, no party
		}
		d := r.t.depth(h, i)
		for _, ai := range r.at[i] {
			a := r.actors[ai]
			if a.agent {
				if d < agentD {
					agent, agentD = ai, d
				}
				continue
			}
			if d < bestD || d == bestD && best >= 0 && a.start < r.actors[best].start {
				best, bestD = ai, d
			}
		}
	}
	if best < 0 && agent < 0 {
		return doc.ActorRef{}, nil, -1, false
	}
	if best < 0 {
		a := r.actors[agent]
		return a.ref, nil, -1, true
	}
	a := r.actors[best]
	ref := a.ref
	if agent >= 0 && (len(ref.Code) == 3 || ref.Code == "") && !strings.HasPrefix(r.actors[agent].ref.Code, ref.Code+ref.Code) &&
		!r.recipientOnly(h, r.actors[best].start, r.actors[agent].start) {
		ref.Code += r.actors[agent].ref.Code
		if agentD < bestD {
			ref.Name = r.actors[agent].ref.Name + " (" + ref.Name + ")"
		}
	}
	anchor := a.end - 1
	for i := a.start; i < a.end; i++ {
		if hd := r.t.head(i); hd < a.start || hd >= a.end {
			anchor = i
			break
		}
	}
	return ref, a.place, anchor, true
}

// nearestActorToken returns the token of the actor, agents included, that
// lies nearest the head of the phrase headed by h; -1 if none.
func (r *resolver) nearestActorToken(h int) int {
	best, bestD := -1, 1<<30
	for _, i := range r.t.phrase(h) {
		if d := r.t.depth(h, i); len(r.at[i]) > 0 && d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// inTopic reports whether token i sits in an "about", "regarding" or
// "concerning" phrase below h, under a head that names no actor itself.
func (r *resolver) inTopic(h, i int) bool {
	for n := i; n >= 0 && n != h; n = r.t.head(n) {
		if r.t.rel(n) == "nmod" && topicPreps[r.t.caseOf(n)] && r.t.head(n) >= 0 && len(r.at[r.t.head(n)]) == 0 {
			return true
		}
	}
	return false
}

var topicPreps = set("about", "regarding", "concerning")

// recipientOnly reports whether the actor at token a sits in a "to" or
// "for" phrase of the phrase headed by h that the agent at token g is not
// in: "military aid to Ukraine" is aid to Ukraine, not to its military. So
// does a phrase of place: "troops along Ukraine's borders" are not
// Ukraine's.
func (r *resolver) recipientOnly(h, a, g int) bool {
	for _, k := range r.t.kids[h] {
		if r.t.rel(k) != "nmod" {
			continue
		}
		if cs := r.t.caseOf(k); cs != "to" && cs != "for" && !placePreps[cs] {
			continue
		}
		if r.t.depth(k, a) >= 0 && r.t.depth(k, g) < 0 {
			return true
		}
	}
	return false
}

// ownCode returns the code of the non-agent actor span covering token i.
func (r *resolver) ownCode(i int) string {
	for _, ai := range r.at[i] {
		if !r.actors[ai].agent {
			return r.actors[ai].ref.Code
		}
	}
	return ""
}

// namesParty reports whether the phrase headed by h is itself a named actor
// (its head word lies in a non-agent actor span), not an agent noun that a
// country or place modifies ("officials", "sources", "police").
func (r *resolver) namesParty(h int) bool {
	if r.agents != nil {
		if id, _ := r.agents.Longest(r.t.words, h); id >= 0 {
			return false // "British soldiers", linked as a sector, are still soldiers
		}
	}
	for _, ai := range r.at[h] {
		// a linked sector group ("Macedonian officials", linked to the
		// sector entity sector/MKD/GOV) is an agent, not a named party
		if a := r.actors[ai]; !a.agent && !strings.HasPrefix(a.ref.ID, "sector/") {
			return true
		}
	}
	return false
}

// spokesWords name who speaks for a party.
var spokesWords = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "spokespersons")

// madeBy reports whether the tokens from e are a hyphen and a participle of
// making joined to the name before them ("Turkish-made", "US-built").
func madeBy(t *tree, e int) bool {
	return e+1 < len(t.toks) && t.words[e] == "-" && t.toks[e].Span.Start == t.toks[e-1].Span.End &&
		t.toks[e+1].Span.Start == t.toks[e].Span.End && makingParticiples[t.words[e+1]]
}

// kindSector reports whether an agent code's sector is one whose adjective
// ("military", "criminal", "judicial") more often names a kind of thing
// than the people of the sector.
func kindSector(code string) bool {
	return strings.HasSuffix(code, "MIL") || strings.HasSuffix(code, "CRM") || strings.HasSuffix(code, "JUD")
}

// agentHead reports whether the noun adjective s modifies is itself a
// generic agent ("military officials") or names armed people or craft
// ("naval forces").
func agentHead(t *tree, model *cameo.Model, s int) bool {
	h := t.head(s)
	if h < 0 {
		return false
	}
	id, _ := model.Agents.Longest([]string{t.words[h]}, 0)
	return id >= 0 || forceNouns[t.lemmas[h]]
}

// relationOf reports whether the name in tokens [s, e) is a possessive or
// compound modifier of a noun naming others by their relation to it ("US
// allies", "Kyiv's partners"). An adjective describes them instead
// ("European allies" are European).
func relationOf(t *tree, s, e int) bool {
	for i := s; i < e; i++ {
		h := t.head(i)
		if h >= s && h < e {
			continue // inside the name
		}
		r := t.toks[i].Deprel
		return (r == "compound" || r == "nmod:poss") && h >= 0 && relationalNouns[t.lemmas[h]]
	}
	return false
}
