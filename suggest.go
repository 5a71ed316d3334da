package main

import "strings"

// suggest returns the candidates word was probably meant to be, for a
// "did you mean" after a typo: those at the smallest edit distance from
// word, if that is small for its length (1 up to 4 letters, 2 beyond),
// else those word is the start of (at least 3 letters: "rep" for
// report). Case is ignored. The result keeps the candidates' order.
func suggest(word string, candidates []string) []string {
	w := strings.ToLower(word)
	limit := 1
	if len([]rune(w)) > 4 {
		limit = 2
	}
	best, out := limit+1, []string(nil)
	for _, c := range candidates {
		switch d := editDistance(w, strings.ToLower(c)); {
		case d < best:
			best, out = d, []string{c}
		case d == best:
			out = append(out, c)
		}
	}
	if out != nil || len([]rune(w)) < 3 {
		return out
	}
	for _, c := range candidates {
		if strings.HasPrefix(strings.ToLower(c), w) {
			out = append(out, c)
		}
	}
	return out
}

// editDistance is the optimal string alignment distance between a and b:
// the insertions, deletions, substitutions and swaps of two neighbouring
// letters that turn one into the other. A swap counts once, since
// "presnet" for present is one slip of the fingers, not two.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j].
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}
