package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// runVersion is `ajar version`, the same as `ajar --version`: one line
// with the version and the commit ajar was built from, for a trainer
// to say which ajar a PC has.
func runVersion(args []string, stdout, stderr io.Writer) error {
	// The common flags are accepted so `ajar --lang en version` works.
	if _, _, _, err := parseCommon("ajar version", args, stderr); err != nil {
		return err
	}
	return printVersion(stdout)
}

// printVersion writes the version line of this binary.
func printVersion(w io.Writer) error {
	info, ok := debug.ReadBuildInfo()
	_, err := fmt.Fprintln(w, versionLine(info, ok))
	return err
}

// versionLine describes a build: the module version (a tag, or from Go
// 1.24 a pseudo-version for a build in a git checkout; "(devel)" when
// there is none, as under go run), then
// what the Go toolchain stamped, when it did: the commit, 12 hex digits
// and "+dirty" if the checkout had changes, its time, and the Go version
// and platform. `go run` and builds outside a checkout carry no commit,
// so every part but the first may be missing.
func versionLine(info *debug.BuildInfo, ok bool) string {
	if !ok || info == nil {
		return "ajar (devel)"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	set := map[string]string{}
	for _, s := range info.Settings {
		set[s.Key] = s.Value
	}
	parts := []string{"ajar " + version}
	if rev := set["vcs.revision"]; rev != "" {
		commit := "commit " + rev[:min(12, len(rev))]
		if set["vcs.modified"] == "true" {
			commit += "+dirty"
		}
		if t := set["vcs.time"]; t != "" {
			commit += " (" + t + ")"
		}
		parts = append(parts, commit)
	}
	if info.GoVersion != "" {
		parts = append(parts, strings.TrimSpace(info.GoVersion+" "+platform(set)))
	}
	return strings.Join(parts, ", ")
}

// platform is the GOOS/GOARCH a build is for, "" when not recorded:
// which of the Windows builds (64- or 32-bit) a PC runs.
func platform(set map[string]string) string {
	if set["GOOS"] == "" || set["GOARCH"] == "" {
		return ""
	}
	return set["GOOS"] + "/" + set["GOARCH"]
}
