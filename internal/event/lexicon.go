package event

// Closed word lists the coder uses. They are grammar (modal verbs, negators,
// reporting verbs) and the common English event nouns, not names.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	negators      = set("not", "n't", "never", "no", "neither", "nor", "without")
	notOnly       = set("only", "just", "merely", "simply", "solely")
	topicVerbs    = set("discuss", "debate", "review", "consider")
	questionWords = set("what", "why", "how", "when", "where", "who", "which")
	namingVerbs   = set("threaten", "urge", "demand", "appeal")
	attackVerbs   = set("attack", "assault", "bomb", "shell", "ambush", "raid", "storm", "invade")
	gatherVerbs   = set("gather", "rally", "march", "assemble", "converge", "flock", "pour", "mass", "take", "turn", "demonstrate", "come")
	negatingVerbs = set("deny", "refuse", "decline", "fail", "reject", "rule", "avoid", "halt", "suspend", "freeze", "block", "cancel", "postpone", "call_off", "refrain", "abstain", "quit", "abandon",
		// and verbs of ceasing ("has stopped paying for her protection")
		"stop", "cease", "discontinue",
		// and of keeping from ("banned Gazprom from taking part")
		"ban", "bar", "prevent", "prohibit", "forbid",
		// and adjectives of not wanting to ("is reluctant to send troops")
		"reluctant", "unwilling", "loath", "hesitant",
		// and nouns whose infinitive is not done ("its failure to pay")
		"failure", "refusal", "inability", "unwillingness", "reluctance")
	// forgoneObjects are negating verbs whose object event does not happen
	// ("ruled out any deployment", "cancelled the visit"); a halted
	// offensive did
	forgoneObjects = set("deny", "refuse", "decline", "reject", "rule", "avoid", "cancel", "postpone", "call_off", "quit", "abandon", "halt", "stop", "suspend", "freeze")
	hypoAux        = set("could", "would", "might", "may", "should", "can", "must", "ought")
	hypoMarks      = set("if", "unless", "whether", "lest")
	pendingMarks   = set("once", "until", "till")
	// aimVerbs say what an act is aimed at or reaches when the act is
	// their subject; policyNouns are such acts the nominal lexicon lacks
	aimVerbs        = set("target", "affect", "cover", "concern", "apply")
	policyNouns     = set("package", "measure", "law", "bill", "rule", "regulation", "decree", "policy", "resolution", "order", "ban")
	relativePronoun = set("that", "which")
	// calledThings are what "call" convenes or declares rather than rings
	calledThings = set("truce", "ceasefire", "armistice", "halt", "election", "vote", "referendum", "poll",
		"meeting", "summit", "conference", "session", "strike", "recess", "inquiry", "debate")
	// durationNouns measure how long ("for three hours", "over the
	// weekend"), beside timeNouns
	durationNouns = set("hour", "minute", "second", "decade", "century", "period", "while", "spell", "stretch")
	// levelNouns are levels a quantity hits ("hit a record", "a new high")
	levelNouns = set("record", "high", "low", "peak", "level", "mark", "ceiling", "floor", "barrier", "threshold", "bottom", "percent", "per cent",
		"milestone")
	// infoNouns are what one gives or provides in words ("gave no
	// details", "give her view")
	infoNouns = set("view", "details", "detail", "comment", "information", "explanation", "reason", "figure", "name", "timeline", "timetable", "answer", "account", "opinion", "assessment", "estimate")
	// appealNouns are appeals one joins or renews ("joined calls for"),
	// with appealJoiners
	appealNouns   = set("call", "demand", "appeal", "plea", "request")
	appealJoiners = set("join", "echo", "repeat", "renew")
	// publications are what is released or issued to be read or seen
	publications = set("figure", "data", "statistic", "statement", "report", "detail", "result", "video", "footage", "image",
		"photo", "photograph", "picture", "book", "album", "film", "list", "transcript", "document", "text", "record", "recording", "number",
		"estimate", "forecast", "survey", "poll", "study", "findings", "memo", "letter", "communique", "communiqué", "update",
		"paper", "file", "archive", "cable", "email", "e-mail", "tape", "information", "plan", "proposal", "budget", "manifesto")
	// amountNouns count money or quantities ("2 billion dollars")
	amountNouns = set("dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "peso", "barrel",
		"tonne", "ton", "point", "billion", "million", "trillion", "bn", "m")
	// marketNouns are goods, money and market figures: a country's or a
	// firm's as a clause subject ("US crude", "the Japanese economy") does
	// nothing
	marketNouns = set("economy", "currency", "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "crude",
		"market", "stock", "share", "bond", "export", "import", "growth", "inflation", "price", "rate", "sale", "output",
		"production", "index", "deficit", "surplus", "debt")
	// currencies and securities, which the country naming them does not
	// stand for ("pegged to the U.S. dollar")
	currencyNouns = set("currency", "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "crude",
		"stock", "share", "bond", "index", "peso", "franc", "won", "lira", "rand", "dinar", "riyal", "rial", "shekel")
	// speechActs are verbs of calling names, beside reportVerbs ("attacked
	// X, calling him a liar")
	speechActs = set("call", "brand", "label", "describe", "dub", "liken", "compare")
	// raisingVerbs qualify the infinitive they take ("seem to", "tend to",
	// "managed to", "began to")
	raisingVerbs = set("seem", "appear", "tend", "happen", "manage", "begin", "start", "continue")
	seemVerbs    = set("seem", "appear")
	// reciprocalVerbs are acts two sides do with each other whatever
	// their code ("exchanged prisoners")
	reciprocalVerbs = set("exchange", "swap", "trade")
	theirWord       = set("their")
	pleas           = set("guilty", "innocent", "ignorance", "insanity", "contest")
	// strikingNouns name what a military strike is made with or by ("a
	// rocket strike"); any other common noun before "strike" names who
	// stopped work ("a transit strike")
	strikingNouns = set("air", "missile", "drone", "rocket", "artillery", "mortar", "bomb", "helicopter", "jet", "aircraft",
		"naval", "ground", "military", "nuclear", "precision", "retaliation", "revenge", "army", "navy", "force", "forces",
		"troop", "troops", "warplane", "warplanes", "plane", "tank", "gun", "cruise", "ballistic", "strategic", "counter")
	jobNouns       = set("job", "post", "position", "role", "office", "team", "company", "firm", "show", "paper", "newspaper")
	servedTerms    = set("sentence", "term", "probation", "time", "year", "years", "month", "months", "prison", "jail")
	inParticle     = set("in")
	upParticleWord = set("up")
	powerWord      = set("power", "office", "charge", "control")
	arguingVerbs   = set("argue", "contend", "insist", "maintain")
	atWord         = set("at")
	decisionNouns  = set("decision", "move", "step", "order", "vote", "ruling", "resolution", "choice")
	yetWord        = set("yet")
	attendVerbs    = set("attend", "join", "participate", "visit", "host", "travel", "go", "come")
	beLemma        = set("be")
	// particles that make a verb of travel no journey ("went off")
	noJourneyParticles = set("off", "ahead", "on", "along", "under")
	// abstract nouns no one can recognise, protect or expel
	abstractNouns = set("policy", "policies", "decision", "decisions", "record", "stance", "action", "actions", "move",
		"plan", "plans", "need", "needs", "importance", "right", "rights", "view", "views", "approach", "strategy",
		"handling", "conduct", "choice", "role", "partnership", "relationship", "style", "leadership", "performance", "response", "comment", "comments", "remark", "remarks", "statement", "hurdle",
		"hurdles", "obstacle", "obstacles", "barrier", "barriers", "doubt", "doubts", "fear", "fears", "concern",
		"concerns", "reputation", "interest", "interests", "position", "principle", "principles", "value", "values",
		"process", "law", "laws", "bill", "legislation", "measure", "measures", "reform", "reforms", "system", "proposal",
		"proposals", "budget", "program", "programme", "deal", "agreement", "idea", "claim", "claims", "crisis", "recession", "shortage", "downturn", "slump", "tax", "taxes", "rise", "fall", "cut", "cuts",
		"weather", "consumption", "competition", "cost", "costs", "loss", "losses", "sales", "profit", "profits",
		"thought", "thoughts", "prayer", "prayers", "sympathy", "sympathies", "condolence", "condolences", "wish", "wishes",
		"revelation", "revelations", "news", "announcement", "disclosure", "finding", "findings", "escalation", "tension",
		"tensions", "situation", "instability", "uncertainty", "issue", "issues", "problem", "problems")
	// unstruckNouns are broken or hit without force against anyone ("break
	// the link", "break every precedent"), or are changes and shortfalls
	// that hit firms without striking them
	unstruckNouns = set("record", "records", "rule", "rules", "law", "laws", "promise", "promises", "policy", "decision",
		"budget", "deal", "agreement", "tax", "taxes", "cost", "costs", "sales", "profit", "profits", "weather",
		"consumption", "competition", "crisis", "recession", "shortage", "downturn", "slump", "rise", "fall", "cut", "cuts",
		"link", "links", "precedent", "precedents", "tradition", "taboo", "silence", "deadlock", "stalemate", "impasse",
		"mould", "mold", "habit", "cycle", "monopoly", "streak", "spell", "switch", "shift", "change", "changes",
		"emergence", "increase", "decline", "slowdown", "bottleneck", "bottlenecks", "delay", "delays", "uncertainty",
		"inflation", "demand", "price", "prices", "length", "total", "tally", "majority", "lead", "airwaves", "shelves",
		"airwave", "headlines", "market", "markets", "stores", "screens", "jackpot", "snag", "snags")
	// tallyNouns are counts and margins, overturned or overtaken without
	// anything seized ("overturned a big Labour majority")
	tallyNouns = set("length", "total", "tally", "majority", "lead", "margin", "record", "figure", "number", "sale", "profit", "earnings")
	// fameNouns are where one shoots or rockets to without a shot fired
	fameNouns = set("fame", "stardom", "prominence", "notoriety", "celebrity", "top", "success")
	// setbackNouns are what a firm or a party takes without being taken
	setbackNouns = set("hit", "blow", "beating", "knock", "loss", "toll", "charge", "writedown", "write-down", "battering", "pounding")
	// rankNouns are places in a ranking, occupied without an occupation
	rankNouns = set("spot", "slot", "seat", "role", "rank", "ranking", "berth")
	// lawNouns are a legislature's own texts: signing or passing one is
	// lawmaking, no deal with anyone
	lawNouns = set("bill", "law", "legislation", "act", "statute", "amendment", "budget", "ordinance")
	// rulingNouns are decisions a court or a body makes, overturned without a seizure
	rulingNouns = set("ruling", "verdict", "decision", "ban", "conviction", "sentence", "result", "judgment", "judgement", "order", "veto")
	// forumNouns are where words are spoken: coming "under fire" there is criticism
	forumNouns = set("meeting", "parliament", "debate", "session", "assembly", "press", "media", "report", "hearing", "conference", "congress", "senate")
	// schoolNouns are where one studies: going to or attending one is no visit
	schoolNouns = set("school", "university", "college", "academy", "seminary", "polytechnic", "conservatoire", "conservatory")
	// fillPlaces are filled by crowds; eventNouns are occasions organised
	fillPlaces = set("street", "streets", "square", "stadium", "hall", "arena", "road", "avenue", "plaza", "park", "centre", "center")
	eventNouns = set("event", "conference", "summit", "festival", "concert", "ceremony", "debate", "forum", "exhibition", "seminar", "meeting", "rally", "march", "protest", "demonstration", "vigil", "campaign")
	// approachVerbs move towards somewhere or someone, for a purpose their infinitive says
	approachVerbs = set("approach", "come", "move", "advance", "return", "rush", "hurry", "march", "drive", "sail")
	// imposingVerbs put a measure in place: the measure's noun is the event
	imposingVerbs = set("impose", "levy", "slap", "enforce", "introduce", "announce")
	// routineNouns are where one goes as a routine, named bare ("went to school")
	routineNouns = set("school", "college", "university", "church", "work", "bed", "mass", "class", "classes")
	// accidentNouns are things that explode by accident, with no bomber
	accidentNouns = set("pipeline", "tank", "boiler", "cylinder", "plant", "factory", "refinery", "reactor", "furnace", "transformer",
		"pipe", "main", "battery", "laptop", "phone", "fireworks", "firework", "tyre", "tire", "balloon", "meteor", "volcano")
	// viewNouns are what one offers in words, no promise to anyone
	viewNouns = set("agenda", "vision", "view", "views", "explanation", "insight", "insights", "opinion", "perspective", "glimpse", "assessment", "analysis", "account", "version", "theory", "critique", "tribute", "apology")
	// carrierNouns carry those who arrive "in" them
	carrierNouns = set("jeep", "car", "truck", "lorry", "van", "bus", "helicopter", "plane", "aircraft", "boat", "ship", "vehicle", "convoy", "tank", "taxi", "train")
	// troubleNouns are hard times one faces, met by no one
	troubleNouns = set("trouble", "troubles", "problem", "problems", "difficulty", "difficulties", "challenge", "challenges", "shortage", "shortages", "hardship", "uncertainty", "deadline", "competition", "losses", "recession", "crisis")
	// demonstratives point at facts or things said, never at a party
	demonstratives = set("this", "that", "these", "those")
	// knownForWords describe someone by what they do ("known for attacking")
	knownForWords = set("know", "known", "famed", "famous", "renowned", "notorious", "infamous", "noted", "remember", "celebrated")
	// prizeNouns are things won, awarded or going to someone
	prizeNouns = set("award", "prize", "medal", "honour", "honor", "trophy", "title", "contract", "oscar", "bafta", "grammy", "emmy", "accolade")
	// verbs of acts that take no object: a headline's bare past form of
	// them is what the subject did ("Workers protested in Paris")
	intransitiveActs = set("protest", "resign", "meet", "talk", "march", "riot", "rally", "return", "flee", "agree", "vote",
		"speak", "testify", "strike", "happen", "occur", "rise", "fall", "win", "lose", "come", "step", "quit", "retire",
		"demonstrate", "mutiny", "rebel", "surrender", "escape", "negotiate", "cooperate", "respond", "react", "comment",
		"complain", "object", "succeed", "fail", "emerge", "survive", "remain", "stay", "act", "say", "warn")
	// verbs whose coordinated subjects come to terms with each other
	// ("A and B signed a deal"), and those whose subjects fight each other
	mutualAccordVerbs = set("sign", "agree", "reach", "strike", "conclude", "seal", "ink", "forge", "restore", "establish",
		"normalize", "normalise", "resume", "renew", "reconcile", "ally", "embrace", "shake", "hug", "upgrade", "finalize",
		"finalise", "hammer", "cement", "mend", "improve", "deepen", "strengthen", "cooperate", "co-operate", "collaborate", "partner", "form")
	mutualFightVerbs = set("clash", "fight", "battle", "skirmish", "engage", "war", "spar", "wrestle", "duel", "feud",
		"brawl", "scuffle", "collide", "tussle")
	withoutMark = set("without")
	// wishVerbs want or expect what their infinitive says
	wishVerbs   = set("want", "wish", "hope", "like", "prefer", "expect")
	againstMark = set("against")
	withMark    = set("with")
	ofMark      = set("of")
	outParticle = set("out")
	// directiveVerbs order an act when it is their infinitive ("told X to
	// withdraw"); with a clause they report one ("told reporters X withdrew")
	directiveVerbs = set("tell", "order", "instruct", "direct", "command", "authorize", "authorise", "permit", "allow",
		"coerce", "pressure", "pressurise", "pressurize", "lobby", "nudge", "prod", "push") // ("forced them to withdraw" and "persuaded him to stay" tell it done)
	// nouns and adjectives whose infinitive is a capacity, not an act:
	// "has the power to suspend", "is able to strike"
	capacityWords = set("power", "right", "authority", "ability", "capacity", "capability", "means", "mandate", "option", "able", "free", "entitled", "empowered", "eligible", "qualified", "capable", "incapable", "unable")
	// riskNouns make the act of their "of"/"in" gerund a risk or an
	// obstacle: "in danger of hitting", "difficulty in reaching"
	riskNouns = set("danger", "risk", "peril", "threat", "chance", "possibility", "prospect", "likelihood", "fear",
		"difficulty", "trouble", "problem", "obstacle", "hurdle")
	hypoVerbs  = set("deserve", "merit", "consider", "propose", "suggest", "weigh", "discuss", "mull", "contemplate", "threaten", "urge", "call", "demand", "ask", "invite", "request", "encourage", "press", "appeal", "want", "seek", "try", "attempt", "debate", "possible", "likely", "doubt")
	deonticAux = set("must", "should", "ought")
	// adjectives that judge the act of their infinitive possible, hard or
	// needed: "would be difficult to negotiate"
	evaluativeAdjs = set("difficult", "hard", "impossible", "easy", "tough", "necessary", "important", "vital", "essential",
		"crucial", "imperative", "urgent", "critical", "premature", "unwise", "wise", "better", "best", "advisable",
		"useful", "helpful", "safe", "dangerous", "risky", "reasonable", "appropriate", "unlikely", "needed")
	// epistemicVerbs propose an act with a "should" clause or an object,
	// and state a view with any other clause; so do verbs of disclosing
	// ("revealed some MPs had been using their Blackberries")
	epistemicVerbs = set("suggest", "indicate", "signal", "imply", "reveal", "disclose", "divulge")
	// thinkingVerbs deliberate (CAMEO's CONSIDER, 040) on an object, and
	// state a view with a clause ("she thought his comments were
	// inappropriate"), unless a pattern of theirs reads it or the
	// dictionary gives them another meaning
	thinkingVerbs = set("think", "believe", "reckon", "suppose", "guess", "reason", "speculate", "muse", "imagine", "assume", "wonder", "ponder", "consider", "feel")
	futureAux     = set("will", "shall", "'ll", "wo")
	futureVerbs   = set("plan", "intend", "expect", "prepare", "aim", "schedule", "agree", "promise", "pledge", "vow", "swear", "offer", "decide", "hope", "going", "set", "due", "resolve", "commit", "ready", "willing", "prepared", "poise",
		// nouns whose clause is an act still to come ("its intent to cooperate")
		"intent", "intention", "readiness", "willingness", "commitment", "determination", "preparation", "preparations")
	// requestNouns ask for what their infinitive says ("a plea for Alan to
	// be released")
	requestNouns = set("plea", "pleas", "call", "calls", "appeal", "appeals", "demand", "demands", "request", "requests", "petition")
	// claimVerbs claim an act, or the responsibility (claimNouns) for it,
	// as their subject's own: "claimed the bombing", "took responsibility
	// for the attack"
	claimVerbs = set("claim", "take", "accept", "admit", "acknowledge", "assume")
	claimNouns = set("responsibility", "credit")
	// viewlessAux make a clause agreed to a concession or a plan, not a view
	viewlessAux = set("will", "would", "can", "could", "should", "may", "might", "must", "shall", "'ll", "wo", "ca")
	// dissentVerbs are what a crowd gathers to do and does by gathering
	dissentVerbs = set("protest", "demonstrate", "rally", "march", "demand", "denounce", "condemn", "mourn", "commemorate",
		"celebrate", "call", "voice", "express", "show", "oppose", "support", "press", "urge", "chant", "pray")
	// medicalWords make an attack an illness ("a heart attack")
	medicalWords = set("heart", "panic", "asthma", "anxiety", "cardiac", "epileptic")
	// ceaseVerbs with a gerund say their subject stopped doing it
	ceaseVerbs = set("stop", "cease", "quit")
	// verbalTargets are attacked only with words ("attacked the pledges")
	verbalTargets = set("pledge", "pledges", "promise", "promises", "lie", "lies", "record", "claim", "claims", "idea",
		"ideas", "proposal", "proposals", "plan", "plans", "budget", "speech", "manifesto", "strategy", "decision", "argument",
		"credibility", "integrity", "character", "motive", "motives", "judgment", "judgement", "honesty", "competence")
	// wordNouns are things said or written, which meet no one
	wordNouns = set("word", "words", "speech", "speeches", "letter", "letters", "message", "messages", "article", "book",
		"report", "reports", "remark", "remarks", "comment", "comments", "statement", "statements")
	// disasterNouns destroy and kill without an attacker: "the fire which
	// destroyed most of the buildings"
	disasterNouns = set("fire", "fires", "blaze", "wildfire", "wildfires", "flood", "floods", "flooding", "storm", "storms",
		"hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami", "landslide", "mudslide", "avalanche",
		"drought", "disease", "epidemic", "virus", "crash", "accident", "collision", "derailment", "lightning", "heatwave")
	// allegeNouns report their clause as alleged ("allegations that
	// troops had shelled the village")
	allegeNouns = set("allegation", "accusation", "claim", "charge", "rumor", "rumour", "suspicion")
	// noneWords are subjects that name no one
	noneWords   = set("none", "nobody", "noone", "nothing", "neither")
	allegeAdvs  = set("reportedly", "allegedly", "purportedly", "apparently", "supposedly", "ostensibly")
	allegeVerbs = set("allege", "accuse", "claim", "suspect", "rumor", "rumour", "believe", "charge")
	reportVerbs = set("say", "tell", "announce", "state", "report", "claim", "add", "insist", "confirm", "note", "declare", "stress", "assert", "maintain", "allege", "accuse", "charge", "write", "explain", "argue", "warn", "acknowledge", "admit", "deny", "conclude", "reiterate", "emphasize", "emphasise")
	travelVerbs = set("arrive", "travel", "fly", "land", "go", "head", "journey")
	// departureVerbs leave a place
	departureVerbs = set("leave", "depart", "exit", "quit")
	rejectVerbs    = set("reject", "refuse", "decline", "spurn", "rebuff", "repudiate", "veto")
	// commentVerbs are what "declined to …" refuses when it is no act
	commentVerbs = set("comment", "elaborate", "confirm", "say", "speak", "discuss", "answer", "respond", "disclose", "reveal", "name", "identify", "specify", "give", "provide", "detail", "explain", "talk")
	// participles that, passive in form, state their subject's readiness ("is prepared to")
	readinessParticiples = set("prepare", "determine", "resolve", "commit", "dispose", "incline", "poise")
	deicticDays          = set("today", "yesterday", "tomorrow", "tonight")
	// nouns of a time phrase ("on Monday", "in March", "at night")
	timeNouns = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "weekend",
		"morning", "afternoon", "evening", "night", "day", "week", "month", "year", "time", "occasion", "eve")
	deathVerbs = set("die", "perish")
	// modifiers that make an event noun a text put out ("press release")
	pressWords = set("press", "news", "media")
	// prepositions of a phrase that says where
	placeCases = set("in", "at", "near", "across", "outside", "inside")
	// prepositions of a phrase that says when
	timeCases = set("during", "after", "before", "since", "amid", "following", "throughout")
	// verbs of a crowd coming together
	assembleVerbs = set("gather", "assemble", "converge", "flock", "congregate", "mass")
	// verbs whose "with" phrase is the other side: "fought with rebels",
	// "struggling with costs"
	contendVerbs = set("struggle", "grapple", "wrestle", "battle", "fight", "clash", "contend", "cope", "tussle", "spar")
	// verbs of holding authority: "the coalition led by Prodi", "the
	// enclave Aoun controls", "Hagan leads in the polls" state a standing
	// role, not an act (the dictionary codes them 060, "dominate" 190)
	authorityVerbs = set("lead", "head", "govern", "rule", "control", "manage", "administer", "command", "direct",
		"oversee", "supervise", "run", "steer", "chair", "dominate")
	// verbs of winning a contest, and the words of a contest of sport
	contestVerbs = set("beat", "defeat", "edge", "thrash", "crush", "rout", "trounce", "down", "overcome", "outplay",
		"whitewash", "hammer", "upset", "eliminate", "knock", "overpower", "outclass", "stun")
	sportsWords = set("semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
		"quarter-final", "quarter-finals", "championship", "championships", "tournament", "playoff", "playoffs",
		"play-off", "play-offs", "olympics", "olympic", "fifa", "uefa", "fiba", "nba", "nfl", "cricket", "football",
		"soccer", "basketball", "rugby", "tennis", "hockey", "baseball", "volleyball", "handball", "golf", "match",
		"inning", "innings", "goalkeeper", "striker", "medal", "league", "cup")
	// nouns of an agreement, and the verbs that make one
	agreementNouns = set("deal", "agreement", "accord", "treaty", "pact")
	concludeVerbs  = set("sign", "reach", "strike", "conclude", "seal", "ink", "clinch", "agree", "finalize", "finalise",
		"hammer", "broker", "negotiate", "ratify", "approve", "announce", "unveil", "secure", "forge", "make", "complete",
		"close", "land", "win", "achieve", "thrash", "work", "initial")
	// bodies one joins as a member
	memberBodies = set("alliance", "bloc", "organisation", "organization", "union", "coalition", "party", "club",
		"federation", "league", "association", "community", "group", "body", "treaty", "convention", "pact", "zone",
		"cabinet", "government", "board", "committee", "council", "team", "panel", "staff", "army")
	// what one is released from that is no captivity
	careNouns = set("hospital", "clinic", "care", "treatment", "ward", "surgery", "rehab", "rehabilitation", "quarantine",
		"contract", "duty", "obligation", "club", "team", "squad", "service", "commitment", "responsibility")
	// offices one quits, and those who hold them
	officeNouns   = set("post", "job", "office", "position", "seat", "role", "presidency", "premiership", "cabinet", "government")
	officeHolders = set("minister", "president", "premier", "chancellor", "governor", "mayor", "chief", "head", "leader",
		"secretary", "ambassador", "commander", "official", "chairman", "speaker")
	// words that make an attack a cyber attack (CAMEO 176)
	cyberWords = set("cyber", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "malware", "ransomware",
		"hacking", "ddos", "phishing", "cyber-espionage")
	// computer systems, whose attack is a cyber attack (CAMEO 176)
	cyberObjects = set("website", "websites", "web-site", "server", "servers", "database", "databases", "email",
		"e-mail", "computer", "computers")
	// the people of a demonstration, whose violence is a riot (CAMEO 145)
	protesterNouns = set("demonstrator", "protester", "protestor", "rioter", "mob", "demonstrators", "protesters", "protestors", "rioters", "mobs")
	lightVerbs     = set("take", "give", "get", "make", "have", "put", "set", "hold", "keep", "bring", "do")
	intentVerbs    = set("agree", "promise", "pledge", "offer", "vow", "swear", "commit", "volunteer", "undertake")
	// prepositions that introduce a target in an oblique argument
	targetPreps = set("to", "with", "against", "on", "into", "upon", "toward", "towards", "from", "for", "over", "at")
)

