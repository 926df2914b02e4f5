package kb

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
)

// ReadExtra reads user entries from a YAML (.yaml, .yml) or JSON file: a list
// of entries with the fields of Entry (id, name, type, kind, country,
// sector, code, aliases, demonyms, roles, lat, lon). An entry without an id
// gets "user/" + its name's key; one whose id exists in the base replaces it.
func ReadExtra(path string) ([]*Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var es []*Entry
	if strings.HasSuffix(path, ".json") {
		err = json.Unmarshal(data, &es)
	} else {
		err = yaml.Unmarshal(data, &es)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for i, e := range es {
		if e == nil || strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("%s: entry %d has no name", path, i+1)
		}
		if e.ID == "" {
			e.ID = "user/" + slug(e.Name)
		}
		if e.Type == "" {
			e.Type = "ORG"
		}
		if e.Kind == "" {
			switch e.Type {
			case "PER":
				e.Kind = KindPerson
			case "LOC":
				e.Kind = KindCity
			default:
				e.Kind = KindOrg
			}
		}
		if e.Country == "" && len(e.Roles) > 0 {
			e.Country = homeCountry(e)
		}
		if e.Code == "" && e.Country != "" {
			e.Code = e.Country + e.Sector
		}
		e.Sources = append(e.Sources, "user")
	}
	return es, nil
}
