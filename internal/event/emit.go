package event

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/event/cameo"
	"github.com/sitrep/sitrep/internal/timex"
)

// emit turns a candidate into events: one per source (coordinated sources
// each act), plus an ACCUSE by the speaker when a reporting party states
// that another actor committed a hostile act.
func (c *Coder) emit(a *doc.Article, si int, t *tree, r *resolver, cd *candidate) []doc.Event {
	coding, ok := c.model.Coding(cd.code)
	if !ok && !c.keepUnmapped {
		return nil
	}
	if namingCall(t, cd) {
		return nil // "called Putin a terrorist" names him; no telephone call
	}
	if cd.resign && ok && !strings.HasPrefix(cd.code, "12") {
		// PLOVER manual: "RETREAT also covers resignations of government
		// officials" (mode resign); CAMEO files them under 0831
		coding.Type, coding.Mode = "RETREAT", "resign"
	}
	s := a.Sentences[si]
	md := cd.modality
	var speaker []doc.ActorRef
	reportTok := md.reportVerb
	if md.reportVerb >= 0 {
		// only a named party ("Russia said", "the Kremlin said") accuses;
		// "police said", "Thai military sources said" attribute a report
		if subj, _ := c.subjectOf(t, md.reportVerb, 0); subj >= 0 && r.namesParty(subj) {
			speaker, _ = c.actorsOf(t, r, subj, md.reportVerb)
		}
	} else if !cd.nominal {
		// "according to Uganda, Kenya attacked …" reports as "Uganda said"
		// does
		for _, k := range t.kids[cd.p] {
			if t.attribution(k) && r.namesParty(k) {
				speaker, _ = c.actorsOf(t, r, k, cd.p)
				if cs := t.child(k, "case"); cs >= 0 {
					reportTok = cs
				}
				break
			}
		}
	}
	accuse := false
	if len(speaker) > 0 && CountryOf(speaker[0]) == "" {
		speaker = nil // "an official said": no party to accuse anyone
	}
	if len(speaker) > 0 && coding.QuadClass >= 3 && !md.negated && !md.hypothetical && !md.future && !md.deontic && !cd.derived {
		// a party reporting a hostile act by someone else accuses them
		accuse = true
		for _, src := range cd.sources {
			if sameActor(src, speaker[0]) {
				accuse = false
			}
		}
		if len(cd.sources) == 0 || CountryOf(cd.sources[0]) == "" && cd.sources[0].ID == "" {
			accuse = false // no one named to accuse: "said special forces raided …"
		}
	}
	if len(cd.sources) == 0 && len(cd.targets) == 0 && c.requireActor {
		return nil
	}
	// coordinated sources with no target act with each other ("Putin and
	// Xi met", "A and B clashed"), unless they are one side (one country)
	joint := jointAct(t, cd)
	if c.requireDyad && (len(cd.sources) == 0 || len(cd.targets) == 0 && !joint) {
		return nil
	}
	if c.unevidenced(t, cd, joint) {
		return nil
	}
	if c.requireActor && meetingCode(cd.code) && len(cd.targets) == 0 && !joint && !cd.nominal && !cd.derived {
		// "sent a letter to employees", "communicate with the child": a
		// meeting with no one named on the other side is none
		return nil
	}
	if bareOperation(t, cd) && !armedSide(cd.sources) {
		// "importers began operations in the U.S.", "suspended
		// operations at their plant": a business's, no assault, no
		// concession
		return nil
	}
	conf := 0.9
	if !cd.pattern {
		conf = 0.75
	}
	if cd.nominal {
		conf = 0.6
	}
	if len(cd.sources) == 0 {
		conf *= 0.7
	}
	if md.negated || md.hypothetical || md.future || md.alleged || accuse {
		conf *= 0.7
	}
	if md.intent {
		conf *= 0.8
	}
	if cd.derived {
		conf = 0.8
	}
	if cd.dominated {
		conf *= 0.6
	}
	if inSubordinateClause(t, cd.p) {
		// "cities that Moscow will target", "after X attacked": the
		// sentence's news is in its main clauses
		conf *= 0.8
	}
	date, prec := c.dateOf(a, s, t, cd.p)
	base := doc.Event{
		Type:          coding.Type,
		Mode:          coding.Mode,
		CAMEO:         cd.code,
		QuadClass:     coding.QuadClass,
		Goldstein:     coding.Goldstein,
		Date:          date,
		DatePrecision: prec,
		Location:      cd.place,
		Negated:       md.negated,
		Hypothetical:  md.hypothetical,
		Future:        md.future,
		Alleged:       md.alleged || accuse,
		Trigger:       triggerText(a.Text, t, cd),
		Sentence:      s.Span.Of(a.Text),
		SentenceIndex: si,
		Span:          s.Span,
		Confidence:    round2(conf),
	}
	var out []doc.Event
	sources := cd.sources
	if len(sources) == 0 {
		sources = []doc.ActorRef{{}}
	}
	var targets []doc.ActorRef
	for _, tg := range cd.targets {
		if tg.ID == "" && CountryOf(tg) == "" && tg.Code != "" && cd.place != nil && cd.place.Country != "" && coding.QuadClass >= 3 {
			// "killed 23 people ... in Tel Aviv": victims with no
			// country of their own belong to the place of the attack
			tg.Code = cd.place.Country + tg.Code
		}
		if !keptTarget(coding, ok, tg) {
			continue
		}
		targets = append(targets, tg)
	}
	for i, src := range sources {
		e := base
		e.Source = src
		switch {
		case len(targets) > 0:
			n, own := 0, 0
			for _, tg := range targets {
				if selfDirected(src, tg) {
					continue // "Xi and Putin discussed" misparsed onto one actor
				}
				if homeVenue(src, tg, coding.QuadClass) {
					continue // "the Kenyan ruling party will hold its conference in Mombasa": where, not with whom
				}
				if len(sources) > 1 && !oneSide(sources) && len(tg.Code) == 3 && CountryOf(src) == tg.Code {
					// "Zelenskyy, Macron and Starmer … to support Kyiv":
					// the others act for his country, he not on it
					own++
					continue
				}
				e.Target = tg
				out = append(out, e)
				n++
			}
			if n == 0 && own == 0 {
				out = append(out, e)
			}
			continue
		case joint:
			// "Putin and Xi met": each acts with the others
			for j, other := range sources {
				if j != i && !selfDirected(src, other) {
					e.Target = other
					out = append(out, e)
				}
			}
			continue
		}
		out = append(out, e)
	}
	if c.requireActor {
		// the actors may all have fallen away above (a target that is no
		// party, a self-directed pair): an act of no one on no one is no event
		kept := out[:0]
		for _, e := range out {
			if !emptyActor(e.Source) || !emptyActor(e.Target) {
				kept = append(kept, e)
			}
		}
		out = kept
	}
	if accuse {
		acc := base
		code := "112"
		if coding.QuadClass == 4 {
			code = "1123"
		}
		cod, _ := c.model.Coding(code)
		acc.Type, acc.Mode, acc.CAMEO = cod.Type, cod.Mode, code
		acc.QuadClass, acc.Goldstein = cod.QuadClass, cod.Goldstein
		acc.Source, acc.Target = speaker[0], cd.sources[0]
		acc.Alleged, acc.Negated, acc.Hypothetical, acc.Future = false, false, false, false
		if reportTok >= 0 {
			acc.Trigger = t.toks[reportTok].Text
		}
		acc.Confidence = 0.7
		out = append([]doc.Event{acc}, out...)
	}
	return out
}

