package cameo

import (
	"slices"
	"strings"
	"testing"
)

const verbSample = `
&WEAPON
+GUN
+HEAVY_ARTILLERY

####### VERB PATTERNS #######

---  VISIT   [042:043]  ---
VISIT
- * (FOR TALKS)                                       [046:046]     # VISIT
- PILGRIMS *                                          [---]         # VISIT , GO_TO , VISIT

---  KILL   [190]  ---
+SHOOT_DOWN {+SHOOTS_DOWN +SHOT_DOWN }
SLAY {SLAYS SLAIN}
MURDER [180]
- * (WITH &WEAPON)                                    [193]         # KILL
- * (OF {WAR CRIMES})                                 [1124]        # KILL
`

func TestParseVerbs(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader(verbSample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word     string
		block    string
		words    int
		formCode string
	}{
		{"visit", "VISIT", 1, ""},
		{"visited", "VISIT", 1, ""},
		{"visiting", "VISIT", 1, ""},
		{"shot", "KILL", 2, ""},
		{"slain", "KILL", 1, ""},
		{"murdered", "KILL", 1, "180"},
	}
	for _, tc := range tests {
		fs := d.Forms[tc.word]
		if len(fs) == 0 {
			t.Errorf("%q: no verb form", tc.word)
			continue
		}
		f := fs[0]
		if d.Blocks[f.Block].Name != tc.block || len(f.Words) != tc.words || f.Code != tc.formCode {
			t.Errorf("%q: block %s words %v code %q, want %s %d %q", tc.word, d.Blocks[f.Block].Name, f.Words, f.Code, tc.block, tc.words, tc.formCode)
		}
	}
	if got := d.Synsets["&weapon"]; len(got) != 2 || strings.Join(got[1], " ") != "heavy artillery" {
		t.Errorf("synset &weapon = %v", got)
	}
	visit := d.Blocks[0]
	if visit.Code != "042:043" || len(visit.Patterns) != 2 {
		t.Fatalf("VISIT block = %+v", visit)
	}
	p := visit.Patterns[0]
	if len(p.Post) != 1 || p.Post[0].Kind != ElemPrep || strings.Join(p.Post[0].Words, " ") != "for talks" || p.Code != "046:046" {
		t.Errorf("pattern = %+v", p)
	}
	if q := visit.Patterns[1]; len(q.Pre) != 1 || q.Pre[0].Words[0] != "pilgrims" || q.Code != "---" {
		t.Errorf("pre pattern = %+v", q)
	}
	// braces inside a prepositional phrase only group its words
	kill := d.Blocks[1]
	if q := kill.Patterns[len(kill.Patterns)-1]; len(q.Post) != 1 || strings.Join(q.Post[0].Words, " ") != "of war crimes" {
		t.Errorf("(OF {WAR CRIMES}) parsed as %+v", q.Post)
	}
	// the verbs a pattern was written for, from its comment
	if v0, v1 := visit.Patterns[0].Verbs, visit.Patterns[1].Verbs; !slices.Equal(v0, []string{"visit"}) || !slices.Equal(v1, []string{"visit", "go_to"}) {
		t.Errorf("pattern verbs %q and %q, want [visit] and [visit go_to]", v0, v1)
	}
}

func TestCommentVerbs(t *testing.T) {
	for _, tc := range []struct {
		comment string
		want    []string
	}{
		{" DEPLOY", []string{"deploy"}},
		{" SEND , DEPLOY", []string{"send", "deploy"}},
		{" SQUARED_OFF", []string{"squared_off"}},
		{" ss 02 Jul 2007", nil},
		{" HUX 11/26/97", nil},
		{"", nil},
	} {
		if got := commentVerbs(tc.comment); !slices.Equal(got, tc.want) {
			t.Errorf("commentVerbs(%q) = %q, want %q", tc.comment, got, tc.want)
		}
	}
}

func TestCodingAndActors(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, typ string
		quad      int
		ok        bool
	}{
		{"1823", "ASSAULT", 4, true},
		{"195", "ASSAULT", 4, true},
		{"036", "AGREE", 1, true},
		{"0841", "RETREAT", 2, true},
		{"112", "ACCUSE", 3, true},
		{"023", "REQUEST", 0, true},
		{"010", "", 0, false},
	}
	for _, tc := range tests {
		c, ok := m.Coding(tc.code)
		if ok != tc.ok || c.Type != tc.typ || ok && c.QuadClass != tc.quad {
			t.Errorf("Coding(%s) = %+v %v, want %s quad %d %v", tc.code, c, ok, tc.typ, tc.quad, tc.ok)
		}
	}
	words := strings.Fields("the russian federation and kofi annan")
	if id, n := m.Actors.Longest(words, 1); id < 0 || n != 2 || m.Actors.Entries[id].CodeAt(0) != "RUS" {
		t.Errorf("russian federation: id %d n %d", id, n)
	}
	if id, _ := m.Actors.Longest(words, 4); id < 0 || m.Actors.Entries[id].CodeAt(19980101) != "IGOUNO" {
		t.Errorf("kofi annan in 1998 not IGOUNO")
	}
	if id, n := m.Agents.Longest(strings.Fields("riot police"), 1); id < 0 || n != 1 || m.Agents.Entries[id].Code != "COP" {
		t.Errorf("police agent: %d %d", id, n)
	}
}