// nominal event nouns and their CAMEO codes.
var nominalCodes = map[string]string{
	"talk": "046", "talks": "046", "negotiation": "046", "negotiations": "046",
	"meeting": "040", "summit": "040", "consultation": "040", "conversation": "040", "call": "041",
	"visit": "042", "trip": "042", "tour": "042",
	"mediation": "045",
	"deal":      "057", "agreement": "057", "accord": "057", "treaty": "057", "pact": "057",
	"ceasefire": "0871", "truce": "0871", "armistice": "0871",
	"aid": "070", "assistance": "070",
	"cooperation": "060", "exercise": "062", "exercises": "062", "drill": "062", "drills": "062",
	"maneuvers": "062", "manoeuvres": "062",
	"apology": "055", "recognition": "054", "praise": "051",
	"cyberattack": "176", "cyberattacks": "176", "cyber-attack": "176", "cyber-attacks": "176",
	"attack": "190", "assault": "190", "offensive": "190", "raid": "190", "clash": "190", "clashes": "190", "fighting": "190", "invasion": "192", "incursion": "190",
	"stoppage": "143", "walkout": "143",
	"strike": "190", "airstrike": "195", "air-strike": "195", "bombardment": "195", "shelling": "194",
	"bombing": "183", "massacre": "202", "killing": "1823", "assassination": "186", "kidnapping": "181", "abduction": "181", "hijacking": "181",
	"sanction": "163", "sanctions": "163", "embargo": "163", "boycott": "143",
	"blockade": "191", "occupation": "192", "siege": "191",
	"protest": "141", "demonstration": "141", "rally": "141", "riot": "145", "sit-in": "144",
	"arrest": "173", "detention": "173", "deportation": "174", "expulsion": "166",
	"accusation": "112", "allegation": "112", "condemnation": "111", "criticism": "111", "complaint": "114", "lawsuit": "115",
	"investigation": "090", "probe": "090", "inquiry": "090",
	"threat": "130", "ultimatum": "139", "warning": "130",
	"resignation": "0831", "disbanding": "0873", "demobilization": "0873", "demobilisation": "0873",
	"withdrawal": "0872", "pullout": "0872", "retreat": "0874",
	"release": "0841", "evacuation": "0863",
	"deployment": "154", "mobilization": "154", "mobilisation": "154",
	"request": "100", "demand": "100", "appeal": "020",
	"rejection": "120", "veto": "129",
}

