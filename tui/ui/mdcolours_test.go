package ui

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/muesli/termenv"
)

// colours calls f with the path and value of every colour in cfg.
func colours(cfg ansi.StyleConfig, f func(path, value string)) {
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Ptr:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.String:
			if strings.HasSuffix(path, "Color") {
				f(path, v.String())
			}
		}
	}
	walk(reflect.ValueOf(cfg), "")
}

// TestMarkdownContrast: every colour of the lesson Markdown style, for
// each colour profile, theme and 16-colour scheme, is a palette role's
// value for that profile and theme, emitted as termenv converts it for
// glamour, and reads on its element's background or the theme's: 4.5:1
// for text, 3:1 for the horizontal rule, the one colour that draws no
// words. Code blocks carry no syntax colours: chroma converts those
// itself, past the palette.
func TestMarkdownContrast(t *testing.T) {
	for _, s := range screens() {
		name := "light"
		if s.dark {
			name = "dark"
		}
		cfg := MarkdownStyle{Name: name, Profile: s.profile}.Config()
		if cfg.CodeBlock.Chroma != nil {
			t.Errorf("%s: code blocks keep chroma's syntax colours", s)
		}
		values := map[string]bool{}
		for _, ro := range paletteRoles(NewPalette()) {
			if v := pick(ro.colour, s.profile, s.dark); v != nil {
				values[*v] = true
			}
		}
		all := map[string]string{}
		colours(cfg, func(path, value string) { all[path] = value })
		for path, value := range all {
			if !values[value] {
				t.Errorf("%s: Markdown %s = %q is not a palette colour", s, path, value)
			}
			if strings.HasSuffix(path, "BackgroundColor") {
				continue
			}
			bgs := s.bgs
			if bg, ok := all[strings.TrimSuffix(path, "Color")+"BackgroundColor"]; ok {
				bgs = []string{s.shown(s.profile.Color(bg))}
			}
			need := minContrast["text"]
			if strings.HasPrefix(path, ".HorizontalRule.") {
				need = minContrast["mark"]
			}
			fg := s.shown(s.profile.Color(value))
			for _, b := range bgs {
				if c := contrast(fg, b); c < need {
					t.Errorf("%s: Markdown %s = %q shows as #%s on #%s: contrast %.2f, needs %.1f", s, path, value, fg, b, c, need)
				}
			}
		}
	}
}

// sgrColour finds colour parameters in SGR sequences: 30–38, 40–48,
// 90–97 and 100–107.
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m`)

// TestPlainEmitsNoColour: NO_COLOR and --theme plain render with bold and
// italics only, and the 16-colour style emits 16-colour codes only.
func TestPlainEmitsNoColour(t *testing.T) {
	body := "# Judul\n\n## Bagian\n\nTeks **tebal**, *miring*, `kode` dan [tautan](https://contoh.invalid).\n\n> kutipan\n\n```\nkode blok\n```\n\n---\n"
	plain, err := RenderMarkdown(MarkdownStyle{Name: "plain", Profile: termenv.Ascii}, body, 60)
	if err != nil {
		t.Fatal(err)
	}
	if m := sgrColour.FindString(plain); m != "" {
		t.Fatalf("plain output has a colour: %q", m)
	}
	for _, theme := range []string{"dark", "light"} {
		out, err := RenderMarkdown(MarkdownStyle{Name: theme, Profile: termenv.ANSI}, body, 60)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "38;5;") || strings.Contains(out, "38;2;") || strings.Contains(out, "48;5;") || strings.Contains(out, "48;2;") {
			t.Fatalf("%s 16-colour output has 256 or 24-bit colours: %q", theme, out)
		}
		if sgrColour.FindString(out) == "" {
			t.Fatalf("%s 16-colour output has no colour at all", theme)
		}
	}
}
