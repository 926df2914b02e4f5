package segment

import (
	"regexp"
	"strings"
)

var photoCreditRE = regexp.MustCompile(`\([A-Z][^()]{1,40}\)\s*$`)

var mediaRE = regexp.MustCompile(`(?i)\b(video|watch|play|listen|audio|duration)\b`)

// classify gives every line its kind, using the line's own features and its
// context in the dump: repetition, neighbours and position.
func classify(ls []line) []line {
	count := map[string]int{}
	for _, l := range ls {
		if l.key != "" {
			count[l.key]++
		}
	}
	// Pass 1: each line on its own.
	for i := range ls {
		l := &ls[i]
		l.repeats = count[l.key]
		switch {
		case l.text == "":
			l.kind = kindBlank
		case l.key == "":
			l.kind = kindSeparator
		case footerRE.MatchString(l.text) && l.words <= 40:
			l.kind = kindFooter
		case isByline(l.text):
			l.kind = kindMeta
		case isDateLine(l.text):
			l.kind = kindMeta
		case IsChrome(l.text):
			l.kind = kindChrome
		default:
			l.kind = kindBody
		}
	}
	// Pass 2: repetition. A line repeated close to its copy is a headline
	// or a caption shown twice; a short line repeated far apart is a widget.
	near := func(i int) bool {
		for j := max(0, i-8); j < min(len(ls), i+9); j++ {
			if j != i && ls[j].key == ls[i].key {
				return true
			}
		}
		return false
	}
	for i := range ls {
		l := &ls[i]
		if l.repeats < 2 || l.kind == kindBlank || l.kind == kindSeparator {
			continue
		}
		switch {
		case near(i) && captionLike(l.text):
			l.kind = kindCaption
		case near(i) && headlineLike(l):
			l.kind = kindHeadline
		case !near(i) && l.words <= 15 && !endsSentence(l.text):
			l.kind = kindChrome
		}
	}
	// Pass 3: headlines, a title-like line followed by article text.
	for i := range ls {
		l := &ls[i]
		short := shortHeadline(ls, i)
		if l.kind != kindBody && (l.kind != kindChrome || ChromeScore(l.text) >= 1.3 || l.words < 5 && !short) {
			continue
		}
		if !headlineLike(l) && !short {
			continue
		}
		if mediaTitle(ls, i) {
			l.kind = kindChrome // the title of a clip, not of an article
			continue
		}
		if !bodyFollows(ls, i) {
			continue
		}
		l.kind = kindHeadline
	}
	// Pass 4: short name lines next to a headline carry the outlet.
	for i := range ls {
		if ls[i].kind != kindHeadline {
			continue
		}
		for j, seen := i+1, 0; j < len(ls) && seen < 5; j++ {
			l := &ls[j]
			if l.kind == kindBlank {
				continue
			}
			seen++
			if l.kind == kindBody {
				break
			}
			if l.kind == kindChrome && l.words <= 5 && outletName(l.text) != "" && !chromeRE.MatchString(l.text) && !timeOnlyRE.MatchString(l.text) {
				l.kind = kindMeta
			}
		}
	}
	return ls
}

// captionLike: a photo caption reads as a sentence, ends with a credit, or
// is long.
func captionLike(s string) bool {
	return endsSentence(s) || photoCreditRE.MatchString(s) || strings.Contains(s, " / ") || len(strings.Fields(s)) > 25 ||
		sentenceThenCredit(s)
}

// sentenceThenCredit: a sentence followed by a short tail, as a caption
// ends with its photo credit ("... in the valley. Photo: Agency").
func sentenceThenCredit(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i < 0 {
		return false
	}
	before, tail := len(strings.Fields(s[:i])), len(strings.Fields(s[i+2:]))
	return before >= 4 && tail >= 1 && tail <= 4
}

// headlineLike: 4 to 25 words, starting with a capital, mostly letters,
// not ending like a sentence or a lead-in.
func headlineLike(l *line) bool {
	if l.words < 4 || l.words > 25 || !startsUpper(l.text) || letterShare(l.text) < 0.7 || listItem(l.text) {
		return false
	}
	if m := footerCreditR.FindStringIndex(l.text); m != nil && endsSentence(l.text[:m[0]]) {
		return false // a paragraph closed by an outlet credit
	}
	if strings.HasSuffix(l.text, ".") || strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") || strings.HasSuffix(l.text, ";") {
		return false
	}
	if endsSentence(l.text) && !strings.HasSuffix(strings.TrimSpace(l.text), "?") && !strings.HasSuffix(strings.TrimSpace(l.text), "!") {
		return false
	}
	return true
}

// shortHeadline: a three-word title-like line ("Flood hits Dhaka") right
// above a byline or date line, which vouches for it as a headline where
// three words alone would not.
func shortHeadline(ls []line, i int) bool {
	l := &ls[i]
	if l.words != 3 || !startsUpper(l.text) || letterShare(l.text) < 0.7 || listItem(l.text) || endsSentence(l.text) ||
		strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		return false
	}
	for j := i + 1; j < len(ls); j++ {
		if ls[j].kind != kindBlank {
			return ls[j].kind == kindMeta
		}
	}
	return false
}

// bodyFollows: within the next few non-blank lines comes article text,
// past captions, metadata, chrome and a repeat of the same headline.
func bodyFollows(ls []line, i int) bool {
	for j, seen := i+1, 0; j < len(ls) && seen < 8; j++ {
		l := ls[j]
		if l.kind == kindBlank {
			continue
		}
		seen++
		switch {
		case l.kind == kindBody && l.key == ls[i].key:
			continue
		case l.kind == kindBody:
			return endsSentence(l.text) || l.words >= 12
		case l.kind == kindHeadline && l.key != ls[i].key:
			return false
		}
	}
	return false
}

// mediaTitle: a title line right after a video or audio widget (a
// duration, "Watch", a player notice) names the clip, not an article.
func mediaTitle(ls []line, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		l := ls[j]
		if l.kind == kindBlank {
			continue
		}
		return l.kind == kindChrome && (timeOnlyRE.MatchString(l.text) || mediaRE.MatchString(l.text))
	}
	return false
}

func isByline(s string) bool {
	return len(strings.Fields(s)) <= 8 && bylineRE.MatchString(s) && !endsSentence(s)
}

// isDateLine: a short line whose substance is a date, with at most an
// outlet name or a "Posted on"/"Updated" lead beside it.
func isDateLine(s string) bool {
	if len(strings.Fields(s)) > 10 || endsSentence(s) && len(strings.Fields(s)) > 4 {
		return false
	}
	d, ok := findDate(s)
	if !ok || !d.hasYear {
		return false
	}
	rest := strings.TrimSpace(s[:d.start] + " " + s[d.end:])
	return len(strings.Fields(rest)) <= 5
}