func emptyActor(a doc.ActorRef) bool { return a.ID == "" && a.Name == "" && a.Code == "" }

// jointAct reports whether coordinated sources with no target act with
// each other ("Putin and Xi met", "A and B clashed"), not being one side:
// only acts done together (intents to cooperate, consultations, diplomatic
// and material cooperation, fighting, exchanges) are; "South Korea and
// Taiwan withdrew their bids" is no concession to each other.
//
// Saying and fighting need a verb of doing it with each other: "A and B
// signed a deal", "A and B clashed", but "police and the army fired" and
// "Siddiqui and Hussain accepted the results" act side by side.
func jointAct(t *tree, cd *candidate) bool {
	if len(cd.sources) < 2 || len(cd.targets) > 0 || oneSide(cd.sources) {
		return false
	}
	l := t.lemmas[cd.p]
	switch {
	case reciprocalVerbs[l]:
		return true
	case !reciprocalCode(cd.code), thinkingVerbs[l], attendVerbs[l], takesPart(t, cd):
		// "the US, Canada and the EU consider …": each thinks alone;
		// "A and B will attend the summit": each goes
		return false
	case cd.nominal || eachOther(t, cd.p):
		return true // "talks between A and B", "A and B shelled each other"
	case strings.HasPrefix(cd.code, "05"):
		return mutualAccordVerbs[l]
	case strings.HasPrefix(cd.code, "19"):
		return mutualFightVerbs[l]
	}
	return true
}

