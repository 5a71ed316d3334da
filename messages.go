package main

import (
	"errors"
	"fmt"

	"ajar/progress"
	"ajar/tui"
)

// storeMessage explains a failure to open the progress file in the user's
// language, saying what happened, to which file, and what to do next.
func storeMessage(err error, path string, lang tui.Lang) string {
	en := lang == tui.English
	switch {
	case errors.Is(err, progress.ErrLocked):
		if en {
			return fmt.Sprintf("ajar is already open in another window (progress file %s is in use).\nClose that window first, then try again.", path)
		}
		return fmt.Sprintf("ajar sudah terbuka di jendela lain (berkas kemajuan %s sedang dipakai).\nTutup jendela itu dulu, lalu coba lagi.", path)
	case errors.Is(err, progress.ErrCorrupt):
		if en {
			return fmt.Sprintf("The progress file %s is damaged, so ajar will not touch it.\nRestore it from a backup, or rename it to start over with empty progress.\nDetail: %v", path, err)
		}
		return fmt.Sprintf("Berkas kemajuan %s rusak, jadi ajar tidak akan mengubahnya.\nPulihkan dari cadangan, atau ganti nama berkas itu untuk mulai dari awal.\nRincian: %v", path, err)
	case errors.Is(err, progress.ErrNewerSchema):
		if en {
			return fmt.Sprintf("The progress file %s was written by a newer ajar. Please use that version (or newer).", path)
		}
		return fmt.Sprintf("Berkas kemajuan %s ditulis oleh ajar versi yang lebih baru. Pakai versi itu (atau yang lebih baru).", path)
	}
	if en {
		return fmt.Sprintf("Cannot open the progress file %s: %v", path, err)
	}
	return fmt.Sprintf("Berkas kemajuan %s tidak dapat dibuka: %v", path, err)
}
