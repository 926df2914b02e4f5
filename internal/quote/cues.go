package quote

import "strings"

// speechVerbs are the base forms of verbs that report speech or writing.
const speechVerbs = `say tell add call write state explain note ask reply respond continue recall argue claim
insist warn tweet declare announce acknowledge admit comment remark observe suggest conclude concede
predict complain exclaim shout yell urge press answer joke quip boast post testify emphasize emphasise
stress contend maintain muse counter retort interject agree confirm deny report allege assert caution
lament recount mention reveal disclose inform tout pledge proclaim scream whisper sigh chant sing
write rebut demand threaten accuse charge blast slam criticize criticise praise hail brag clarify
elaborate wonder estimate promise vow reiterate describe cite quote read begin recount
thunder snap fume gush marvel opine posit offer echo reason summarize summarise plead implore
instruct advise inquire query protest object predict speculate surmise theorize testify
assure reassure bemoan imply`

// irregular forms of speech verbs, mapped to their base.
var irregularForms = map[string]string{
	"said": "say", "says": "say", "saying": "say", "told": "tell", "wrote": "write", "written": "write",
	"writing": "write", "sang": "sing", "sung": "sing", "began": "begin", "begun": "begin",
	"quipped": "quip", "quipping": "quip", "admitted": "admit", "admitting": "admit",
	"snapped": "snap", "snapping": "snap", "objected": "object", "read": "read",
}

// cueForms maps every inflected form of a speech verb to its base form.
var cueForms = buildCueForms()

func buildCueForms() map[string]string {
	m := map[string]string{}
	for _, b := range strings.Fields(speechVerbs) {
		m[b] = b
		m[b+"s"] = b
		switch {
		case strings.HasSuffix(b, "e"):
			m[b+"d"] = b
			m[b[:len(b)-1]+"ing"] = b
		case strings.HasSuffix(b, "y") && !strings.HasSuffix(b, "ay") && !strings.HasSuffix(b, "ey"):
			m[b[:len(b)-1]+"ies"] = b
			m[b[:len(b)-1]+"ied"] = b
			m[b+"ing"] = b
		case strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "ss") || strings.HasSuffix(b, "x"):
			m[b+"es"] = b
			m[b+"ed"] = b
			m[b+"ing"] = b
		default:
			m[b+"ed"] = b
			m[b+"ing"] = b
		}
	}
	for f, b := range irregularForms {
		m[f] = b
	}
	return m
}

// isCue reports whether the lower-case word is a form of a speech verb.
func isCue(lower string) bool { _, ok := cueForms[lower]; return ok }

// ambiguousCues are speech verbs that also commonly mean something else;
// they count as cues only next to a quotation, never for indirect speech.
// invertingCues are ambiguous cues that, right after a comma, put their
// subject after them ("…, noted NBC's Dante Chinni"): they take no noun
// object.
var invertingCues = toSet("note notes noted add adds added continue continues continued state states stated counter counters countered answer answers answered object objects objected maintain maintains maintained wonder wonders wondered")

var ambiguousCues = toSet("call called calls calling tell tells told telling press pressed pressing post posted posting read reads reading charge charged charging counter countered countering offer offered offering begin began begun begins beginning echo echoed echoes echoing report reported reports reporting object objected objects state stated states continue continued continues continuing maintain maintained maintains answer answered answers note notes noted noting add adds added adding describe described describes quote quoted quotes cite cited cites estimate estimated estimates hail hailed praise praised slam slammed blast blasted criticize criticized criticise criticised accuse accused demand demanded wonder wondered sing sang sung sings chant chanted chants")

// adverbials may stand between a speaker and the cue ("he then said",
// "Trump has repeatedly said", "she would later add").
var adverbials = toSet("then also later again once both further still simply finally just first previously recently repeatedly often has have had would will did does do was is were are had've 's can could may might must should never always once earlier quickly immediately initially ultimately now not n't even only")

// timeWords name or qualify a time: "last October", "this week".
var timeWords = toSet("last this next past early late earlier yesterday today tonight week weekend month year morning afternoon evening night january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday")

// nameStops end a speaker noun phrase.
var nameStops = toSet("in on at during to from after before for with about over into via while when as because since through outside inside that which who whom whose where if but or so than like amid despite among against without under upon toward towards across behind near per monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow earlier last this next is was are were has have had will would said told says it they he she we i you me him her them us there here")

// pronouns that can be a speaker.
var speakerPronouns = toSet("he she they we i it you")

// titles precede a name and are not part of it.
var titles = toSet("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady sen sen. senator rep rep. representative gov gov. governor president vice prime minister secretary gen gen. general lt lt. col col. maj maj. capt capt. sgt sgt. adm adm. admiral king queen prince princess pope rev rev. reverend judge justice mayor chancellor ambassador chairman chairwoman chief director commissioner speaker attorney professor prof prof. sheikh ayatollah former acting deputy foreign defense defence state house senate majority minority leader candidate nominee democratic republican gop democrat us u.s. presidential first")

// nonPersonWords mark a capitalised sequence as something other than a person.
var nonPersonWords = toSet("party house senate congress committee department ministry university college news times post journal press agency council court office church school association union bank company group foundation institute center centre network organization organisation campaign administration government city state states county republic kingdom nations street avenue road river mountain island day week month monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december twitter facebook instagram youtube cnn fox nbc abc cbs msnbc reuters ap afp bbc tv radio magazine inc corp llc ltd co")