// eachOther reports whether verb p's object or oblique is "each other" or
// "one another", or theirs together ("A and B delayed their meeting").
func eachOther(t *tree, p int) bool {
	reciprocal := func(k int) bool {
		if t.words[k] == "each" || t.words[k] == "one" {
			k++ // "each" heading its fixed "other"
		}
		return k > 0 && k < len(t.words) && (t.words[k] == "other" || t.words[k] == "another") && (t.words[k-1] == "each" || t.words[k-1] == "one")
	}
	for _, k := range t.children(p, "obj", "obl", "iobj") {
		if reciprocal(k) || t.rel(k) == "obj" && t.hasChildLemma(k, theirWord) {
			return true
		}
		for _, m := range t.children(k, "nmod") {
			if reciprocal(m) {
				return true // "shelled each other's positions"
			}
		}
	}
	return false
}

// reciprocalCode reports whether a CAMEO code is an act two sides can do
// with each other: intents to cooperate (not to give aid, reform or
// yield), consultations (not visiting or hosting), diplomatic cooperation
// and formal agreements (050, 057; praising or defending is one-sided),
// material cooperation, fighting.
func reciprocalCode(code string) bool {
	if strings.HasPrefix(code, "042") || strings.HasPrefix(code, "043") {
		return false // "A and B hosted a dinner": co-hosts, not each other's guests
	}
	if strings.HasPrefix(code, "033") || strings.HasPrefix(code, "034") || strings.HasPrefix(code, "035") {
		return false // intents to give aid, reform or yield: "A and B will resume aid" give it to a third
	}
	for _, p := range []string{"03", "04", "050", "057", "06", "19"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// unevidenced reports whether a verb candidate rests on nothing but a
// dictionary block's unspecified default ("040 consult, not specified",
// "060 cooperate", "030 intent") with an actor missing: ordinary verbs
// ("faces", "added", "wanted", "found") head such blocks, and with neither
// a pattern, a multi-word verb nor both parties the verb alone is no event.
// So is a block's two-sided act ("041:041", a call) without its other side:
// "what it called an economic war" is no telephone call.
// An agentless passive keeps its target when the act is hostile ("Aristide
// has been accused"): who suffered it is news even with the doer unnamed. A
// cooperative default with a target alone ("our cooperation is not directed
// against anyone": OVERSEE_MANAGE 060) is not.
func (c *Coder) unevidenced(t *tree, cd *candidate, joint bool) bool {
	if cd.pattern || cd.ruled || cd.nominal || cd.derived || len(cd.used) > 1 {
		return false
	}
	if (len(cd.code) != 3 || cd.code[2] != '0') && cd.reverse == "" {
		return false // a specific code: the verb itself says what happened
	}
	// a two-sided act ("A:B": a call, a visit) needs its other side
	coding, coded := c.model.Coding(cd.code)
	if len(cd.sources) == 0 {
		_, passive := c.subjectOf(t, cd.p, 0)
		return !passive || coding.QuadClass < 3
	}
	if strings.HasPrefix(cd.code, "14") {
		return false // a protest is news without whom it is against ("thousands protested")
	}
	if (strings.HasPrefix(cd.code, "13") || strings.HasPrefix(cd.code, "02") || strings.HasPrefix(cd.code, "10")) && namingVerbs[t.lemmas[cd.p]] {
		// "unions threatened to strike", "Colombia urged the rebels to
		// meet": threats and requests need no recipient (PLOVER), when
		// the verb names them (not "warned that the economy would
		// shrink", whose block default is 130 as well)
		return false
	}
	if strings.HasPrefix(cd.code, "19") && attackVerbs[t.lemmas[cd.p]] && t.child(cd.p, "obj") >= 0 {
		// "Russia attacked the convoy": the verb names the assault, and
		// what was attacked need not be a party
		return false
	}
	targets := 0
	for _, tg := range cd.targets {
		if keptTarget(coding, coded, tg) {
			targets++
		}
	}
	return targets == 0 && !joint
}

// keptTarget reports whether emission keeps a target: a cooperative act's
// target is a party, and the troops a state deploys or the aid it sends are
// not ("deployed 2,000 troops").
func keptTarget(coding cameo.Coding, coded bool, tg doc.ActorRef) bool {
	return !coded || coding.QuadClass > 2 || tg.ID != "" || CountryOf(tg) != ""
}

// inSubordinateClause reports whether p sits in a relative or adverbial
// clause (or one below it) rather than on the chain of main clauses and
// their complements.
func inSubordinateClause(t *tree, p int) bool {
	for n := p; n >= 0; n = t.head(n) {
		switch t.rel(n) {
		case "acl", "advcl":
			if h := t.head(n); t.rel(n) == "acl" && h >= 0 && t.head(h) < 0 && !t.isVerb(h) {
				return false // the main verb parsed as a modifier of the root noun
			}
			return !complementMarked(t, n)
		}
	}
	return false
}

// oneSide reports whether all actors belong to one country or organisation.
func oneSide(refs []doc.ActorRef) bool {
	for _, r := range refs[1:] {
		if c := CountryOf(r); c == "" || c != CountryOf(refs[0]) {
			return false
		}
	}
	return true
}

// homeVenue reports whether a cooperative act's target (quad class 1 or 2,
// in words or deeds) is a city of the source's own country: the venue
// where it acted at home.
func homeVenue(src, tg doc.ActorRef, quad int) bool {
	return quad <= 2 && strings.HasPrefix(tg.ID, "city/") && CountryOf(src) != "" && CountryOf(src) == CountryOf(tg)
}

// selfDirected reports whether source and target are one actor: the same
// entity, or the same full code when neither is linked.
func selfDirected(src, tg doc.ActorRef) bool {
	if src.ID != "" || tg.ID != "" {
		// a group of a country ("Turkish refugees", TURREF, linked
		// through the country) is not the state (TUR) itself; one name
		// coded two ways is still one actor
		return src.ID == tg.ID && (src.Code == "" || tg.Code == "" || src.Code == tg.Code || src.Name == tg.Name)
	}
	return src.Code != "" && src.Code == tg.Code
}

// sameActor reports whether two actor references name the same actor or
// the same state: same id, or the same country code prefix.
func sameActor(a, b doc.ActorRef) bool {
	if a.ID != "" && a.ID == b.ID {
		return true
	}
	if len(a.Code) >= 3 && len(b.Code) >= 3 {
		return a.Code[:3] == b.Code[:3]
	}
	return strings.EqualFold(a.Name, b.Name) && a.Name != ""
}

// CountryOf returns the country or organisation part of an actor code: its
// first three letters when they are not a bare sector code ("" for a bare
// agent such as "police", coded COP).
func CountryOf(a doc.ActorRef) string {
	if len(a.Code) < 3 {
		return ""
	}
	if orgSectors[a.Code[:3]] && len(a.Code) >= 6 {
		return a.Code[:3] // a named organisation: IGOUNO, NGOMSF
	}
	if sectorCodes[a.Code[:3]] {
		return ""
	}
	return a.Code[:3]
}

// sectorCodes are CAMEO agent (sector) codes, which never start a country code
// (MUS and MAR, also agent codes, are Mauritius and Morocco first).
var sectorCodes = set("GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "BUS", "CVL", "MED", "EDU", "HLH", "REF", "NGO", "ELI", "LAB", "AGR", "CRM", "UAF", "SPY", "REL", "IGO", "NGM", "IMG", "SEP", "INS", "MOD", "RAD", "CHR", "MOS", "JEW", "HIN", "BUD", "PPL", "DEV", "ENV", "HRI", "CTH", "PRO")

func triggerText(text string, t *tree, cd *candidate) string {
	lo, hi := cd.p, cd.p
	for _, u := range cd.used {
		if u < lo {
			lo = u
		}
		if u > hi {
			hi = u
		}
	}
	if hi-lo > 6 {
		return t.toks[cd.p].Text
	}
	return doc.Span{Start: t.toks[lo].Span.Start, End: t.toks[hi].Span.End}.Of(text)
}

// dateOf dates an event from the date expression in its sentence nearest
// its trigger, else from the publication date at "week" precision
// (timex.EventDate).
//
// A date that modifies another noun ("the 1936 Montreux convention", "a 2016
// coup attempt") dates that thing, not the event; one modifying the trigger
// ("Moscow's 2014 annexation") dates it.
func (c *Coder) dateOf(a *doc.Article, s doc.Sentence, t *tree, p int) (string, string) {
	var xs []doc.Timex
	for _, x := range a.Timexes {
		if x.Span.Start >= s.Span.Start && x.Span.End <= s.Span.End && !attributiveDate(t, x.Span, p) {
			xs = append(xs, x)
		}
	}
	return timex.EventDate(xs, s.Span, t.toks[p].Span.Start, a.Published)
}

// attributiveDate reports whether the expression at span dates something
// other than the event at trigger p: the first word above it that is a
// verb or a noun is a noun that names no event ("the 1936 Montreux
// convention", "since its founding in 2001"), or a verb of another clause
// that does not govern p ("since he took control in 2019, ISIS has directed
// …"). A date on p, on a clause above it ("said on Monday that …") or on an
// event noun that is p's subject or object ("the attack on Tuesday killed
// …") stays.
func attributiveDate(t *tree, span doc.Span, p int) bool {
	head := -1
	for i, tk := range t.toks {
		if tk.Span.Start >= span.Start && tk.Span.End <= span.End {
			if h := t.head(i); h < 0 || t.toks[h].Span.Start < span.Start || t.toks[h].Span.End > span.End {
				head = i // the expression's head
				break
			}
		}
	}
	if head < 0 {
		return false // the expression covers no whole token
	}
	for steps, n := 0, t.head(head); n >= 0 && steps < len(t.toks); steps, n = steps+1, t.head(n) {
		if n == p {
			return false
		}
		if t.isVerb(n) {
			return t.depth(n, p) < 0
		}
		if u := t.toks[n].UPOS; u == "NOUN" || u == "PROPN" {
			_, event := nominalCodes[t.lemmas[n]]
			r := t.rel(n)
			return !event || t.head(n) != p || r != "nsubj" && r != "obj"
		}
	}
	return false
}

// quotedName reports whether verb p's object is followed by a quoted noun
// phrase that renames it: a second object, a predicate, or an apposition
// inside the object's phrase.
func quotedName(t *tree, p int) bool {
	o := t.child(p, "obj")
	if o < 0 {
		return false
	}
	for q := o + 1; q+1 < len(t.toks); q++ {
		if !openingQuote(t.words[q]) {
			continue
		}
		n := t.head(q)
		if n < 0 || !t.isNominal(n) {
			continue
		}
		if t.rel(n) == "appos" && t.depth(o, n) > 0 || t.head(n) == p && (t.rel(n) == "xcomp" || t.rel(n) == "obj" && n != o) {
			return true
		}
	}
	return false
}

// openingQuote reports whether w opens a quotation.
func openingQuote(w string) bool {
	return w == "\"" || w == "“" || w == "``" || w == "‘"
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// namingCall reports whether a telephone-call code (041) rests on "call"
// with a second object or a predicate: "called Putin a terrorist"; or
// whether any code of "call" rests on a call that names its object with a
// quoted name ("called the restrictions on banking the “Volcker Rule”").
func namingCall(t *tree, cd *candidate) bool {
	if cd.nominal || t.lemmas[cd.p] != "call" {
		return false
	}
	if quotedName(t, cd.p) {
		return true
	}
	if !strings.HasPrefix(cd.code, "041") {
		return false
	}
	objs := 0
	for _, k := range t.kids[cd.p] {
		switch t.rel(k) {
		case "obj":
			objs++
		case "xcomp":
			if !t.isVerb(k) {
				return true
			}
		}
	}
	return objs >= 2
}

// bareOperation reports whether the pattern that coded cd read its act
// from an "operation" with nothing to make it military ("launched an
// operation"), which a business or an agency runs as well as an army.
func bareOperation(t *tree, cd *candidate) bool {
	if !cd.pattern {
		return false
	}
	bare := false
	for _, u := range cd.used {
		if u == cd.p {
			continue
		}
		if t.lemmas[u] != "operation" || t.child(u, "amod", "compound") >= 0 {
			return false
		}
		bare = true
	}
	return bare
}

// armedSide reports whether some source is a state, its government or an
// armed or security force, which can run a military operation.
func armedSide(sources []doc.ActorRef) bool {
	for _, s := range sources {
		code := s.Code
		if code == "" {
			continue // an organisation the knowledge base does not know
		}
		if len(code) >= 3 && !sectorCodes[code[:3]] {
			code = code[3:] // a country or region first: KENCOP, MEAREB
		}
		if code == "" || len(code) >= 3 && armedSectors[code[:3]] {
			return true
		}
	}
	return false
}

// armedSectors are the CAMEO sectors that can fight.
var armedSectors = set("GOV", "MIL", "COP", "REB", "INS", "SPY", "UAF", "SEP", "IGO", "IMG", "CRM", "RAD")

// takesPart reports whether cd is a bare "take part" ("politicians and
// citizens took part in the gathering"): each participates, not with the
// others ("took part in the summit", a pattern of its own, is a meeting).
func takesPart(t *tree, cd *candidate) bool {
	if t.lemmas[cd.p] != "take" {
		return false
	}
	part := false
	for _, u := range cd.used {
		switch {
		case u == cd.p:
		case t.lemmas[u] == "part":
			part = true
		default:
			return false
		}
	}
	return part
}