// nominalSourceRels are the dependents of an event noun that name its agent.
var nominalSourceRels = set("nmod:poss", "compound", "amod", "nmod:agent")

// undergoVerbs have a subject that undergoes their object.
var undergoVerbs = set("suffer", "face", "endure", "sustain", "weather", "withstand", "experience", "undergo")

// undergoneNouns are acts named only where a subject undergoes them.
var undergoneNouns = map[string]string{"fire": "190", "gunfire": "190", "barrage": "195", "bombardment": "195", "onslaught": "190",
	"opposition": "110"}

// askedBy are nouns naming who asked for an act ("at the request of",
// "at Trump's invitation").
var askedBy = set("request", "behest", "invitation", "urging", "insistence")

// receivingVerbs take what another gives: aid patterns on them code the
// giver's act.
var receivingVerbs = set("receive", "get", "obtain", "acquire", "procure", "accept", "gain")

// tourOfDuty are acts one comes back from that name no place.
// findingVerbs come upon what others did: the finder of the dead is no killer.
var findingVerbs = set("find", "discover", "uncover", "unearth", "recover", "exhume")

// narratingVerbs tell of what happened: their subject tells, not does.
var narratingVerbs = set("describe", "report", "recount", "detail", "mention", "depict", "document", "recall", "cite", "note", "write", "tell", "narrate")

