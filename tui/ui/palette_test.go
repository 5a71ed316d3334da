package ui

import (
	"reflect"
	"regexp"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// minContrast is the WCAG 2.x ratio each kind of palette role needs
// against its background: text 4.5:1 (SC 1.4.3), marks such as +/x,
// separators and bar cells 3:1 (SC 1.4.11).
var minContrast = map[string]float64{"text": 4.5, "mark": 3}

// role is one field of the Palette with what its tags say about it.
type role struct {
	name   string
	colour Colour // zero if the field is not a Colour: TestPaletteIsExplicit fails it
	kind   string // text, mark or background
	on     string // the background role it is drawn on, if any
}

// paletteRoles lists every field of p by reflection, so a role added to
// the Palette is checked without anyone listing it here.
func paletteRoles(p Palette) []role {
	v := reflect.ValueOf(p)
	var out []role
	for i := 0; i < v.NumField(); i++ {
		f := v.Type().Field(i)
		c, _ := v.Field(i).Interface().(Colour)
		out = append(out, role{name: f.Name, colour: c, kind: f.Tag.Get("contrast"), on: f.Tag.Get("on")})
	}
	return out
}

// TestPaletteContrast: every colour of the palette, as the terminal shows
// it after the renderer's own conversion for each colour profile, reads on
// the background of its theme (or on the background role it names) in
// xterm's and the Windows console's colours: text at 4.5:1, marks at 3:1.
func TestPaletteContrast(t *testing.T) {
	roles := paletteRoles(NewPalette())
	byName := map[string]role{}
	for _, r := range roles {
		byName[r.name] = r
	}
	used := map[string]bool{}
	for _, s := range screens() {
		r := s.renderer()
		for _, ro := range roles {
			need, ok := minContrast[ro.kind]
			if ro.kind == "background" {
				continue
			}
			if !ok {
				t.Fatalf("Palette.%s has contrast tag %q; say text, mark or background", ro.name, ro.kind)
			}
			style := r.NewStyle().Foreground(ro.colour)
			if ro.on != "" {
				bg := byName[ro.on]
				if bg.kind != "background" {
					t.Fatalf("Palette.%s is drawn on %q, which is not a background role", ro.name, ro.on)
				}
				used[ro.on] = true
				style = style.Background(bg.colour)
			}
			fg, bg := sgrColours(style.Render("X"))
			if fg == nil {
				continue // the terminal's own foreground, on its own background
			}
			bgs := s.bgs
			if bg != nil {
				bgs = []string{s.shown(bg)}
			}
			for _, b := range bgs {
				if c := contrast(s.shown(fg), b); c < need {
					t.Errorf("%s: Palette.%s shows as #%s (SGR %s) on #%s: contrast %.2f, needs %.1f",
						s, ro.name, s.shown(fg), fg.Sequence(false), b, c, need)
				}
			}
		}
	}
	for _, ro := range roles {
		if ro.kind == "background" && !used[ro.name] {
			t.Errorf("background Palette.%s is named by no role, so nothing checks what is drawn on it", ro.name)
		}
	}
}

// profileValue is the form each colour profile's value must take in a
// lipgloss.CompleteColor: 24-bit hex, a 256-colour index outside the
// terminal-defined first 16, or one of the 16 (or none: the terminal's own
// colour). Any other form would be converted by termenv after all.
var profileValue = map[string]*regexp.Regexp{
	"TrueColor": regexp.MustCompile(`^#[0-9A-Fa-f]{6}$`),
	"ANSI256":   regexp.MustCompile(`^(1[6-9]|[2-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$`),
	"ANSI":      regexp.MustCompile(`^([0-9]|1[0-5])?$`),
}

// TestPaletteIsExplicit: every role names its colour for each profile and
// both backgrounds itself, so termenv's down-conversion (which turned
// #E85D75 into 256-colour 232, near black) never picks one; and with no
// colour (NO_COLOR, --theme plain) no role emits any.
func TestPaletteIsExplicit(t *testing.T) {
	plain := screen{profile: termenv.Ascii, dark: true}.renderer()
	for _, ro := range paletteRoles(NewPalette()) {
		for theme, cc := range map[string]lipgloss.CompleteColor{"dark": ro.colour.Dark, "light": ro.colour.Light} {
			for field, v := range map[string]string{"TrueColor": cc.TrueColor, "ANSI256": cc.ANSI256, "ANSI": cc.ANSI} {
				if !profileValue[field].MatchString(v) {
					t.Errorf("Palette.%s.%s.%s = %q is not a %s value", ro.name, theme, field, v, field)
				}
			}
		}
		if fg, bg := sgrColours(plain.NewStyle().Foreground(ro.colour).Background(ro.colour).Render("X")); fg != nil || bg != nil {
			t.Errorf("Palette.%s emits a colour with the colour profile off", ro.name)
		}
	}
}

// TestStylesUsePalette: every colour of every style (foreground,
// background, borders) is a role of the Palette, found by reflection over
// Styles so a new style is checked too; a style with a background draws
// the role that names that background, whose contrast is tested above.
func TestStylesUsePalette(t *testing.T) {
	roles := paletteRoles(NewPalette())
	st := NewStyles(screen{profile: termenv.TrueColor, dark: true}.renderer())
	eachStyle(reflect.ValueOf(st), "Styles", func(path string, s lipgloss.Style) {
		find := func(c lipgloss.TerminalColor) (role, bool) {
			for _, ro := range roles {
				if c == lipgloss.TerminalColor(ro.colour) {
					return ro, true
				}
			}
			return role{}, false
		}
		for _, c := range []lipgloss.TerminalColor{s.GetForeground(), s.GetBackground(),
			s.GetBorderTopForeground(), s.GetBorderRightForeground(), s.GetBorderBottomForeground(), s.GetBorderLeftForeground(),
			s.GetBorderTopBackground(), s.GetBorderRightBackground(), s.GetBorderBottomBackground(), s.GetBorderLeftBackground()} {
			if _, none := c.(lipgloss.NoColor); none {
				continue
			}
			if _, ok := find(c); !ok {
				t.Errorf("%s uses %v, which is not a colour of the Palette", path, c)
			}
		}
		if _, none := s.GetBackground().(lipgloss.NoColor); none {
			return
		}
		fg, _ := find(s.GetForeground())
		bg, _ := find(s.GetBackground())
		if fg.on == "" || fg.on != bg.name {
			t.Errorf("%s draws %s on %s; the Palette pairs no such colours, so their contrast is untested", path, fg.name, bg.name)
		}
	})
}

// eachStyle calls f for every lipgloss.Style in v, a struct of styles and
// structs of styles (help.Styles).
func eachStyle(v reflect.Value, path string, f func(string, lipgloss.Style)) {
	if s, ok := v.Interface().(lipgloss.Style); ok {
		f(path, s)
		return
	}
	if v.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).IsExported() {
			eachStyle(v.Field(i), path+"."+v.Type().Field(i).Name, f)
		}
	}
}
