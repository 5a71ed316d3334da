package report

import "testing"

// TestCSVCells: a cell a spreadsheet would run as a formula is quoted
// as text, and an 18-digit NIP is grouped so it is not read as a number.
func TestCSVCells(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+62": "'+62", "@a": "'@a", "-1": "'-1", "Ani": "Ani", "": "",
	} {
		if got := textCell(in); got != want {
			t.Errorf("textCell(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"198001012005012001": "19800101 200501 2 001", "19800101 200501 2 001": "19800101 200501 2 001",
		"12345": "12345", "": "",
	} {
		if got := nipCell(in); got != want {
			t.Errorf("nipCell(%q) = %q, want %q", in, got, want)
		}
	}
}
