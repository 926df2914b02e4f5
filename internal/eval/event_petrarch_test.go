package eval

import (
	"testing"
)

func TestPetrarchUnitRecords(t *testing.T) {
	dir := "../../../shared/train/events/petrarch2"
	recs, err := LoadPetrarchRecords(dir + "/PETR.UnitTest.records.xml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := PetrarchModel(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := EvalPetrarch(recs, m)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("records %d expected %d found %d (%.3f) extra %d (%.3f) parse errors %d", res.Records, res.Expected, res.Found, res.FoundRate(), res.Extra, res.ExtraRate(), res.ParseErrors)
	for i, m := range res.Misses {
		if i < 400 {
			t.Log(m)
		}
	}
}
