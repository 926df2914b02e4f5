package event

import (
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestSelfDirected(t *testing.T) {
	tur := doc.ActorRef{ID: "country/TUR", Name: "Turkey", Code: "TUR"}
	tests := []struct {
		name     string
		src, tgt doc.ActorRef
		want     bool
	}{
		{"same entity", tur, tur, true},
		{"a group linked through the country is not the state", tur, doc.ActorRef{ID: "country/TUR", Name: "refugees (Turkey)", Code: "TURREF"}, false},
		{"same entity, one side uncoded", tur, doc.ActorRef{ID: "country/TUR", Name: "Turkey"}, true},
		{"different entities", tur, doc.ActorRef{ID: "country/GRC", Code: "GRC"}, false},
		{"one place coded two ways", doc.ActorRef{ID: "doc/loc/helmand-province", Name: "Helmand Province", Code: "AFG"},
			doc.ActorRef{ID: "doc/loc/helmand-province", Name: "Helmand Province", Code: "AFGMIL"}, true},
		{"unlinked, same code", doc.ActorRef{Code: "RUSGOV"}, doc.ActorRef{Code: "RUSGOV"}, true},
	}
	for _, tc := range tests {
		if got := selfDirected(tc.src, tc.tgt); got != tc.want {
			t.Errorf("%s: selfDirected = %v, want %v", tc.name, got, tc.want)
		}
	}
}
