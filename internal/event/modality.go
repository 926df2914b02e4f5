package event

import "strings"

// modality records how certain the text is that an event happened.
type modality struct {
	negated, hypothetical, future, alleged bool
	speaker                                int // subject of a reporting verb above the event, -1 if none
	reportVerb                             int // the reporting verb, -1 if none
	intent                                 bool
	refused                                bool   // governed by refuse, decline, reject
	deontic                                bool   // "must", "should", "has to": someone demands it
	capacity                               bool   // "has the power to", "able to": could, not did
	condition                              string // "if" or "unless" when the clause is a conditional's consequent
	forecast                               bool   // governed by a passive "is expected to": others' forecast, no one's intent
}

// modalityOf looks at the predicate p and the clauses above it (through
// xcomp, ccomp, advcl, acl and conjunction) for negation, modal and future
// auxiliaries, conditional markers, intent and reporting verbs.
func modalityOf(t *tree, p int) modality {
	m := modality{speaker: -1, reportVerb: -1}
	n, prev := p, -1
	for depth := 0; n >= 0 && depth < 6; depth++ {
		own := depth == 0
		negatedBelow := m.negated
		// negation on the predicate, or on a governing verb/noun reached
		// through xcomp/acl ("has no plans to attack", "did not agree to meet")
		if own || t.rel(p) != "ccomp" {
			if t.negatedBy(n, "advmod", "det", "neg", "cc") {
				m.negated = true
			}
		}
		if own {
			// "provided no evidence", "offered no concessions": an act
			// whose object is none did not happen
			for _, o := range t.children(n, "obj") {
				if t.negatedBy(o, "det") || noneWords[strings.ToLower(t.words[o])] {
					m.negated = true // ("found nothing out of the ordinary")
				}
			}
		}
		if own || prev >= 0 && t.rel(prev) == "xcomp" {
			// "none attended the summit", "no civilians were killed", "no
			// one is going to damage": a subject of none did nothing
			for _, sj := range t.children(n, "nsubj") {
				if noneWords[strings.ToLower(t.words[sj])] || t.toks[sj].UPOS != "PROPN" && t.negatedBy(sj, "det") {
					m.negated = true
				}
			}
		}
		if own && t.hasChildLemma(n, deonticAux, "aux") {
			m.deontic = true
		}
		if own && t.toks[n].UPOS == "NOUN" {
			// "a possible Russian invasion", "the planned visit": an act
			// its adjective leaves open or still to come
			switch {
			case t.hasChildLemma(n, openActAdjs, "amod"):
				m.hypothetical = true
			case t.hasChildLemma(n, comingActAdjs, "amod"):
				m.future = true
			case t.hasChildLemma(n, allegedActAdjs, "amod"):
				m.alleged = true
			}
		}
		if h := t.head(n); own && h >= 0 && t.toks[n].UPOS == "NOUN" {
			switch {
			case t.rel(n) == "compound" && planNouns[t.lemmas[h]]:
				m.future = true // "Israel's pullout plan": planned, not done
			case t.rel(n) == "compound" && proposalNouns[t.lemmas[h]]:
				m.hypothetical = true // "the ceasefire proposal"
			case t.caseOf(n) == "as" && regardVerbs[t.lemmas[h]]:
				// "is perceived as a threat", "described the move as an
				// attack": what something is taken for, no act
				m.hypothetical = true
			}
		}
		if h := t.head(n); own && h >= 0 && comparisonWords[t.lemmas[h]] && (t.hasChildLemma(n, set("as", "to", "like"), "mark", "case")) {
			// "is the same as firing onto Israel", "tantamount to an
			// invasion": a comparison, no act
			m.hypothetical = true
		}
		if own && subjunctive(t, n) {
			m.hypothetical = true // "said that they either be charged or released": asked for, not done
		}
		if own && t.toks[n].XPOS == "VBG" && interestIn(t, n) {
			m.future = true // "expressed their interest in investing": meant, not done
		}
		if h := t.head(n); own && h >= 0 && t.toks[n].UPOS == "NOUN" && t.caseOf(n) == "for" && (goalNouns[t.lemmas[h]] || strivingVerbs[t.lemmas[h]]) {
			// "making all efforts for the journalists' release",
			// "rallied for the release of": sought, not done
			m.hypothetical = true
		}
		if own && optative(t, n) {
			m.hypothetical = true // "May God protect our troops": a wish
		}
		if own && bareRepeat(t, n) {
			m.hypothetical = true // "we might meet very soon, meet with the delegation"
		}
		if own && t.question() {
			m.hypothetical = true // "Did Kenya attack Uganda?": asked, not told
		}
		if t.hasChildLemma(n, set("would", "'d"), "aux") && reportedBelow(t, n) {
			// "said it would impose": reported future, not a conditional
			m.future = true
		} else if t.hasChildLemma(n, hypoAux, "aux") {
			m.hypothetical = true
		}
		if t.hasChildLemma(n, futureAux, "aux") {
			m.future = true
		}
		if own && t.isVerb(n) && t.toMarked(n) && (beBeforeTo(t, n) || t.rel(n) == "xcomp" && t.lemmas[t.head(n)] == "be" ||
			t.head(n) < 0 && t.child(n, "nsubj") >= 0 || t.toks[n].Deprel == "acl" && (t.head(t.head(n)) < 0 || t.head(n) == 0) && t.headline() && partyWord(t, t.head(n)) && rightAfter(t, t.head(n), n)) {
			// "Kenya is to send troops", and the headline's "Kenya to send
			// troops": planned, not done
			m.future = true
		}
		if t.hasChildLemma(n, hypoMarks, "mark") || inCase(t, n) || t.hasChildLemma(n, pendingMarks, "mark") && presentTense(t, n) {
			// ("once the treaty is ratified", "halted until Palestinians
			// disarm militants": a condition still to be met; "once he
			// arrived", "until the army withdrew" told what happened)
			m.hypothetical = true
		}
		if own && deniedAbove(t, n) {
			m.negated = true
		}
		if own && t.toks[n].XPOS == "VBG" && t.hasChildLemma(n, againstMark, "mark", "case") {
			m.hypothetical = true // "75% are against sending troops": opposed, not done
		}
		if h := t.head(n); own && h >= 0 && t.toks[n].XPOS == "VBG" && knownForWords[t.lemmas[h]] && t.hasChildLemma(n, set("for"), "mark", "case") {
			m.hypothetical = true // "is known for attacking villages", "famed for investing": a character, no one act
		}
		if own && againstDoing(t, n) {
			m.hypothetical = true // "warned against musicians being linked with MPs", parsed apart
		}
		if own && t.rel(n) == "xcomp" && t.toMarked(n) && intendedBy(t, n) {
			m.future = true // "confirmed their intentions to send troops", the infinitive hung on the verb
		}
		if t.hasChildLemma(n, withoutMark, "mark", "case") && t.isVerb(n) {
			// "left without signing the deal": not done
			m.negated = true
		}
		// the consequent of a conditional: "if talks fail, Russia
		// attacks" — the clause has an if/unless clause of its own
		for _, k := range t.children(n, "advcl") {
			if k == prev {
				continue // the condition itself, not its consequent
			}
			if pastAct(t, n) && presentTense(t, k) && plannedBetween(t, n, k) {
				// "signed a declaration for forces to support Kyiv … if a
				// ceasefire is agreed": a condition on the future
				// conditions what was planned, not the act already done
				// ("attacked Ukraine if the reports are true" stays open)
				continue
			}
			for _, mk := range []string{"if", "unless"} {
				if t.hasChildLemma(k, set(mk), "mark") {
					m.hypothetical = true
					if m.condition == "" {
						m.condition = mk
					}
				}
			}
		}
		if t.hasChildLemma(n, allegeAdvs, "advmod") {
			m.alleged = true
		}
		// "going to attack": the governing verb is going with aux
		if !own {
			l := t.lemmas[n]
			switch {
			case negatingVerbs[l] && !(l == "rule" && !t.hasChildLemma(n, outParticle, "compound")) &&
				(reachedBy(t, p, n, "xcomp", "ccomp", "advcl", "obl", "acl") || forgoneObjects[l] && reachedBy(t, p, n, "obj")):
				// "ruled out talks" forgoes them; "the court ruled that
				// the army had shelled the town" finds it did; "is not
				// cancelling plans to meet" keeps them
				if t.negatedBy(n, "advmod", "det", "neg", "cc") {
					m.negated, m.future = negatedBelow, true // still to come, not done
				} else {
					m.negated = true
				}
				if l == "refuse" || l == "decline" || l == "reject" {
					m.refused = true
				}
			case futureVerbs[l] || futureVerbs[t.words[n]]:
				m.future = true
				if passiveForecast(t, n) ||
					intendingVerbs[l] && t.toks[n].XPOS == "VBN" && t.rel(n) == "acl" && !hasCase(t, n, "by") || purposeRead(t, n) {
					// "Xi is expected to sign": others expect it, he states
					// nothing; "a fabrication intended to create a pretext
					// for attacks": no one named intends them
					m.forecast = true
				}
				if intentVerbs[l] {
					m.intent = true
				}
			case hypoVerbs[l] && !(l == "call" && calledThing(t, n)):
				m.hypothetical = true // "called for a truce", not "called a truce"
			case l == "mean" && reachedBy(t, p, n, "xcomp"):
				m.hypothetical = true // "they meant to hijack the government's position": intended
			case l == "suppose" && t.child(n, "aux:pass") >= 0 && reachedBy(t, p, n, "xcomp"):
				m.hypothetical = true // "was supposed to be firing upon militants": expected, not told as done
			case seemVerbs[l] && t.isVerb(p) && reachedBy(t, p, n, "xcomp"):
				// "appears to have attacked": an impression, not a report
				// of fact ("the attack appeared to be one of the biggest
				// assaults" still reports the assault)
				m.alleged = true
			case capacityWords[l] && reachedBy(t, p, n, "acl", "xcomp", "advcl"):
				// ("not capable of carrying out another attack")
				m.hypothetical, m.capacity = true, true // "has the power to suspend": could, not did
			case directiveVerbs[l] && reachedBy(t, p, n, "xcomp"):
				// "told his army to press on": ordered, not done
				m.hypothetical = true
			case claimingVerb(t, p) == n:
				// "Hamas claimed the attack": its own act, told by the doer
			case allegeVerbs[l] || allegeNouns[l]:
				m.alleged = true // "claimed that", "allegations that"
			}
			if (l == "say" || l == "report" || l == "believe" || l == "think" || l == "understand") && t.child(n, "nsubj:pass") >= 0 && t.child(n, "xcomp") >= 0 {
				m.alleged = true // "is said to have attacked"
			}
		}
		// reported speech: a reporting verb governs the clause, or hangs
		// off it as a parataxis ("X attacked Y, officials said")
		if m.reportVerb < 0 {
			if !own && reportVerbs[t.lemmas[n]] && t.isVerb(n) && !(prev >= 0 && (t.rel(prev) == "nsubj" || t.rel(prev) == "obj")) {
				// (a relative clause on the speaker, "a man who was held
				// hostage by Hamas told reporters", is not what he said)
				m.reportVerb = n
			} else {
				for _, k := range t.children(n, "parataxis") {
					if reportVerbs[t.lemmas[k]] {
						m.reportVerb = k
						break
					}
				}
			}
		}
		switch t.rel(n) {
		case "xcomp", "ccomp", "advcl", "acl", "conj", "obj", "nsubj", "obl", "nmod", "csubj", "appos":
			if t.rel(n) == "appos" && t.toks[n].UPOS != "PROPN" {
				return m // "a peace — especially one that …": the apposition's own clause stands alone
			}
			if t.rel(n) == "conj" && t.child(n, "nsubj") >= 0 {
				return m // a coordinated clause with its own subject stands alone
			}
			if h := t.head(n); own && t.toks[n].Deprel == "acl" && t.toMarked(n) && t.toks[n].XPOS == "VB" && t.toks[h].UPOS == "NOUN" && !timeNouns[t.lemmas[h]] && !ordinalNouns(t, h) &&
				!futureVerbs[t.lemmas[h]] && !capacityWords[t.lemmas[h]] && !negatingVerbs[t.lemmas[h]] && !intentVerbs[t.lemmas[h]] && !decisionNouns[t.lemmas[h]] {
				// "talks to end the violence", "efforts to stop the
				// fighting": what the noun is for, not done (nouns of
				// intent, capacity or failure say so themselves below; a
				// decision or move to act reports the act)
				m.hypothetical = true
			}
			if h := t.head(n); own && t.toMarked(n) && (t.hasChildLemma(n, yetWord, "advmod") || t.hasChildLemma(h, yetWord, "advmod") && rightAfterYet(t, n)) {
				// "the only country yet to ratify the agreement", "has
				// yet to ratify" however the parse hangs "yet": not done
				m.negated = true
			}
			if h := t.head(n); t.rel(n) == "xcomp" && t.lemmas[h] == "have" && t.toMarked(n) {
				if t.hasChildLemma(h, yetWord, "advmod") {
					m.negated = true // "the police have yet to complete their investigation"
				} else {
					m.hypothetical = true // "Akayev has to be toppled": an obligation, not done
				}
			}
			if h := t.head(n); t.rel(n) == "nmod" && (t.caseOf(n) == "of" || t.caseOf(n) == "from") && riskNouns[t.lemmas[h]] && !t.inRelative(p, n) {
				// "the threat of disruption from drone attacks", "fears of
				// war": a danger, not a happening (but "attacks, which
				// forced airports to close" tells what they did)
				m.hypothetical = true
			}
			if requested(t, n) {
				// "reiterated their plea for Alan to be released": asked
				// for, not done
				m.hypothetical = true
			}
			if (t.rel(n) == "acl" || t.rel(n) == "advcl") && t.toks[n].XPOS == "VBG" && riskOf(t, n) {
				// "in danger of hitting", "the difficulty in reaching a
				// compromise": a risk or an obstacle, not an act
				m.hypothetical = true
			}
			if h := t.head(n); t.rel(n) == "xcomp" && evaluativeAdjs[t.lemmas[h]] ||
				t.rel(n) == "acl" && t.toMarked(n) && t.lemmas[h] == "time" && t.child(h, "cop") >= 0 {
				// "it would be difficult to negotiate", "it is vital to
				// meet", "it is time to talk": an act judged, not done
				m.hypothetical = true
			}
			if h := t.head(n); t.rel(n) == "xcomp" && t.toMarked(n) && purposeVerbs[t.lemmas[h]] && t.passive(h) {
				// "the commission was established to enhance relations",
				// "troops were sent to protect the embassy": what it is
				// for, not done
				m.hypothetical = true
			}
			if h := t.head(n); t.rel(n) == "xcomp" && t.toMarked(n) && t.isVerb(n) && (travelVerbs[t.lemmas[h]] || approachVerbs[t.lemmas[h]]) &&
				!t.hasChildLemma(h, set("on"), "compound:prt", "advmod") && !(gatherVerbs[t.lemmas[h]] && dissentVerbs[t.lemmas[n]]) {
				// "as our troops approached to capture the terrorist",
				// "flew to Kabul to negotiate": where they went for, not
				// done ("went on to win" did it)
				m.hypothetical = true
			}
			if t.rel(n) == "advcl" && t.toMarked(n) && !(gatherVerbs[t.lemmas[t.head(n)]] && dissentVerbs[t.lemmas[n]]) {
				// a purpose ("expressed its intent to cooperate",
				// "deployed troops to protect"): intended, not done;
				// but a crowd that gathered to protest protested
				m.hypothetical = true
			}
			if t.rel(n) == "advcl" && !t.hasChildLemma(n, hypoMarks, "mark") && !complementMarked(t, n) && !forgoneGerund(t, n) && !allegedOf(t, n) &&
				!(t.hasChildLemma(n, ofMark, "mark") && capacityWords[t.lemmas[t.head(n)]]) && !trailingParticiple(t, n) {
				// "... after X attacked": the governing clause's modality
				// does not carry over, except conditionals checked above
				return m
			}
			n, prev = t.head(n), n
		default:
			return m
		}
	}
	return m
}

