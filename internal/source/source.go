package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// MaxSize is the largest input, after decompression, that is read.
const MaxSize = 256 << 20

// Input is one thing to read: a file, a URL, or standard input ("-").
type Input struct {
	Name string // as the user gave it, or a path found inside a folder
	open func(ctx context.Context) (io.ReadCloser, error)
}

// NewInput makes an input that open reads.
func NewInput(name string, open func(ctx context.Context) (io.ReadCloser, error)) Input {
	return Input{Name: name, open: open}
}

// Open returns the input's raw bytes.
func (in Input) Open(ctx context.Context) (io.ReadCloser, error) { return in.open(ctx) }

// IsURL tells whether name is an http or https URL.
func IsURL(name string) bool {
	return strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://")
}

// Expand turns the names a user gave into inputs: folders are walked
// recursively in lexical order (hidden files and folders skipped), "-" is
// standard input, URLs are fetched with client. Names that cannot be
// expanded are returned as errors that name them.
func Expand(names []string, stdin io.Reader, client *http.Client) ([]Input, []error) {
	var ins []Input
	var errs []error
	for _, name := range names {
		switch {
		case name == "-":
			ins = append(ins, Input{Name: "-", open: func(context.Context) (io.ReadCloser, error) {
				return io.NopCloser(stdin), nil
			}})
		case IsURL(name):
			u := name
			ins = append(ins, Input{Name: u, open: func(ctx context.Context) (io.ReadCloser, error) {
				return fetch(ctx, client, u)
			}})
		default:
			found, err := walk(name)
			if err != nil {
				errs = append(errs, err)
			}
			ins = append(ins, found...)
		}
	}
	return ins, errs
}

func fileInput(path string) Input {
	return Input{Name: path, open: func(context.Context) (io.ReadCloser, error) { return os.Open(path) }}
}

func walk(root string) ([]Input, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, &Error{root, unwrapPath(err)}
	}
	if !info.IsDir() {
		return []Input{fileInput(root)}, nil
	}
	var paths []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return &Error{path, unwrapPath(err)}
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			paths = append(paths, path)
		}
		return nil
	})
	sort.Strings(paths)
	ins := make([]Input, len(paths))
	for i, p := range paths {
		ins[i] = fileInput(p)
	}
	return ins, err
}

// unwrapPath drops the *fs.PathError wrapper whose message repeats the path.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func fetch(ctx context.Context, client *http.Client, url string) (io.ReadCloser, error) {
	if client == nil {
		client = &http.Client{Timeout: 60 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "sitrep (+https://github.com/sitrep/sitrep)")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	return resp.Body, nil
}

// Error is an input that could not be read, with its name.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Read reads one input and returns it as a document.
func Read(ctx context.Context, in Input) (*doc.Document, error) {
	rc, err := in.Open(ctx)
	if err != nil {
		return nil, &Error{in.Name, unwrapPath(err)}
	}
	defer rc.Close()
	raw, err := readAll(rc)
	if err != nil {
		return nil, &Error{in.Name, unwrapPath(err)}
	}
	d, err := Decode(raw)
	if err != nil {
		return nil, &Error{in.Name, err}
	}
	d.Source = in.Name
	return d, nil
}

// readAll reads r whole, gunzipping it when it is gzip, up to MaxSize.
func readAll(r io.Reader) ([]byte, error) {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("bad gzip: %w", err)
		}
		defer zr.Close()
		b, err := readLimited(zr)
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, errors.New("truncated gzip")
			}
			return nil, fmt.Errorf("bad gzip: %w", err)
		}
		return b, nil
	}
	return readLimited(br)
}

func readLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxSize {
		return nil, fmt.Errorf("larger than %d MiB", MaxSize>>20)
	}
	return b, nil
}

// Decode turns raw bytes into a document: it rejects empty and binary
// content, transcodes to UTF-8, detects the kind and hashes the text.
func Decode(raw []byte) (*doc.Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, errors.New("empty")
	}
	if isBinary(raw) {
		return nil, errors.New("binary content, not text")
	}
	kind := sniff(raw)
	text, charset, err := toUTF8(raw, kind)
	if err != nil {
		return nil, err
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty")
	}
	sum := sha256.Sum256([]byte(text))
	return &doc.Document{Kind: kind, Charset: charset, Text: text, Hash: hex.EncodeToString(sum[:])}, nil
}

// isBinary tells binary data from text of any common encoding: text has no
// NUL bytes (UTF-16 is not read) and few control characters.
func isBinary(b []byte) bool {
	sample := b
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	control := 0
	for _, c := range sample {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b:
			control++
		}
	}
	return control*100 > len(sample)
}
