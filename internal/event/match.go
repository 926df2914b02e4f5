package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/event/cameo"
)

// verbMatch is a verb-dictionary hit on a predicate token.
type verbMatch struct {
	form    cameo.VerbForm
	code    string // CAMEO code, possibly "A:B"; "---" means no event
	pattern bool   // a pattern (not just the block default) gave the code
	own     bool   // that pattern is sitrep's supplement's
	used    []int  // tokens the multi-word verb and pattern consumed
	target  int    // token the pattern marks as the target ("(WITH +)"), -1 if none
	source  int    // token the pattern marks as the source ("IN $"), -1 if none
	deflt   string // the code of the verb block itself, before patterns
}

// blockDefault returns the match with its pattern set aside: the verb
// block's own code on the verb's words alone.
func (m verbMatch) blockDefault() verbMatch {
	m.code, m.pattern, m.own = m.deflt, false, false
	m.used = m.used[:min(len(m.form.Words), len(m.used))]
	m.target, m.source = -1, -1
	return m
}

// wordMatches reports whether token i matches dictionary word w, which may
// hold alternatives "by/with".
func (t *tree) wordMatches(i int, w string) bool {
	if strings.Contains(w, "/") {
		for _, alt := range strings.Split(w, "/") {
			if alt != "" && t.wordMatches(i, alt) {
				return true
			}
		}
		return false
	}
	if w == "to" && t.rel(i) == "mark" {
		// the dictionary's TO ("HEAD TO", "+GO_TO") is the preposition;
		// an infinitive's to ("going to get", "managed to reach") is not
		return false
	}
	if t.nameModifier(i) {
		return false // a word inside a name: "during World War Two" is not URGE * WORLD
	}
	if t.personModifier(i) {
		return false // "quotes opposition leader X" is not QUOTE * OPPOSITION
	}
	tw, tl := t.words[i], t.lemmas[i]
	if tw == w || tl == w && !(t.toks[i].UPOS == "VERB" && t.rel(i) == "acl") {
		// a participle modifying a noun is no form of the dictionary's
		// noun: "policies based on" is not SET_UP * BASE
		return true
	}
	if len(w) >= 3 && (tw == w+"s" || tw == w+"es" && takesEs(w) || strings.HasSuffix(w, "y") && tw == w[:len(w)-1]+"ies") {
		return true
	}
	return false
}

