package ui

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// ansiPalettes are the 16 colours as two common terminals show them:
// xterm's defaults, and "Campbell", the scheme of the Windows 10 console
// and Windows Terminal, ajar's main target.
var ansiPalettes = map[string][16]string{
	"xterm": {"000000", "cd0000", "00cd00", "cdcd00", "0000ee", "cd00cd", "00cdcd", "e5e5e5",
		"7f7f7f", "ff0000", "00ff00", "ffff00", "5c5cff", "ff00ff", "00ffff", "ffffff"},
	"campbell": {"0c0c0c", "c50f1f", "13a10e", "c19c00", "0037da", "881798", "3a96dd", "cccccc",
		"767676", "e74856", "16c60c", "f9f1a5", "3b78ff", "b4009e", "61d6d6", "f2f2f2"},
}

// contrast is the WCAG 2.x contrast ratio of two hex colours (rrggbb).
// The linear threshold is sRGB's 0.04045; WCAG 2.0 printed 0.03928, which
// differs for no 8-bit value that matters here.
func contrast(a, b string) float64 {
	lum := func(hex string) float64 {
		var l float64
		for i, w := range []float64{0.2126, 0.7152, 0.0722} {
			v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
			c := float64(v) / 255
			if c <= 0.04045 {
				c /= 12.92
			} else {
				c = math.Pow((c+0.055)/1.055, 2.4)
			}
			l += w * c
		}
		return l
	}
	x, y := lum(a)+0.05, lum(b)+0.05
	return math.Max(x, y) / math.Min(x, y)
}

// screen is one way a learner's terminal shows colour: the colour profile
// ajar detects, the theme's background, the terminal's 16 colours, and
// the backgrounds such a terminal typically has.
type screen struct {
	profile termenv.Profile
	dark    bool
	ansi    string // which of ansiPalettes
	bgs     []string
}

func (s screen) String() string {
	theme := "light"
	if s.dark {
		theme = "dark"
	}
	return fmt.Sprintf("%s/%s/%s", profileName(s.profile), theme, s.ansi)
}

// profileName names a colour profile for test messages.
func profileName(p termenv.Profile) string {
	return map[termenv.Profile]string{termenv.TrueColor: "truecolour", termenv.ANSI256: "256",
		termenv.ANSI: "16", termenv.Ascii: "none"}[p]
}

// screens lists every combination the palette must read well on. Dark
// themes are checked on black and on #1e1e1e (VS Code's and many
// editors' terminal), light ones on white. With 16 colours the colours
// and the background come from the same terminal scheme, so each scheme
// is checked on its own background (and on pure black or white), not on
// #1e1e1e: no 16-colour red reaches 4.5:1 there in either scheme.
func screens() []screen {
	var out []screen
	for _, name := range []string{"xterm", "campbell"} {
		pal := ansiPalettes[name]
		for _, dark := range []bool{true, false} {
			for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI} {
				s := screen{profile: p, dark: dark, ansi: name}
				switch {
				case p == termenv.ANSI && dark:
					s.bgs = []string{"000000", pal[0]}
				case p == termenv.ANSI:
					s.bgs = []string{"ffffff", pal[15]}
				case dark:
					s.bgs = []string{"000000", "1e1e1e"}
				default:
					s.bgs = []string{"ffffff"}
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// renderer is a lipgloss renderer for the screen, as main builds one.
func (s screen) renderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(s.profile)
	r.SetHasDarkBackground(s.dark)
	return r
}

// shown is the colour the terminal shows for c ("" for none: the
// terminal's own), using the screen's 16 colours and xterm's standard
// 256-colour cube and grey ramp, which every 256-colour terminal shares.
func (s screen) shown(c termenv.Color) string {
	switch c := c.(type) {
	case termenv.ANSIColor:
		return ansiPalettes[s.ansi][c]
	case termenv.ANSI256Color, termenv.RGBColor:
		return strings.TrimPrefix(termenv.ConvertToRGB(c).Hex(), "#")
	}
	return ""
}

// sgrColours reads the foreground and background an SGR-styled string
// sets, as termenv colours (nil when unset), swapped by reverse video.
func sgrColours(styled string) (fg, bg termenv.Color) {
	start := strings.Index(styled, "\x1b[")
	end := strings.IndexByte(styled, 'm')
	if start < 0 || end < start {
		return nil, nil
	}
	ps := strings.Split(styled[start+2:end], ";")
	num := func(i int) int {
		if i >= len(ps) {
			return -1
		}
		n, _ := strconv.Atoi(ps[i])
		return n
	}
	reverse := false
	for i := 0; i < len(ps); i++ {
		n := num(i)
		var c termenv.Color
		isBg := n == 48 || n >= 40 && n <= 47 || n >= 100 && n <= 107
		switch {
		case n == 7:
			reverse = true
		case (n == 38 || n == 48) && num(i+1) == 5:
			c = termenv.ANSI256Color(num(i + 2))
			if num(i+2) < 16 {
				c = termenv.ANSIColor(num(i + 2))
			}
			i += 2
		case (n == 38 || n == 48) && num(i+1) == 2:
			c, i = termenv.RGBColor(fmt.Sprintf("#%02x%02x%02x", num(i+2), num(i+3), num(i+4))), i+4
		case n >= 30 && n <= 37, n >= 40 && n <= 47:
			c = termenv.ANSIColor(n % 10)
		case n >= 90 && n <= 97, n >= 100 && n <= 107:
			c = termenv.ANSIColor(n%10 + 8)
		}
		if c == nil {
			continue
		}
		if isBg {
			bg = c
		} else {
			fg = c
		}
	}
	if reverse {
		fg, bg = bg, fg
	}
	return fg, bg
}
