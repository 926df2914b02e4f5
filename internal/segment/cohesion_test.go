package segment

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestContinues(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"In his budget the minister has:", "- Raised spending on schools", true},
		{"- Raised spending on schools", "- Cut the tax on fuel", true},
		{"The minister spoke for an hour.", "- Cut the tax on fuel", false},
		{"He said the plan would work", "and that the council would pay for it.", true},
		{"The vote was close.", "The council met again on Friday.", false},
	}
	for _, tt := range tests {
		if got := continues(tt.prev, tt.next); got != tt.want {
			t.Errorf("continues(%q, %q) = %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestCaptionLike(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Volunteers fill sandbags in a flooded street. Photo: Agency", true},
		{"Rescuers reach the village (Agency)", true},
		{"Council approves new ferry terminal", false},
		{"Storm hits coast: what we know so far", false},
	}
	for _, tt := range tests {
		if got := captionLike(tt.line); got != tt.want {
			t.Errorf("captionLike(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestMergeCohesive(t *testing.T) {
	para := func(s string) []string { return terms(s) }
	units := [][]string{
		para("Mayor Alvarez of Brindle said the Brindle harbour plan would go ahead despite the protests."),
		para("Alvarez told the Brindle council that the harbour would open next spring."),
		para("Critics of Alvarez in Brindle said the harbour plan cost too much."),
		para("Alvarez and the Brindle council will vote on the harbour budget in May."),
		para("Volcanic ash from Mount Keral closed airports across the region on Sunday."),
		para("Flights resumed once the Keral ash cloud drifted east over the sea."),
	}
	dup := []int{-1, -1, -1, -1, -1, -1}
	cued := make([]bool, len(units))
	s := &Segmenter{}
	// A split inside the harbour story goes; the one before the ash story stays.
	if got := s.mergeCohesive([]int{0, 2, 4}, units, dup, cued, false); !reflect.DeepEqual(got, []int{0, 4}) {
		t.Errorf("mergeCohesive = %v, want [0 4]", got)
	}
	// A cue or a repeated paragraph keeps a boundary.
	cued[2] = true
	if got := s.mergeCohesive([]int{0, 2, 4}, units, dup, cued, false); !reflect.DeepEqual(got, []int{0, 2, 4}) {
		t.Errorf("with a cue: mergeCohesive = %v, want [0 2 4]", got)
	}
	cued[2] = false
	dup[3] = 1
	if got := s.mergeCohesive([]int{0, 2, 4}, units, dup, cued, false); !reflect.DeepEqual(got, []int{0, 2, 4}) {
		t.Errorf("with a repeat: mergeCohesive = %v, want [0 2 4]", got)
	}
}

func TestRefineBoundaries(t *testing.T) {
	units := [][]string{
		terms("Volcanic ash from Mount Keral closed airports across the region on Sunday."),
		terms("Flights resumed once the Keral ash cloud drifted east over the sea."),
		terms("Mayor Alvarez of Brindle says the harbour plan will go ahead."),
		terms("Alvarez told the Brindle council that the harbour would open next spring, despite protests."),
		terms("Critics of Alvarez in Brindle said the harbour plan cost too much."),
	}
	// The topic model left the harbour story's lede with the ash story.
	starts := []int{0, 3}
	refineBoundaries(starts, units, []int{-1, -1, -1, -1, -1}, make([]float64, 5), make([]bool, 5))
	if !reflect.DeepEqual(starts, []int{0, 2}) {
		t.Errorf("refineBoundaries = %v, want [0 2]", starts)
	}
}

// TestExampleDump checks the demo dump in examples/corpus: three articles,
// the middle one without a headline, and the caption repeated between the
// second and the third kept as the second's caption, not taken as a title.
func TestExampleDump(t *testing.T) {
	raw, err := os.ReadFile("../../examples/corpus/dump.txt")
	if err != nil {
		t.Fatal(err)
	}
	arts := (&Segmenter{}).Split(string(raw))
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	want := []struct{ title, outlet, firstWords string }{
		{"Foreign ministers of Russia and China meet in Beijing to discuss trade corridor", "Reuters", "Russian Foreign Minister"},
		{"", "", "Flood waters forced"},
		{"Ukraine accuses Russia of drone attack on Odesa port", "The Guardian", "Ukraine accused Russia"},
	}
	for i, w := range want {
		a := arts[i]
		if a.Title != w.title || a.Outlet != w.outlet || !strings.HasPrefix(a.Text, w.firstWords) {
			t.Errorf("article %d: title %q outlet %q text %.40q; want %q, %q, %q…", i, a.Title, a.Outlet, a.Text, w.title, w.outlet, w.firstWords)
		}
	}
	if !strings.HasPrefix(arts[1].Caption, "Volunteers fill sandbags") || arts[2].Caption != "" {
		t.Errorf("captions %q, %q: want the sandbag caption on the flood story", arts[1].Caption, arts[2].Caption)
	}
}

func TestRepeats(t *testing.T) {
	quote := "while we are still assessing the results of this operation this appears to be the same cowardly tactic we saw in the operation two years ago that killed his predecessor the official said"
	keys := []string{
		normKey(quote),
		"the raid began at midnight as helicopters landed and gunfire was heard by residents",
		normKey(strings.Replace(quote, "the official", "a senior administration official", 1)), // near repeat
		"film the aviator director clint eastwood actor jamie foxx actress hilary swank critic one",
		"film the aviator director clint eastwood actor jamie foxx actress hilary swank critic two", // list template
		"",
	}
	list := []bool{false, false, false, true, true, false}
	if got, want := repeats(keys, list), []int{-1, -1, 0, -1, -1, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("repeats = %v, want %v", got, want)
	}
}

func TestRestartAtLede(t *testing.T) {
	units := [][]string{
		terms("The leader of the Northern Front was killed in a raid by special forces in Valdera."),
		terms("Soldiers landed by helicopter near the village before dawn."),
		terms("The operation lasted two hours, officials said."),
		terms("The leader of the Northern Front has been killed in a raid by special forces in Valdera, officials say."),
		terms("Residents heard gunfire for two hours."),
		terms("Soldiers landed by helicopter near the village before dawn."),
	}
	dup := []int{-1, -1, -1, -1, -1, 1}
	// The repeat rule put the boundary as late as it may, on the repeat.
	starts := []int{0, 5}
	restartAtLede(starts, units, dup, make([]bool, len(units)))
	if !reflect.DeepEqual(starts, []int{0, 3}) {
		t.Errorf("restartAtLede = %v, want [0 3]", starts)
	}
}
