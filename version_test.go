package main

import (
	"regexp"
	"runtime/debug"
	"testing"
)

// TestVersionLine pins what `ajar --version` prints for the build
// information a binary can carry: a release, a development build from a
// clean or changed checkout, and none at all (never a crash).
func TestVersionLine(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	cases := []struct {
		name string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "ajar (devel)"},
		{"go run, no vcs", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, true,
			"ajar (devel), go1.26.0"},
		{"release", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"},
			Settings: vcs("GOARCH", "386", "GOOS", "windows", "vcs.revision", "0123456789abcdef0123", "vcs.time", "2026-05-01T10:00:00Z", "vcs.modified", "false")}, true,
			"ajar v1.2.0, commit 0123456789ab (2026-05-01T10:00:00Z), go1.26.0 windows/386"},
		{"changed checkout", &debug.BuildInfo{Main: debug.Module{},
			Settings: vcs("vcs.revision", "0123456789abcdef0123", "vcs.modified", "true")}, true,
			"ajar (devel), commit 0123456789ab+dirty"},
		{"short revision", &debug.BuildInfo{Settings: vcs("vcs.revision", "abc", "vcs.time", "2026-05-01T10:00:00Z")}, true,
			"ajar (devel), commit abc (2026-05-01T10:00:00Z)"},
	}
	for _, c := range cases {
		if got := versionLine(c.info, c.ok); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestVersionCommand: --version and version print one line, exit 0, and
// create nothing; version takes no argument.
func TestVersionCommand(t *testing.T) {
	shape := regexp.MustCompile(`^ajar \S+(, commit [0-9a-f]+(\+dirty)?( \(\S+\))?)?(, go\S+( \w+/\w+)?)?\n$`)
	for _, args := range [][]string{{"--version"}, {"version"}, {"--lang", "en", "version"}} {
		code, out, stderr := runCLI(t, args...)
		if code != 0 || stderr != "" || !shape.MatchString(out) {
			t.Errorf("ajar %q: exit %d, stdout %q, stderr %q; want one version line", args, code, out, stderr)
		}
	}
	if code, _, _ := runCLI(t, "version", "1.0"); code != 2 {
		t.Errorf("ajar version 1.0: exit %d, want 2", code)
	}
}