// outsideActVerbs take an act as their object without doing it: they
// cause, end, judge or see it ("a trial triggered the protests", "police
// dispersed the protest"); narratingVerbs, which tell of it, do not either.
var outsideActVerbs = set("trigger", "spark", "provoke", "prompt", "cause", "fuel", "ignite", "incite", "inspire",
	"quell", "suppress", "disperse", "crush", "stop", "halt", "end", "prevent", "block", "ban", "forbid", "outlaw",
	"condemn", "denounce", "criticize", "criticise", "decry", "deplore", "welcome", "praise", "hail", "applaud",
	"mourn", "investigate", "probe", "witness", "see", "watch", "cover", "film", "follow", "fear", "expect", "predict", "survive",
	"understand", "heed", "ignore", "dismiss", "remember", "recall", "hear", "receive", "note")

// psychVerbs move their object to feel: in the passive their subject feels
// ("saddened by the news").
var psychVerbs = set("sadden", "anger", "upset", "outrage", "dismay", "disappoint", "alarm", "worry", "trouble", "shock",
	"frustrate", "annoy", "irritate", "offend", "infuriate", "enrage", "disturb", "distress", "concern", "horrify", "appal", "appall",
	"please", "delight", "encourage", "reassure", "gratify", "satisfy", "hearten")

