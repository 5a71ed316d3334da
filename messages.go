package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

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
	case errors.Is(err, progress.ErrEmpty):
		if en {
			return fmt.Sprintf("The progress file %s is empty (what a crash or a full disk leaves while it is created); ajar has not touched it.\nStart ajar in a terminal to restore a backup or start afresh, or: ajar restore --list", path)
		}
		return fmt.Sprintf("Berkas kemajuan %s kosong (sisa komputer mati mendadak atau disk penuh saat berkas dibuat); ajar tidak mengubahnya.\nJalankan ajar di terminal untuk memulihkan cadangan atau mulai dari awal, atau: ajar restore --list", path)
	case errors.Is(err, progress.ErrNotAFile):
		example := filepath.Join(path, "ajar.db")
		if en {
			return fmt.Sprintf("%s is a folder (or a device), not a progress file; ajar has not touched it.\nGive --db a file name, e.g. --db %s", path, example)
		}
		return fmt.Sprintf("%s adalah folder (atau perangkat), bukan berkas kemajuan; ajar tidak mengubahnya.\nBeri --db nama berkas, mis. --db %s", path, example)
	case errors.Is(err, progress.ErrCorrupt):
		if en {
			return fmt.Sprintf("The progress file %s is damaged, so ajar will not touch it.\nSee the backups with: ajar restore --list   and restore the newest good one with: ajar restore\nDetail: %v", path, detail(err))
		}
		return fmt.Sprintf("Berkas kemajuan %s rusak, jadi ajar tidak akan mengubahnya.\nLihat cadangannya dengan: ajar restore --list   dan pulihkan yang terbaru dengan: ajar restore\nRincian: %v", path, detail(err))
	case errors.Is(err, fs.ErrPermission):
		if en {
			return fmt.Sprintf("ajar may not read or write %s: %v\nCheck the folder's permissions, an antivirus that blocks it (Controlled Folder Access), or choose another file with --db.", path, detail(err))
		}
		return fmt.Sprintf("ajar tidak diizinkan membaca atau menulis %s: %v\nPeriksa hak akses foldernya, antivirus yang memblokirnya (Controlled Folder Access), atau pilih berkas lain dengan --db.", path, detail(err))
	case errors.Is(err, progress.ErrOlderSchema):
		// Reports only read; ajar backup opens the file to write, which
		// upgrades it after keeping a copy of the old one.
		if en {
			return fmt.Sprintf("The progress file %s was written by an older ajar and must be upgraded once before it can be reported on (a report only reads).\nUpgrade it, keeping a copy of the old file in its backups folder, with: ajar backup --db %s", path, path)
		}
		return fmt.Sprintf("Berkas kemajuan %s ditulis oleh ajar versi lama dan perlu diperbarui sekali sebelum dilaporkan (laporan hanya membaca).\nPerbarui berkas itu, dengan salinan berkas lama di folder cadangannya, dengan: ajar backup --db %s", path, path)
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

// detail is the cause of an error without the chain of operations and the
// path before it, which the message already names.
func detail(err error) string {
	msg := err.Error()
	for _, marker := range []string{progress.ErrCorrupt.Error() + ": ", progress.ErrEmpty.Error()} {
		if i := strings.Index(msg, marker); i >= 0 {
			return msg[i:]
		}
	}
	return msg
}
