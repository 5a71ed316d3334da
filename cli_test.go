package main

import (
	"strings"
	"testing"
)

// TestUnknownFlagSuggests: a mistyped flag names the flag it resembles, a
// flag of another command says which commands have it, and every flag
// error says where the list is, in the interface language, with exit 2.
func TestUnknownFlagSuggests(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"lint", "--strikt"}, []string{"ajar lint: flag --strikt tidak dikenal; maksud Anda: --strict?", "ajar help lint"}},
		{[]string{"--lang", "en", "--profle", "Ani"}, []string{"ajar: unknown flag --profle; did you mean --profile?", "See the flags: ajar help\n"}},
		{[]string{"report", "merge", "a.json", "--sepp", ","}, []string{"ajar report merge: flag --sepp tidak dikenal; maksud Anda: --sep?"}},
		{[]string{"lint", "--profile", "Ani"}, []string{"ajar lint: flag --profile tidak dikenal", "--profile adalah flag untuk: ajar, ajar report"}},
		{[]string{"--lang=en", "backup", "--dmeo"}, []string{"ajar backup: unknown flag --dmeo", "ajar help backup"}},
		{[]string{"--db"}, []string{"ajar: --db perlu nilai, mis. --db BERKAS"}},
		{[]string{"present", "--timer", "abc", "--lang", "en"}, []string{`ajar present: "abc" is not a valid value for --timer SECONDS`}},
		{[]string{"backup", "sekarang"}, []string{`ajar backup: argumen "sekarang" tidak dikenal`}},
		{[]string{"--db", "x.db", "--", "lint"}, []string{`ajar: argumen "lint" tidak dikenal`}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out, stderr := runCLI(t, c.args...)
			if code != 2 || out != "" {
				t.Fatalf("exit %d, stdout %q; want exit 2 and nothing on stdout", code, out)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q lacks %q", stderr, w)
				}
			}
		})
	}
}

// TestUnknownCommandInProcess: the dispatcher itself refuses a word that
// is not a command, before the tutor would check for a terminal, and
// suggests a subcommand typed without its parent.
func TestUnknownCommandInProcess(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"presnet"}, `ajar: "presnet" bukan perintah ajar; maksud Anda: ajar present?`},
		{[]string{"merge", "a.json"}, "maksud Anda: ajar report merge?"},
		{[]string{"int"}, "maksud Anda: ajar init atau ajar lint?"},
		{[]string{"demo"}, "maksud Anda: ajar --demo?"},
		{[]string{"help", "report", "mrege"}, `"report mrege" bukan perintah ajar; maksud Anda: ajar report merge?`},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, _, stderr := runCLI(t, c.args...)
			if code != 2 || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "ajar help") {
				t.Fatalf("exit %d, stderr %q; want exit 2, %q and where the commands are listed", code, stderr, c.want)
			}
		})
	}
}

// TestSuggest pins the did-you-mean rule: the closest candidates within
// an edit distance that grows with the word (a swap of two letters counts
// once), or those the word begins.
func TestSuggest(t *testing.T) {
	cands := []string{"present", "report", "init", "lint", "restore", "backup"}
	cases := map[string]string{
		"presnet": "present", "PRESENT": "present", "rep": "report", "ini": "init",
		"int": "init lint", "restroe": "restore", "x": "", "budi": "", "bakcup": "backup",
	}
	for word, want := range cases {
		if got := strings.Join(suggest(word, cands), " "); got != want {
			t.Errorf("suggest(%q) = %q, want %q", word, got, want)
		}
	}
	if d := editDistance("ca", "abc"); d != 3 {
		t.Errorf("editDistance(ca, abc) = %d, want 3 (optimal string alignment)", d)
	}
}