// ownedClaims are claimed as one's own, against no one ("claim Irish
// ancestry", "claimed victory").
var ownedClaims = set("ancestry", "heritage", "descent", "roots", "citizenship", "nationality", "victory", "credit",
	"title", "prize", "win", "lead", "ownership", "inheritance")

// anyWords make a noun no one in particular.
var anyWords = set("any", "every")

// accidentVerbs tell of accidents.
var accidentVerbs = set("crash", "collapse", "capsize", "sink", "derail", "overturn", "plunge")

// forecastVerbs say what a figure or a thing will do.
// planNouns and proposalNouns name an act still to come or only put
// forward when the act noun modifies them ("the pullout plan", "a
// ceasefire proposal"); regardVerbs take something "as" what it is seen to
// be ("perceived as a threat").
var (
	planNouns     = set("plan", "scheme", "blueprint", "timetable", "roadmap")
	proposalNouns = set("proposal", "offer", "idea", "bid", "initiative", "draft")
	regardVerbs   = set("see", "perceive", "view", "regard", "consider", "deem", "describe", "brand", "label", "portray", "depict", "characterise", "characterize", "interpret", "treat", "denounce", "condemn")
)

// thingOnlyVerbs act on someone only when their object is an actor:
// recognising a marriage praises no one (praising or welcoming a step
// endorses whoever took it; respecting a decree complies with it).
var thingOnlyVerbs = set("recognize", "recognise")

