package queue

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/sitrep/sitrep/internal/doc"
)

// natsURL is the server .ci/services starts; in CI its absence is a failure.
func natsURL(t *testing.T) string {
	t.Helper()
	url := os.Getenv("SITREP_TEST_NATS")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("SITREP_TEST_NATS is not set: CI must run .ci/services first")
		}
		t.Skip("SITREP_TEST_NATS not set (run: source .ci/services)")
	}
	return url
}

// fresh opens the queue after deleting what earlier runs left.
func fresh(t *testing.T) *Queue {
	t.Helper()
	ctx := context.Background()
	url := natsURL(t)
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	js.DeleteStream(ctx, Stream)
	js.DeleteObjectStore(ctx, Bucket)
	nc.Close()
	q, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func document(i int, size int) *doc.Document {
	text := fmt.Sprintf("Document %d. ", i) + strings.Repeat("x", size)
	return &doc.Document{Source: fmt.Sprintf("in-%d.txt", i), Kind: doc.KindText, Hash: fmt.Sprintf("hash-%d-%d", i, size), Text: text}
}

func TestSubmitAndWork(t *testing.T) {
	q := fresh(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	// Small documents, one larger than a message may be, and a repeat.
	docs := []*doc.Document{document(1, 10), document(2, 10), document(3, int(q.nc.MaxPayload())+1000)}
	for _, d := range docs {
		if dup, err := q.Submit(ctx, d); err != nil || dup {
			t.Fatalf("Submit(%s) = %v, %v", d.Source, dup, err)
		}
	}
	if dup, err := q.Submit(ctx, docs[0]); err != nil || !dup {
		t.Fatalf("repeat Submit = %v, %v; want a duplicate", dup, err)
	}
	if n, _ := q.Pending(ctx); n != 3 {
		t.Fatalf("pending = %d, want 3", n)
	}

	// The first attempt at document 2 fails and is delivered again; the
	// others are processed once.
	var mu sync.Mutex
	seen := map[string]int{}
	failedOnce := false
	err := q.Work(ctx, true, func(_ context.Context, d *doc.Document) error {
		mu.Lock()
		defer mu.Unlock()
		seen[d.Source]++
		if d.Source == "in-2.txt" && !failedOnce {
			failedOnce = true
			return errors.New("store unavailable")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen["in-1.txt"] != 1 || seen["in-2.txt"] != 2 || seen["in-3.txt"] != 1 {
		t.Errorf("deliveries = %v", seen)
	}
	if n, _ := q.Pending(ctx); n != 0 {
		t.Errorf("pending after work = %d", n)
	}
}

func TestBadMessageDropped(t *testing.T) {
	q := fresh(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := q.js.Publish(ctx, Subject, []byte("not json")); err != nil {
		t.Fatal(err)
	}
	q.Submit(ctx, document(4, 10))
	calls := 0
	err := q.Work(ctx, true, func(_ context.Context, d *doc.Document) error {
		calls++
		return fmt.Errorf("%s: %w", d.Source, ErrBadMessage)
	})
	if err != nil || calls != 1 {
		t.Fatalf("Work = %v after %d calls", err, calls)
	}
	if n, _ := q.Pending(ctx); n != 0 {
		t.Errorf("pending = %d: bad messages were not dropped", n)
	}
}
