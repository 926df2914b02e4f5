package eval

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

// headlineCountries and headlineCities fill the templates of the NGEC
// synthetic headlines, in turn.
var (
	headlineCountries = []string{"France", "Egypt", "Brazil", "Japan", "Kenya", "Turkey", "India", "Mexico", "Poland",
		"Nigeria", "Indonesia", "Argentina", "Pakistan", "Germany", "Iran", "Ethiopia"}
	headlineCities = []string{"Aleppo", "Lagos", "Karachi", "Mosul", "Bogota", "Kharkiv", "Khartoum", "Manila"}
)

// LoadHeadlines reads the NGEC synthetic headlines
// (train/events/ngec/synthetic_headlines.csv: event, mode, title), fills
// their {country_1}, {country_2}, {country_3} and {city} slots with
// different real names in turn, and returns each as a probe labelled with
// its PLOVER type. They are written in title case, most without a final
// full stop (one is added).
func LoadHeadlines(path string) ([]Probe, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(rows) < 2 || len(rows[0]) < 3 || rows[0][0] != "event" || rows[0][2] != "title" {
		return nil, fmt.Errorf("%s: want a header event,mode,title and rows", path)
	}
	var out []Probe
	for i, r := range rows[1:] {
		n := len(headlineCountries)
		title := strings.NewReplacer(
			"{country_1}", headlineCountries[i%n],
			"{country_2}", headlineCountries[(i+5)%n],
			"{country_3}", headlineCountries[(i+11)%n],
			"{city}", headlineCities[i%len(headlineCities)],
		).Replace(strings.TrimSpace(r[2]))
		if title == "" || r[0] == "" {
			return nil, fmt.Errorf("%s: row %d: empty event or title", path, i+2)
		}
		if !strings.ContainsAny(title[len(title)-1:], ".?!\"") {
			title += "."
		}
		out = append(out, Probe{Type: r[0], Sentence: title})
	}
	return out, nil
}
