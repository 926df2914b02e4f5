package eval

import "testing"

func TestLastWordOf(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Sen. Ted Cruz", "cruz"},
		{"Tom Fitton, the president of Judicial Watch,", "fitton"},
		{"Governor Chris Christie – a Dallas Cowboys fan –", "christie"},
		{"Trump’s campaign manager", "trump"},
		{"analysts", "analysts"},
	} {
		if got := lastWordOf(c.in); got != c.want {
			t.Errorf("lastWordOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
