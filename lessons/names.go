package lessons

import (
	"io/fs"
	"path"
	"strings"
)

// Which names of files and folders Load uses. A module is copied between
// Linux, macOS and the Windows PCs it is taught on, so a name one of them
// cannot hold is refused on all of them; and a name is printed by lint and
// on the course map, so one with control characters is refused too.

// readDir lists the folder dir of s, leaving out (and reporting) entries
// whose names hold control characters, which lint and the course map would
// print, and names a Windows PC cannot use: reserved device names, names
// with characters Windows refuses and names that differ from an earlier
// one only in case. A module checked on any system then loads the same on
// the office PC, and no device is ever opened.
func (ld *loader) readDir(s Source, dir string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(s.FS, dir)
	safe := entries[:0:0]
	seen := map[string]string{} // lower-cased name -> the name kept
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			safe = append(safe, e) // ignored later, without a problem
			continue
		}
		disp := s.display(path.Join(dir, name))
		switch first, clash := seen[strings.ToLower(name)]; {
		case hasControlName(name):
			ld.problem(disp, CodeControlName)
		case windowsReserved(name):
			ld.problem(disp, CodeWindowsName)
		case clash:
			ld.problem(disp, CodeCaseClash, first)
		default:
			seen[strings.ToLower(name)] = name
			safe = append(safe, e)
		}
	}
	return safe, err
}

// windowsReserved reports whether Windows cannot use name for a file or
// folder: a device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, CONIN$,
// CONOUT$, with or without an extension), a name with one of <>:"/\|?*
// (a colon names an alternate data stream), or a name ending in a dot or a
// space, which Windows drops.
func windowsReserved(name string) bool {
	if strings.ContainsAny(name, `<>:"/\|?*`) || strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
		return true
	}
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if rest, ok := strings.CutPrefix(stem, "COM"); ok && isDeviceNumber(rest) {
		return true
	}
	rest, ok := strings.CutPrefix(stem, "LPT")
	return ok && isDeviceNumber(rest)
}

// isDeviceNumber reports whether s numbers a COM or LPT device: one digit,
// or a superscript 1, 2 or 3.
func isDeviceNumber(s string) bool {
	return len(s) == 1 && s[0] >= '0' && s[0] <= '9' || s == "¹" || s == "²" || s == "³"
}
