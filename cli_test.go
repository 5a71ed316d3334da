package main

import (
	"errors"
	"strings"
	"testing"

	"ajar/progress"
	"ajar/tui"
)

// TestUnknownFlagSuggests: a mistyped flag names the flag it resembles, a
// flag of another command says which commands have it, and every flag
// error says where the list is, in the interface language, with exit 2.
func TestUnknownFlagSuggests(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"lint", "--strikt"}, []string{"ajar lint: opsi --strikt tidak dikenal; maksud Anda: --strict?", "ajar help lint"}},
		{[]string{"--lang", "en", "--profle", "Ani"}, []string{"ajar: unknown flag --profle; did you mean --profile?", "See the flags: ajar help\n"}},
		{[]string{"report", "merge", "a.json", "--sepp", ","}, []string{"ajar report merge: opsi --sepp tidak dikenal; maksud Anda: --sep?"}},
		{[]string{"lint", "--profile", "Ani"}, []string{"ajar lint: opsi --profile tidak dikenal", "--profile adalah opsi untuk: ajar, ajar report"}},
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

// TestCommandErrorsCreateNothing: the other commands, failing (or only
// looking) on a PC where ajar has never run, leave no progress file or
// folder behind, and say what is the matter.
func TestCommandErrorsCreateNothing(t *testing.T) {
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"report", "--profile", "Budi"}, 2, `pelajar "Budi" tidak ada`},
		{[]string{"report", "--format", "pdf"}, 2, "--format"},
		{[]string{"backup"}, 3, "belum ada berkas kemajuan"},
		{[]string{"backup", "--lang", "en"}, 3, "there is no progress file"},
		{[]string{"restore"}, 3, "Tidak ada cadangan yang utuh"},
		{[]string{"restore", "tidak-ada.db"}, 3, "cadangan tidak-ada.db tidak ditemukan"},
		{[]string{"restore", "--list"}, 0, ""},
		{[]string{"present", "tidak-ada"}, 2, "bukan id modul"},
		{[]string{"lint", "tidak-ada"}, 2, "bukan folder"},
		{[]string{"init"}, 2, "tepat satu FOLDER"},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			if code, _, stderr := runCLI(t, c.args...); code != c.code || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, c.code, c.want)
			}
		})
	}
}

// TestChooseProfileSaysHowToAdd: --profile for a learner who is not in
// the file says how to add one, lists only learners who have a name (a
// file's first learner may have none), and never prints an empty list.
func TestChooseProfileSaysHowToAdd(t *testing.T) {
	unnamed := progress.Profile{ID: progress.DefaultProfile}
	ani := progress.Profile{ID: "ani", Name: "Ani Lestari"}
	cases := []struct {
		list       []progress.Profile
		lang       tui.Lang
		want, wont string
	}{
		{nil, tui.Indonesian, "belum ada pelajar bernama \"Budi\" di berkas ini.\nUntuk menambah pelajar: jalankan ajar tanpa --profile, tekan p (ganti pelajar), lalu n (tambah).", "yang ada"},
		{[]progress.Profile{unnamed}, tui.English, "there is no learner named \"Budi\" in this file yet.\nTo add a learner: start ajar without --profile, press p", "there are"},
		{[]progress.Profile{unnamed, ani}, tui.Indonesian, "yang ada: Ani Lestari.\nUntuk menambah pelajar: jalankan ajar tanpa --profile, lalu tekan n di daftar pelajar.", "yang ada: ,"},
	}
	for _, c := range cases {
		_, err := chooseProfile(c.list, "Budi", c.lang, nil)
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, c.want) || strings.Contains(ex.msg, c.wont) {
			t.Errorf("%d learners: got %v; want exit 2 with %q, without %q", len(c.list), err, c.want, c.wont)
		}
	}
	if id, err := chooseProfile([]progress.Profile{unnamed, ani}, " ani lestari ", tui.Indonesian, nil); err != nil || id != "ani" {
		t.Errorf("a name matches case-insensitively, spaces around it ignored: got %q %v", id, err)
	}
}