// takesEs reports whether a noun's plural adds "-es": "taxes", "marches"
// (but "planes" is no plural of PLAN).
func takesEs(w string) bool {
	for _, suf := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// matchVerb finds the best verb-dictionary match for predicate p.
func matchVerb(t *tree, d *cameo.VerbDict, p int) (verbMatch, bool) {
	var cands []cameo.VerbForm
	seen := map[string]bool{}
	for _, key := range []string{t.words[p], t.lemmas[p]} {
		if seen[key] {
			continue
		}
		seen[key] = true
		for _, f := range d.Forms[key] {
			if f.Base && key != t.lemmas[p] && inflected(t.toks[p].XPOS) && inflectionOf(d, key, t.lemmas[p]) {
				continue // "found" as the past of FIND is not FOUND
			}
			cands = append(cands, f)
		}
	}
	best, bestLen := verbMatch{target: -1, source: -1}, 0
	for _, f := range cands {
		used, ok := matchForm(t, p, f)
		if !ok {
			continue
		}
		if len(f.Words) > bestLen {
			best, bestLen = verbMatch{form: f, used: used, target: -1, source: -1}, len(f.Words)
		}
	}
	if bestLen == 0 {
		return best, false
	}
	block := d.Blocks[best.form.Block]
	best.code = block.Code
	if best.form.Code != "" {
		best.code = best.form.Code
	}
	// the same verb may head several blocks ("--- SHOT [---]" and
	// "--- SHOT [223]"): their patterns all apply, and a block with a code
	// beats one without
	blocks := []int{best.form.Block}
	for _, f := range cands {
		if f.Block == best.form.Block || len(f.Words) != bestLen || !sameWords(f.Words, best.form.Words) {
			continue
		}
		blocks = append(blocks, f.Block)
		if best.code == "---" || best.code == "" {
			best.code = d.Blocks[f.Block].Code
			if f.Code != "" {
				best.code = f.Code
			}
		}
	}
	best.deflt = best.code
	pre, post, agents := contextTokens(t, p, best.used)
	// patterns that do not ask for a by-phrase do not read a passive's
	// agent ("- * (BY) [012]" reads "irked by the co-operation")
	postNoAgent := post
	if len(agents) > 0 {
		postNoAgent = slices.DeleteFunc(slices.Clone(post), func(i int) bool { return slices.Contains(agents, i) })
	}
	compound := false
	if s := t.child(p, "nsubj"); s >= 0 && len(t.conjuncts(s)) > 1 {
		compound = true
	}
	bestScore, bestSpan := 0, 0
	var pats []cameo.Pattern
	var patBlock []string // the code of each pattern's block
	for _, b := range blocks {
		pats = append(pats, d.Blocks[b].Patterns...)
		for range d.Blocks[b].Patterns {
			patBlock = append(patBlock, d.Blocks[b].Code)
		}
	}
	// patterns written for this verb in blocks it does not head
	for _, b := range d.PatternVerbs[t.lemmas[p]] {
		if slices.Contains(blocks, b) {
			continue
		}
		for _, pat := range d.Blocks[b].Patterns {
			if slices.Contains(pat.Verbs, t.lemmas[p]) {
				pats = append(pats, pat)
				patBlock = append(patBlock, d.Blocks[b].Code)
			}
		}
	}
	bestOrigin, bestObj, bestOwn, bestExact := 0, false, false, 0
	obj := t.child(p, "obj")
	for pi, pat := range pats {
		if prepositionOnly(pat) && len(pat.Verbs) > 0 && !slices.Contains(pat.Verbs, t.lemmas[p]) && !sameRoot(pat.Code, patBlock[pi]) {
			// "BREAK * (WITH)" (130, breaking with someone) is no reading
			// of "beating them with batons" in the 18x block; "BATTLE *
			// WITH" (190) still reads "fought with"
			continue
		}
		postFor := postNoAgent
		if patternHasWord(pat, "by") {
			postFor = post
		}
		score, used, target, source, ok := matchPattern(t, d, pat, pre, postFor, compound)
		if !ok || !particleFits(t, pat, p, used) {
			continue
		}
		// equal scores: the pattern that reads the verb's object phrase
		// ("broke off relations" is a break in relations, not BREAK *
		// OFF), then
		// the one written for this verb (a block merges synonyms: "deploy
		// troops" mobilises, "send troops" cooperates), then the one whose
		// words sit nearest the verb ("issued an ultimatum to X to halt
		// attacks" is an ultimatum)
		objHit := obj >= 0 && touchesPhrase(t, obj, used)
		origin := originRank(pat.Verbs, t.lemmas[p])
		exact := exactWords(t, pat, used)
		span := spread(p, used)
		better := score > bestScore
		if score == bestScore {
			switch {
			case objHit != bestObj:
				better = objHit
			case pat.Own != bestOwn:
				better = pat.Own // sitrep's supplement corrects the dictionary
			case origin != bestOrigin:
				better = origin > bestOrigin
			case exact != bestExact:
				// "lifted sanctions": SANCTIONS (085 ease sanctions),
				// not SANCTION (0351), which matches only as a plural
				better = exact > bestExact
			default:
				better = span < bestSpan
			}
		}
		if better {
			bestScore, bestSpan, bestOrigin, bestObj, bestOwn, bestExact = score, span, origin, objHit, pat.Own, exact
			best.own = pat.Own
			best.source = source
			best.code = pat.Code
			best.pattern = true
			best.used = append(best.used[:len(best.form.Words)], used...)
			best.target = target
		}
	}
	if main, rev, ok := strings.Cut(best.code, ":"); ok && main == rev && best.pattern && bestOrigin == 0 && fightCode(main) {
		// a two-sided fight ("- &WEAPON * [193:193] # BATTLE") is
		// two-sided for the verb it was written for: "missiles hit Kyiv"
		// is no battle between Russia and Kyiv (talks "with" someone are
		// two-sided whatever the verb)
		best.code = main
	}
	return best, true
}

// prepositionOnly reports whether a pattern reads nothing but prepositions
// and particles ("* (WITH)", "* OFF"): an idiom of the verb it was written
// for, not of the block's other verbs.
func prepositionOnly(pat cameo.Pattern) bool {
	n := 0
	for _, els := range [][]cameo.Elem{pat.Pre, pat.Post} {
		for _, e := range els {
			for _, w := range e.Words {
				if !particles[w] && !patternPreps[w] {
					return false
				}
				n++
			}
		}
	}
	return n > 0
}

// sameRoot reports whether two CAMEO codes share their two-digit root.
func sameRoot(a, b string) bool {
	return len(a) >= 2 && len(b) >= 2 && a[:2] == b[:2]
}

// patternPreps are prepositions a pattern may read.
var patternPreps = map[string]bool{"with": true, "to": true, "for": true, "from": true, "against": true, "at": true,
	"into": true, "of": true, "by": true, "about": true, "over": true, "upon": true, "toward": true, "towards": true}

// particles are the words that, alone after the verb in a pattern, make it
// a phrasal verb: "- * ON [190] # PRESS" is "pressed on", "- * IN [080]"
// is "gave in".
var particles = map[string]bool{"on": true, "in": true, "out": true, "off": true, "up": true, "down": true,
	"back": true, "away": true, "over": true, "through": true, "around": true, "along": true, "aside": true}

// particleFits reports whether a phrasal-verb pattern's particle really is
// the verb's: a particle by the parse, or the word right after the verb.
// The preposition of a phrase further on is not ("gave a speech in
// Taipei" does not give in; "needs to spend more on defence" does not
// press on). Other patterns always fit.
func particleFits(t *tree, pat cameo.Pattern, p int, used []int) bool {
	if len(pat.Pre) != 0 || len(pat.Post) != 1 || pat.Post[0].Kind != cameo.ElemWords || len(pat.Post[0].Words) != 1 ||
		!particles[pat.Post[0].Words[0]] || len(used) != 1 {
		return true
	}
	return particleOf(t, p, used[0])
}

// particleOf reports whether token k can be verb p's particle: marked so by
// the parse, or after the verb with only adverbs between ("called on X"),
// or for a word that is rarely a plain preposition, after the verb's object
// ("pulled its forces out").
func particleOf(t *tree, p, k int) bool {
	if k+1 < len(t.words) && t.words[k+1] == "-" && t.toks[k].Span.End == t.toks[k+1].Span.Start {
		return false // "given in-principle support": the first part of a compound, no particle
	}
	if t.head(k) == p && (t.toks[k].Deprel == "compound:prt" || t.rel(k) == "advmod") {
		return true
	}
	if k <= p {
		return false
	}
	obj := t.child(p, "obj")
	for i := p + 1; i < k; i++ {
		if particles[strings.ToLower(t.words[i])] && t.head(i) == p {
			return false // "stepping down in 2003": the verb has its particle
		}
		if t.toks[i].UPOS == "ADV" || adverbParticles[t.words[k]] && obj >= 0 && t.depth(obj, i) >= 0 {
			continue
		}
		return false
	}
	return true
}

// adverbParticles are the particles that follow a verb's object as often as
// the verb ("pulled its forces out", "called the talks off").
var adverbParticles = map[string]bool{"out": true, "off": true, "up": true, "down": true, "back": true, "away": true, "aside": true}

// exactWords counts the used tokens written exactly as a word of the
// pattern (not only matched through a plural or a lemma).
func exactWords(t *tree, pat cameo.Pattern, used []int) int {
	n := 0
	for _, u := range used {
		if patternHasWord(pat, t.words[u]) {
			n++
		}
	}
	return n
}

func patternHasWord(pat cameo.Pattern, w string) bool {
	for _, elems := range [][]cameo.Elem{pat.Pre, pat.Post} {
		for _, e := range elems {
			if slices.Contains(e.Words, w) {
				return true
			}
		}
	}
	return false
}

// touchesPhrase reports whether one of the used tokens is noun n or a
// modifier that names it with it ("diplomatic relations", "cease-fire
// agreement").
func touchesPhrase(t *tree, n int, used []int) bool {
	for _, u := range used {
		if u == n {
			return true
		}
		if t.head(u) == n {
			switch t.rel(u) {
			case "compound", "amod", "flat":
				return true
			}
		}
	}
	return false
}

// originRank says how specifically a pattern was written for the verb
// lemma: 0 not for it (or unknown), higher for fewer other verbs.
func originRank(verbs []string, lemma string) int {
	if !slices.Contains(verbs, lemma) {
		return 0
	}
	return 100 - len(verbs)
}

// matchForm checks the other words of a multi-word verb around p: words
// before the verb must directly precede it, words after it must follow
// within a short window or be its particles.
func matchForm(t *tree, p int, f cameo.VerbForm) ([]int, bool) {
	used := []int{p}
	for k := f.Verb - 1; k >= 0; k-- {
		i := p - (f.Verb - k)
		if i < 0 || !t.wordMatches(i, f.Words[k]) {
			return nil, false
		}
		used = append(used, i)
	}
	next := p + 1
	for k := f.Verb + 1; k < len(f.Words); k++ {
		found := -1
		for i := next; i < len(t.toks) && i <= next+3; i++ {
			if particles[f.Words[k]] && !particleOf(t, next-1, i) {
				continue // "gave a speech in Taipei" does not give in
			}
			if t.wordMatches(i, f.Words[k]) && (t.head(i) == p || i == next || t.depth(p, i) > 0) {
				found = i
				break
			}
		}
		if found < 0 {
			return nil, false
		}
		used = append(used, found)
		next = found + 1
	}
	return used, true
}

// misparsedPredicate reports whether verb p, parsed as a modifier of noun
// h, is the predicate the parse missed: h has a subject or a compound noun
// before p ("the army used tear gas" with "army" the nsubj, or a compound,
// of "gas") and p no dependents of its own, unlike a participle that
// modifies ("US-led monitoring").
func misparsedPredicate(t *tree, p, h int) bool {
	for _, k := range t.kids[p] {
		if t.rel(k) != "punct" {
			return false
		}
	}
	for _, k := range t.kids[h] {
		if k < p && (t.rel(k) == "nsubj" || t.rel(k) == "compound" && t.isNominal(k)) {
			return true
		}
	}
	return false
}

// contextTokens returns the clause tokens before and after predicate p that
// patterns may mention: p's subtree without embedded finite clauses, plus
// the auxiliaries and subject before it.
func contextTokens(t *tree, p int, skip []int) (pre, post, agents []int) {
	in := map[int]bool{}
	var walk func(int)
	walk = func(n int) {
		for _, k := range t.kids[n] {
			if t.attribution(k) {
				continue // "according to a press release" is no act's words
			}
			if timeCases[t.caseOf(k)] && (t.rel(k) == "nmod" || t.rel(k) == "obl") {
				// "stopping a demonstration days after the start of the
				// war": when, no STOP * WAR; only the verb's own time
				// phrase, without what hangs below it, may be a pattern's
				// ("died during the operation")
				if t.rel(k) == "obl" && n == p {
					in[k] = true
					for _, j := range t.kids[k] {
						if t.rel(j) != "nmod" && t.rel(j) != "acl" {
							in[j] = true
						}
					}
				}
				continue
			}
			switch t.rel(k) {
			case "ccomp", "parataxis", "advcl", "csubj", "punct":
				continue
			case "nsubj":
				if n == p && k > p {
					continue // "…," said an employee afraid of retaliation: the speaker, not what is said
				}
			case "conj", "appos":
				if t.isVerb(k) {
					continue // (a clause, however attached, is no phrase of p's)
				}
			case "acl":
				if t.toks[k].Deprel == "acl:relcl" || t.isVerb(k) && t.toMarked(k) {
					// a relative clause, or an infinitive with acts of
					// its own ("slammed the decision to sell weapons")
					continue
				}
			}
			in[k] = true
			walk(k)
		}
	}
	walk(p)
	// a verb misparsed as the modifier of its object ("the army used tear
	// gas" with "used" an amod of "gas"): the noun phrase it modifies is
	// what patterns read after it
	if h := t.head(p); h > p && t.rel(p) == "amod" && t.isNominal(h) && misparsedPredicate(t, p, h) {
		in[h] = true
		walk(h)
	}
	// the governing verbs a complement hangs from, with their auxiliaries
	// and subjects, precede it in the sentence PETRARCH patterns read:
	// "INDICATED WOULD * NOW" codes "indicated it would act now"
	for n, d := p, 0; d < 2 && (t.rel(n) == "ccomp" || t.rel(n) == "xcomp"); d++ {
		h := t.head(n)
		if h < 0 {
			break
		}
		in[h] = true
		for _, k := range t.kids[h] {
			switch t.rel(k) {
			case "aux", "nsubj", "advmod", "mark", "neg":
				in[k] = true
			}
		}
		n = h
	}
	sk := map[int]bool{}
	for _, s := range skip {
		sk[s] = true
	}
	// a passive's subject is what the active verb's patterns read after it:
	// "the agreement was signed by Kenya" is SIGN * AGREEMENT, "troops were
	// deployed" DEPLOY * &MILITARY; not an agentless act noun
	passiveSubj := map[int]bool{}
	for _, k := range t.kids[p] {
		if t.toks[k].Deprel != "nsubj:pass" {
			continue
		}
		if _, event := nominalCodes[t.lemmas[k]]; event && !hasAgent(t, p) {
			continue // "the president's trip was planned": his act, not the verb's object
		}
		for _, i := range t.phrase(k) {
			passiveSubj[i] = true
		}
	}
	// and its by-agent is the active verb's subject: "the body was kept
	// by security forces" is no KEEP * FORCES (agents lists its tokens,
	// which patterns that do not ask for BY skip)
	agent := map[int]bool{}
	if len(passiveSubj) > 0 || t.toks[p].Deprel == "acl" && t.toks[p].XPOS == "VBN" {
		// (a participle after its noun is a passive too: "a statement
		// given by the 3rd Infantry Division" is no GIVE * &MILITARY)
		for k := range t.toks {
			// the parse may hang the by-phrase on a noun before it
			// ("kept on the pavement by security forces")
			if in[k] && (t.toks[k].Deprel == "obl:agent" || (t.rel(k) == "obl" || t.rel(k) == "nmod") && t.caseOf(k) == "by") {
				// the agent's noun and its modifiers; what they carry
				// ("militiamen armed with machetes") stays in the act
				agent[k] = true
				for _, i := range t.kids[k] {
					switch t.rel(i) {
					case "case", "det", "amod", "compound", "flat", "nummod":
						agent[i] = true
					case "nmod":
						if t.toks[i].Deprel == "nmod:poss" {
							// "by the US Army's 3rd Infantry Division"
							for _, j := range t.phrase(i) {
								agent[j] = true
							}
						}
					}
				}
			}
		}
	}
	var moved []int
	for i := range t.toks {
		if !in[i] || sk[i] || t.toks[i].UPOS == "ADP" && strings.HasPrefix(t.toks[i].NER, "I-") {
			// (the preposition inside a name, "Center for International
			// Policy", is no pattern's)
			continue
		}
		switch {
		case passiveSubj[i]:
			moved = append(moved, i)
		case agent[i]:
			agents = append(agents, i)
			post = append(post, i)
		case i < p:
			pre = append(pre, i)
		default:
			post = append(post, i)
		}
	}
	return pre, append(moved, post...), agents
}

// matchPattern matches a pattern's elements in order (gaps allowed between
// elements) against the pre- and post-verb tokens. The score is the number
// of words matched; ok is false if an element did not match.
func matchPattern(t *tree, d *cameo.VerbDict, pat cameo.Pattern, pre, post []int, compound bool) (int, []int, int, int, bool) {
	s1, u1, preTarget, _, ok := matchElems(t, d, pat.Pre, pre)
	if ok && hasCompoundMarker(pat.Pre) {
		// "% *": the pattern wants a compound subject ("A and B agree")
		if !compound {
			return 0, nil, -1, -1, false
		}
		s1++
	}
	if !ok {
		return 0, nil, -1, -1, false
	}
	s2, u2, target, src2, ok := matchElems(t, d, pat.Post, post)
	if !ok {
		return 0, nil, -1, -1, false
	}
	if s1+s2 == 0 {
		return 0, nil, -1, -1, false
	}
	// a "$" before the verb marks its subject, which the parse finds;
	// one after it ("DEAD IN $") names the source the clause places there.
	// A "+" before the verb ("NOTED + *") makes the verb's subject the
	// target of whoever speaks in the governing clause.
	if target < 0 && preTarget >= 0 {
		target = preTarget
	}
	return s1 + s2, append(u1, u2...), target, src2, true
}

// matchElems also returns the tokens the target and source markers point
// at: the preposition of "(WITH +)", or the token right after the preceding
// element for a bare "+" or "$".
func matchElems(t *tree, d *cameo.VerbDict, elems []cameo.Elem, toks []int) (int, []int, int, int, bool) {
	pos, score, target, source := 0, 0, -1, -1
	var used []int
	for _, e := range elems {
		switch e.Kind {
		case cameo.ElemTarget:
			// the marker points at the next content word, past "that",
			// "the" and the like
			for k := pos; k < len(toks) && target < 0; k++ {
				switch t.toks[toks[k]].UPOS {
				case "SCONJ", "DET", "PART", "PUNCT", "ADP":
					continue
				}
				target = toks[k]
			}
			continue
		case cameo.ElemSource:
			if pos < len(toks) && source < 0 {
				source = toks[pos]
			}
			continue
		case cameo.ElemActor:
			continue
		case cameo.ElemWords:
			found := false
			for s := pos; s < len(toks); s++ {
				if n := matchSeq(t, d, e.Words, toks, s); n > 0 {
					for k := s; k < s+n; k++ {
						used = append(used, toks[k])
					}
					pos, score, found = s+n, score+len(e.Words), true
					break
				}
			}
			if !found {
				return 0, nil, -1, -1, false
			}
		case cameo.ElemPrep:
			found := false
			for s := pos; s < len(toks) && !found; s++ {
				// a parenthesised preposition heads a prepositional
				// phrase, not an infinitive ("praised its efforts to
				// improve" has no "(TO)") or a time phrase ("called
				// Erdogan on Monday" has no "(ON)")
				if !t.wordMatches(toks[s], e.Words[0]) || t.rel(toks[s]) == "mark" || timePhrase(t, toks[s]) {
					continue
				}
				if len(e.Words) == 1 {
					used = append(used, toks[s])
					pos, score, found = s+1, score+1, true
					if e.Target && target < 0 {
						target = toks[s]
					}
					break
				}
				// the object words follow within the prepositional phrase
				for s2 := s + 1; s2 < len(toks) && s2 <= s+6; s2++ {
					if n := matchSeq(t, d, e.Words[1:], toks, s2); n > 0 {
						used = append(used, toks[s])
						for k := s2; k < s2+n; k++ {
							used = append(used, toks[k])
						}
						pos, score, found = s2+n, score+len(e.Words), true
						if e.Target && target < 0 {
							target = toks[s]
						}
						break
					}
				}
			}
			if !found {
				return 0, nil, -1, -1, false
			}
		}
	}
	return score, used, target, source, true
}

// matchSeq matches words (which may name synsets) at toks[s:]. Words a
// dictionary joins with "_" are adjacent (PETRARCH), save for determiners
// between them; it returns how many tokens it spanned, 0 for no match.
func matchSeq(t *tree, d *cameo.VerbDict, words []string, toks []int, s int) int {
	i := s
	for k, w := range words {
		if k > 0 {
			for i < len(toks) && t.toks[toks[i]].UPOS == "DET" {
				i++
			}
		}
		if i >= len(toks) {
			return 0
		}
		if strings.HasPrefix(w, "&") {
			n := matchSynset(t, d, w, toks, i)
			if n == 0 {
				return 0
			}
			i += n
			continue
		}
		if k == 0 && i != s {
			return 0
		}
		if !t.wordMatches(toks[i], w) {
			return 0
		}
		i++
	}
	return i - s
}

func matchSynset(t *tree, d *cameo.VerbDict, name string, toks []int, s int) int {
	best := 0
	for _, ph := range d.Synsets[strings.TrimSuffix(name, "_")] {
		if n := matchSeq(t, d, ph, toks, s); n > best {
			best = n
		}
	}
	return best
}

func hasCompoundMarker(elems []cameo.Elem) bool {
	for _, e := range elems {
		if e.Kind == cameo.ElemActor && e.Compound {
			return true
		}
	}
	return false
}

// spread is how far the farthest of the used tokens lies from p.
func spread(p int, used []int) int {
	m := 0
	for _, u := range used {
		d := u - p
		if d < 0 {
			d = -d
		}
		if d > m {
			m = d
		}
	}
	return m
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// timePhrase reports whether preposition i introduces a time ("on Monday",
// "on 15 October", "in 2024").
func timePhrase(t *tree, i int) bool {
	h := t.head(i)
	if t.rel(i) != "case" || h < 0 {
		return false
	}
	l := strings.ToLower(t.lemmas[h])
	return timeNouns[l] || durationNouns[l] && !namedBy(t, h) || t.toks[h].UPOS == "NUM"
}

// namedBy reports whether noun h has a proper-noun compound: "to Beijing
// hours before" misparsed onto "hours" still goes to Beijing.
func namedBy(t *tree, h int) bool {
	for _, k := range t.children(h, "compound") {
		if t.toks[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// hasAgent reports whether passive verb p names its agent in a by-phrase.
func hasAgent(t *tree, p int) bool {
	for _, k := range t.kids[p] {
		if t.toks[k].Deprel == "obl:agent" || t.rel(k) == "obl" && t.caseOf(k) == "by" {
			return true
		}
	}
	return false
}

// fightCode reports whether a CAMEO code is a use of force (18, 19, 20).
func fightCode(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// inflectionOf reports whether the dictionary lists word as an inflection
// of an entry for lemma (FIND {FINDS FOUND FINDING}).
func inflectionOf(d *cameo.VerbDict, word, lemma string) bool {
	for _, f := range d.Forms[word] {
		if f.Base {
			continue
		}
		for _, g := range d.Forms[lemma] {
			if g.Base && g.Block == f.Block {
				return true
			}
		}
	}
	return false
}

// inflected reports whether a Penn tag marks an inflected verb form (past,
// participle, third person).
func inflected(xpos string) bool {
	switch xpos {
	case "VBD", "VBN", "VBZ", "VBG":
		return true
	}
	return false
}