func TestCodeAtDates(t *testing.T) {
	var d ActorDict
	src := "SAM_GAMGEE [HOB]\n\t[HOBCIV <20080120]\n\t[ORCHOB 20100109-20100112]\n\t[HOBMIL 20080120-20121109]\n"
	if err := d.ParseActors(strings.NewReader(src)); err != nil {
		t.Fatal(err)
	}
	e := d.Entries[0]
	for date, want := range map[int]string{20050101: "HOBCIV", 20100110: "ORCHOB", 20110101: "HOBMIL", 20200101: "HOB"} {
		if got := e.CodeAt(date); got != want {
			t.Errorf("CodeAt(%d) = %s, want %s", date, got, want)
		}
	}
}

// TestParseAddsToVerbs checks that a second dictionary adds its patterns to
// the verbs of the first (how the supplement extends CAMEO.2.0.txt) and that
// the embedded supplement parses without skipped lines.
func TestParseAddsToVerbs(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader(verbSample))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.ParseOwn(strings.NewReader("--- VISIT [---] ---\nVISIT\n- * (WITH &WEAPON) [190]\n")); err != nil {
		t.Fatal(err)
	}
	blocks := map[string]bool{}
	for _, f := range d.Forms["visited"] {
		blocks[d.Blocks[f.Block].Name+" "+d.Blocks[f.Block].Code] = true
	}
	if !blocks["VISIT 042:043"] || !blocks["VISIT ---"] {
		t.Errorf("visited is in blocks %v, want both VISIT blocks", blocks)
	}
	if last := d.Blocks[len(d.Blocks)-1]; len(last.Patterns) != 1 || last.Patterns[0].Post[0].Kind != ElemPrep || !last.Patterns[0].Own {
		t.Errorf("added block = %+v: the synset &weapon of the first dictionary should serve its pattern, marked Own", last)
	}
	if d.Blocks[0].Patterns[0].Own {
		t.Error("a pattern of the first dictionary is marked Own")
	}
	// patterns written for a verb are found from the verb, whatever block
	// holds them
	if got := d.PatternVerbs["go_to"]; len(got) != 1 || d.Blocks[got[0]].Name != "VISIT" {
		t.Errorf("PatternVerbs[go_to] = %v, want the VISIT block", got)
	}
	// a synset a later dictionary names again takes its words as well
	before := len(d.Synsets["&weapon"])
	if err := d.ParseOwn(strings.NewReader("&WEAPON\n+TANK\n\n")); err != nil {
		t.Fatal(err)
	}
	if got := d.Synsets["&weapon"]; len(got) != before+1 || strings.Join(got[len(got)-1], " ") != "tank" {
		t.Errorf("&weapon after the supplement = %v, want its %d words and tank", got, before)
	}
	s, err := ParseVerbs(strings.NewReader(string(supplementVerbs)))
	if err != nil || len(s.Skipped) > 0 || len(s.Blocks) == 0 {
		t.Errorf("supplement: %d blocks, skipped %v, err %v", len(s.Blocks), s.Skipped, err)
	}
}

// TestBaseForms: an entry's own word is marked as a base form, its listed
// and regular inflections are not ("found" is FIND's past and FOUND's base).
func TestBaseForms(t *testing.T) {
	d, err := ParseVerbs(strings.NewReader("--- DISCOVER [---] ---\nFIND {FINDS FOUND FINDING}\n\n--- ENACT [060] ---\nFOUND\n"))
	if err != nil {
		t.Fatal(err)
	}
	base := map[string]bool{}
	for _, f := range d.Forms["found"] {
		base[d.Blocks[f.Block].Name] = f.Base
	}
	if len(base) != 2 || base["DISCOVER"] || !base["ENACT"] {
		t.Errorf("forms of found: %v, want DISCOVER:false ENACT:true", base)
	}
	for _, f := range d.Forms["founded"] {
		if f.Base {
			t.Errorf("founded marked as a base form")
		}
	}
}
