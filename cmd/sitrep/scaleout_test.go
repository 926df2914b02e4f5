package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/sitrep/sitrep/internal/queue"
)

// services returns the PostgreSQL and NATS URLs .ci/services started; in CI
// their absence is a failure.
func services(t *testing.T) (pg, natsURL string) {
	t.Helper()
	pg, natsURL = os.Getenv("SITREP_TEST_POSTGRES"), os.Getenv("SITREP_TEST_NATS")
	if pg == "" || natsURL == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("SITREP_TEST_POSTGRES and SITREP_TEST_NATS must be set in CI (.ci/services)")
		}
		t.Skip("PostgreSQL and NATS not running (run: source .ci/services)")
	}
	return pg, natsURL
}

// Queued ingest by two workers into PostgreSQL stores what embedded ingest
// stores, and leaves no article outside a story.
func TestScaleOutMatchesEmbedded(t *testing.T) {
	pg, natsURL := services(t)
	ctx := context.Background()

	nc, err := nats.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := jetstream.New(nc)
	js.DeleteStream(ctx, queue.Stream)
	js.DeleteObjectStore(ctx, queue.Bucket)
	nc.Close()

	admin, err := sql.Open("pgx", pg)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	schema := fmt.Sprintf("scaleout%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	pgdb := pg + "&search_path=" + schema

	inputs := "../../examples/corpus"
	embedded := filepath.Join(t.TempDir(), "e.db")
	if _, errs, code := run(t, "", "--db", embedded, "ingest", "-q", inputs); code != 0 {
		t.Fatalf("embedded ingest: %d %s", code, errs)
	}
	out, errs, code := run(t, "", "ingest", "--queue", natsURL, inputs)
	if code != 0 || !strings.Contains(out, "queued 4,") {
		t.Fatalf("queued ingest: %d %s %s", code, out, errs)
	}
	var wg sync.WaitGroup
	for _, extra := range [][]string{nil, {"--place-stories"}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"--db", pgdb, "worker", "--queue", natsURL, "--drain"}, extra...)
			cmd := exec.Command(binary, args...)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("worker %v: %v\n%s", extra, err, b)
			}
		}()
	}
	wg.Wait()

	want, got := stats(t, embedded), stats(t, pgdb)
	for _, k := range []string{"documents", "articles", "sentences", "entities", "mentions", "events", "quotes", "timexes"} {
		if got[k] != want[k] {
			t.Errorf("%s: %d from workers, %d embedded", k, got[k], want[k])
		}
	}
	if got["articles"] == 0 || got["stories"] == 0 {
		t.Fatalf("nothing stored: %v", got)
	}
	out, _, _ = run(t, "", "--db", pgdb, "export", "--kind", "article")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var a struct {
			ID    int64  `json:"id"`
			Story *int64 `json:"story"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		if a.Story == nil {
			t.Errorf("article %d was not placed in a story", a.ID)
		}
	}
}
