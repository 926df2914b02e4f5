package lemma

import "strings"

// irregularVerbs are the principal parts (base, past, past participle) of
// English irregular verbs. The rules learned from a treebank cannot reach a
// past form the treebank never shows ("froze", "beaten", "slain"); a verb
// form the learned exceptions do not know is looked up here before the
// suffix rules. Forms that are also the base of another verb ("bound",
// "ground", "lay") are left out.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	for _, parts := range strings.Split(irregularTable, ",") {
		f := strings.Fields(parts)
		for _, form := range f[1:] {
			if form != f[0] {
				m[form] = f[0]
			}
		}
	}
	return m
}()

const irregularTable = "" +
	"arise arose arisen, awake awoke awoken, bear bore borne, beat beat beaten, become became become," +
	"begin began begun, bend bent bent, bet bet bet, bid bid bid, bite bit bitten, bleed bled bled," +
	"blow blew blown, break broke broken, breed bred bred, bring brought brought, broadcast broadcast broadcast," +
	"build built built, burn burnt burnt, burst burst burst, buy bought bought, cast cast cast," +
	"catch caught caught, choose chose chosen, cling clung clung, come came come, cost cost cost," +
	"creep crept crept, cut cut cut, deal dealt dealt, dig dug dug, do did done, draw drew drawn," +
	"dream dreamt dreamt, drink drank drunk, drive drove driven, eat ate eaten, fall fell fallen, feed fed fed," +
	"feel felt felt, fight fought fought, find found found, flee fled fled, fling flung flung, fly flew flown," +
	"forbid forbade forbidden, forecast forecast forecast, foresee foresaw foreseen, forget forgot forgotten," +
	"forgive forgave forgiven, forsake forsook forsaken, freeze froze frozen, get got gotten, give gave given," +
	"go went gone, grow grew grown, hang hung hung, hear heard heard, hide hid hidden, hit hit hit," +
	"hold held held, hurt hurt hurt, keep kept kept, kneel knelt knelt, know knew known, lead led led," +
	"leap leapt leapt, leave left left, lend lent lent, let let let, light lit lit, lose lost lost," +
	"make made made, mean meant meant, meet met met, mislead misled misled, mistake mistook mistaken," +
	"outdo outdid outdone, overcome overcame overcome, overdo overdid overdone, overhear overheard overheard," +
	"override overrode overridden, overrun overran overrun, oversee oversaw overseen," +
	"overtake overtook overtaken, overthrow overthrew overthrown, pay paid paid, prove proved proven," +
	"put put put, quit quit quit, read read read, rebuild rebuilt rebuilt, rid rid rid, ride rode ridden," +
	"ring rang rung, rise rose risen, run ran run, say said said, see saw seen, seek sought sought," +
	"sell sold sold, send sent sent, set set set, shake shook shaken, shed shed shed, shine shone shone," +
	"shoot shot shot, show showed shown, shrink shrank shrunk, shut shut shut, sing sang sung, sink sank sunk," +
	"sit sat sat, slay slew slain, sleep slept slept, slide slid slid, sling slung slung, slit slit slit," +
	"speak spoke spoken, speed sped sped, spend spent spent, spin spun spun, spit spat spat, split split split," +
	"spread spread spread, spring sprang sprung, stand stood stood, steal stole stolen, stick stuck stuck," +
	"sting stung stung, stink stank stunk, stride strode stridden, strike struck struck, string strung strung," +
	"strive strove striven, swear swore sworn, sweep swept swept, swell swelled swollen, swim swam swum," +
	"swing swung swung, take took taken, teach taught taught, tear tore torn, tell told told," +
	"think thought thought, throw threw thrown, thrust thrust thrust, tread trod trodden," +
	"undergo underwent undergone, understand understood understood, undertake undertook undertaken," +
	"undo undid undone, uphold upheld upheld, upset upset upset, wake woke woken, wear wore worn," +
	"weave wove woven, weep wept wept, win won won, withdraw withdrew withdrawn, withhold withheld withheld," +
	"withstand withstood withstood, wring wrung wrung, write wrote written"