// trailingParticiple reports whether clause n is a bare participle after
// its verb ("will sign agreements, deepening ties"): a consequence of that
// verb's act, as open or as done as it is.
func trailingParticiple(t *tree, n int) bool {
	return t.toks[n].XPOS == "VBG" && n > t.head(n) && t.child(n, "mark") < 0 && t.child(n, "nsubj") < 0 && t.child(n, "aux") < 0
}

// deniedAbove reports whether clause n is what a fronted "Denying" before
// it denies, the parse having hung the denial on the clause ("Denying
// Ukraine had planned such an attack, Zelenskyy accused …").
func deniedAbove(t *tree, n int) bool {
	for _, k := range t.children(n, "advcl") {
		if k < n && t.lemmas[k] == "deny" && t.toks[k].XPOS == "VBG" && len(t.children(k, "obj", "ccomp", "nsubj")) == 0 {
			return true
		}
	}
	return false
}

// intendedBy reports whether infinitive n's governing verb has an object
// of intent before it ("confirmed their intentions to send troops",
// misparsed with the infinitive on the verb).
func intendedBy(t *tree, n int) bool {
	for _, o := range t.children(t.head(n), "obj") {
		if o < n && futureVerbs[t.lemmas[o]] && t.toks[o].UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// reportedBelow reports whether clause n is the complement of a reporting verb.
func reportedBelow(t *tree, n int) bool {
	h := t.head(n)
	return h >= 0 && t.rel(n) == "ccomp" && reportVerbs[t.lemmas[h]]
}

// reachedBy reports whether p hangs under governor g through one of rels on
// the path's last step.
func reachedBy(t *tree, p, g int, rels ...string) bool {
	for n := p; n >= 0; n = t.head(n) {
		if t.head(n) == g {
			for _, r := range rels {
				if t.rel(n) == r {
					return true
				}
			}
			return false
		}
	}
	return false
}

// forgoneGerund reports whether clause n is a bare gerund under a negating
// verb, its object that the parse attached as an adverbial: "ruled out
// attacking Taiwan", "denied shelling the town".
func forgoneGerund(t *tree, n int) bool {
	h := t.head(n)
	return h >= 0 && t.toks[n].XPOS == "VBG" && t.child(n, "mark") < 0 && negatingVerbs[t.lemmas[h]]
}

// allegedOf reports whether clause n is what someone is accused or
// suspected of: "accusing them of kidnapping him".
func allegedOf(t *tree, n int) bool {
	h := t.head(n)
	return h >= 0 && allegeVerbs[t.lemmas[h]] && t.hasChildLemma(n, ofMark, "mark")
}

// complementMarked reports whether clause n is introduced by "to" or "from"
// ("refrained from condemning", "not looking forward to sending"): it
// complements its governor, whose negation or modality applies to it.
func complementMarked(t *tree, n int) bool {
	if h := t.head(n); h >= 0 && (t.lemmas[h] == "aim" || aimVerbs[t.lemmas[h]]) && t.hasChildLemma(n, atWord, "mark", "case") {
		return true // "a law aimed at cracking down": what it is for
	}
	if t.toks[n].XPOS == "VBG" && t.hasChildLemma(n, set("in", "by", "on"), "mark") {
		// "believed to be involved in funding", "attacked by firing",
		// "to decide on sending troops": the same act's modality
		return true
	}
	return t.hasChildLemma(n, set("to", "from"), "mark", "case")
}

// bareRepeat reports whether verb n is a base form with no subject, no
// auxiliary and no marker in a clause of its own (a complement, a clause
// set beside another): a repeated or bidden act ("we might meet very soon,
// meet with the delegation"), never one told as done.
func bareRepeat(t *tree, n int) bool {
	if t.toks[n].XPOS != "VB" || t.child(n, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "expl") >= 0 {
		return false
	}
	r := t.rel(n)
	return r == "ccomp" || r == "parataxis"
}

// optative reports whether verb n is the base form after a clause-opening
// "May" that the tagger read as part of the subject ("May God protect our
// troops", "May he rest in peace"): a wish, nothing done.
func optative(t *tree, n int) bool {
	if t.toks[n].XPOS != "VB" || t.child(n, "aux") >= 0 {
		return false
	}
	s := t.child(n, "nsubj")
	if s < 0 {
		return false
	}
	first := s
	for _, i := range t.phrase(s) {
		first = min(first, i)
	}
	if t.words[first] != "may" || t.toks[first].Text != "May" {
		return false
	}
	return first == 0 || t.rel(first-1) == "punct"
}

// pastAct reports whether verb n is in the simple past with no modal: an
// act done ("signed"), not one that would be.
func pastAct(t *tree, n int) bool {
	if t.toks[n].XPOS != "VBD" {
		return false
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "aux" && t.toks[k].XPOS == "MD" {
			return false
		}
	}
	return true
}

// againstDoing reports whether the gerund clause n follows an "against"
// phrase of the verb above it, its subject taken for the phrase's object
// ("warned against musicians being too closely linked with MPs").
func againstDoing(t *tree, n int) bool {
	h := t.head(n)
	gerund := t.toks[n].XPOS == "VBG"
	for _, a := range t.children(n, "aux", "aux:pass") {
		gerund = gerund || t.toks[a].XPOS == "VBG"
	}
	if h < 0 || !gerund {
		return false
	}
	for _, k := range t.children(h, "obl") {
		if k < n && n-k <= 5 && t.caseOf(k) == "against" {
			return true
		}
	}
	return false
}

// purposeRead reports whether verb n is a participle of intending hung on
// another clause with no subject of its own ("an ambulance arrived
// intending to evacuate three patients"): the writer's reading of a
// purpose, no intent anyone stated.
func purposeRead(t *tree, n int) bool {
	return intendingVerbs[t.lemmas[n]] && t.toks[n].XPOS == "VBG" && (t.rel(n) == "advcl" || t.rel(n) == "xcomp") && t.child(n, "nsubj") < 0
}

// passiveForecast reports whether verb n is a forecast no one states as
// their own intent: in the passive, "Xi is expected to sign", or reduced,
// "the actors expected to attend" (a participle with no auxiliary, whatever
// the parse hung it on), or of another's act, "expects the United Nations
// to implement sanctions".
func passiveForecast(t *tree, n int) bool {
	if !forecastVerbs[t.lemmas[n]] {
		return false
	}
	reduced := t.toks[n].XPOS == "VBN" && (t.rel(n) == "acl" || t.child(n, "aux") < 0) && !hasCase(t, n, "by")
	others := t.child(n, "obj") >= 0 && t.child(n, "xcomp") >= 0
	return t.passive(n) || reduced || others
}

// presentTense reports whether verb k, or its auxiliary, is in the present
// tense ("is agreed", "fails").
func presentTense(t *tree, k int) bool {
	if x := t.toks[k].XPOS; x == "VBZ" || x == "VBP" {
		return true
	}
	for _, a := range t.kids[k] {
		if r := t.rel(a); (r == "aux" || r == "cop") && (t.toks[a].XPOS == "VBZ" || t.toks[a].XPOS == "VBP") {
			return true
		}
	}
	return false
}

// plannedBetween reports whether an infinitive clause below verb n lies
// between it and its clause k: what n planned, which k may condition.
func plannedBetween(t *tree, n, k int) bool {
	for i := n + 1; i < k; i++ {
		if t.isVerb(i) && t.toMarked(i) && t.depth(n, i) > 0 {
			return true
		}
	}
	return false
}

// inCase reports whether clause n is introduced by "in case": a precaution
// against what may happen.
// requested reports whether infinitive n says what a plea, call or demand
// asks for, however the parse hangs it: on the verb whose object is the
// plea, or on the noun the plea is for ("reiterated their plea for the
// hostages to be released").
func requested(t *tree, n int) bool {
	if !t.toMarked(n) {
		return false
	}
	h := t.head(n)
	switch t.rel(n) {
	case "xcomp":
		return t.objectIn(h, requestNouns)
	case "acl":
		if g := t.head(h); g >= 0 {
			return requestNouns[t.lemmas[g]] || t.objectIn(g, requestNouns)
		}
	}
	return false
}

// rightAfterYet reports whether infinitive n's "to" directly follows a
// "yet".
func rightAfterYet(t *tree, n int) bool {
	for _, k := range t.children(n, "mark") {
		if t.lemmas[k] == "to" && k > 0 && t.lemmas[k-1] == "yet" {
			return true
		}
	}
	return false
}

// subjunctive reports whether clause n is a "that" clause in the
// subjunctive, a bare verb or "be" with no tense ("demanded that he
// resign", "that they be charged or released").
func subjunctive(t *tree, n int) bool {
	if !t.hasChildLemma(n, set("that"), "mark") || t.child(n, "nsubj") < 0 && t.child(n, "nsubj:pass") < 0 {
		return false
	}
	be := false
	for _, k := range t.children(n, "aux", "aux:pass") {
		if t.words[k] != "be" {
			return false // "will be charged", "did not resign": tensed
		}
		be = true
	}
	return be || t.toks[n].XPOS == "VB"
}

// interestIn reports whether gerund n is marked by "in" right after
// "interest" or "interested", whichever word the parse hangs it on.
func interestIn(t *tree, n int) bool {
	for _, k := range t.children(n, "mark", "case") {
		if t.lemmas[k] == "in" && k > 0 && (t.lemmas[k-1] == "interest" || strings.EqualFold(t.words[k-1], "interested")) {
			return true
		}
	}
	return false
}

// riskOf reports whether gerund n is marked by "of" or "in" right after a
// noun of risk or difficulty ("in danger of hitting", "difficulty in
// reaching"), whichever word the parse hangs it on, or by "of" or "about"
// under a verb of thinking.
func riskOf(t *tree, n int) bool {
	for _, k := range t.children(n, "mark") {
		if (t.lemmas[k] == "of" || t.lemmas[k] == "in") && k > 0 && riskNouns[t.lemmas[k-1]] {
			return true
		}
		if (t.lemmas[k] == "of" || t.lemmas[k] == "about") && thinkingVerbs[t.lemmas[t.head(n)]] {
			return true // "thinking of increasing its budget": considered, not done
		}
	}
	return false
}

// beBeforeTo reports whether infinitive n has a form of "be" before its
// "to" ("Kenya is to send troops"), not after it ("to be thinking").
func beBeforeTo(t *tree, n int) bool {
	to := -1
	for _, k := range t.children(n, "mark") {
		if t.lemmas[k] == "to" {
			to = k
		}
	}
	for _, k := range t.kids[n] {
		if (t.rel(k) == "cop" || t.rel(k) == "aux") && beLemma[t.lemmas[k]] && k < to {
			return true
		}
	}
	return false
}

func inCase(t *tree, n int) bool {
	for _, k := range t.children(n, "mark") {
		if t.lemmas[k] == "in" && t.hasChildLemma(k, set("case"), "fixed") {
			return true
		}
		// "as long as Russia offers", "so long as": read from the words,
		// which the parser often hangs elsewhere
		if t.lemmas[k] == "as" && k >= 2 && strings.EqualFold(t.words[k-1], "long") && (strings.EqualFold(t.words[k-2], "as") || strings.EqualFold(t.words[k-2], "so")) {
			return true
		}
	}
	return false
}

// partyWord reports whether token h names a party: a proper noun or a noun
// of people ("Warren Buffett to donate", "Kenyan troops to leave"), not an
// act ("announcement to increase gas prices").
func partyWord(t *tree, h int) bool {
	return t.toks[h].UPOS == "PROPN" || t.persons[t.lemmas[h]] || t.persons[t.words[h]]
}

// rightAfter reports whether infinitive n follows name or noun h with only
// h's own name words and n's "to" between them ("Warren Buffett to donate").
func rightAfter(t *tree, h, n int) bool {
	if n <= h {
		return false
	}
	for i := h + 1; i < n; i++ {
		if t.head(i) == n && t.rel(i) == "mark" {
			continue
		}
		if t.head(i) == h && (t.rel(i) == "flat" || t.rel(i) == "compound") {
			continue
		}
		// "Putin, Modi, Erdogan to attend": the name's conjuncts
		if g := t.head(i); t.depth(h, i) > 0 && (t.rel(i) == "conj" && g == h || t.rel(i) == "punct" || t.rel(i) == "cc" || t.rel(i) == "flat") {
			continue
		}
		return false
	}
	return true
}

// ordinalNouns reports whether noun h is ranked by an ordinal or a
// superlative ("the first country to recognise", "the last leader to
// visit"): the infinitive is what it did.
func ordinalNouns(t *tree, h int) bool {
	for _, k := range t.children(h, "amod") {
		if x := t.toks[k].XPOS; x == "JJS" || t.words[k] == "first" || t.words[k] == "last" || t.words[k] == "only" || t.words[k] == "second" || t.words[k] == "third" {
			return true
		}
	}
	return false
}
