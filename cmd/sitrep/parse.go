package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/spf13/cobra"
)

func init() {
	var pretokenized bool
	var format string
	cmd := &cobra.Command{
		Use:   "parse",
		Short: "Tokenise, tag, lemmatise and parse English text from stdin into CoNLL-U",
		Long: "Reads text on stdin and writes CoNLL-U on stdout: one block per sentence with \"# sent_id\" and \"# text\"\n" +
			"comments and the columns ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC (FEATS and DEPS are \"_\";\n" +
			"MISC marks SpaceAfter=No). With --pretokenized every non-empty line is one sentence whose tokens are\n" +
			"separated by single spaces, kept exactly as given.",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "conllu" {
				return usageError{fmt.Errorf("--format %q: only conllu is supported", format)}
			}
			an := nlp.New()
			if err := an.Load(); err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			in := cmd.InOrStdin()
			if pretokenized {
				return parsePretokenized(an, in, out)
			}
			data, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("parse: stdin: %v", err)
			}
			text := string(data)
			for i, s := range an.Analyze(text) {
				writeConllu(out, i+1, text, s)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&pretokenized, "pretokenized", false, "one sentence a line, tokens separated by single spaces")
	cmd.Flags().StringVar(&format, "format", "conllu", "output format (conllu)")
	rootCmd.AddCommand(cmd)
}

func parsePretokenized(an *nlp.Analyzer, in io.Reader, out *bufio.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		s := doc.Sentence{Span: doc.Span{Start: 0, End: len(line)}}
		start := 0
		for i := 0; i <= len(line); i++ {
			if i == len(line) || line[i] == ' ' {
				if i > start {
					s.Tokens = append(s.Tokens, doc.Token{Text: line[start:i], Span: doc.Span{Start: start, End: i}})
				}
				start = i + 1
			}
		}
		an.AnnotateSentence(&s)
		n++
		writeConllu(out, n, line, s)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("parse: stdin: %v", err)
	}
	return nil
}

// writeConllu writes one sentence of text as a CoNLL-U block.
func writeConllu(w *bufio.Writer, id int, text string, s doc.Sentence) {
	fmt.Fprintf(w, "# sent_id = %d\n# text = %s\n", id, strings.Join(strings.Fields(s.Span.Of(text)), " "))
	for i, t := range s.Tokens {
		misc := "_"
		if i+1 < len(s.Tokens) && s.Tokens[i+1].Span.Start == t.Span.End {
			misc = "SpaceAfter=No"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n",
			i+1, field(t.Text), field(t.Lemma), field(t.UPOS), field(t.XPOS), t.Head+1, field(t.Deprel), misc)
	}
	w.WriteString("\n")
}

// field makes a value safe for a CoNLL-U column.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
