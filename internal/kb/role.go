package kb

import "strings"

// offices are the role nouns RolePhrase understands, longest first.
var offices = []string{"head of government", "head of state", "supreme leader", "prime minister", "president",
	"premier", "chancellor", "leader", "king", "queen", "monarch", "emir", "taoiseach", "pm"}

// RolePhrase resolves a role phrase such as "the US president", "Turkish
// leader", "the president of Ukraine" or "Russia's president" to the person
// holding the office on the date (YYYYMMDD, 0 = today's holders), or nil.
func (k *KB) RolePhrase(phrase string, date int) *Entry {
	country, office := k.ParseRole(phrase)
	if country == "" {
		return nil
	}
	return k.Holder(country, office, date)
}

// ParseRole splits a role phrase into the country it names (alpha-3) and
// the office noun; it returns "" when the phrase is not one.
func (k *KB) ParseRole(phrase string) (country, office string) {
	p := strings.ToLower(strings.TrimSpace(phrase))
	p = strings.TrimPrefix(p, "the ")
	p = strings.ReplaceAll(p, "’s ", "'s ")
	for _, o := range offices {
		var place string
		switch {
		case strings.HasSuffix(p, " "+o):
			place = strings.TrimSuffix(strings.TrimSuffix(p, " "+o), "'s")
		case strings.HasPrefix(p, o+" of "):
			place = strings.TrimPrefix(p, o+" of ")
		default:
			continue
		}
		if c := k.countryNamed(place); c != "" {
			if o == "pm" {
				o = "prime minister"
			}
			return c, o
		}
		return "", ""
	}
	return "", ""
}

// countryNamed returns the alpha-3 of a country name or demonym, or "".
func (k *KB) countryNamed(s string) string {
	best := ""
	pop := -1
	for _, m := range k.byKey[Norm(s)] {
		if m.Entry.Kind == KindCountry && m.Entry.Pop > pop {
			best, pop = m.Entry.Country, m.Entry.Pop
		}
	}
	return best
}
