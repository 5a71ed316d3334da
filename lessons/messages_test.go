package lessons

import (
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"
)

// The messages of finding 8 of issue 8 that concern content: each test
// failed before its fix.

// TestEntryLimitIsNotReportedAsModuleYAMLMissing: a module folder with more
// files than DirSource reads was reported as "module.yaml missing" when
// module.yaml was among the files not read. Only the limit is reported
// now, and which files are read no longer depends on the order the disk
// lists them in: the first by name.
func TestEntryLimitIsNotReportedAsModuleYAMLMissing(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"m1/module.yaml": string(moduleYAML("m1", 1).Data)}
	for i := range MaxEntries + 100 {
		files[fmt.Sprintf("m1/%04d.md", i)] = doc(fmt.Sprintf("l%d", i), singleQuiz(fmt.Sprintf("l%d-q1", i)))
	}
	writeTree(t, dir, files)
	src, skipped := DirSource(dir)
	_, probs := Load(src)
	all := append(skipped, probs...)
	if got := codesAt(all); !reflect.DeepEqual(got, []string{CodeTooMany + " " + src.Name + "/m1"}) {
		t.Errorf("problems %v, want only the entry limit at m1", got)
	}
	if !strings.Contains(all[0].Format(English), "more than 2000 files and folders") {
		t.Errorf("message: %s", all[0].Format(English))
	}
	// The entries read are the first by name, the same on every disk.
	entries, err := fs.ReadDir(src.FS, "m1")
	if err != nil || len(entries) != MaxEntries-1 || entries[0].Name() != "0000.md" || entries[len(entries)-1].Name() != "1998.md" {
		t.Errorf("read %d entries (%v), want 0000.md to 1998.md", len(entries), err)
	}
}

// TestTildeInAcceptIsKeptAsWritten: "~" in an accept list is YAML's null;
// it was reported as an empty answer. Like 3.10 or no, it is now kept as
// written (case 43 of reliability-cases.md).
func TestTildeInAcceptIsKeptAsWritten(t *testing.T) {
	c := mustLoad(t, lessonFS(doc("l1", "- id: q1\n  type: fill\n  prompt: P?\n  accept: [~, null, \"~\", 3.10, no, yes, 2024-01-02, 012]\n  explanation: E.\n")))
	q, _ := c.Question("q1")
	if want := []string{"~", "null", "~", "3.10", "no", "yes", "2024-01-02", "012"}; !reflect.DeepEqual(q.Accept, want) {
		t.Errorf("accept = %q, want %q", q.Accept, want)
	}
	if !q.Check(Response{Text: "~"}) {
		t.Error("typing ~ should match")
	}
	_, probs := Load(Source{FS: lessonFS(doc("l1", "- id: q1\n  type: order\n  prompt: P?\n  items:\n    - a\n    -\n  explanation: E.\n"))})
	if got := where(probs); !reflect.DeepEqual(got, []string{"empty@17"}) {
		t.Errorf("an entry with nothing written is still empty: %v", got)
	}
}

// utf16LE encodes s as UTF-16 little-endian, as Notepad's "Unicode".
func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return out
}

// utf16BE encodes s as UTF-16 big-endian with a byte order mark.
func utf16BE(s string) []byte {
	out := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		out = binary.BigEndian.AppendUint16(out, u)
	}
	return out
}

// TestUTF16IsNamed: a file saved as UTF-16 was reported as "not valid
// UTF-8", or without a mark as a file with no front matter. It is named
// now, and so is the likely ANSI encoding of other invalid UTF-8 (case 45).
func TestUTF16IsNamed(t *testing.T) {
	lesson := doc("l1", singleQuiz("q1"))
	for name, data := range map[string][]byte{
		"UTF-16LE with BOM":    utf16LE(lesson, true),
		"UTF-16LE without BOM": utf16LE(lesson, false),
		"UTF-16BE with BOM":    utf16BE(lesson),
	} {
		_, probs := Load(Source{FS: lessonFS(string(data))})
		if got := where(probs); !reflect.DeepEqual(got, []string{"utf16@1"}) {
			t.Errorf("%s: %v%s", name, got, formatAll(probs))
			continue
		}
		for _, lang := range []Lang{Indonesian, English} {
			if msg := probs[0].Format(lang); !strings.Contains(msg, "UTF-16") || !strings.Contains(msg, "UTF-8") {
				t.Errorf("%s: %s", name, msg)
			}
		}
	}
	fsys := fstest.MapFS{"m1/module.yaml": {Data: utf16LE("id: m1\ntitle: M\norder: 1\n", true)}, "m1/01-l.md": file(lesson)}
	if _, probs := Load(Source{FS: fsys}); !reflect.DeepEqual(where(probs), []string{"utf16@1"}) {
		t.Errorf("module.yaml in UTF-16: %v", where(probs))
	}
	_, probs := Load(Source{FS: lessonFS("---\nid: l1\ntitle: Caf\xe9\n")})
	if len(probs) != 1 || !strings.Contains(probs[0].Format(English), "ANSI/Windows-1252") {
		t.Errorf("Windows-1252: %s", formatAll(probs))
	}
}

// TestPermissionErrorsHaveAHint: "permission denied" was printed with no
// word of what to do (case 10 of reliability-cases.md, for content).
func TestPermissionErrorsHaveAHint(t *testing.T) {
	fsys := courseFS()
	broken := failFS{fsys, map[string]bool{"alfa/01-x.md": true}}
	_, probs := Load(Source{Name: "c", FS: broken})
	if len(probs) != 1 || probs[0].Code != CodePermission {
		t.Fatalf("problems %v, want one permission problem", where(probs))
	}
	for lang, hint := range map[Lang]string{English: "copy the folder", Indonesian: "salin foldernya"} {
		if msg := probs[0].Format(lang); !strings.Contains(msg, "permission denied") || !strings.Contains(msg, hint) {
			t.Errorf("%s: %s", lang, msg)
		}
	}
	if os.Geteuid() == 0 {
		t.Skip("running as root: folders cannot be made unreadable")
	}
	dir := t.TempDir()
	writeTree(t, dir, cleanCourse())
	locked := filepath.Join(dir, "m2")
	if err := os.Chmod(locked, 0); err != nil {
		t.Skip(err)
	}
	defer os.Chmod(locked, 0o755)
	_, skipped := DirSource(dir)
	if len(skipped) != 1 || skipped[0].Code != CodePermission {
		t.Errorf("unreadable folder: %v", codesAt(skipped))
	}
}
