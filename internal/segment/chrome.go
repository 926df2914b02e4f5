package segment

import (
	"regexp"
	"strings"
	"unicode"
)

// Page-chrome vocabulary: words and phrases of navigation, promotion and
// widgets found on news sites in general (not taken from any one site).
var chromePhrases = []string{
	"advertisement", "advertising", "advert", "sponsored", "promoted", "subscribe", "subscription", "sign up", "sign in",
	"log in", "login", "register", "newsletter", "download", "app store", "play store", "google play", "cookie", "cookies",
	"privacy policy", "terms of use", "terms of service", "all rights reserved", "copyright", "read more", "read next",
	"read also", "also read", "see also", "more on", "more from", "related articles", "related stories", "related topics",
	"related content", "related", "recommended", "trending", "most read", "most popular", "top stories", "share this",
	"share on", "share article", "follow us", "click here", "tap here", "leave a comment", "comments", "comment",
	"posted on", "posted in", "filed under", "tags", "topics", "video player", "browser", "javascript", "loading",
	"watch", "listen", "podcast", "skip to", "back to top", "menu", "toggle", "get started", "try our", "features",
	"explore", "app", "whatsapp", "facebook", "twitter", "instagram", "linkedin", "telegram", "youtube", "email",
	"print", "image source", "image caption", "media caption", "getty images", "photo", "gallery", "logo", "background",
	"ad", "ads", "feedback", "continue reading", "show more", "view more", "load more", "next article", "previous article",
	"ago", "min read", "minutes read", "updated", "published",
}

// ctaVerbs open imperative calls to action.
var ctaVerbs = map[string]bool{
	"download": true, "subscribe": true, "sign": true, "click": true, "tap": true, "follow": true, "share": true,
	"join": true, "get": true, "try": true, "explore": true, "discover": true, "read": true, "watch": true,
	"listen": true, "register": true, "install": true, "visit": true, "see": true, "ready": true, "please": true,
	"continue": true, "learn": true, "view": true, "check": true,
}

var chromeRE = func() *regexp.Regexp {
	alts := make([]string, len(chromePhrases))
	for i, p := range chromePhrases {
		alts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
}()

var (
	timeOnlyRE = regexp.MustCompile(`^[\d\s:./|•·-]+$`)
	urlRE      = regexp.MustCompile(`(?i)https?://|www\.|\.com\b`)
	secondPers = regexp.MustCompile(`(?i)\b(you|your|you're|yours)\b`)
)

// ChromeScore rates a single line, out of context, as page chrome (> 0) or
// article text (< 0): ad slots, widget titles, promos, share and comment
// prompts, durations, lone links. Article sentences, short quotes included,
// score below zero.
func ChromeScore(s string) float64 {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	words := strings.Fields(s)
	n := len(words)
	sentence := endsSentence(s) && !strings.HasSuffix(s, "...") && !strings.HasSuffix(s, "…")
	hits := len(chromeRE.FindAllStringIndex(s, -1))
	first := strings.ToLower(strings.TrimFunc(words[0], func(r rune) bool { return !unicode.IsLetter(r) }))
	score := 0.0
	switch {
	case timeOnlyRE.MatchString(s):
		return 2 // "1:04", "20", "7 7 7"
	case letterShare(s) < 0.5 && n <= 6:
		score += 1.5
	}
	if !sentence {
		switch {
		case n <= 3:
			score += 1
		case n <= 8:
			score += 0.3
		}
		if strings.HasSuffix(s, ":") && n <= 8 {
			score += 1.2
		}
		if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
			score += 0.5
		}
	}
	switch {
	case n <= 12:
		score += 1.2 * float64(hits)
	case hits >= 2 && (ctaVerbs[first] || secondPers.MatchString(s)):
		score += 0.9 * float64(hits)
	}
	if ctaVerbs[first] && secondPers.MatchString(s) {
		score += 0.8
	}
	if urlRE.MatchString(s) && n <= 4 {
		score += 1.5
	}
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "|") {
		score += 0.5
	}
	if sentence {
		switch {
		case n >= 20:
			score -= 2.5
		case n >= 6:
			score -= 1.5
		default:
			score -= 0.8
		}
	} else if n >= 25 {
		score -= 2
	}
	if first == "" && n > 0 && (strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“")) {
		score -= 1 // a quotation
	}
	return score
}

// IsChrome reports whether a line, out of context, is page chrome.
func IsChrome(s string) bool { return ChromeScore(s) > 0.5 }
