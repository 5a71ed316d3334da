package ui

import (
	"reflect"
	"regexp"
	"strconv"
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

// TestANSI16StyleReadsWell: the 16-colour styles name only the 16 colours
// (so termenv converts nothing), and every foreground reads on the
// background its theme is for, in both palettes (contrast at least 3:1,
// WCAG's floor for bold and large text).
func TestANSI16StyleReadsWell(t *testing.T) {
	for _, theme := range []string{"dark", "light"} {
		cfg := MarkdownStyle{Name: theme, Profile: termenv.ANSI}.Config()
		if cfg.CodeBlock.Chroma != nil {
			t.Errorf("%s: code blocks keep 24-bit syntax colours", theme)
		}
		colours(cfg, func(path, value string) {
			i, err := strconv.Atoi(value)
			if err != nil || i < 0 || i > 15 {
				t.Errorf("%s%s = %q, not one of the 16 colours", theme, path, value)
				return
			}
			if strings.HasSuffix(path, "BackgroundColor") {
				return
			}
			for name, pal := range ansiPalettes {
				bg := pal[0]
				if theme == "light" {
					bg = pal[15]
				}
				if path == ".H1.StylePrimitive.Color" {
					h1bg, _ := strconv.Atoi(*cfg.H1.BackgroundColor)
					bg = pal[h1bg]
				}
				if r := contrast(pal[i], bg); r < 3 {
					t.Errorf("%s%s = %d has contrast %.1f on %s's background in %s", theme, path, i, r, theme, name)
				}
			}
		})
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
