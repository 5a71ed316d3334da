package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/content"
	"ajar/lessons"
)

// bankGIFT is a small Moodle question bank as a training unit writes it:
// two categories, a question Moodle grades with partial credit (mapped
// with a warning) and an essay (skipped).
const bankGIFT = `// Bank soal pelatihan dasar
$CATEGORY: Pelatihan/Nilai ASN

::nilai-1::Nilai dasar ASN disingkat {=BerAKHLAK ~PANCA PRASETYA ~SAPTA MARGA}

::nilai-2::Akuntabel termasuk nilai dasar ASN.{T}

Pilih satu pilar SPBE. {=Tata kelola =%50%Aplikasi}

$CATEGORY: Pelatihan/Organisasi pembelajar

Senge menyebut berpikir sistem sebagai disiplin {=kelima =ke-5}.

Pasangkan disiplin dan intinya. {=Penguasaan pribadi -> Belajar seumur hidup =Model mental -> Asumsi yang disadari =Visi bersama -> Tujuan yang dimiliki bersama}

Ceritakan pengalaman Anda belajar bersama rekan kerja. {}
`

// runIn runs ajar in dir, as a trainer would from that folder.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	return runCLI(t, args...)
}

func TestImportGift(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bank.gift"), []byte(bankGIFT), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runIn(t, dir, "import", "gift", "bank.gift", "-o", "modul-bank")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	for _, want := range []string{
		"bank.gift:8: peringatan: ", // the partial credit
		"bank.gift:16: dilewati: ",  // the essay
		"Diimpor ke modul-bank (2 pelajaran): 4 soal utuh, 1 dengan peringatan, 1 dilewati.",
		"ajar lint modul-bank",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	mod := filepath.Join(dir, "modul-bank")
	cat, problems := lessons.Load(lessons.Source{Name: "modul-bank", FS: os.DirFS(mod)})
	if len(problems) != 0 {
		t.Fatalf("the imported module has problems: %v", problems)
	}
	if m := cat.Module("modul-bank"); m == nil || len(m.Lessons) != 2 || m.Lessons[0].Title != "Nilai ASN" {
		t.Fatalf("modules %+v", cat.Modules)
	}
	if q, _ := cat.Question("nilai-1"); q == nil || q.Type != lessons.Single {
		t.Errorf("a named question keeps its name as id: %+v", q)
	}
	if code, out, _ := runCLI(t, "lint", "--strict", mod); code != 0 {
		t.Errorf("ajar lint on the import: exit %d\n%s", code, out)
	}

	// An import never writes into a folder that holds files.
	code, _, errOut = runIn(t, dir, "import", "gift", "bank.gift", "-o", "modul-bank")
	if code != 1 || !strings.Contains(errOut, "sudah berisi berkas") {
		t.Errorf("second import into the same folder: exit %d, %q", code, errOut)
	}
}

func TestImportGiftPerLesson(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bank.gift"), []byte(bankGIFT), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runIn(t, dir, "import", "gift", "bank.gift", "--per-lesson", "1", "--lang", "en"); code != 0 ||
		!strings.Contains(out, "Imported into bank (5 lessons)") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
}

func TestImportGiftRefusals(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rusak.gift"), []byte("Soal tanpa penutup {=a ~b\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"import", "gift", "rusak.gift"}, 1, "rusak.gift:1: dilewati: "},
		{[]string{"import", "rusak.gift"}, 2, "ajar import gift BERKAS.gift"},
		{[]string{"import", "gift", "tidak-ada.gift"}, 1, "tidak-ada.gift tidak dapat dibaca"},
		{[]string{"import", "gift", "rusak.gift", "--id", "Bukan ID"}, 2, "bukan id yang sah"},
		{[]string{"export", "gift", "m99"}, 2, `"m99" bukan id modul atau pelajaran`},
		{[]string{"export", "moodle"}, 2, "ajar export gift"},
	} {
		code, out, errOut := runIn(t, dir, tc.args...)
		if code != tc.code || !strings.Contains(out+errOut, tc.says) {
			t.Errorf("ajar %q: exit %d, want %d saying %q:\n%s%s", tc.args, code, tc.code, tc.says, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "rusak")); err == nil {
		t.Error("an import with no question wrote a folder")
	}
}

// TestExportImportRoundTrip: the built-in course exported and imported
// back gives the same questions: ids, types, keys and explanations.
func TestExportImportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runIn(t, dir, "export", "gift", "-o", "kursus.gift"); code != 0 || !strings.Contains(errOut, "Diekspor") {
		t.Fatalf("export: exit %d %s", code, errOut)
	}
	if code, out, errOut := runIn(t, dir, "import", "gift", "kursus.gift", "-o", "kembali"); code != 0 {
		t.Fatalf("import: exit %d %s %s", code, out, errOut)
	}
	orig, _ := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	back, problems := lessons.Load(lessons.Source{Name: "kembali", FS: os.DirFS(filepath.Join(dir, "kembali"))})
	if len(problems) != 0 {
		t.Fatalf("the imported course has problems: %v", problems[0])
	}
	n := 0
	for _, l := range orig.Lessons() {
		for _, q := range l.Questions {
			n++
			got, _ := back.Question(q.ID)
			if got == nil {
				t.Errorf("%s is lost", q.ID)
				continue
			}
			if got.Type != q.Type || got.Explanation != q.Explanation || len(got.Options) != len(q.Options) ||
				len(got.Accept) != len(q.Accept) || len(got.Items) != len(q.Items) || len(got.Pairs) != len(q.Pairs) ||
				!got.Check(rightResponse(q)) {
				t.Errorf("%s changed: %+v\nwas %+v", q.ID, got, q)
			}
		}
	}
	if n == 0 {
		t.Fatal("the built-in course has no questions")
	}
}

// rightResponse answers q correctly, as written.
func rightResponse(q lessons.Question) lessons.Response {
	r := lessons.Response{Choices: q.CorrectIndexes(), Bool: q.Answer}
	if len(q.Accept) > 0 {
		r.Text = q.Accept[0]
	}
	for i := range q.Items {
		r.Order = append(r.Order, i)
	}
	for i := range q.Pairs {
		r.Match = append(r.Match, i)
	}
	return r
}
