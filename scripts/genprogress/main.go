// Command genprogress writes a large progress file for benchmarks and
// manual trials: one learner's years of reviews, through the store API, so
// the file is what ajar itself would have written. The first cards are the
// embedded course's questions (so the app can show them); the rest are
// named gen-N and spread over its lessons.
//
// Usage, from the repository root:
//
//	go run ./scripts/genprogress -o r200k.db [-cards 20000] [-reviews 200000] [-per-day 100]
//
// The file must not exist yet.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/progresstest"
)

func main() {
	out := flag.String("o", "", "progress file to write (must not exist)")
	cards := flag.Int("cards", 20000, "review cards")
	reviews := flag.Int("reviews", 200000, "review log rows")
	perDay := flag.Int("per-day", 100, "reviews a day, which sets how many years the history spans")
	flag.Parse()
	if err := run(*out, *cards, *reviews, *perDay); err != nil {
		fmt.Fprintln(os.Stderr, "genprogress:", err)
		os.Exit(1)
	}
}

func run(out string, cards, reviews, perDay int) error {
	if out == "" {
		return fmt.Errorf("-o FILE is required")
	}
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s exists already", out)
	}
	catalog, problems := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(problems) > 0 {
		return fmt.Errorf("the embedded course has problems: %v", problems[0])
	}
	spec := progresstest.Spec{Cards: cards, Reviews: reviews, PerDay: perDay, End: time.Now(), Seed: 1}
	for _, l := range catalog.Lessons() {
		spec.Lessons = append(spec.Lessons, l.ID)
		for _, q := range l.Questions {
			spec.IDs = append(spec.IDs, q.ID)
			spec.IDLessons = append(spec.IDLessons, l.ID)
		}
	}
	st, err := progress.Open(out, progress.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	n, err := progresstest.Generate(st, spec)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	info, _ := os.Stat(out)
	fmt.Printf("%s: %d cards, %d reviews, %.1f MiB, written in %v\n", out, cards, n, float64(info.Size())/(1<<20), time.Since(start).Round(time.Millisecond))
	return nil
}
