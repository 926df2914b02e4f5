package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// codedEvent is the part of a `sitrep code` record the tests look at.
type codedEvent struct {
	Type         string                `json:"type"`
	Mode         string                `json:"mode"`
	Source       struct{ Code string } `json:"source"`
	Target       struct{ Code string } `json:"target"`
	Negated      bool                  `json:"negated"`
	Hypothetical bool                  `json:"hypothetical"`
	Future       bool                  `json:"future"`
	Alleged      bool                  `json:"alleged"`
	Sentence     string                `json:"sentence"`
	MentionSpans []struct {
		Start, End int
	} `json:"mention_spans"`
}

func (e codedEvent) fact() bool { return !e.Negated && !e.Hypothetical && !e.Future && !e.Alleged }

// TestCodeChain runs `sitrep code` (the whole analysis chain of ingest) on
// invented sentences of the kinds a reader of the seed dumps meets —
// meetings, deals, attacks, accusations, threats, sanctions — and on negated,
// conditional and reported ones, which must never come out as fact.
func TestCodeChain(t *testing.T) {
	type want struct {
		typ, source, target string // source/target: CAMEO country prefix, "" = any
	}
	cases := []struct {
		sentence string
		facts    []want   // coded as fact with these actors
		notFacts []string // types that must not be coded as fact
		flagged  []string // types that must be present, flagged
		modes    []string // PLOVER modes some factual event must have
		nobody   []string // CAMEO country prefixes no event may have as an actor
		noSource []string // CAMEO country prefixes no event may have as its source
		noPairs  []want   // exact source/target codes no event may have ("" type = any)
		anyEvent []want   // coded, as fact or flagged, with these actors
	}{
		{sentence: "The Egyptian foreign minister met his Jordanian counterpart in Cairo on Monday.",
			facts: []want{{"CONSULT", "EGY", "JOR"}}},
		{sentence: "Germany and Poland signed a border agreement on Tuesday.",
			facts: []want{{"SUPPORT", "DEU", "POL"}, {"SUPPORT", "POL", "DEU"}}},
		// coordinated subjects act on each other only when the verb is
		// one of doing it with each other
		{sentence: "Egypt and Sudan fired missiles at the border posts.",
			noPairs: []want{{"", "EGY", "SDN"}, {"", "SDN", "EGY"}}},
		{sentence: "Egypt and Sudan have accepted the results of the vote.",
			noPairs: []want{{"", "EGY", "SDN"}, {"", "SDN", "EGY"}}},
		{sentence: "Egypt and Sudan clashed on the border.",
			facts: []want{{"ASSAULT", "EGY", "SDN"}, {"ASSAULT", "SDN", "EGY"}}},
		{sentence: "Egypt and Sudan shelled each other's positions on Monday.",
			facts: []want{{"ASSAULT", "EGY", "SDN"}}},
		// a headline's bare past form is passive: done to its subject
		{sentence: "Sudanese opposition leader arrested",
			noSource: []string{"SDN"}, anyEvent: []want{{"COERCE", "", "SDN"}}},
		{sentence: "Two Kenyan soldiers killed in Somalia",
			noSource: []string{"KEN"}, anyEvent: []want{{"ASSAULT", "", "KEN"}}},
		{sentence: "Egyptian police arrested Sudanese opposition leader",
			facts: []want{{"COERCE", "EGY", "SDN"}}},
		// an act an adjective judges hard, vital or possible is not done,
		// nor promised
		{sentence: "The Kenyan president said that it would be difficult to negotiate about Somalia's claims.",
			notFacts: []string{"AGREE", "CONCEDE"}},
		// holding an office is no act; leaving hospital is no release
		{sentence: "The Kenyan minister served in Somalia as ambassador.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "The Kenyan minister served with the Somali president in the cabinet.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "The Kenyan opposition leader has been released from hospital.",
			notFacts: []string{"RETREAT"}},
		{sentence: "The Kenyan journalist was released from prison on Monday.",
			facts: []want{{"RETREAT", "", "KEN"}}},
		// a second subject the parse gives a verb is no target
		{sentence: "NATO chief Jaap de Hoop Scheffer suggested during a recent visit that more help would be welcome.",
			noPairs: []want{{"", "NLDGOV", "IGOWSTNAT"}}},
		// paying a fine, checking in, complaining of pain, leading to a
		// result, joining a body and being flown somewhere are no acts
		{sentence: "Kenya Airways admitted its role and paid a US$110 million fine to Uganda.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "The Kenyan opposition leader was arrested by Ugandan police after checking in at a hotel.",
			notFacts: []string{"ACCUSE"}, facts: []want{{"COERCE", "UGA", "KEN"}}},
		{sentence: "The Kenyan president was admitted after complaining of chest pains.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "Kenya's membership of the African Union led to an increase in investment.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Since Moldova joined the World Bank in 1992, the Bank has lent $592 million.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Kenyan hostages were flown to Uganda on Monday.",
			notFacts: []string{"AGREE", "CONSULT"}},
		{sentence: "NATO trains Iraqi personnel.",
			facts: []want{{"AID", "", "IRQ"}}},
		// a fronted place is where a verbal act was done, not whom it
		// addressed; a place in its object stays the target
		{sentence: "Even in Kenya, the Ugandan foreign ministry has condemned the taunting.",
			noPairs: []want{{"", "UGAGOV", "KEN"}}, facts: []want{{"ACCUSE", "UGA", ""}}},
		// needing to act, running for office and winning a game are no acts
		{sentence: "The Lebanese government needs to make quick political reforms to ensure the survival of the Syrian regime.",
			notFacts: []string{"REQUEST"}},
		{sentence: "When campaigning for the Kenyan Senate in 2006, Odinga had been a vocal critic of Kibaki.",
			notFacts: []string{"REQUEST"}},
		{sentence: "Greece beats USA 101-95 in the semifinals of the world championship in Japan",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Russian troops defeated Ukrainian forces near Bakhmut.",
			facts: []want{{"ASSAULT", "RUS", "UKR"}}},
		// an attack on a website or servers is a cyber attack (176)
		{sentence: "Russian hackers targeted the Estonian parliament.",
			facts: []want{{"COERCE", "RUS", "EST"}}, notFacts: []string{"ASSAULT"}},
		{sentence: "Estonian government website attacked",
			anyEvent: []want{{"COERCE", "", "EST"}}, notFacts: []string{"ASSAULT"}},
		// sponsoring a contest or a bill is no economic cooperation
		{sentence: "The Iranian government sponsored the cartoon competition.",
			notFacts: []string{"COOPERATE"}},
		// a relative pronoun stands for the noun its clause modifies,
		// not a party above it
		{sentence: "The Nepalese king cited the failure of Nepalese political parties to control an insurgency that has killed 12,000 people.",
			noSource: []string{"NPL"}},
		// a visit made is a visit, not an intent to visit
		{sentence: "The Kenyan president made a surprise visit to Mogadishu.",
			facts: []want{{"CONSULT", "KEN", "SOM"}}, notFacts: []string{"AGREE"}},
		// no party in a policy defended, a need recognised or a hurdle
		// removed; none in a currency; no journey in "went off"; no act
		// in a needing or an election won
		{sentence: "The Kenyan president staunchly defended his Somalia policy in public.",
			notFacts: []string{"AID"}},
		{sentence: "The Kenyan president recognizes the need for a major adjustment in Somalia.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "The vote removes the last major hurdle for the Kenyan president to implement the plan.",
			notFacts: []string{"COERCE"}},
		{sentence: "The Chinese government has decided to stop its currency peg to the U.S. dollar.",
			nobody: []string{"USA"}},
		{sentence: "Four explosions went off in different parts of Thailand's capital city.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Kenyan opposition needs the Ugandan president, a Kenyan academic said.",
			notFacts: []string{"REQUEST"}},
		{sentence: "The Kenyan ruling party won a plurality of the seats in the Kenyan parliament on Tuesday.",
			notFacts: []string{"COOPERATE"}},
		// a headline's "X to do" is still to come
		{sentence: "Kenyan businessman to donate $37 million to Ugandan hospital",
			notFacts: []string{"AID"}},
		{sentence: "Persons from Punta Arenas, Chile on strike after government announcement to increase gas prices",
			notFacts: []string{"AGREE"}},
		// a resignation takes no target from a party nearby
		{sentence: "The Kenyan minister resigned after the scandal in Uganda.",
			facts: []want{{"RETREAT", "KEN", ""}}, noPairs: []want{{"", "KENGOV", "UGA"}}},
		// a standing treaty is no new deal; one concluded is
		{sentence: "Luxembourg votes Yes to the EU treaty",
			notFacts: []string{"SUPPORT"}},
		{sentence: "The agreement between Kenya and Uganda ends the dispute.",
			facts: []want{{"SUPPORT", "KEN", "UGA"}}},
		// calling a party something is a view; poll shares do nothing
		{sentence: "Kenya, Uganda and Tanzania consider Al-Shabaab a terrorist organization.",
			notFacts: []string{"CONSULT"}},
		{sentence: "Over 70% agreed Kenya should attempt to counterbalance Uganda.",
			notFacts: []string{"AGREE"}},
		// what one stopped doing is not done
		{sentence: "The Kenyan government has stopped paying for her protection in Uganda.",
			notFacts: []string{"COOPERATE"}},
		// founding, learning, claiming to be, paying costs and releasing
		// photographs are no acts on a party
		{sentence: "Al-Shabaab was founded by Somali Islamists in 2006.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "He said he also found out that several Ugandan officials think the border is closed.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Somali militia had captured a man claiming to be a Kenyan.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Kenyan government has said it will pay the cleanup costs from the spill in Uganda.",
			notFacts: []string{"AGREE", "COOPERATE"}},
		{sentence: "Reuters news agency has released photographs that showed six of the victims were shot in the chest.",
			notFacts: []string{"RETREAT"}},
		// a relative clause on coordinated names speaks of the nearest;
		// leaders attending one meeting do not meet each other by it
		{sentence: "The talks turned into a tense exchange between the Kenyan president and the Ugandan president, who had urged skepticism about Somalia's commitment.",
			noSource: []string{"KEN"}},
		{sentence: "The Kenyan and Ugandan presidents William Ruto and Yoweri Museveni will also attend the bloc's largest meeting.",
			noPairs: []want{{"", "KENGOV", "UGAGOV"}, {"", "UGAGOV", "KENGOV"}}},
		// "have yet to" is not done, "has to" an obligation
		{sentence: "The Kenyan police have yet to complete their investigation of the Ugandan embassy.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Kenyan president has to meet the Ugandan president.",
			notFacts: []string{"CONSULT"}},
		// caught in a crossfire, leaving for reasons, a time and place
		// opening the clause, a parliament's role: no act on a party
		{sentence: "Many of the casualties are Somali civilians caught in the crossfire.",
			notFacts: []string{"COERCE"}},
		{sentence: "During his tenure in the Kenyan foreign ministry, the Ugandan envoy supported drilling in the north.",
			noPairs: []want{{"SUPPORT", "UGAGOV", "KEN"}, {"SUPPORT", "UGAGOV", "KENGOV"}}},
		{sentence: "As the legislative branch of the Israeli government, the Knesset enacts laws and elects the president and prime minister.",
			notFacts: []string{"COOPERATE"}},
		// a sentence handed down is imposed
		{sentence: "The Kenyan high court awarded the death sentence to the Ugandan smuggler.",
			facts: []want{{"COERCE", "KEN", "UGA"}}},
		// a relative pronoun never stands for a party above its noun
		{sentence: "The Kenyan president said that the opposition which had taken over the government was illegitimate.",
			noSource: []string{"KEN"}},
		{sentence: "The Kenyan foreign minister said she was leaving for personal reasons.",
			notFacts: []string{"CONSULT"}},
		// a pattern of prepositions alone ("BREAK * (WITH)", 130) is an
		// idiom of the verb it was written for, not of its block
		{sentence: "The video shows Kenyan troops beating four Somali teenagers with batons.",
			facts: []want{{"ASSAULT", "KEN", ""}}, notFacts: []string{"THREATEN"}},
		// being sworn in, a plea, a sentence served, a report submitted,
		// a bridge linking places, an ability demonstrated, a process
		// defended, a cabinet joined, an election called: no acts on a
		// party
		{sentence: "The Kenyan minister was sworn in two days ago.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "A former Kenyan official has pleaded guilty to accepting bribes from Ugandan firms.",
			notFacts: []string{"REQUEST"}},
		{sentence: "The Kenyan official will also serve four years of probation.",
			notFacts: []string{"AGREE"}},
		{sentence: "The Kenyan judge submitted his report to the Ugandan president.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "A bridge linking the Crimea with the Krasnodar region of Russia was presented in Ukraine.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "The Kenyan candidate has again demonstrated his ability to compete with Uganda.",
			notFacts: []string{"PROTEST"}},
		{sentence: "The Kenyan president has defended the process in Uganda.",
			notFacts: []string{"AID"}},
		{sentence: "Kenyan MP joins Ugandan cabinet",
			notFacts: []string{"CONSULT"}},
		{sentence: "A by-election was called for two ridings including Mombasa.",
			notFacts: []string{"REQUEST"}},
		// what talks or efforts are for is not done
		{sentence: "Talks to end the violence in Kenya have been put on hold.",
			notFacts: []string{"RETREAT"}},
		{sentence: "In addition to sending 2,000 troops to Uganda, Kenya said it would move 1,000 troops to Somalia.",
			facts: []want{{"COOPERATE", "KEN", "UGA"}}},
		{sentence: "Mali was the first country to recognise Kosovo.",
			facts: []want{{"SUPPORT", "MLI", ""}}},
		// a relative clause on an act noun is done by the party above
		{sentence: "ISIS issued a statement Saturday claiming responsibility for a suicide bombing that killed at least 27 people at a mosque in the eastern Libyan town of Darna.",
			anyEvent: []want{{"ASSAULT", "MEAREB", "LBY"}}},
		// figures of speech, inspiration, views argued, idioms of buying
		// and paying, what one is banned from and what a law is aimed at
		{sentence: "The Kenyan president said Uganda's open door approach is hitting Kenyan workers.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Kenyan film, inspired by the life of the Ugandan singer, opened on Monday.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "It also said the Indian government had told it to pay a production tax, for which Cairn argues it is not liable.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Kenyan singer traded blows with his Ugandan guitarist.",
			facts: []want{{"ASSAULT", "", ""}}, notFacts: []string{"COOPERATE"}},
		{sentence: "The sale has bought time for the Kenyan government to raise the money.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "The Kenyan company said it would resume paying a dividend to Ugandan shareholders.",
			notFacts: []string{"AGREE"}},
		{sentence: "A Kenyan judge banned the Ugandan firm from taking part in the auction.",
			notFacts: []string{"AGREE"}},
		{sentence: "Details were hammered out at a meeting at the Kenyan president's home in Nairobi on Sunday.",
			notFacts: []string{"ACCUSE", "ASSAULT"}},
		{sentence: "Kenyan politicians are proposing a tough new law aimed at cracking down on Ugandan smugglers.",
			notFacts: []string{"COERCE"}},
		// a city of one's own country is where one meets, not whom
		{sentence: "The Kenyan ruling party will hold its annual conference in Mombasa.",
			noPairs: []want{{"", "KENGOV", "KEN"}}},
		// a yes/no question asserts nothing; a state, a worker let go, a
		// promotion, a press release and a succession are no acts
		{sentence: "Did Kenyan troops attack Ugandan positions?",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "Only parts of Kenyan, Ugandan and Tanzanian airspace remain closed.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "McDonald's unfairly dismissed worker for giving a colleague free cheese, says Dutch court",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Kenyan official was promoted to the newly created post of executive vice president.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "The Kenyan chief executive announced his retirement via press release.",
			notFacts: []string{"RETREAT"}},
		{sentence: "The same Kenyan release confirmed that the Ugandan chief will take over for him.",
			notFacts: []string{"RETREAT", "THREATEN"}},
		// headlines hit and weather that hits strike no one
		{sentence: "MCI hit the headlines as Worldcom in 2002 after admitting it illegally booked expenses and inflated profits.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Kenyan company said the poor summer weather had hit sales in Uganda.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Ethiopian troops attacked rebel positions near the Sudanese border.",
			facts: []want{{"ASSAULT", "ETH", ""}}},
		// a phrasal verb's particle is the verb's, not a later phrase's
		// preposition ("give in", "press on")
		{sentence: "The Chilean president gave a long speech in Lima on Friday.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "Bolivia needs to spend more on its navy.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Malian army pulled its forces out of the northern region.",
			facts: []want{{"RETREAT", "MLI", ""}}},
		{sentence: "Uruguay and Paraguay fought side by side in the last war.",
			facts: []want{{"COOPERATE", "URY", "PRY"}}},
		// thinking that something is so is a view, not a consultation
		{sentence: "The Turkish foreign minister said he thought the Greek proposals were unhelpful.",
			notFacts: []string{"CONSULT"}},
		// a participle modifying a noun is not the dictionary's noun:
		// "policies based on" is not SET_UP * BASE (a military base)
		{sentence: "Kenya devised its own security policies based on a British framework.",
			notFacts: []string{"MOBILIZE"}},
		// a word of a name is no predicate: "United" in "United States"
		{sentence: "Egypt said it is going to export gas to Spain and United States.",
			noPairs: []want{{"", "ESP", "USA"}}},
		// "going to" with an infinitive is the future, not a journey
		{sentence: "Qatar announced that it is going to sell more gas to Italy.",
			notFacts: []string{"CONSULT"}},
		// what a failure or refusal names is not done
		{sentence: "Germany criticised Poland's refusal to accept refugees.",
			facts: []want{{"ACCUSE", "DEU", "POL"}}, notFacts: []string{"AGREE"}},
		// sides act with each other only in acts done together
		{sentence: "Kenya and Uganda criticised the plan.",
			noPairs: []want{{"", "KEN", "UGA"}, {"", "UGA", "KEN"}}},
		{sentence: "Kenya and Uganda withdrew their objections on Monday.",
			noPairs: []want{{"", "KEN", "UGA"}, {"", "UGA", "KEN"}}},
		{sentence: "Kenya and Uganda praised the plan.",
			noPairs: []want{{"", "KEN", "UGA"}, {"", "UGA", "KEN"}}},
		{sentence: "Senegal and Gambia hosted the summit.",
			noPairs: []want{{"", "SEN", "GMB"}, {"", "GMB", "SEN"}}},
		// a verb of tending or seeming qualifies the act after it; seeming
		// is no report of fact
		{sentence: "Kenyan voters tend to distrust Uganda.",
			notFacts: []string{"AID"}},
		{sentence: "Kenya managed to slow the decline in exports to Uganda.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Eritrea appears to have attacked Ethiopia.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "The attack appeared to be one of the biggest American assaults in Syria.",
			facts: []want{{"ASSAULT", "USA", ""}}},
		// a promised inquiry threatens no one; it stays a future inquiry
		{sentence: "Kenya said it will investigate Uganda.",
			notFacts: []string{"THREATEN", "ACCUSE"}, flagged: []string{"ACCUSE"}},
		// a market's demand is no request; someone's demand is
		{sentence: "Ugandan demand for Kenyan sugar fell sharply.",
			noPairs: []want{{"", "UGA", "KEN"}}},
		{sentence: "Kenya said demand from Uganda was strong.",
			notFacts: []string{"REQUEST"}},
		{sentence: "Kenya made a demand for talks with Uganda.",
			facts: []want{{"REQUEST", "KEN", "UGA"}}},
		// calling a truce declares one; no telephone call (a pattern for
		// calling an election still reads it)
		{sentence: "Ethiopia called a truce in its war with Eritrea.",
			facts: []want{{"RETREAT", "ETH", ""}}, notFacts: []string{"CONSULT"}},
		{sentence: "Kenya called a snap election.",
			facts: []want{{"CONCEDE", "KEN", ""}}},
		// attacking someone for a reason or while speaking criticises; a
		// duration is no reason
		{sentence: "South Africa's president attacked Britain, saying its imperialists treated Africans like savages.",
			facts: []want{{"ACCUSE", "ZAF", "GBR"}}, notFacts: []string{"ASSAULT"}},
		{sentence: "Russian troops attacked Kharkiv for three hours.",
			facts: []want{{"ASSAULT", "RUS", "UKR"}}, notFacts: []string{"ACCUSE"}},
		{sentence: "President Xi welcomed Erdogan to Beijing hours before the opening ceremony.",
			facts: []want{{"CONSULT", "CHN", "TUR"}}},
		// a two-sided pattern ("&WEAPON * [193:193]", written for BATTLE)
		// is one-sided on a verb of striking
		{sentence: "Russian missiles hit Kyiv on Monday.",
			facts: []want{{"ASSAULT", "RUS", "UKR"}}, noPairs: []want{{"", "UKR", "RUS"}}},
		// a place near which sides fight is no party: they fight each other
		{sentence: "Russian and Ukrainian troops clashed near Bakhmut.",
			facts: []want{{"ASSAULT", "RUSMIL", "UKRMIL"}, {"ASSAULT", "UKRMIL", "RUSMIL"}}},
		// declining to give a view rejects no one; declining to give aid does
		{sentence: "Kenya declined to give its view of Uganda.",
			notFacts: []string{"REJECT"}},
		{sentence: "Ethiopia declined to give aid to Eritrea.",
			facts: []want{{"REJECT", "ETH", "ERI"}}},
		// calling for talks asks for them (CAMEO 036), no telephone call
		{sentence: "Ghana called for talks with Togo.",
			facts: []want{{"AGREE", "GHA", "TGO"}}, notFacts: []string{"CONSULT"}},
		// joining or renewing calls for something is an appeal, and so is a
		// call for something; a call with someone is a telephone call
		{sentence: "Germany joined calls for sanctions on Iran.",
			facts: []want{{"REQUEST", "DEU", "IRN"}}, notFacts: []string{"CONSULT"}},
		{sentence: "Malawi renewed calls for talks with Zambia.",
			facts: []want{{"REQUEST", "MWI", "ZMB"}}, notFacts: []string{"CONSULT"}},
		{sentence: "The Hungarian prime minister had a phone call with the Slovak president.",
			facts: []want{{"CONSULT", "HUN", "SVK"}}},
		// releasing figures publishes them; releasing prisoners frees them
		{sentence: "The Malaysian central bank released growth figures showing Thailand's economy shrank.",
			notFacts: []string{"RETREAT"}},
		{sentence: "Azerbaijan released two Armenian soldiers on Friday.",
			facts: []want{{"RETREAT", "AZE", "ARM"}}},
		{sentence: "Figures released by the Japanese government's Cabinet Office showed that GDP fell.",
			notFacts: []string{"RETREAT"}},
		// a precaution "in case" something happens is no act
		{sentence: "French troops are on standby in case they need to help evacuate Belgian citizens from Chad.",
			notFacts: []string{"AID", "REQUEST"}},
		// hitting an amount is no blow; hitting targets is
		{sentence: "Uganda hit Kenyan firms with 2 billion dollars in taxes.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Israeli airstrikes hit 30 targets in Gaza.",
			facts: []want{{"ASSAULT", "ISR", "PSE"}}},
		// "is to" with an infinitive is a plan
		{sentence: "Kenya is to send troops to Somalia.",
			notFacts: []string{"COOPERATE"}, flagged: []string{"COOPERATE"}},
		{sentence: "Rwanda to send troops to Mozambique",
			notFacts: []string{"COOPERATE"}, flagged: []string{"COOPERATE"}},
		// revealing that something is so is a statement, no diplomatic act
		{sentence: "The Kenyan speaker revealed some Ugandan MPs had been using phones during debates.",
			notFacts: []string{"SUPPORT"}},
		// going or coming to no country is no meeting; going to one is a visit
		{sentence: "The Kenyan president came to office in 2022.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Ugandan president went back on a pledge to the Kenyan president.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Kenyan minister was travelling on his Ugandan passport.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Malian president went to Senegal on Monday.",
			facts: []want{{"CONSULT", "MLI", "SEN"}}},
		// "found" as the past of find is not FOUND (ENACT, 060)
		{sentence: "The Kenyan inquiry found Ugandan firms had topped the list of suppliers.",
			notFacts: []string{"COOPERATE"}},
		// what is needed, with no one needing it, is no demand
		{sentence: "Higher taxes were needed to solve the Namibian pension crisis.",
			notFacts: []string{"REQUEST"}},
		// a market is no actor: "Nigerian crude was trading"
		{sentence: "Nigerian crude was trading at 70 dollars in Asian electronic trade on Monday.",
			noSource: []string{"NGA"}},
		// a capacity is no act: "has the power to", "the right to"
		{sentence: "The Security Council has the power to impose sanctions on Iran.",
			notFacts: []string{"SANCTION"}, flagged: []string{"SANCTION"}},
		{sentence: "The European Union has the right to expel Hungary.",
			notFacts: []string{"COERCE"}, flagged: []string{"COERCE"}},
		{sentence: "Unless the budget is discussed, Denmark and Sweden will never be able to reach agreement.",
			notFacts: []string{"REJECT", "AGREE"}},
		{sentence: "Venezuela hurled threats at Guyana on Monday.",
			facts: []want{{"THREATEN", "VEN", "GUY"}}, notFacts: []string{"ASSAULT"}},
		{sentence: "Nepal acquired two helicopters, according to Pakistani officials.",
			facts: []want{{"AID", "", "NPL"}}, nobody: []string{"PAK"}},
		{sentence: "The Sudanese army withdrew from the town without firing a shot at the rebels.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "The Georgian president told his army to press on with the offensive.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// sides signing together sign with each other, not with whom
		// their declaration supports; its own leader does not support
		// his country
		{sentence: "The presidents of Ecuador, Chile and Bolivia signed a declaration of intent on Tuesday for the deployment of joint forces to support La Paz's recovery.",
			facts:   []want{{"SUPPORT", "ECU", "CHL"}, {"SUPPORT", "CHL", "BOL"}},
			noPairs: []want{{"", "BOLGOV", "BOL"}, {"", "BOL", "ECUGOV"}}},
		// a condition on the future conditions what was planned, not the
		// signing done; a condition on a past act leaves it open
		{sentence: "The presidents of Chile and Peru signed a declaration on Tuesday for the deployment of joint forces to support Bolivia’s recovery – if a ceasefire is agreed on.",
			facts: []want{{"SUPPORT", "CHL", "PER"}}, flagged: []string{"SUPPORT"}},
		{sentence: "Kenya attacked Somalia if the reports are true.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// "his army" told to press on is the teller's country's army
		{sentence: "On Monday, the Kenyan president struck a defiant tone, telling his army to press on with the offensive against Somalia.",
			anyEvent: []want{{"ASSAULT", "KENMIL", "SOM"}}, notFacts: []string{"ASSAULT"}},
		// "military preparations" are no military: the target is the
		// country, not its armed forces
		{sentence: "Belarus has continued to increase its own military preparations, including naval activity near Lithuania's border.",
			anyEvent: []want{{"MOBILIZE", "BLR", "LTU"}}, noPairs: []want{{"", "BLR", "LTUMIL"}}},
		// calling someone a name is no telephone call
		{sentence: "The Ecuadorian president called his Peruvian counterpart a terrorist.",
			notFacts: []string{"CONSULT"}},
		// whom a topic is discussed with is the other side, not the topic
		{sentence: "The Bolivian president will discuss the Venezuela crisis with Chile's president on Monday.",
			anyEvent: []want{{"CONSULT", "BOL", "CHL"}}, noPairs: []want{{"", "BOLGOV", "VEN"}}},
		// troops along a border are not the border country's
		{sentence: "Venezuela has deployed more than 10,000 troops along Guyana's border.",
			facts: []want{{"MOBILIZE", "VEN", "GUY"}}, noPairs: []want{{"", "VENGOV", "GUYMIL"}, {"", "VEN", "GUYMIL"}}},
		// a description set off by commas after a name is no second
		// subject: Chile refused, not its ally's country
		{sentence: "Chile, a key U.S. ally in the region, has refused to send troops to Peru.",
			anyEvent: []want{{"COOPERATE", "CHL", "PER"}}, nobody: []string{"USA"}},
		// a country's allies are not the country
		{sentence: "Venezuela accused Colombia's allies of plotting a coup.",
			nobody: []string{"COL"}},
		{sentence: "Chile discussed the plan with Brazilian allies and US allies.",
			noPairs: []want{{"", "CHL", "USA"}}},
		// whom sides cooperate against is no partner
		{sentence: "Uruguay and Argentina formed an alliance against Brazil.",
			facts: []want{{"SUPPORT", "URY", "ARG"}}, noPairs: []want{{"", "URY", "BRA"}, {"", "ARG", "BRA"}}},
		{sentence: "Jordan joined the fight against Syria.",
			noPairs: []want{{"COOPERATE", "JOR", "SYR"}}},
		// ... but a retreat from acts against someone is toward them
		{sentence: "Ethiopia halted its attacks against Eritrea.",
			facts: []want{{"RETREAT", "ETH", "ERI"}}},
		// who made the weapon did not fire it
		{sentence: "A Swedish-made missile hit a hospital in Yemen.",
			facts: []want{{"ASSAULT", "", "YEM"}}, nobody: []string{"SWE"}},
		// a bare past participle is passive: Brazil pressed Paraguay
		{sentence: "Pressed by Brazil, Paraguay arrested three smugglers.",
			facts: []want{{"REQUEST", "BRA", "PRY"}}},
		// a typographic apostrophe: ’ll is will, so a stated intent, no fact
		{sentence: "“We’ll attack Moldova,” the Transnistrian leader said.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "The Bolivian president struck a conciliatory tone on Monday.",
			notFacts: []string{"ASSAULT"}},
		// a word inside a name is no pattern word ("World" of World War Two
		// is not the world that URGE * WORLD means)
		{sentence: "Lithuania's parliament demanded an apology from Belarus for crimes committed during World War Two.",
			facts: []want{{"REQUEST", "LTU", "BLR"}}, notFacts: []string{"SUPPORT"}},
		// an act the subject undergoes is done to it, by whoever the
		// from/by phrase names
		{sentence: "Kenya came under attack from Somali militants on Monday.",
			facts: []want{{"ASSAULT", "SOM", "KEN"}}},
		{sentence: "Israel faced rocket fire from Hamas overnight.",
			facts: []want{{"ASSAULT", "PSE", "ISR"}}, notFacts: []string{"CONSULT"}},
		{sentence: "Ukraine suffered a missile attack by Russia on Monday.",
			facts: []want{{"ASSAULT", "RUS", "UKR"}}},
		// weapons the dictionary's synset lacked (supplement): tanks
		{sentence: "Poland sent tanks to Moldova last month.",
			facts: []want{{"AID", "POL", "MDA"}}},
		// a verb that names the assault needs no party as its object
		{sentence: "Ethiopia attacked the convoy on Tuesday.",
			facts: []want{{"ASSAULT", "ETH", ""}}},
		{sentence: "Eritrea did not attack the convoy.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// a crowd protesting demonstrates; a state protesting objects
		{sentence: "Hundreds of Ghanaians protested against the bill.",
			facts: []want{{"PROTEST", "GHA", ""}}, notFacts: []string{"ACCUSE"}},
		// two sides acting together in a place act with each other, not
		// with the place
		{sentence: "Ethiopia and Eritrea signed a peace agreement in Riyadh.",
			facts: []want{{"SUPPORT", "ETH", "ERI"}}, nobody: []string{"SAU"}},
		// receiving one's counterpart hosts a visit (supplement)
		{sentence: "Ghana's president received his Togolese counterpart in Accra.",
			facts: []want{{"CONSULT", "GHA", "TGO"}}},
		// an infinitive on a possessed noun is the possessor's act
		{sentence: "Ghana criticised Togo's decision to close the border.",
			facts: []want{{"ACCUSE", "GHA", "TGO"}, {"COERCE", "TGO", ""}}},
		// the subject of a passive governing verb does the complement's
		// act; "is said/reported to have" makes it alleged, not a second
		// event of the report verb
		{sentence: "Ghana and Togo are expected to sign a trade deal next month.",
			flagged: []string{"SUPPORT"}, notFacts: []string{"SUPPORT"}},
		{sentence: "Ghana is said to have attacked Togo last week.",
			flagged: []string{"ASSAULT"}, notFacts: []string{"ASSAULT"}},
		// a passive's subject is what the verb's patterns read after it;
		// forces deployed are their own side's
		{sentence: "The agreement was signed by Ghana and Togo on Tuesday.",
			facts: []want{{"SUPPORT", "GHA", "TGO"}}},
		{sentence: "Sanctions were imposed on Eritrea by the UN Security Council.",
			facts: []want{{"SANCTION", "", "ERI"}}, notFacts: []string{"COERCE"}},
		{sentence: "Ghanaian troops were deployed to Mali last year.",
			facts: []want{{"MOBILIZE", "GHA", "MLI"}}},
		// who asked for an act is no party to it
		{sentence: "Togo said the prisoners were freed at Ghana's request.",
			nobody: []string{"GHA"}},
		// an infinitive inside the object is its own clause: its words are
		// not the main verb's pattern words (SLAM * &WEAPON is 195)
		{sentence: "Benin slammed Niger's attempt to buy weapons from Chad.",
			notFacts: []string{"ASSAULT"}},
		// "according to" a named party reports as "X said" does: an
		// accusation, the act alleged
		{sentence: "According to Gabon, Cameroon attacked its border post.",
			facts: []want{{"ACCUSE", "GAB", "CMR"}}, flagged: []string{"ASSAULT"}, notFacts: []string{"ASSAULT"}},
		{sentence: "Armenia and Azerbaijan exchanged prisoners after a round of talks in Vienna.",
			facts: []want{{"RETREAT", "ARM", "AZE"}}, nobody: []string{"AUT"}},
		// a spokesman speaks for the party named beside him (Phoenix files
		// spokespeople under media)
		{sentence: "A spokesman for the Algerian foreign ministry condemned the Moroccan strikes.",
			facts: []want{{"ACCUSE", "DZAGOV", "MAR"}}},
		// aid to a country is not aid to its military because it is military
		{sentence: "Norway sent military aid to Latvia.",
			facts: []want{{"AID", "NOR", "LVA"}}, nobody: []string{"LVAMIL"}},
		// suspending or resuming trade (supplement)
		{sentence: "Chile suspended trade with Bolivia on Monday.",
			facts: []want{{"SANCTION", "CHL", "BOL"}}},
		// mourning victims is sympathy, not disapproval (supplement)
		{sentence: "Peru mourned the victims of the landslide.",
			notFacts: []string{"ACCUSE"}},
		// aid received is the giver's act
		{sentence: "Ghana received weapons from Morocco last year.",
			facts: []want{{"AID", "MAR", "GHA"}}},
		// coming back from an act is no visit; from a place it is
		{sentence: "All Kenyan soldiers have returned safely from the operation, the army said.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Ghanaian foreign minister returned from Beijing on Monday.",
			facts: []want{{"CONSULT", "GHA", "CHN"}}},
		// a wish is no act, even where the tagger reads its "May" as a name
		{sentence: `The Kenyan president ended his address with the words: "May Uganda protect our soldiers."`,
			notFacts: []string{"AID"}, flagged: []string{"AID"}},
		// a deity is no party: no aid coded as fact
		{sentence: `The Kenyan president ended his address with the words: "May God protect our soldiers."`,
			notFacts: []string{"AID"}},
		// the place an attack was on did not do what the attack did
		{sentence: "A drone attack on the city of Kharkiv killed two people on Friday.",
			noSource: []string{"UKR"}},
		{sentence: "Myanmar has faced heavy Western sanctions since the coup.",
			facts: []want{{"SANCTION", "WST", "MMR"}}},
		{sentence: "The leaders of Ghana and Togo met Wednesday in Accra and called for closer trade ties.",
			facts: []want{{"CONSULT", "GHA", "TGO"}}},
		{sentence: "Finland has ruled out any deployment of troops to Estonia.",
			notFacts: []string{"MOBILIZE"}, flagged: []string{"MOBILIZE"}},
		{sentence: "The Kazakh president spoke to the Kyrgyz president during the Shanghai Cooperation Organization leaders' summit in Samarkand.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Two civilians were killed during an air strike by Turkish jets near the border.",
			facts: []want{{"ASSAULT", "TUR", ""}}},
		{sentence: "Three children died in the fighting, with one girl badly injured.",
			facts: []want{{"ASSAULT", "", "CVL"}}},
		{sentence: "Canada adopted a package of sanctions against Iran that targets oil tankers.",
			facts: []want{{"SANCTION", "", "IRN"}}, notFacts: []string{"ASSAULT", "THREATEN"}},
		// an accusation needs someone named to accuse
		{sentence: "Mr Macron said the defence ministry chose to pursue a special forces raid rather targeting the militant leader with an airstrike.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "“We are working together,” the Vietnamese president said to the Lao president, according to a press release.",
			notFacts: []string{"RETREAT"}},
		{sentence: "The Ecuadorian president suggested that Peru was not serious about the talks.",
			notFacts: []string{"REQUEST"}},
		{sentence: "The Slovak prime minister abruptly left the Hungarian parliament.",
			notFacts: []string{"CONSULT"}},
		{sentence: "Spain is sending 500 troops from Zaragoza, Aragon, to Latvia and Estonia.",
			facts: []want{{"COOPERATE", "ESP", "LVA"}}},
		{sentence: "Turkey accused Greece of violating its airspace.",
			facts: []want{{"ACCUSE", "TUR", "GRC"}}},
		{sentence: "Iran threatened to close the Strait of Hormuz.",
			facts: []want{{"THREATEN", "IRN", ""}}},
		{sentence: "Japan imposed sanctions on North Korea.",
			facts: []want{{"SANCTION", "JPN", "PRK"}}},
		{sentence: "The Canadian government has no plans to impose sanctions on Brazil.",
			notFacts: []string{"SANCTION", "COERCE"}, flagged: []string{"SANCTION"}},
		{sentence: "India did not attack Pakistan.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "Chile will not meet Peru's delegation.",
			notFacts: []string{"CONSULT"}, flagged: []string{"CONSULT"}},
		{sentence: "If Spain agrees, Morocco could impose tariffs on Spanish goods.",
			notFacts: []string{"AGREE", "COERCE", "SANCTION"}},
		// a cooperative block default with no doer is no event
		{sentence: "The Turkish president's trip to Kyiv was long planned as part of a push to build economic ties.",
			notFacts: []string{"AGREE"}},
		{sentence: "Ukraine's reconstruction is inextricably linked to security guarantees.",
			notFacts: []string{"COOPERATE"}},
		// an infinitive's "to" is not the dictionary's GO_TO; a bare
		// agent is no party to a meeting
		{sentence: "“We are going to get these issues resolved,” Trump told reporters.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The US troops landed in the village and met resistance from fighters on the ground.",
			notFacts: []string{"CONSULT"}},
		// a death is no act of the dead; the raid is the event
		{sentence: "Isis leader Abu Ibrahim al-Qurayshi died during a US raid on north-west Syria.",
			facts: []want{{"ASSAULT", "USA", ""}}},
		// a light verb codes only through a pattern of its object
		{sentence: "Thousands of Moroccans have taken to social media to express their sympathy with the boy.",
			notFacts: []string{"COERCE"}},
		{sentence: "Mr Biden said the US department of defence took every precaution possible to minimise civilian casualties.",
			notFacts: []string{"COERCE"}},
		{sentence: "Russian troops took control of the town of Kupiansk.",
			facts: []want{{"COERCE", "RUS", ""}}},
		// an act of no one on no one is no event
		{sentence: "The sides agreed on further military cooperation with a focus on joint exercises and patrols.",
			notFacts: []string{"AGREE"}},
		// demonstrators' violence is a riot, CAMEO 145
		{sentence: "Hundreds of demonstrators clashed with police in Nairobi over the weekend.",
			facts: []want{{"PROTEST", "", ""}}},
		// an attack on networks is CAMEO 176, attack cybernetically
		{sentence: "Russian hackers launched a cyberattack on Ukrainian banks.",
			facts: []want{{"COERCE", "RUS", "UKR"}}, notFacts: []string{"ASSAULT"}},
		// the main verb parsed as a modifier of its object ("used" an amod of "gas")
		{sentence: "The Syrian army used tear gas on protesters.",
			facts: []want{{"ASSAULT", "SYR", ""}}},
		// joint drills are military cooperation, CAMEO 062
		{sentence: "The troops of Spain and Portugal held joint drills on Wednesday.",
			facts: []want{{"COOPERATE", "ESP", "PRT"}}},
		{sentence: "Venezuela has suspended diplomatic relations with Colombia.",
			facts: []want{{"SANCTION", "VEN", "COL"}}},
		{sentence: "Greek dockworkers went on strike on Monday.",
			facts: []want{{"PROTEST", "GRC", ""}}},
		// a protest needs no target
		{sentence: "Thousands of French protestors gathered in Paris on Saturday to protest against violence.",
			facts: []want{{"PROTEST", "", ""}}},
		// quitting office is a resignation; quitting an alliance is not
		{sentence: "Bulgaria's Prime Minister Boyko Borissov quit on Sunday.",
			facts: []want{{"RETREAT", "BGR", ""}}},
		{sentence: "Greece quit the coalition in March.",
			notFacts: []string{"RETREAT"}},
		// taking part in a raid is the raid, not the light verb's seizure
		{sentence: "Dutch pilots took part in a raid on Raqqa.",
			facts: []want{{"ASSAULT", "NLD", ""}}, notFacts: []string{"COERCE"}},
		// riot-control weapons are violent repression, CAMEO 175
		{sentence: "Police fired rubber bullets at protesters in Santiago.",
			notFacts: []string{"PROTEST"}, facts: []want{{"ASSAULT", "", "CHL"}}},
		{sentence: "The Jordanian army deployed tear gas on Sunday at a rally in Amman.",
			facts: []want{{"ASSAULT", "JOR", ""}}},
		// an announced resignation is one; a demanded one is a demand
		{sentence: "On Tuesday, Nigerian President Goodluck Jonathan announced his resignation.",
			facts: []want{{"RETREAT", "NGA", ""}}},
		{sentence: "Opposition parties demanded the resignation of the Nigerian president.",
			facts: []want{{"REQUEST", "", "NGA"}}, notFacts: []string{"RETREAT"}},
		// lifting a restriction the dictionary leaves uncoded is easing it
		{sentence: "The Egyptian government on Thursday lifted a blanket prohibition on local charities.",
			facts: []want{{"CONCEDE", "EGY", ""}}},
		// a threat's target is the target of the act it announces
		{sentence: "Eritrea warned on Friday that it could invade and annex Bulgaria.",
			facts: []want{{"THREATEN", "ERI", "BGR"}}, notFacts: []string{"COERCE", "ASSAULT"}},
		// urging is a request (CAMEO.2.0.txt has URGE's patterns but no
		// URGE verb); the act urged is not a fact
		{sentence: "Ecuador urged Peru to release the detained fishermen.",
			facts: []want{{"REQUEST", "ECU", "PER"}}, notFacts: []string{"RETREAT"}, flagged: []string{"RETREAT"}},
		// the pattern reading the object phrase wins a tie: BREAK *
		// RELATIONS, not BREAK * OFF
		{sentence: "Morocco broke off diplomatic relations with Iran.",
			facts: []want{{"SANCTION", "MAR", "IRN"}}, notFacts: []string{"THREATEN"}},
		// codebook labels the dictionary lacks (supplement)
		{sentence: "The United States delivered weapons to Ukraine.",
			facts: []want{{"AID", "USA", "UKR"}}},
		{sentence: "The IMF approved a loan to Egypt.",
			facts: []want{{"AID", "", "EGY"}}, notFacts: []string{"CONCEDE"}},
		{sentence: "Israel eased its blockade of Gaza.",
			facts: []want{{"RETREAT", "ISR", ""}}, notFacts: []string{"COOPERATE"}},
		{sentence: "Russian hackers attacked the websites of the Ukrainian government.",
			facts: []want{{"COERCE", "RUS", "UKR"}}, notFacts: []string{"ACCUSE"}},
		// a purpose clause is intended, not done; expressing intent is
		// intent, not the disapproval EXPRESS alone codes
		{sentence: "Russia expressed its intent to cooperate with Turkey.",
			facts: []want{{"AGREE", "RUS", "TUR"}}, notFacts: []string{"ACCUSE", "SUPPORT", "COOPERATE"}},
		{sentence: "American troops used loudspeakers to warn Iraqi civilians.",
			notFacts: []string{"THREATEN"}},
		// "(OF {WAR CRIMES})": braces inside a dictionary phrase only group
		{sentence: "The United Nations accused Syria of war crimes.",
			facts: []want{{"ACCUSE", "", "SYR"}}, notFacts: []string{"COERCE"}},
		// SANCTIONS, not SANCTION matched as a plural: easing, not intent
		{sentence: "The United States lifted economic sanctions on Myanmar.",
			notFacts: []string{"AGREE"}},
		// going or travelling to a country is a visit (042), not the
		// block's unspecified consultation
		{sentence: "The Hungarian prime minister went to Serbia on Monday.",
			facts: []want{{"CONSULT", "HUN", "SRB"}}, modes: []string{"visit"}},
		// what is discussed is a topic, not a party
		{sentence: "Kenya and Uganda discussed Somalia.",
			facts: []want{{"CONSULT", "KEN", "UGA"}}},
		// asking whether is a question, no appeal
		{sentence: "Asked if Iraqi agencies had evidence of such an attack, Erdogan said: “We’ll find out.”",
			notFacts: []string{"REQUEST"}},
		// nor does a request
		{sentence: "Chilean students demanded free tuition.",
			facts: []want{{"REQUEST", "CHL", ""}}},
		// a threat needs no recipient; a warning about the economy is none
		{sentence: "French unions threatened to strike.",
			facts: []want{{"THREATEN", "FRA", ""}}},
		{sentence: "The Brazilian finance minister warned that the economy would shrink.",
			notFacts: []string{"THREATEN"}},
		// refusing an act rejects it; declining to comment does not
		{sentence: "Pakistan has refused to deploy peacekeepers in Iraq.",
			facts: []want{{"REJECT", "PAK", ""}}, notFacts: []string{"AID"}},
		{sentence: "The Kremlin declined to comment on the report.",
			notFacts: []string{"REJECT"}},
		// negotiating is no concession (the dictionary files it under COMPROMISE)
		{sentence: "Iran and Iraq negotiated a new border agreement.",
			facts: []want{{"CONSULT", "IRN", "IRQ"}}, notFacts: []string{"CONCEDE"}},
		// coordinated nationalities are each a party
		{sentence: "Egyptian and Israeli officials met in Cairo.",
			facts: []want{{"CONSULT", "ISR", "EGY"}}},
		// an act whose object is none did not happen
		{sentence: "Israel offered no concessions to Hamas.",
			notFacts: []string{"AGREE", "CONCEDE"}, flagged: []string{"AGREE"}},
		// "not only … but also" adds; it does not negate
		{sentence: "The Turkish president has not only warned of the dangers, but has also supplied Ukraine with weapons.",
			facts: []want{{"AID", "TUR", "UKR"}}},
		{sentence: "Turkey has not supplied Ukraine with weapons.",
			notFacts: []string{"AID"}, flagged: []string{"AID"}},
		// a pattern written for the verb used beats the same pattern of a
		// synonym the dictionary merged into its block: deploying troops
		// mobilises (154), sending them cooperates (062)
		{sentence: "Russia deployed troops along the border with Ukraine.",
			facts: []want{{"MOBILIZE", "RUS", "UKR"}}, notFacts: []string{"COOPERATE"}},
		{sentence: "Ecuador sent troops to Peru.",
			facts: []want{{"COOPERATE", "ECU", "PER"}}, notFacts: []string{"MOBILIZE"}},
		// acts the PETRARCH2 dictionary lacks (internal/event/cameo/supplement.verbs.txt)
		{sentence: "The Thai army extended the curfew in Bangkok on Monday.",
			facts: []want{{"COERCE", "THA", ""}}},
		{sentence: "The Peruvian government accepted the demands of the striking miners.",
			facts: []want{{"CONCEDE", "PER", ""}}},
		{sentence: "Serbia demobilized its reservists on Monday.",
			facts: []want{{"RETREAT", "SRB", ""}}},
		{sentence: "Chile warned of the dangers of a trade war with Peru.",
			notFacts: []string{"THREATEN"}},
		{sentence: "The United States imposed an embargo on Cuba.",
			facts: []want{{"SANCTION", "USA", "CUB"}}},
		{sentence: "Protesters blocked the main bridge into Dhaka for three hours.",
			facts: []want{{"PROTEST", "", ""}}},
		{sentence: "Indian Prime Minister Narendra Modi arrived in Beijing on Sunday.",
			facts: []want{{"CONSULT", "IND", "CHN"}}},
		{sentence: "He met Xi Jinping on Monday.",
			facts: []want{{"CONSULT", "IND", "CHN"}}},
		{sentence: "Brazil refrained from condemning Argentina.",
			notFacts: []string{"ACCUSE"}, flagged: []string{"ACCUSE"}},
		{sentence: "If the talks fail, Serbia attacks Kosovo.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "Kenya will withdraw its troops from Somalia unless the African Union pays them.",
			facts: []want{{"THREATEN", "KEN", ""}}, notFacts: []string{"RETREAT"}, flagged: []string{"RETREAT"}},
		{sentence: "The Swedish foreign minister praised Kenya's efforts to reduce poverty.",
			facts: []want{{"SUPPORT", "SWE", "KEN"}}, notFacts: []string{"CONSULT"}},
		{sentence: "Hungary said it would respond to what it called an economic war.",
			notFacts: []string{"CONSULT", "AGREE"}},
		{sentence: "France invited Italy to sign the treaty.",
			notFacts: []string{"SUPPORT"}, flagged: []string{"SUPPORT"}},
		{sentence: "Serbia said its troops had attacked a village in Kosovo.",
			facts: []want{{"ASSAULT", "SRB", ""}}, notFacts: []string{"ACCUSE"}},
		{sentence: "Putin called Erdogan on Monday.",
			facts: []want{{"CONSULT", "RUS", "TUR"}}},
		{sentence: "Russia said Ukraine attacked a fuel depot in Belgorod.",
			facts: []want{{"ACCUSE", "RUS", "UKR"}}, notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// releasing or hearing a thing frees or consults no one; people
		// released are freed, whether or not a dictionary lists the noun
		{sentence: "The Chilean singer Ana Tijoux released a preview of her new album on Friday.",
			nobody: []string{"CHL"}},
		{sentence: "Peru released 15 fishermen on Thursday.",
			facts: []want{{"RETREAT", "PER", ""}}},
		{sentence: "Paraguayan officials will hear the news with disbelief.",
			nobody: []string{"PRY"}},
		{sentence: "Ecuador's auditors said they would not read the report on Quito's budget when it is released.",
			nobody: []string{"ECU"}},
		// a noun modifying a noun that names people is a kind of person,
		// not the thing: "opposition leader" is no opposition, but
		// "police officers" are police
		{sentence: "The Kenyan newspaper Daily Nation quotes opposition leader Raila Odinga as saying the vote was fair.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "Egypt deployed thousands of police officers in Cairo.",
			facts: []want{{"MOBILIZE", "EGY", ""}}},
		// an epidemic that claims lives kills; it accuses no one
		{sentence: "The cholera epidemic in Zimbabwe has claimed the lives of 3,000 people.",
			notFacts: []string{"ACCUSE"}},
		// holding authority is a role, no act; an election fought is
		// contested, not attacked; a court ruling finds facts, it rules
		// nothing out
		{sentence: "The election in Italy was fought between the centre-left, led by Romano Prodi, and the centre-right House of Freedoms.",
			notFacts: []string{"COOPERATE", "ASSAULT"}},
		{sentence: "The court ruled that the Serbian army had shelled the Croatian town.",
			facts: []want{{"ASSAULT", "SRB", "HRV"}}, notFacts: []string{"COOPERATE"}},
		{sentence: "Taliban ruled Afghanistan has been sharing expertise with the Liberation Tigers of Tamil Eelam.",
			facts: []want{{"COOPERATE", "AFG", ""}}},
		{sentence: "Sudan fought rebels from Chad near the border.",
			facts: []want{{"ASSAULT", "SDN", ""}}},
		// a negating verb that is itself negated keeps the act to come:
		// no rejection, and an attack not ruled out is threatened
		{sentence: "Japan's foreign minister said he is not cancelling plans to meet China's foreign minister on Sunday.",
			facts: []want{{"AGREE", "JPN", "CHN"}}, notFacts: []string{"REJECT", "CONSULT"}, flagged: []string{"CONSULT"}},
		{sentence: "China has not ruled out attacking Taiwan.",
			facts: []want{{"THREATEN", "CHN", "TWN"}}, notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// a press release is a statement; releasing people is RETREAT
		{sentence: "Chinese State Councilor Tang Jiaxuan said in a press release issued on Friday that Japan must apologise.",
			notFacts: []string{"RETREAT"}},
		{sentence: "Pakistan announced the release of 20 Indian fishermen.",
			facts: []want{{"RETREAT", "PAK", "IND"}}},
		// a press release puts out words; "dominated" describes
		{sentence: "According to the ICRC press release, the Red Cross had regular access to those held at Guantanamo Bay.",
			notFacts: []string{"RETREAT"}},
		{sentence: "In the Kurdish dominated Northern provinces of Dohuk, Erbil, and Sulaymaniyah, the Kurdistan Coalition List had received between 87% and 95% of votes cast.",
			notFacts: []string{"ASSAULT"}},
		// "means" that signifies intends nothing
		{sentence: "Private Jackson's death means six British soldiers have died in the unstable Helmand region in the last four weeks.",
			notFacts: []string{"AGREE"}},
		// a view expressed is no disapproval, a feeling the dictionary
		// lists is; a leadership taken over is succeeded to; what a state
		// is reluctant to do is not done
		{sentence: "Chile expressed its position at the OAS.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "Japan expressed its displeasure with China over the protests.",
			facts: []want{{"ACCUSE", "JPN", "CHN"}}},
		{sentence: "Raul Castro took over Cuba's leadership after Fidel became ill in July.",
			notFacts: []string{"COERCE"}},
		{sentence: "France is reluctant to send troops to Lebanon.",
			notFacts: []string{"COOPERATE"}, flagged: []string{"COOPERATE"}},
		// a nationality's government is its country's: not that of a
		// person surnamed French, and also when the recognizer misses
		// the adjective
		{sentence: "Germany criticised the French government.",
			facts: []want{{"ACCUSE", "DEU", "FRAGOV"}}},
		{sentence: "Britain criticised the Iranian government.",
			facts: []want{{"ACCUSE", "GBR", "IRNGOV"}}},
		// a crowd gathering meets no one; sides gathering together do
		{sentence: "Hundreds of Palestinian refugees gathered to protect the house of the leader in Jabaliya.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The foreign ministers of France and Germany gathered in Paris.",
			facts: []want{{"CONSULT", "FRA", "DEU"}}},
		{sentence: "The UN-AU force took over peacekeeping duties in Darfur.",
			notFacts: []string{"COERCE"}},
		// a speaker named after the verb is no part of what is said
		{sentence: "\"Everyone is asking why now,\" said an anonymous Justice Department employee afraid of retaliation.",
			notFacts: []string{"THREATEN"}},
		// casting a ballot agrees with no one; voting to do something is
		// an intent
		{sentence: "The BBC reports that voting has been steady and that the PM and his children voted a couple of hours after the polls opened.",
			notFacts: []string{"AGREE"}},
		{sentence: "The UN General Assembly voted to condemn Russia.",
			facts: []want{{"ACCUSE", "IGO", "RUS"}}},
		// a journey to no party or country visits no one
		{sentence: "The Japanese minister still goes to hospital every two weeks for treatment.",
			notFacts: []string{"CONSULT"}},
		// contending with a thing is a hardship, with a party a clash
		{sentence: "Ford is struggling with high labor and health care costs in Detroit.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "British firefighters battled with the flames in Leeds.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "German troops fought with Taliban insurgents near Kunduz.",
			facts: []want{{"ASSAULT", "DEU", "AFG"}}},
		// what someone is accused of is alleged, however the parse hangs it
		{sentence: "Maher Arar, a Canadian citizen, is suing the United States, accusing them of kidnapping him and sending him to Syria.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// declining to resign refuses to yield; it is no resignation
		{sentence: "Ukraine's prime minister has no plans to resign.",
			facts: []want{{"REJECT", "UKR", ""}}, notFacts: []string{"RETREAT"}},
		// a risk, an obstacle or an entitlement is no act
		{sentence: "The Kenyan army is in danger of hitting civilians in Uganda.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		{sentence: "Kenyan leaders acknowledged the difficulty in reaching a compromise with Uganda.",
			notFacts: []string{"AGREE"}},
		{sentence: "Millions of Kenyans are eligible to vote for the Kenyan parliament.",
			notFacts: []string{"AGREE"}},
		// "to be thinking" is a progressive infinitive, not "is to" of a plan
		{sentence: "A Kenyan employee was stated to be thinking about raising his right hand.",
			notFacts: []string{"AGREE"}},
		// a passive's by-agent is its doer, not what a pattern reads after
		// the verb (KEEP * FORCES)
		{sentence: "His body was kept for an hour on the pavement by Turkish security forces.",
			notFacts: []string{"COERCE"}},
		{sentence: "Moscow has been particularly irked by the growing defence co-operation between Turkey and Ukraine.",
			notFacts: []string{"PROTEST"}},
		{sentence: "A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes.",
			facts: []want{{"ASSAULT", "BDI", "COD"}}},
		// removing a thing expels no one; removing diplomats does
		{sentence: "The Norwegian church has since removed the test from its website.",
			notFacts: []string{"COERCE"}},
		{sentence: "The Sudanese government expelled tens of thousands of people from Darfur.",
			facts: []want{{"COERCE", "SDN", ""}}},
		// an electorate choosing people is an election; a measure voted
		// down is rejected
		{sentence: "Voters across Russia are choosing a new parliament in an election.",
			notFacts: []string{"AGREE"}},
		{sentence: "The Muslim population in the constituency had voted against the Kenyan candidate.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "Mexican voters rejected the referendum on the peace process.",
			facts: []want{{"REJECT", "MEX", ""}}},
		// a fronted time phrase says when, not whom
		{sentence: "After an investigation by the Kenyan police, the Ugandan minister admitted he had taken bribes.",
			noPairs: []want{{"", "UGAGOV", "KENCOP"}}},
		// a party joined through a relative clause is still a membership
		{sentence: "Kenyan minister John Mbadi left the Kenya African National Union, which he joined in 1990.",
			notFacts: []string{"CONSULT"}},
		// what one doubts is not told as fact
		{sentence: "The Ugandan minister doubts that Kenyan troops attacked the border post.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// a price paid is a cost borne (PAY * PRICE)
		{sentence: "The American people have paid a very high price for the war in Iraq.",
			notFacts: []string{"AID", "COOPERATE"}},
		// a call that gives its object a quoted name names it
		{sentence: "Obama called the restrictions on Chinese banks the \"Volcker Rule\" in reference to Paul Volcker.",
			notFacts: []string{"REQUEST", "CONSULT"}},
		{sentence: "Kenya called on Uganda to stop the \"aggression\".",
			facts: []want{{"REQUEST", "KEN", "UGA"}}},
		// force is used on parties, not on links, precedents or firms hit
		// by shortfalls
		{sentence: "But the Kenyan president will break every historical precedent if he fails to act.",
			notFacts: []string{"THREATEN", "ASSAULT"}},
		{sentence: "\"We need to break the link between arriving in Britain and claiming asylum,\" the British minister said.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenyan firms said they had been hit by production bottlenecks.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenyan troops attacked Ugandan positions near the border.",
			facts: []want{{"ASSAULT", "KEN", "UGA"}}},
		// idioms: settling in a country, going on sale, calling into
		// question
		{sentence: "Nearly 160,000 Kenyans were settling in Uganda every year.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "In Europe, the Kenyan phone will now go on sale through regular dealerships.",
			notFacts: []string{"AGREE", "CONSULT"}},
		{sentence: "The new Kenyan rules have been called into question by Uganda.",
			facts: []want{{"ACCUSE", "UGA", "KEN"}}, notFacts: []string{"REQUEST"}},
		// most of some things are things
		{sentence: "\"They will effectively remove most of the blatant cases,\" the Kenyan Home Office said.",
			notFacts: []string{"THREATEN", "COERCE"}},
		// what one thinks of doing is not done
		{sentence: "\"I don't know of any national government thinking of increasing its budget,\" the Kenyan minister added.",
			notFacts: []string{"AID"}},
		// wanting a thing to be so is no intent to cooperate; wanting a
		// party to act is a demand
		{sentence: "Kenya, Uganda and Tanzania want the EU budget to be capped at 1% of national income.",
			notFacts: []string{"AGREE"}},
		{sentence: "Kenya wants Uganda to withdraw its troops.",
			facts: []want{{"REQUEST", "KEN", "UGA"}}},
		// a by-agent the parse hung on a phrase of the verb is its doer;
		// not one of a predicate ("as a farce")
		{sentence: "A Kenyan man who was held hostage along with his wife in a raid for three men by the Somali militant group al-Shabaab told reporters that he saw the attackers kill a child.",
			facts: []want{{"ASSAULT", "SOM", "KEN"}}},
		{sentence: "Meanwhile, security at the Kenyan base was exposed as a farce by Somali activists on Friday.",
			notFacts: []string{"SUPPORT"}},
		// what is claimed is alleged, whatever the parse made of the
		// "that" clause; the one told is the audience, not a target
		{sentence: "Taliban commander Mullah Omar claimed to news agency Reuters that insurgents had shot the helicopter down.",
			notFacts: []string{"ASSAULT", "ACCUSE"}, flagged: []string{"ASSAULT"}},
		// a subject of none did nothing
		{sentence: "All are major producers of cluster munitions and none attended the Kenyan summit.",
			notFacts: []string{"CONSULT"}},
		{sentence: "No Ugandan civilians were killed in the Kenyan attack.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// taking office and residing are no acts
		{sentence: "President Uhuru Kenyatta was sworn into his second term of office in Nairobi.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Somalis are a people who reside in northern Kenya.",
			notFacts: []string{"COERCE"}},
		// what a plea asks for is not done
		{sentence: "Kenya re-iterated its plea for the Ugandan hostages to be released.",
			notFacts: []string{"RETREAT"}, flagged: []string{"RETREAT"}},
		// opposition faced is the opponents' disapproval; a style under
		// fire is criticised, not shot at
		{sentence: "The Kenyan government has faced strong opposition from Ugandan leaders.",
			facts: []want{{"ACCUSE", "UGA", "KEN"}}, notFacts: []string{"CONSULT"}},
		{sentence: "The Kenyan minister's negotiation style has come under fire of late.",
			notFacts: []string{"ASSAULT"}},
		// a thing that needs support asks no one for it
		{sentence: "The deal just needs the support of Kenyan President Uhuru Kenyatta.",
			notFacts: []string{"REQUEST"}},
		// what allegations say is alleged
		{sentence: "There were allegations that Ethiopian troops had shelled the Eritrean village.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// a city where an agreement was signed does not sign it back
		{sentence: "The airline, which is the third largest in China, signed the agreement in Paris on June 15.",
			noSource: []string{"FRA"}},
		// sides that will give aid together give it to a third, not to
		// each other
		{sentence: "EU, US and Israel to resume aid to and lift financial sanctions against Palestine",
			noPairs: []want{{"", "USA", "ISR"}, {"", "ISR", "USA"}, {"", "USA", "IGOEUREEC"}}},
		// what one is not capable of is not done
		{sentence: "An analyst said that Somali militants were likely not capable of carrying out another attack on Kenya.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// a bill withdrawn is no military withdrawal; troops withdrawn are
		{sentence: "The Kenyan government has withdrawn its security bill from parliament.",
			notFacts: []string{"RETREAT"}},
		{sentence: "The Kenyan government has withdrawn its troops from Somalia.",
			facts: []want{{"RETREAT", "KEN", "SOM"}}},
		// "in-principle" is no particle: no GIVE_IN
		{sentence: "Kenyan opposition leader Raila Odinga has given in-principle support to an apology.",
			notFacts: []string{"CONCEDE"}},
		// a vote given as a count is a tally
		{sentence: "Kenyan representatives voted 330 in favour of the Ugandan agreement and 59 against.",
			notFacts: []string{"ACCUSE"}},
		// a deal or a partnership promises and gives nothing itself
		{sentence: "The deal offers Kenya Ugandan nuclear technology in exchange for access to Kenyan reactors.",
			notFacts: []string{"AGREE"}},
		{sentence: "He added that a partnership with Kenya would help Uganda in regulation of nuclear power.",
			notFacts: []string{"AGREE"}},
		// succeeding as president seizes nothing
		{sentence: "This is the first major reshuffle since Raul took over as President of Cuba after his brother Fidel Castro.",
			notFacts: []string{"COERCE"}},
		// heading a programme is no journey; the "for" inside a name is
		// no pattern's preposition
		{sentence: "Kenyan analyst Wayne Smith heads the Uganda program at the Center for International Policy.",
			notFacts: []string{"CONSULT"}},
		// what was supposed to happen is not told as done
		{sentence: "The Kenyan helicopter was supposed to be firing upon Somali militants located near the school.",
			notFacts: []string{"ASSAULT", "THREATEN"}},
		// an apposition's own clause does not take the modality of the
		// clause around its head
		{sentence: "Many Kenyans fear that a hastily negotiated peace — especially one that makes too many concessions to Ugandan demands — would allow Uganda to rearm.",
			facts: []want{{"REQUEST", "UGA", ""}}},
		// a news agency's report is attribution, not an allegation
		{sentence: "Kyodo News reports the incident marks the first time Japanese property has been damaged in a protest in China.",
			facts: []want{{"ASSAULT", "CHN", "JPN"}}},
		// an act claimed by its doer is coded as the doer's act
		{sentence: "Al-Shabaab claimed responsibility for the attack on Kenyan troops.",
			facts: []want{{"ASSAULT", "SOM", "KEN"}}},
		{sentence: "Hamas claimed the rocket attack on Israel.",
			facts: []want{{"ASSAULT", "PSE", "ISR"}}},
		{sentence: "The Taliban took responsibility for a rocket attack against the US Embassy in Kabul.",
			facts: []want{{"ASSAULT", "AFG", "USA"}}, notFacts: []string{"COERCE"}},
		// "no one is going to" negates the act it controls
		{sentence: "Kenyan analyst John Mbadi outlined that no one is going to significantly damage the dominance of Uganda.",
			notFacts: []string{"ASSAULT", "THREATEN"}},
		// "once" with a present tense is a condition still to be met
		{sentence: "Once the accession treaty is ratified by Kenya and Uganda, Tanzania will become a full member.",
			notFacts: []string{"SUPPORT"}, flagged: []string{"SUPPORT"}},
		// words meet no one; an industry that struggles fights no one; an
		// appeal against a ruling asks no one; custody won arrests no one
		{sentence: "His remarks about President Putin met a cool reception from Emmanuel Macron.",
			notFacts: []string{"CONSULT"}},
		{sentence: "Analysts predict that the Kenyan tourist industry will struggle.",
			notFacts: []string{"THREATEN", "ASSAULT"}},
		{sentence: "The Kenyan operator is already appealing against allegations that its roaming rates are unfair.",
			notFacts: []string{"REQUEST"}},
		{sentence: "Kenyan mother Jane Wanjiru won custody of her children.",
			notFacts: []string{"COERCE"}},
		// a fire or a flood attacks no one, whatever pattern its verb has
		{sentence: "The fire destroyed most of the Kenyan parliament buildings.",
			notFacts: []string{"ASSAULT", "COERCE"}},
		{sentence: "Records were wiped out by the fire which destroyed most of the Kenyan parliament buildings.",
			notFacts: []string{"ASSAULT", "COERCE"}},
		{sentence: "Kenyan police destroyed the Somali camp.",
			facts: []want{{"ASSAULT", "KEN", "SOM"}}},
		// agreeing that something is so shares a view; agreeing that
		// something may be done concedes it
		{sentence: "Western diplomats agree that Mr. Erdogan has done nothing to alter Turkey's secular course.",
			notFacts: []string{"AGREE"}},
		{sentence: "Iran agreed that inspectors could visit the site.",
			facts: []want{{"AGREE", "IRN", ""}}},
		// what takes place happens; a day celebrated praises no one
		{sentence: "The attack took place in Embaski Village in the Rift Valley area of Kenya.",
			notFacts: []string{"COERCE"}},
		{sentence: "Australians celebrate a day that is about one thing only.",
			notFacts: []string{"SUPPORT"}},
		// what one meant to do is not done
		{sentence: "When they kidnapped the Kenyan ministers they meant to hijack the Kenyan government's position.",
			notFacts: []string{"COERCE"}, flagged: []string{"COERCE"}},
		// a crowd that marches to ensure something ensures nothing; one
		// that gathers to protest protests
		{sentence: "Several hundred thousand protesters marched on Saturday in Ankara to ensure that Turkey remains secular.",
			notFacts: []string{"AGREE"}},
		{sentence: "Hundreds of people gathered in Nairobi to protest against the Kenyan government.",
			facts: []want{{"PROTEST", "", "KEN"}}},
		// a heart attack is an illness
		{sentence: "The Kenyan president suffered a heart attack on Monday.",
			notFacts: []string{"ASSAULT"}},
		// stopping doing is ceasing; stopping fighting is a retreat
		{sentence: "However, Kenyan voters stopped coming to the centres.",
			notFacts: []string{"COERCE"}},
		{sentence: "Kenya stopped fighting in Somalia.",
			facts: []want{{"RETREAT", "KEN", "SOM"}}},
		// digging oneself a hole is no investigation; finding nothing
		// finds no one
		{sentence: "Helen Clark says that Fijian Prime Minister Frank Bainimarama is only digging himself a bigger hole.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "A Kenyan military medical unit found nothing out of the ordinary.",
			notFacts: []string{"CONSULT"}},
		// what one is yet to do is not done
		{sentence: "Costa Rica is the only Central American country yet to ratify the Central American Free Trade Agreement.",
			notFacts: []string{"SUPPORT"}, flagged: []string{"SUPPORT"}},
		// attacking pledges, lies or a rival "politically" is criticism
		{sentence: "The Tory co-chairman attacked Labour's six new pledges as vacuous.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenyan President Uhuru Kenyatta attacks Ugandan President Yoweri Museveni's lies",
			notFacts: []string{"ASSAULT"}},
		// a quoted clause hung on the verb of telling is no phrase of it
		{sentence: "The Kenyan president told a newspaper: \"If you look at what I do, I attack Raila Odinga politically.\"",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ACCUSE"}},
		// what an attack was made on did not attack, named or not
		{sentence: "The attack on the justice system killed 13 Ugandan civilians.",
			noSource: []string{"JUD"}},
		// papers released free no one; thoughts visit no one; news
		// arrests no one; a business's operations assault no one
		{sentence: "The Kenyan National Archives released most of the 1976 Cabinet papers of the Ugandan government.",
			notFacts: []string{"RETREAT"}},
		{sentence: "Our thoughts and prayers go out to the Kenyan president and his family.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The tariff revelation caught many Kenyan industry leaders off-guard.",
			notFacts: []string{"COERCE"}},
		{sentence: "The Kenyan company began operations in Uganda.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenya launched an operation against al-Shabaab in Somalia.",
			facts: []want{{"ASSAULT", "KEN", "SOM"}}},
		// each takes part; none with the others
		{sentence: "Kenyan politicians and Ugandan citizens took part in the gathering.",
			noPairs: []want{{"", "KENPTY", "UGACVL"}, {"", "UGACVL", "KENPTY"}}},
		// a seat of government named as where an act happened is the
		// place's country, not its government
		{sentence: "Two Kenyan soldiers were shot dead in the Kremlin.",
			noSource: []string{"RUSGOV"}, anyEvent: []want{{"ASSAULT", "RUS", "KEN"}}},
		// what a verb calls its object is no act reported
		{sentence: "The Kenyan union described the firing as an attack on Kenyan workers.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenya condemned the bombing as an attack on Ugandan workers.",
			facts: []want{{"ACCUSE", "KEN", ""}}, notFacts: []string{"ASSAULT"}},
		// who finds the dead did not kill them
		{sentence: "Kenyan police find 14 tortured dead bodies in Mogadishu.",
			noSource: []string{"KENCOP"}},
		// a statement given is words; a by-phrase after a participle is
		// its agent, no pattern's word
		{sentence: "In a statement given after the attack by the Kenyan army's 3rd Infantry Division, the army said the car was speeding.",
			notFacts: []string{"MOBILIZE", "AGREE", "AID"}},
		// a business suspending operations concedes nothing
		{sentence: "Adam Aircraft Industries has suspended operations at its plant in Kenya.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "Kenya suspended operations against al-Shabaab.",
			facts: []want{{"CONCEDE", "KEN", "SOM"}}},
		// what comes nowhere named arrives nowhere
		{sentence: "The new Kenyan carrier comes into service next year.",
			notFacts: []string{"AID", "CONSULT"}},
		{sentence: "The latest Kenyan special forces mission comes two weeks after the attack.",
			notFacts: []string{"AID", "CONSULT"}},
		{sentence: "The Kenyan president came to Uganda for talks.",
			facts: []want{{"CONSULT", "KEN", "UGA"}}},
		// a bare verb repeating a modal one is no more done than it
		{sentence: "We then might meet very soon, meet with the Kenyan delegation, the Ugandan president said.",
			notFacts: []string{"CONSULT"}},
		// who reports an attack did not make it
		{sentence: "Kenyan police reported an attack on the Ugandan embassy.",
			noSource: []string{"KENCOP"}},
		// a capitalised verb in running text is a title's word
		{sentence: "The Brazilian President opened on Tuesday the 4th Global Forum to Combat Corruption in Brasilia.",
			notFacts: []string{"ASSAULT"}},
		// what sparks a protest does not protest
		{sentence: "A trial of 23 Kenyan businessmen on charges of religious extremism triggered the protests.",
			noSource: []string{"KEN"}},
		// a hedge on a noun accuses no one
		{sentence: "Kenyan security forces attacked suspected hideouts of Ugandan militants.",
			notFacts: []string{"ACCUSE"}},
		// the far side of a border is where, not whom
		{sentence: "The Kenyan army says it killed 40 militants and arrested 30 during two days of fighting along its border with Somalia.",
			noPairs: []want{{"COERCE", "KENMIL", "SOM"}}},
		// a campaign for votes appeals to no one; a bombing campaign bombs
		{sentence: "The Kenyan president launched his re-election campaign.",
			notFacts: []string{"REQUEST"}},
		{sentence: "Kenya launched a bombing campaign against al-Shabaab.",
			facts: []want{{"ASSAULT", "KEN", "SOM"}}, notFacts: []string{"ACCUSE"}},
		// one saddened by news feels it; no one did it to him
		{sentence: "The Kenyan president was deeply saddened by the news.",
			notFacts: []string{"ACCUSE"}},
		// telling of an attack is no attack on whom one tells
		{sentence: "The Kenyan president said Museveni had told him about the alleged attack in a phone call.",
			notFacts: []string{"ASSAULT"}},
		// what talks or claims are about is no party to them
		{sentence: "Kenya held talks about Somalia.",
			noPairs: []want{{"", "KEN", "SOM"}}},
		{sentence: "The Kenyan newspaper supported the claims about Uganda.",
			noPairs: []want{{"", "KENMED", "UGA"}}},
		// an accident attacks no one; a forecast intends nothing
		{sentence: "A Kenyan passenger was killed on Monday after a fire started in a washroom aboard a train.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The European Union expects the unemployment rate in Kenya to reach 10.6% next year.",
			notFacts: []string{"AGREE"}},
		// a named offence is no arrest; ancestry claimed accuses no one;
		// a gadget demonstrated protests nothing; a price charged
		// charges no one; an accident kills, no one attacks
		{sentence: "Kenyan law classifies Public Intoxication as a misdemeanor, while Resisting Arrest is a felony.",
			notFacts: []string{"COERCE"}},
		{sentence: "Today more than 35 million Americans claim Irish ancestry.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "The Kenyan company's new gadget was demonstrated in Nairobi.",
			notFacts: []string{"PROTEST"}},
		{sentence: "The Kenyan newspaper started charging for access to its web news.",
			notFacts: []string{"ACCUSE"}},
		{sentence: "Two Kenyan soldiers were killed when their helicopter crashed in Somalia.",
			notFacts: []string{"ASSAULT"}},
		// any request is none in particular
		{sentence: "He noted that any Kenyan request to use the technique would have to be declared legal by the courts.",
			notFacts: []string{"REQUEST"}},
		// a warning about things threatens no one; a policy is not
		// telephoned
		{sentence: "Safaricom, the Kenyan telecommunications firm, has issued a warning that 46 million batteries on phones it sold may overheat.",
			notFacts: []string{"THREATEN"}},
		{sentence: "The Kenyan weather service issued a flood warning.",
			notFacts: []string{"THREATEN"}},
		{sentence: "Kenya issued a warning to Uganda.",
			facts: []want{{"THREATEN", "KEN", "UGA"}}},
		{sentence: "Museveni said the visit was sowing the seeds of war, and he called Kenyan policy in the region a failure.",
			notFacts: []string{"CONSULT"}},
		// what one is believed to be involved in doing is alleged
		{sentence: "Drugs play a role, with Kenyan traffickers believed to be involved in funding Ugandan militants.",
			notFacts: []string{"COOPERATE"}},
		// a fronted "on" phrase sets the scene
		{sentence: "On Capitol Hill, Kenyan President Ruto denounced Uganda.",
			facts: []want{{"ACCUSE", "KEN", "UGA"}}, noPairs: []want{{"", "KENGOV", "USA"}, {"", "KENGOV", "USALEG"}}},
		// what one has to do is owed, not promised
		{sentence: "And if this proposal is accepted on a reciprocal basis, that will imply that Kenya has to withdraw.",
			notFacts: []string{"AGREE"}},
		// talks one quits are not held; talks one will not quit are no
		// refusal
		{sentence: "Kenya quit the negotiations with Uganda.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Kenyan president said Kenya would review its negotiating stance but not quit the negotiations.",
			notFacts: []string{"REJECT"}},
		// an employee fired is let go, not shot at
		{sentence: "A Kenyan woman was fired from her job at a bank after she refused to remove her scarf.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Egyptian minister fired a Sudanese teacher on Monday.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Kenyan soldiers fired on Somali protesters on Monday.",
			facts: []want{{"ASSAULT", "KEN", "SOM"}}},
		// readiness for no act is no promise; dealing with a thing is no
		// bargain; forces ready are not forces trained
		{sentence: "Ugandan security forces are prepared to deal with any situation.",
			notFacts: []string{"AGREE", "AID", "SUPPORT"}},
		{sentence: "Kenya is prepared to deal with Uganda on the border issue.",
			facts: []want{{"AGREE", "KEN", "UGA"}}},
		// a door held is no one arrested, whatever the pattern reads in
		// the subject
		{sentence: "Two Kenyan police officers on board held the door closed while the plane landed.",
			notFacts: []string{"COERCE"}},
		{sentence: "Ugandan police held two Kenyan journalists on Monday.",
			facts: []want{{"COERCE", "UGA", "KEN"}}},
		// the threat "of" someone is a danger they pose, no threat to them
		{sentence: "It does make the threat of Somali terrorists getting nuclear materials real.",
			nobody: []string{"SOM"}},
		// where a treaty is signed is no party to it
		{sentence: "Tanzania, which also signed the treaty in Rwanda, ratified it last year.",
			nobody: []string{"RWA"}},
		// a bare participle conjoined to a passive is passive
		{sentence: "The Burundian soldier was shot and killed during an attack in northern Malawi.",
			noSource: []string{"BDI"}},
		{sentence: "Zambia was attacked and retaliated against Malawi.",
			facts: []want{{"ASSAULT", "ZMB", "MWI"}}},
		// a strike named for those who stop work is no assault
		{sentence: "The Nairobi transit strike entered its second week.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "A drone strike killed five militants in Somalia.",
			anyEvent: []want{{"ASSAULT", "", "SOM"}}},
		// "planes" is no plural of the dictionary's PLAN
		{sentence: "Numerous Kenyan planes were delayed on the ground.",
			notFacts: []string{"SANCTION"}},
		// what one is permitted to do is not told as done
		{sentence: "Officials say that Zambian inspectors are permitted to go to Malawi to view the document.",
			notFacts: []string{"CONSULT"}, flagged: []string{"CONSULT"}},
		// what one no longer does is not done
		{sentence: "Zambia no longer supports the Angolan rebels.",
			notFacts: []string{"SUPPORT"}, flagged: []string{"SUPPORT"}},
		// what one deserves is not given
		{sentence: "The Malawians deserve praise for continuing to use the institutions of democracy.",
			notFacts: []string{"SUPPORT"}},
		// a plan of a thing is no intent to cooperate; planned talks are
		{sentence: "China plans anti-secession law for Lesotho",
			notFacts: []string{"AGREE"}},
		{sentence: "Namibia plans talks with Botswana next week.",
			facts: []want{{"AGREE", "NAM", "BWA"}}},
		// joining others in doing is the doing, no meeting
		{sentence: "Chile joined Peru in condemning the Bolivian attack.",
			facts: []want{{"ACCUSE", "CHL", "BOL"}}, noPairs: []want{{"CONSULT", "CHL", "PER"}}},
		// attacks feared are not told as done
		{sentence: "Leaders flying into Lusaka faced the threat of disruption from Malawian drone attacks.",
			notFacts: []string{"ASSAULT"}, flagged: []string{"ASSAULT"}},
		// people flying into a capital visit it; troops flying in are sent
		{sentence: "The Gabonese president flew into Yaounde on Monday.",
			facts: []want{{"CONSULT", "GAB", "CMR"}}, notFacts: []string{"MOBILIZE"}},
		{sentence: "Chadian troops flew into Niger on Monday.",
			facts: []want{{"MOBILIZE", "TCD", "NER"}}},
		// a situation that puts forces on alert is no side mobilising
		{sentence: "The escalation of conflict in Mozambique has put our forces on high alert.",
			nobody: []string{"MOZ"}},
		// finding out from no one is no meeting
		{sentence: "Asked about the evidence, the Liberian president said: \"We'll find out.\"",
			notFacts: []string{"CONSULT", "AGREE"}},
		// blasting someone for what they did is criticism; blasting
		// positions is shelling
		{sentence: "“Again, just say thank you,” the Togolese minister interjected to the Beninese president, blasting him for litigating “disagreements” in front of the press.",
			notFacts: []string{"ASSAULT"}, anyEvent: []want{{"ACCUSE", "TGO", "BEN"}}},
		{sentence: "Ghanaian jets blasted rebel positions in Burkina Faso.",
			facts: []want{{"ASSAULT", "GHA", ""}}},
		// a partnership that raises alarm concedes nothing
		{sentence: "The deepening partnership between Gabon and Cameroon has raised alarm in some Western capitals.",
			notFacts: []string{"CONCEDE"}},
		// what a fronted "Denying" denies is not told as fact, however
		// the parse hangs it
		{sentence: "Denying Eritrea had planned such an attack, the Eritrean president accused Djibouti of preparing the ground to strike.",
			notFacts: []string{"THREATEN"}},
		// a seat named as where a bomb went off is its country, not its
		// government; officials there are the government
		{sentence: "A car bomb in Nairobi killed six people.",
			noSource: []string{"KENGOV"}, anyEvent: []want{{"ASSAULT", "KEN", ""}}},
		{sentence: "Officials in Kampala condemned the bombing.",
			facts: []want{{"ACCUSE", "UGAGOV", ""}}},
		// attacking someone's credibility is criticism
		{sentence: "The Zimbabwean president also attacked the Zambian leader's credibility.",
			notFacts: []string{"ASSAULT"}},
		// who interviews the speaker is the medium, no target
		{sentence: "In an interview with the BBC, the Kenyan president accused Uganda of arming rebels.",
			facts: []want{{"ACCUSE", "KEN", "UGA"}}},
		// where "one of" many works is no party to what it agrees
		{sentence: "One of the largest music promoters in Ghana and Togo has agreed to be taken over by a Nigerian firm.",
			noPairs: []want{{"AGREE", "GHA", "TGO"}, {"AGREE", "TGO", "GHA"}}},
		// "criminal" before a probe is a kind of probe, no criminals
		{sentence: "Kenyan police launched a criminal probe into Ugandan traders.",
			noPairs: []want{{"ACCUSE", "KENCOP", "UGACRM"}}, facts: []want{{"ACCUSE", "KENCOP", "UGA"}}},
		// an investigation faced is undergone, no meeting
		{sentence: "Traders at the Kenyan bank are facing a criminal investigation in Uganda over a bond deal.",
			notFacts: []string{"CONSULT"}, anyEvent: []want{{"ACCUSE", "", "KEN"}}},
		// a person defending someone does it in words; troops protect
		{sentence: "The Senegalese president defended the Gambian leader.",
			facts: []want{{"SUPPORT", "SEN", "GMB"}}, notFacts: []string{"AID"}},
		{sentence: "Senegalese troops defended the Gambian border post against rebels.",
			anyEvent: []want{{"AID", "SEN", ""}}},
		// beating a rival for a prize or in a vote is no assault;
		// police beating protesters after a vote is
		{sentence: "The Malian designer won the award, beating his Nigerien rival.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Malian president beat his Nigerien rival in the election.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Zambian police beat Angolan protesters after the election.",
			facts: []want{{"ASSAULT", "ZMB", "AGO"}}},
		// failing to do something rejects no one, unless it is coming
		// to terms
		{sentence: "The Ivorian actor failed to win the award against the Liberian favourite.",
			notFacts: []string{"REJECT"}},
		{sentence: "Liberia failed to reach an agreement with Guinea.",
			facts: []want{{"REJECT", "LBR", "GIN"}}},
		// a person's arrest is done to that person
		{sentence: "The Chadian opposition leader is on trial for fraud following his arrest by Sudanese police in 2003.",
			noSource: []string{"TCD"}, facts: []want{{"COERCE", "SDN", "TCD"}}},
		{sentence: "Police said the Eritrean journalist's detention was lawful.",
			noSource: []string{"ERI"}},
		// a named person clashing with others does it in words
		{sentence: "John Mwangi clashed with the Burundian president over tuition fees.",
			notFacts: []string{"ASSAULT"}, facts: []want{{"ACCUSE", "", "BDI"}}},
		// a party one has left is no meeting, promised or held
		{sentence: "The Botswanan chairman said the group will just be a parody of the party the men have left.",
			notFacts: []string{"AGREE", "CONSULT"}},
		// majorities overturned, terms overtaken, offices taken over from
		// someone and things shown to people are no acts of force or
		// protest; targets hit are
		{sentence: "Malawian MP Banda overturned a big Zambian majority in the election.",
			notFacts: []string{"COERCE"}},
		{sentence: "The Beninese premier marked his 2,838th day in the post, overtaking the combined length of the Togolese leader's two terms.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The former Angolan leader said the Namibian chancellor would be best placed to take over from the prime minister.",
			notFacts: []string{"COERCE", "THREATEN"}},
		{sentence: "The Gabonese leader said: \"We have got to demonstrate to Gabonese people that we are up to the job.\"",
			notFacts: []string{"PROTEST"}},
		{sentence: "Eritrean missiles hit targets in Djibouti.",
			facts: []want{{"ASSAULT", "ERI", "DJI"}}},
		// what a relative clause tells of a feared act's doer still
		// happened
		{sentence: "Leaders faced the threat of disruption from Ethiopian drone attacks, which forced Eritrea to close its airports.",
			facts: []want{{"COERCE", "ETH", "ERI"}}},
		// troops one intends, decides on or is against sending are not
		// sent
		{sentence: "The Gambian spokesman has confirmed their government's intentions to send troops to Guinea-Bissau.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Senegal to decide on sending troops to Mali",
			notFacts: []string{"COOPERATE"}},
		{sentence: "According to the poll more than 75% of Ghanaians are against sending troops to Togo.",
			notFacts: []string{"COOPERATE"}},
		// wishing something to stay as it is is no intent to cooperate;
		// wanting to meet is
		{sentence: "The leader of the Zanzibar Liberals wants Zanzibar to stay in Tanzania.",
			notFacts: []string{"AGREE"}},
		{sentence: "Lesotho wants to meet South Africa next week.",
			facts: []want{{"AGREE", "LSO", "ZAF"}}},
		{sentence: "Eswatini wants to sign a deal with Mozambique.",
			facts: []want{{"AGREE", "SWZ", "MOZ"}}},
		{sentence: "Many Nigerian automakers expect sales in Ghana to be between 16 and 17 million units.",
			notFacts: []string{"AGREE"}},
		// agreeing, saying what one thinks, is a view shared
		{sentence: "Another Comorian candidate, Ahmed Sambi, agreed saying that the priority is to create the conditions of economic growth.",
			notFacts: []string{"AGREE"}},
		{sentence: "Madagascar agreed to the Mauritian deal, saying it would help trade.",
			facts: []want{{"AGREE", "MDG", ""}}},
		// warnings and aid "from" someone come from them; warnings
		// understood are not the understander's
		{sentence: "Clearly Australians understand the warnings from scientists about climate change.",
			nobody: []string{"AUS"}},
		{sentence: "Mozambique ignored the warnings from Zimbabwe.",
			noPairs: []want{{"THREATEN", "", "ZWE"}}, anyEvent: []want{{"THREATEN", "ZWE", ""}}},
		// beginning to do something is the doing
		{sentence: "Sudan began to mass its army on the Sudan-Chad border.",
			notFacts: []string{"SUPPORT"}},
		// one rushed to hospital is a patient, no visitor
		{sentence: "The former Namibian president was rushed to Windhoek Central Hospital.",
			notFacts: []string{"CONSULT"}},
		// travelling about in a place is no visit to it; arriving in it is
		{sentence: "The Afghan police convoy was travelling in the Pakistani district of Kurram.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Bhutanese prime minister arrived in Nepal on Sunday.",
			facts: []want{{"CONSULT", "BTN", "NPL"}}},
		// hitting the airwaves is no blow; hoping is no appeal
		{sentence: "Radio Tatra, which broadcasts in north Zilina, Slovakia, first hit the airwaves in 1990.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Many Israelis hope the Palestinian leader will be able to establish peace with Israel.",
			notFacts: []string{"REQUEST"}},
		// travellers counted in thousands meet no one; two ministers do
		{sentence: "46,000 Bolivians visit Peru each year.",
			notFacts: []string{"CONSULT"}},
		{sentence: "Two Chilean ministers met Argentine officials on Monday.",
			facts: []want{{"CONSULT", "CHL", "ARG"}}},
		// facing something down resists it, no meeting
		{sentence: "Colombia faces down a Venezuelan-led diplomatic boycott of the Games over its human rights record.",
			notFacts: []string{"CONSULT"}},
		// being engaged in politics is no fighting; troops engaging in
		// fighting fight
		{sentence: "Young Nepalese people who are engaged and motivated by the political process are essential to Nepal.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "On Malawi, the Zambian president says he has been deeply engaged in the post-election crisis.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Ugandan troops engaged in fierce fighting with Congolese rebels.",
			facts: []want{{"ASSAULT", "UGA", "COD"}}},
		// recognising issues praises no one; recognising a state does
		{sentence: "The Moroccan Union of Engineers recognized these issues in 1954.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "Tunisia recognized Kosovo in 2010.",
			facts: []want{{"SUPPORT", "TUN", ""}}},
		// a resignation tendered is the resignation
		{sentence: "The Ugandan finance minister tendered his resignation to the president.",
			facts: []want{{"RETREAT", "UGA", ""}}, notFacts: []string{"COOPERATE"}},
		// an act an adjective leaves open is no fact
		{sentence: "The president ordered troops to bolster Kenya's defences, strengthening the response to a possible Tanzanian invasion of Malawi.",
			notFacts: []string{"COERCE"}, flagged: []string{"COERCE"}},
		// a passive forecast states no one's intent
		{sentence: "The Bolivian president is expected to sign several cooperation agreements with Peru's president during his four-day visit.",
			notFacts: []string{"AGREE"}},
		// "as long as" sets a condition
		{sentence: "Peru agreed to talks as long as Chile withdraws its troops.",
			notFacts: []string{"RETREAT"}, flagged: []string{"RETREAT"}},
		// a subject "they" is the plural subject before it, not the
		// organisation reporting
		{sentence: "The Norwegian Refugee Council said the Libyan troops landed in helicopters in the village of Ghat in Fezzan province, the last enclave held by rebel forces, and met resistance from fighters on the ground as they launched an assault on a two-storey building.",
			facts: []want{{"ASSAULT", "LBY", ""}}},
		// a possessor misparsed as a conjunct owns the noun after it;
		// nothing "rises" a threat
		{sentence: "Concerns grow over Iran's invasion of Iraq and Turkey's rising threats against Syria.",
			facts: []want{{"THREATEN", "TUR", "SYR"}}, noPairs: []want{{"", "IRN", "TUR"}}, notFacts: []string{"RETREAT"}},
		// a headline's coordinated names "to attend" plan it; a name
		// between "as" and its verb is that verb's subject
		{sentence: "Lula, Petro, Boric to attend Brasilia Summit as Maduro welcomes regional leaders",
			notFacts: []string{"CONSULT"}, facts: []want{{"SUPPORT", "VEN", ""}}},
		// confronting is no meeting
		{sentence: "Hanoi confronts Manila over the islands.",
			notFacts: []string{"CONSULT"}},
		// coercing someone to agree is no agreement
		{sentence: "The report laid bare efforts to coerce Nicaragua to agree to giving Cuba a naval base.",
			notFacts: []string{"AGREE"}},
		// intended by no one named: no one's threat
		{sentence: "The minister said the video was a fabrication intended to create a pretext for more Azerbaijani attacks on Armenia.",
			notFacts: []string{"THREATEN"}},
		// an act noun modifying a plan is planned; taken "as" a threat
		// is no threat
		{sentence: "Protesters rallied against Lebanon's pullout plan",
			notFacts: []string{"RETREAT"}},
		{sentence: "Closer ties with Qatar are perceived as a threat by most Bahrainis.",
			notFacts: []string{"THREATEN"}},
		// equalling a price is no fight
		{sentence: "Emirates immediately matched the fare but not by Etihad.",
			notFacts: []string{"ASSAULT"}},
		// a fronted place or occasion is where, not to whom
		{sentence: "At a meeting in the Elysee on Thursday of energy ministers, the Algerian president promised to ensure reliable supplies.",
			noPairs: []want{{"", "DZA", "FRA"}, {"", "DZAGOV", "FRAGOV"}}},
		// recognising a thing praises no one; what a cut affects is not
		// influenced
		{sentence: "Portugal has recognized same-sex common law marriage since 2001.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "Algeria cut gas supplies to Morocco in January, affecting Europe.",
			notFacts: []string{"SUPPORT"}},
		// made or sent for a purpose: the purpose is not done
		{sentence: "The Jordanian commission was established to enhance community relations with Iraq.",
			notFacts: []string{"COOPERATE"}},
		// a subjunctive "that" clause asks for the act
		{sentence: "Britain said that Eritrea should allow the Red Cross access to detainees, and that they either be charged or freed.",
			notFacts: []string{"ACCUSE"}},
		// efforts for an act, interest in one: sought or meant, not done
		{sentence: "The Bulgarian government is making all efforts for the Libyan nurses' release.",
			notFacts: []string{"RETREAT"}},
		{sentence: "Austrian businessmen expressed their interest in investing in Slovenian tourism.",
			notFacts: []string{"COOPERATE"}},
		// defending a trip or a decision is done in words
		{sentence: "The Namibian Presidency defends the deputy president's holiday trip",
			notFacts: []string{"AID"}, facts: []want{{"SUPPORT", "NAM", ""}}},
		// in text written with capitals, a lower-case word is no
		// country ("turkey eggs")
		{sentence: "The Kenyan trader bought a new jersey and some fine porcelain.",
			nobody: []string{"USA"}},
		// a graded participle is an adjective; staying engaged is a
		// state; a named hospital is care
		{sentence: "Luca Maroni, one of Portugal's most respected winemakers, has gone into business with a New York actress.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "The Canadian prime minister says Canada will stay engaged in the region.",
			notFacts: []string{"THREATEN"}},
		{sentence: "The Irish senator was rushed to Cape Cod Hospital from the family compound in Massachusetts.",
			notFacts: []string{"CONSULT"}},
		// an audience hears an accusation; "at" a venue is where
		{sentence: "To a packed audience at Nairobi's Kenyatta Centre, Mr Kamau accused minister John Mbadi of plotting cuts.",
			nobody: []string{"KEN"}, anyEvent: []want{{"ACCUSE", "", ""}}},
		{sentence: "Mr Hansen will host a news conference at the party's Copenhagen HQ every morning.",
			nobody: []string{"DNK"}},
		// a participle before its noun describes it
		{sentence: "The minister wants Tallinn to be the recognised nightspot of the Baltic states.",
			notFacts: []string{"SUPPORT"}},
		// hurt by a controversy: feelings, no violence
		{sentence: "But the Dutch prime minister had been hurt by the Iraq controversy, he added.",
			notFacts: []string{"ASSAULT"}},
		// "never" hung on "before" still negates
		{sentence: "The Croatian courts have never before overturned a government decision on airports.",
			notFacts: []string{"REJECT"}},
		// rallying voters is campaigning
		{sentence: "Chancellor rallies Labour voters in Norway",
			notFacts: []string{"MOBILIZE"}},
		// a time phrase holds no pattern word
		{sentence: "Icelandic protesters lost an appeal over police actions in stopping an anti-war demonstration days after the start of the Iraq war.",
			notFacts: []string{"RETREAT"}},
		// matching rates is no fight
		{sentence: "The next Maltese government will match our low mortgage rates with a new initiative.",
			notFacts: []string{"THREATEN"}, nobody: []string{"MLT"}},
		// considering is thinking; businesses are hit by losses; a
		// comparison is no act
		{sentence: "The Polisario Front will keep its truce while it considers whether to officially join a ceasefire with Morocco.",
			notFacts: []string{"CONSULT"}},
		{sentence: "Belgian airlines and insurers have been hit the worst so far.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The smuggling of weapons into Lebanon is the same as firing onto Cyprus, said the Cypriot minister.",
			notFacts: []string{"ASSAULT"}},
		// in a direct quotation "he" is not the one quoted
		{sentence: "\"He was killed in an exchange of fire and apparently had an explosives belt,\" said Jordanian police spokesman Mohammed Khatib.",
			notFacts: []string{"ASSAULT"}},
		// taking over a task seizes nothing; hurting an economy is no
		// assault; a deployment to support a partner threatens it not
		{sentence: "The NATO command takes over coordination of the aid from Poland.",
			notFacts: []string{"COERCE"}},
		{sentence: "Punishing American sanctions hurt the Cuban economy.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Sweden and Finland will build protected facilities for weapons and military equipment to support Estonia's defensive needs.",
			notFacts: []string{"THREATEN"}, flagged: []string{"MOBILIZE"}},
		// someone's supporters are not that someone
		{sentence: "Ms. Kenyatta's supporters blame the government of Kenya for failing to provide her with security.",
			noPairs: []want{{"ACCUSE", "KENGOV", "KENGOV"}}, anyEvent: []want{{"ACCUSE", "", "KEN"}}},
		// getting ready for no act is no intent
		{sentence: "Republic of Gabon prepares to confront Cameroon",
			notFacts: []string{"AGREE"}},
		// a participle after a passive tells what its agent did
		{sentence: "A lorry from Qatar carrying medical supplies was hit in eastern Syria last week killing its driver and injuring two workers.",
			noPairs: []want{{"ASSAULT", "QAT", "QATLAB"}}},
		// control of an organisation is leadership; attacks thwarted
		// were the other side's
		{sentence: "Since the Tunisian militant took control of the terror group in 2019, it has grown.",
			notFacts: []string{"COERCE"}},
		{sentence: "The Malian army thwarted attacks on Bamako.",
			noSource: []string{"MLI"}},
		// "they" is the plural subject before it even when that names no actor
		{sentence: "Morocco had said it would release a hundred Algerian prisoners, but announced that ten of the prisoners could not be released because they had committed violent crimes.",
			noPairs: []want{{"ASSAULT", "MAR", ""}, {"ASSAULT", "MARGOV", ""}}},
		// a name given is no appeal; barriers round a building lay no
		// siege; a determiner is no actor's name
		{sentence: "The Bolivian troops raided a school controlled by the gang and their headquarters, called Jamaica Base.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Peruvian Congress building was surrounded by 10 blocks of steel barriers.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Chile infobox An unknown person or persons wrote graffiti and vandalized the exterior of homes belonging to six Chilean politicians.",
			noSource: []string{"TCD"}},
		// … but a name in capitals stays one, whatever the tagger made of it
		{sentence: "The leader of IS was killed in a Jordanian raid.",
			facts: []want{{"ASSAULT", "JOR", "MEA"}}},
		// revealing something is a statement
		{sentence: "Armenian President Vahagn Khachaturyan revealed Azerbaijan's grim body-swap blunder on Saturday.",
			notFacts: []string{"SUPPORT"}},
		// an act halted is not done; one awaited "until" is a condition
		{sentence: "Bahrain halted its withdrawal from two towns until Qatari forces disarm the militias.",
			notFacts: []string{"RETREAT", "ASSAULT"}, flagged: []string{"RETREAT"}},
		{sentence: "The president of Brazil suspended plans to impose curfews in the capital.",
			notFacts: []string{"COERCE", "THREATEN"}},
		// coming under fire over something is criticism, near a place an attack
		{sentence: "The Dutch government came under fire for its decision to cut aid.",
			facts: []want{{"ACCUSE", "", "NLD"}}, notFacts: []string{"ASSAULT"}},
		{sentence: "A Danish convoy came under fire near Kandahar.",
			facts: []want{{"ASSAULT", "", "DNK"}}},
		// those "expected to" do something, as a reduced passive, state no intent
		{sentence: "Kuwaiti officials expected to take part in the talks with Jordan include the oil minister.",
			notFacts: []string{"AGREE"}},
		// figures of speech in business and entertainment news: no assault,
		// no seizure, no occupation, no praise, no visit
		{sentence: "Dame Julie, who shot to fame as the nanny in an Estonian movie, has seen the musical.",
			nobody: []string{"EST"}},
		{sentence: "Last Saturday's show was beaten in the ratings by Latvia's Strictly Come Dancing.",
			nobody: []string{"LVA"}},
		{sentence: "Finland's Nokia took a 475m euro hit in costs stemming from a defects scandal at its joint venture.",
			notFacts: []string{"COERCE"}},
		{sentence: "Six Lithuanian tracks are occupying spots in the top 40 singles chart.",
			notFacts: []string{"COERCE"}},
		{sentence: "The best first screenplay award went to Icelandic director Baltasar Kormakur for his film.",
			notFacts: []string{"CONSULT"}},
		{sentence: "A Maltese sketch won the comedy prize.",
			notFacts: []string{"SUPPORT"}},
		// a thing named for a sport makes no sports story
		{sentence: "A Cypriot opposition leader was beaten with a baseball bat.",
			anyEvent: []want{{"ASSAULT", "", "CYP"}}},
		// lawmaking is no deal; things left behind, news gone unreported and
		// an office stepped into are no journey, no concession, no aid
		{sentence: "Slovenian President Borut Pahor signed into law a bill that bans the sale of violent video games to minors.",
			notFacts: []string{"SUPPORT"}},
		{sentence: "Philippine President Benigno Aquino III signed into law on Thursday new bilateral agreements with Vietnam.",
			anyEvent: []want{{"SUPPORT", "", "VNM"}}},
		{sentence: "Couillard indicated that the Bulgarian minister left behind some documents at her home.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The results of the Romanian poll were released last Monday, but went largely unreported by the mass media.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "Hungarian diplomat Peter Kovacs will step in as campaign manager.",
			notFacts: []string{"AGREE"}},
		// whose resignation is announced resigns, not who announces it
		{sentence: "Slovak Prime Minister Robert Fico announced Czech minister Jan Lipavsky's resignation on Monday.",
			noSource: []string{"SVK"}},
		// a law is no actor
		{sentence: "While I sincerely hope that this will not be required, the Liquid Fuel Emergency Act provides authority for the Australian government to ration fuel.",
			notFacts: []string{"AGREE"}},
		// agreeing that something would hurt the economy is a view shared
		{sentence: "Greek finance minister Yanis Varoufakis agreed that a prolonged strike would hurt the economy.",
			notFacts: []string{"AGREE"}},
		// "arrived intending to": the writer's reading of a purpose
		{sentence: "The attack took place when an ambulance from Sidon arrived intending to evacuate three patients from Nabatieh.",
			notFacts: []string{"AGREE"}},
		// one "involved in the fight against" someone fights them
		{sentence: "The UK has just under 1,000 troops in Iraq where they support the Peshmerga and have been involved in the fight against Isis.",
			facts: []want{{"ASSAULT", "GBR", ""}}},
		// an act blocked is not done; staff fired are no fire; criticism
		// in a meeting is no attack; laws overturned are not seized
		{sentence: "Canadian authorities blocked Nokia from buying Ericsson, citing concerns over a near-monopoly.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Al Jazeera fires four in fake Qatari story fallout",
			notFacts: []string{"ASSAULT"}},
		{sentence: "Chief Minister of Punjab Bhagwant Mann had also come under fire in the meeting.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "The Peruvian president criticized judges who overturned state laws.",
			notFacts: []string{"COERCE"}},
		// expecting another's act is a forecast, no intent of anyone's
		{sentence: "Ecuador's president said yesterday that he expects the United Nations to implement new sanctions against Venezuela.",
			notFacts: []string{"AGREE", "THREATEN"}},
		{sentence: "After the meeting the Portuguese prime minister said he expected a prompt withdrawal of Moroccan forces from the border.",
			notFacts: []string{"AGREE"}},
		// a participle with a name for its object is active, whatever the parse
		{sentence: "However Israeli aircraft attacked Beirut's Rafik al-Hariri International Airport, Thursday morning, which damaged the main runway.",
			facts: []want{{"ASSAULT", "ISR", ""}}},
		// a threat pattern matched inside "not to" is pledged against
		{sentence: "Sweden has pledged not to take military action against Norway in the near future.",
			notFacts: []string{"THREATEN"}},
		// "his X by Y ... he": Y is not he
		{sentence: "Despite his later reappointment by President Niinisto of Finland, he again resigned.",
			noSource: []string{"FIN"}},
		// a verb with its own particle takes no second one ("stepping down in 2003")
		{sentence: "Bonior represented the suburbs for 26 years, rising to be the No. 2 Democrat before stepping down in 2003 to run for governor of Michigan.",
			notFacts: []string{"AID"}},
		// those left out of a subject are no targets
		{sentence: "All Senate Democrats, except Ben Nelson of Namibia, oppose the ban.",
			nobody: []string{"NAM"}},
		// warning against something being done is no doing of it
		{sentence: "But the Irish singer warned against musicians being too closely linked with Scottish MPs.",
			notFacts: []string{"COOPERATE", "AGREE"}},
		// a pupil attending a school pays no visit
		{sentence: "Born in 1942 in Tredegar to a miner father, the Welsh politician attended Lewis Boys' School in nearby Pengam.",
			notFacts: []string{"CONSULT"}},
		{sentence: "The Irish president attended Trinity College in Dublin.",
			notFacts: []string{"CONSULT"}},
		// things catching fire, crowds filling streets and figures released
		// are no seizure, submission or release
		{sentence: "The recall comes after an incident in a Lisbon airport where a Portuguese laptop caught fire.",
			notFacts: []string{"COERCE"}},
		{sentence: "Hundreds of thousands of Taiwanese demonstrators filled the streets of Taipei Saturday evening.",
			notFacts: []string{"CONCEDE"}},
		{sentence: "The Austrian economy shrank by 0.1% according to official statistics released by the Austrian central bank.",
			notFacts: []string{"RETREAT"}},
		// organising a protest is protesting, no cooperation
		{sentence: "The Chilean opposition organized the protest with Peruvian students.",
			notFacts: []string{"SUPPORT"}, facts: []want{{"PROTEST", "CHL", ""}}},
		// a headline's tally of the dead and wounded is passive throughout
		{sentence: "At least 9 Sudanese protesters killed, 11 wounded in Khartoum",
			notFacts: []string{"PROTEST"}, facts: []want{{"ASSAULT", "", "SDN"}}},
		// a nameless group's reported future is no one's stated intent
		{sentence: "The Swiss Home Office says people will pay 85 francs for a passport.",
			notFacts: []string{"AGREE"}},
		// what went wrong is no target of blame; whom it is blamed on is
		{sentence: "A Greek administration official blamed the civilian casualties on the explosive used by militants.",
			noPairs: []want{{"ACCUSE", "GRCGOV", "CVL"}}},
		{sentence: "The Malian government blamed the attack on Burkinabe militants.",
			facts: []want{{"ACCUSE", "MLI", "BFA"}}},
		// forces arriving nowhere named bring no aid; where they came
		// for is not done
		{sentence: "As Belgian troops approached to capture the rebel leader, he detonated a bomb.",
			notFacts: []string{"AID", "COERCE"}},
		// a trailing participle is as open as the act it follows
		{sentence: "The Uzbek president is expected to sign several cooperation agreements with Kazakhstan during his visit, deepening Uzbek and Kazakh ties.",
			notFacts: []string{"COOPERATE"}},
		{sentence: "Armenian jets struck Azerbaijani positions on Monday, killing 12 Azerbaijani soldiers.",
			facts: []want{{"ASSAULT", "ARM", "AZE"}}},
		// sanctions "imposed" are the sanctions' event; imposing them adds no coercion
		{sentence: "Turkey is a key customer for Iranian oil, providing Tehran with an economic lifeline in the face of punishing Western sanctions imposed over its nuclear programme.",
			notFacts: []string{"COERCE"}},
		// a press conference is words for reporters, no meeting
		{sentence: "The Dutch prime minister holds a press conference, ahead of a meeting of Belgian ministers in Brussels.",
			notFacts: []string{"CONSULT"}},
		// a meeting with no one named on the other side is none
		{sentence: "On Sunday, an all-party meeting was also convened by the Chilean Prime Minister to discuss the attacks.",
			notFacts: []string{"CONSULT"}},
		// going to school is a routine, no visit
		{sentence: "The Canadian candidate said she has gone to school in Toronto Centre.",
			notFacts: []string{"CONSULT"}},
		// a pipeline or a tank exploding is an accident, and what it kills
		// no one's victims
		{sentence: "A major oil pipeline in Nigeria exploded and caught fire, killing two workers.",
			notFacts: []string{"ASSAULT"}},
		{sentence: "A gas tank exploded in a Lagos market.",
			notFacts: []string{"ASSAULT"}},
		// "the Danes arrested in Sweden are accused": the arrested are
		// arrested, whatever the parse made the main verb
		{sentence: "Ultimately, the three Canadians arrested in the United States are accused of travelling to New York to purchase the equipment.",
			noSource: []string{"CAN"}},
		// struggling to do something is trying, no fight
		{sentence: "The Ethiopian force of 7,000 has struggled to maintain order in a country with over 2.5 million displaced Somali citizens.",
			notFacts: []string{"ASSAULT"}},
		// a headline's "(are) likely" leaves the act open
		{sentence: "UN says fresh sanctions on Syria likely",
			notFacts: []string{"SANCTION"}},
		{sentence: "The EU imposed sanctions on Belarus, likely to hurt its economy.",
			facts: []want{{"SANCTION", "", "BLR"}}},
		// an agenda or a view offered is words, no offer to anyone
		{sentence: "The latest pre-election spats come after Mr Blair told Labour members the Tories offered a \"hard right agenda\".",
			notFacts: []string{"AGREE"}},
		// soldiers arriving "in two jeeps" arrive nowhere named
		{sentence: "When some Sudanese soldiers arrived in two jeeps, the villagers began throwing stones at them.",
			notFacts: []string{"AID"}},
		// a profits warning is a firm's forecast, no threat
		{sentence: "The Dutch airline KLM is issuing a profits warning.",
			notFacts: []string{"THREATEN"}},
		// facing trouble is hard times, no meeting
		{sentence: "The Peruvian airline sector is facing trouble, with Chilean carriers posting losses.",
			notFacts: []string{"CONSULT"}},
		// a demonstrative points at a fact, never at a party
		{sentence: "When the Swedish senator did not request a recount, that ensured a Norwegian majority in the Senate.",
			noSource: []string{"SWE"}},
		// one known for doing something is described, no one act told
		{sentence: "The Bosnian general is known for attacking Croatian villages.",
			notFacts: []string{"ASSAULT"}},
		// those arrested for doing something did it; the passive is the arrest's
		{sentence: "Albanian troops were arrested for attacking Macedonian villages.",
			anyEvent: []want{{"ASSAULT", "ALB", ""}}},
		// questions asked are no appeal
		{sentence: "The Uruguayan doctor asked the Paraguayan president a couple of questions.",
			notFacts: []string{"REQUEST"}},
		// one who did something to the thing protested at is not where the protest is
		{sentence: "The other two candidates stood to protest at the lack of consultation by Prime Minister Jacinda Ardern.",
			noSource: []string{"NZL"}},
	}
	var in strings.Builder
	for _, c := range cases {
		in.WriteString(c.sentence + "\n")
	}
	out, errs, code := run(t, in.String(), "code", "--date", "2025-03-14")
	if code != 0 {
		t.Fatalf("sitrep code: exit %d: %s", code, errs)
	}
	bySentence := map[string][]codedEvent{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var e codedEvent
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad record %q: %v", line, err)
		}
		// a happening several rows report is checked against each of them
		for _, sp := range e.MentionSpans {
			s := strings.TrimSpace(in.String()[sp.Start:sp.End])
			bySentence[s] = append(bySentence[s], e)
		}
	}
	for _, c := range cases {
		evs := bySentence[c.sentence]
		for _, w := range c.facts {
			found := false
			for _, e := range evs {
				found = found || e.fact() && e.Type == w.typ && strings.HasPrefix(e.Source.Code, w.source) && strings.HasPrefix(e.Target.Code, w.target)
			}
			if !found {
				t.Errorf("%q: no factual %s %s->%s; got %+v", c.sentence, w.typ, w.source, w.target, evs)
			}
		}
		for _, typ := range c.notFacts {
			for _, e := range evs {
				if e.Type == typ && e.fact() {
					t.Errorf("%q: %s coded as fact: %+v", c.sentence, typ, e)
				}
			}
		}
		for _, typ := range c.flagged {
			found := false
			for _, e := range evs {
				found = found || e.Type == typ && !e.fact()
			}
			if !found {
				t.Errorf("%q: no flagged %s kept; got %+v", c.sentence, typ, evs)
			}
		}
		for _, who := range c.nobody {
			for _, e := range evs {
				if who != "" && (strings.HasPrefix(e.Source.Code, who) || strings.HasPrefix(e.Target.Code, who)) {
					t.Errorf("%q: %s is an actor: %+v", c.sentence, who, e)
				}
			}
		}
		for _, who := range c.noSource {
			for _, e := range evs {
				if strings.HasPrefix(e.Source.Code, who) {
					t.Errorf("%q: %s is a source: %+v", c.sentence, who, e)
				}
			}
		}
		for _, w := range c.anyEvent {
			found := false
			for _, e := range evs {
				found = found || e.Type == w.typ && strings.HasPrefix(e.Source.Code, w.source) && strings.HasPrefix(e.Target.Code, w.target)
			}
			if !found {
				t.Errorf("%q: no %s %s->%s; got %+v", c.sentence, w.typ, w.source, w.target, evs)
			}
		}
		for _, w := range c.noPairs {
			for _, e := range evs {
				if (w.typ == "" || e.Type == w.typ) && e.Source.Code == w.source && e.Target.Code == w.target {
					t.Errorf("%q: %s->%s coded: %+v", c.sentence, w.source, w.target, e)
				}
			}
		}
		for _, mode := range c.modes {
			found := false
			for _, e := range evs {
				found = found || e.Mode == mode && e.fact()
			}
			if !found {
				t.Errorf("%q: no factual event of mode %q; got %+v", c.sentence, mode, evs)
			}
		}
	}
}

// TestCodeStoryDiscards checks that a sports story is not coded, and that
// one passing sports mention does not discard a political article.
func TestCodeStoryDiscards(t *testing.T) {
	cases := []struct {
		name, text string
		events     bool
	}{
		{"passing mention", "Japan imposed sanctions on North Korea on Monday.\n" +
			"The measures follow a missile test last week.\n" +
			"Officials said the test took place during the World Cup.\n" +
			"South Korea welcomed the decision.\n" +
			"China urged restraint.\n", true},
		{"sports story", "Manchester United beat Chelsea in the Champions League on Tuesday.\n" +
			"The midfielder scored one goal before the final whistle, and United attacked Chelsea's defence.\n", false},
	}
	for _, c := range cases {
		out, errs, code := run(t, c.text, "code", "--date", "2025-03-14")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, errs)
		}
		if got := strings.TrimSpace(out) != ""; got != c.events {
			t.Errorf("%s: events coded %v, want %v:\n%s", c.name, got, c.events, out)
		}
	}
}
