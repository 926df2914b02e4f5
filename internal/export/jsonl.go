package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

// Kinds are the record kinds in export order.
var Kinds = []string{"article", "entity", "mention", "event", "quote", "story"}

// JSONL writes the records of the given kinds (all when empty) from st to w,
// one JSON object per line.
func JSONL(ctx context.Context, st store.Store, w io.Writer, f store.Filter, kinds ...string) error {
	if len(kinds) == 0 {
		kinds = Kinds
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, k := range kinds {
		var err error
		switch k {
		case "article":
			err = st.Articles(ctx, f, func(a doc.Article) error { return enc.Encode(articleRecord(a)) })
		case "entity":
			err = st.Entities(ctx, f, func(e doc.Entity) error { return enc.Encode(entityRecord(e)) })
		case "mention":
			err = st.Mentions(ctx, f, func(m store.MentionRecord) error { return enc.Encode(mentionRecord(m)) })
		case "event":
			err = st.Events(ctx, f, func(e store.EventRecord) error { return enc.Encode(eventRecord(e)) })
		case "quote":
			err = st.Quotes(ctx, f, func(q store.QuoteRecord) error { return enc.Encode(quoteRecord(q)) })
		case "story":
			err = st.Stories(ctx, f, func(s doc.Story) error { return enc.Encode(storyRecord(s)) })
		default:
			return fmt.Errorf("unknown kind %q (want one of %v)", k, Kinds)
		}
		if err != nil {
			return fmt.Errorf("exporting %ss: %w", k, err)
		}
	}
	return bw.Flush()
}