// purposeVerbs make or send something for a purpose its infinitive names
// ("was established to enhance", "were sent to protect").
var purposeVerbs = set("establish", "create", "set", "form", "found", "launch", "build", "design", "send", "deploy", "dispatch", "appoint", "hire", "use", "mobilize", "mobilise")

// stateVerbs keep their complement a state ("stay engaged"); degreeAdvs
// grade a participle used as an adjective ("most respected").
var (
	stateVerbs = set("stay", "remain", "keep", "be", "become", "seem", "appear", "feel", "get")
	degreeAdvs = set("most", "more", "less", "least", "highly", "well", "very", "so", "too", "much", "widely", "deeply", "little")
)

// abstractCauses hurt or hit only figuratively.
var abstractCauses = set("controversy", "criticism", "row", "scandal", "allegation", "claim", "comment", "remark", "revelation", "news", "decision", "defeat", "loss", "setback", "downturn", "slump", "recession", "crisis", "price", "inflation", "rumour", "rumor", "dispute", "affair", "furore", "uproar", "backlash", "slowdown", "weather", "drought", "rate", "cost", "tax", "tariff")

// thirdPersons are the pronouns that in a direct quotation never stand for
// the one quoted ("“He was killed,” said the spokesman").
var thirdPersons = set("he", "him", "his", "she", "her", "they", "them", "their")

