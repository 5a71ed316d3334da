package plain

import (
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// FuzzDialogue feeds arbitrary input to the dialogue: whatever is typed,
// it ends at the end of the input without an error, and prints only text.
// A learner's typing (or a paste full of escapes) is echoed nowhere, and
// every prompt reads a line, so no input can loop it.
func FuzzDialogue(f *testing.F) {
	for _, seed := range []string{"1\n\n4\n", "u\n\n4\n", "1\n\n1 2\nq\nq\n", "x\n\x1b[2J\n1\nq\n", "", "1\n\n2\n\n1 3\n\nb\n\n1990\n\n3 1 2\n\nu\n\n\n"} {
		f.Add(seed)
	}
	cat := course(f)
	f.Fuzz(func(t *testing.T, in string) {
		var out strings.Builder
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		err := Run(Config{In: strings.NewReader(in), Out: &out, Catalog: cat, Store: progress.NewMemStore(),
			Profile: progress.DefaultProfile, Now: func() time.Time { now = now.Add(time.Hour); return now },
			Params: progress.DefaultParams(), PageLines: 5})
		if err != nil {
			t.Fatal(err)
		}
		checkPlain(t, out.String())
	})
}
