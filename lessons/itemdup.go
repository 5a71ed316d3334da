package lessons

// dupFinder remembers every item seen so far and finds the earlier item a
// new one repeats: the same question asked again, with the same or nearly
// the same prompt and options. Spaced review already brings every item
// back, so a second copy only adds to the learner's daily load.
type dupFinder struct {
	stop  map[string]bool
	items []itemWords
}

// itemWords are the content words of one item.
type itemWords struct {
	q      *Question
	l      *Lesson
	prompt wordSet
	// answers are the words of the options, accepted answers or items.
	answers wordSet
	all     wordSet
}

func newDupFinder() *dupFinder { return &dupFinder{stop: stopWords()} }

// add records q of lesson l and returns the earlier item it repeats most
// closely, with its lesson, or nil, nil.
func (d *dupFinder) add(l *Lesson, q *Question) (*Question, *Lesson) {
	var texts []string
	for _, o := range q.Options {
		texts = append(texts, o.Text)
	}
	texts = append(texts, q.Accept...)
	texts = append(texts, q.Items...)
	for _, p := range q.Pairs {
		texts = append(texts, p.Left, p.Right)
	}
	it := itemWords{q: q, l: l, prompt: contentWords(d.stop, q.Prompt), answers: contentWords(d.stop, texts...)}
	it.all = contentWords(d.stop, append(texts, q.Prompt)...)
	var best *itemWords
	bestScore := 0.0
	for i := range d.items {
		if s, dup := repeats(&it, &d.items[i]); dup && s > bestScore {
			best, bestScore = &d.items[i], s
		}
	}
	d.items = append(d.items, it)
	if best == nil {
		return nil, nil
	}
	return best.q, best.l
}

// repeats reports whether a and b ask the same thing, and how alike they
// are. Two items repeat each other when
//   - their prompts and answers share at least half of their content words
//     (counted over at least six words, so that two short items do not
//     match on a name alone);
//   - they are of the same type (not order or matching) and their
//     prompts, of at least three content words, are nearly the same: the
//     same question with other options still asks for the same fact;
//   - they are both order questions with mostly the same items, or both
//     matching questions with mostly the same pairs.
//
// Order and matching prompts are left out of the second rule because
// "Urutkan langkah berikut" or "Pasangkan istilah dengan artinya" says
// nothing of what is ordered or paired.
func repeats(a, b *itemWords) (float64, bool) {
	if a.q.Type == b.q.Type && (a.q.Type == Order || a.q.Type == Matching) {
		s := jaccard(a.answers, b.answers)
		return s, s >= 0.6
	}
	if s := jaccard(a.all, b.all); s >= 0.5 && len(a.all)+len(b.all) >= 12 {
		return s, true
	}
	if a.q.Type == b.q.Type && len(a.prompt) >= 3 && len(b.prompt) >= 3 {
		s := jaccard(a.prompt, b.prompt)
		return s, s >= 0.9
	}
	return 0, false
}