// disclosingVerbs make something known: a statement, not an act on anyone.
var disclosingVerbs = set("reveal", "disclose", "divulge", "expose", "unveil", "confess", "confide", "profess", "admit")

// repelVerbs fend off an act the other side did ("repelled attacks").
var repelVerbs = set("repel", "repulse", "thwart", "foil", "fend", "resist", "withstand", "counter", "beat", "block", "intercept", "shoot")

// bodyNouns are organisations one leads, not places one seizes.
var bodyNouns = set("group", "party", "company", "organisation", "organization", "movement", "network", "firm", "team", "club", "board", "business", "faction", "union", "bank", "committee", "council")

// supportVerbs name a purpose of support.
var supportVerbs = set("support", "help", "protect", "defend", "assist", "aid", "bolster", "reinforce", "reassure", "strengthen", "secure", "train", "back")

// taskNouns are tasks one takes over, not places or powers seized.
var taskNouns = set("coordination", "responsibility", "duty", "role", "management", "running", "chairmanship", "presidency", "leadership", "job", "post", "mission", "task", "administration")

// comparisonWords liken one thing to an act ("the same as firing").
var comparisonWords = set("same", "similar", "equivalent", "tantamount", "akin", "comparable", "equal", "analogous", "identical")

// businessNouns are hit by losses, not by attacks.
var businessNouns = set("airline", "insurer", "company", "firm", "bank", "market", "economy", "sector", "industry", "exporter", "importer", "business", "share", "stock", "investor", "retailer", "manufacturer", "carmaker", "producer", "profit", "earnings", "sale", "revenue", "tourism", "trade")

