package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/sitrep/sitrep/internal/doc"
)

// Names of the JetStream resources sitrep uses.
const (
	Stream   = "SITREP"
	Subject  = "sitrep.documents"
	Consumer = "sitrep-workers"
	Bucket   = "sitrep-documents"
)

// message is what travels on the stream: a document, or a reference to one
// held in the object store when it is too large for a message.
type message struct {
	Document *doc.Document `json:"document,omitempty"`
	Object   string        `json:"object,omitempty"`
}

// Queue is a connection to the JetStream document queue.
type Queue struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	objs   jetstream.ObjectStore
}

// Open connects to the NATS server at url and makes sure the stream, the
// workers' consumer and the object store exist.
func Open(ctx context.Context, url string) (*Queue, error) {
	nc, err := nats.Connect(url, nats.Name("sitrep"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	q := &Queue{nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue %s: %w", url, err)
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	var err error
	if q.js, err = jetstream.New(q.nc); err != nil {
		return err
	}
	q.stream, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       Stream,
		Subjects:   []string{Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	_, err = q.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:    Consumer,
		AckPolicy:  jetstream.AckExplicitPolicy,
		AckWait:    10 * time.Minute,
		MaxDeliver: 5,
	})
	if err != nil {
		return fmt.Errorf("consumer: %w", err)
	}
	q.objs, err = q.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: Bucket})
	if err != nil {
		return fmt.Errorf("object store: %w", err)
	}
	return nil
}

// Close closes the connection.
func (q *Queue) Close() { q.nc.Close() }

// Submit queues a document. A document with the same hash submitted within
// the stream's duplicate window is queued once: Submit then reports it as a
// duplicate.
func (q *Queue) Submit(ctx context.Context, d *doc.Document) (duplicate bool, err error) {
	data, err := json.Marshal(message{Document: d})
	if err != nil {
		return false, err
	}
	if int64(len(data)) > q.nc.MaxPayload()-1024 {
		if _, err := q.objs.PutBytes(ctx, d.Hash, mustJSON(d)); err != nil {
			return false, fmt.Errorf("%s: storing large document: %w", d.Source, err)
		}
		data = mustJSON(message{Object: d.Hash})
	}
	ack, err := q.js.Publish(ctx, Subject, data, jetstream.WithMsgID(d.Hash))
	if err != nil {
		return false, fmt.Errorf("%s: queueing: %w", d.Source, err)
	}
	return ack.Duplicate, nil
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain structs are marshalled
	}
	return b
}

// Pending returns how many documents wait in the queue.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.stream.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// ErrBadMessage marks a queued message that can never be processed.
var ErrBadMessage = errors.New("bad message")

// Handler processes one document. An error wrapping ErrBadMessage drops the
// document; any other error has it delivered again later.
type Handler func(ctx context.Context, d *doc.Document) error

// Work fetches documents and hands them to h one at a time until ctx ends.
// With drain set it returns as soon as the queue is empty instead.
func (q *Queue) Work(ctx context.Context, drain bool, h Handler) error {
	cons, err := q.stream.Consumer(ctx, Consumer)
	if err != nil {
		return err
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(8, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			return err
		}
		got := 0
		for m := range batch.Messages() {
			got++
			if err := q.handle(ctx, m, h); err != nil {
				return err
			}
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		if got == 0 && drain {
			if n, err := q.Pending(ctx); err != nil || n == 0 {
				return err
			}
		}
	}
	return nil
}

// handle processes one message and acknowledges it as its outcome says. Only
// failures of the connection itself are returned.
func (q *Queue) handle(ctx context.Context, m jetstream.Msg, h Handler) error {
	var msg message
	if err := json.Unmarshal(m.Data(), &msg); err != nil || (msg.Document == nil && msg.Object == "") {
		return m.Term()
	}
	d := msg.Document
	if msg.Object != "" {
		b, err := q.objs.GetBytes(ctx, msg.Object)
		if err != nil {
			return m.NakWithDelay(5 * time.Second)
		}
		d = new(doc.Document)
		if err := json.Unmarshal(b, d); err != nil {
			return m.Term()
		}
	}
	switch err := h(ctx, d); {
	case err == nil:
		if msg.Object != "" {
			q.objs.Delete(ctx, msg.Object)
		}
		return m.DoubleAck(ctx)
	case errors.Is(err, ErrBadMessage):
		return m.Term()
	default:
		return m.NakWithDelay(5 * time.Second)
	}
}
