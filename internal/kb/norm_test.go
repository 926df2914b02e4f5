package kb

import "testing"

func TestNormMeets(t *testing.T) {
	pairs := []struct{ a, b string }{
		{"Zelensky", "Zelenskyy"},
		{"Zelensky", "Zelenskiy"},
		{"Zelenski", "ZELENSKYY"},
		{"al-Qurayshi", "al-Quraishi"},
		{"Abu Ibrahim al-Hashimi al-Qurayshi", "Abu Ibrahim al-Hashimi al-Quraishi"},
		{"al-Qaeda", "Al Qaida"},
		{"Erdoğan", "Erdogan"},
		{"U.S.", "US"},
		{"Da'esh", "Daesh"},
		{"the Kremlin", "Kremlin"},
		{"Nato", "NATO"},
		{"Hassan", "Hasan"},
	}
	for _, p := range pairs {
		if Norm(p.a) != Norm(p.b) {
			t.Errorf("Norm(%q)=%q, Norm(%q)=%q: want equal", p.a, Norm(p.a), p.b, Norm(p.b))
		}
	}
	apart := []struct{ a, b string }{
		{"Iran", "Iraq"},
		{"Austria", "Australia"},
		{"IS", "ISIS"},
		{"Niger", "Nigeria"},
	}
	for _, p := range apart {
		if Norm(p.a) == Norm(p.b) {
			t.Errorf("Norm(%q) = Norm(%q) = %q: want different", p.a, p.b, Norm(p.a))
		}
	}
}