// rallyObjects are rallied to a cause, not to arms.
var rallyObjects = set("voter", "voters", "supporter", "supporters", "member", "members", "base", "party", "faithful", "activist", "activists", "troops", "public", "nation", "country", "support", "backing")

// audienceNouns hear what is said to them; they are no party to it.
var audienceNouns = set("audience", "crowd", "crowds", "reporters", "journalists", "supporters", "delegates", "conference", "rally", "gathering", "listeners", "viewers", "readers", "students", "activists", "members")

// stanceNouns name a decision or a stance, defended in words.
var stanceNouns = set("decision", "policy", "move", "action", "actions", "record", "remarks", "comments", "stance", "position", "approach", "conduct", "handling", "response", "choice", "budget", "law", "bill", "reform", "reforms", "plan", "strategy", "trip")

// goalNouns and strivingVerbs strive for the act their "for" phrase names
// ("efforts for the release", "rallied for the release").
var strivingVerbs = set("rally", "march", "campaign", "lobby", "pray", "press", "push", "appeal", "call", "agitate", "petition", "clamour", "clamor", "hope", "wait")
var goalNouns = set("effort", "campaign", "push", "bid", "drive", "struggle", "quest", "plea", "call", "appeal", "demand", "hope", "prayer", "vigil")

// intendingVerbs say what someone means to do ("intended to", "planned to",
// "designed to").
var intendingVerbs = set("intend", "mean", "plan", "design", "aim")

// intransitiveVerbs take no object in English; one the parser gives them
// is a misparse.
var intransitiveVerbs = set("rise", "arise")

// openActAdjs leave the act their noun names open ("a possible invasion"),
// comingActAdjs put it still to come ("the planned visit"), allegedActAdjs
// tell it as claimed ("the alleged attack").
var (
	openActAdjs    = set("possible", "potential", "likely", "probable", "prospective", "hypothetical", "proposed", "feared", "would-be")
	comingActAdjs  = set("planned", "upcoming", "forthcoming", "imminent", "impending", "looming", "scheduled", "intended", "expected", "anticipated")
	allegedActAdjs = set("alleged", "reported", "suspected", "purported", "claimed", "apparent")
)

var forecastVerbs = set("expect", "predict", "forecast", "project", "anticipate", "estimate")

// hedgeVerbs as participles before a noun hedge it ("suspected hideouts").
var hedgeVerbs = set("suspect", "allege", "purport", "presume", "believe", "rumour", "rumor", "report", "accuse")

// fightNouns are fights one takes part in ("involved in the fight against Isis")
var fightNouns = set("fight", "battle", "combat", "war", "struggle", "fighting", "hostilities")

var tourOfDuty = set("operation", "mission", "battle", "war", "combat", "patrol", "deployment", "assignment", "campaign", "front")

// crowdNouns name a number of people acting together.
// electoralVerbs choose in an election; with an electorateNouns subject
// they are the election itself
var electoralVerbs = set("vote", "elect", "reelect", "re-elect", "choose", "pick", "select", "return")

// measureNouns are put to a vote: voting on one is accepting or rejecting it
var measureNouns = set("referendum", "proposal", "proposals", "treaty", "constitution", "plan", "bill", "measure", "amendment",
	"deal", "agreement", "accord", "law", "reform", "reforms", "motion", "resolution", "initiative", "independence", "membership")

var electorateNouns = set("voter", "voters", "electorate", "electorates", "population", "citizen", "citizens", "constituent",
	"constituents", "elector", "electors", "resident", "residents", "people", "public")

// quantityNouns count what their "of" phrase names: "tens of thousands of
// people" are people, "dozens of documents" documents
var quantityNouns = set("ten", "tens", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
	"score", "scores", "number", "numbers", "group", "groups", "handful", "lot", "lots", "couple", "majority", "minority", "rest", "some", "many", "all", "most", "much", "several", "few", "none", "each", "part")

var crowdNouns = set("thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd", "crowds", "million", "millions", "people", "resident", "residents", "student", "students", "worker", "workers", "farmer", "farmers", "villager", "villagers", "supporter", "supporters")

// makingParticiples are participles of making: "Turkish-made drones" are no
// Turkish act.
var makingParticiples = set("made", "built", "manufactured", "designed", "produced", "supplied", "developed", "engineered")

// forceNouns name armed people, units or craft: "naval forces" are the navy,
// where "naval activity" is not.
var forceNouns = set("force", "forces", "troop", "troops", "unit", "units", "fleet", "ship", "ships", "vessel", "vessels",
	"warship", "warships", "personnel", "jet", "jets", "aircraft", "plane", "planes", "helicopter", "helicopters",
	"officer", "officers", "commander", "commanders", "soldier", "soldiers", "patrol", "patrols", "base", "bases")

// placePreps say where something is, not whose it is ("in" does: the
// PETRARCH convention makes "lawmakers in Fornost" Fornost's).
var placePreps = set("along", "near", "across", "around", "outside", "beside", "alongside")

// relationalNouns name others by their relation to someone: "US allies" are
// not the US.
var relationalNouns = set("ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors",
	"rival", "rivals", "enemy", "enemies", "adversary", "adversaries", "foe", "foes", "opponent", "opponents", "critic", "critics",
	"supporter", "supporters", "follower", "followers", "loyalist", "loyalists", "backer", "backers", "detractor", "detractors")
