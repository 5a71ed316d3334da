package progress

import (
	"fmt"
	"os"
)

// FileInfo tells one progress file from every other. Reports carry it, so
// a trainer sees which file each learner's progress came from, whichever
// computer the report was made on (a file travels on a USB stick; a
// trainer may report on files collected from many PCs on one laptop).
type FileInfo struct {
	// ID is random (a UUID, like a learner's id), written once when the
	// file is created, or upgraded from before file ids, and never
	// changed. A copy of the file (a backup, a file carried to another
	// PC) keeps it: it is the same learners' progress.
	ID string `json:"id"`
	// Host is the name of the computer the file was created on, or, when
	// Upgraded, the one that upgraded it. "" when the computer's name
	// could not be read.
	Host string `json:"host"`
	// Upgraded is set when the file is older than file ids: it got its id
	// when this ajar first opened it, and where it was created is unknown.
	Upgraded bool `json:"upgraded,omitempty"`
}

// checkFileInfo refuses a stored FileInfo whose id is not a unique id.
func checkFileInfo(f FileInfo) error {
	if !IsUniqueID(f.ID) {
		return corruptf("meta/file: the file id %q is not a unique id", f.ID)
	}
	return nil
}

// newFileInfo makes the FileInfo of a file being created (or upgraded) on
// host; an empty host is this computer's name.
func newFileInfo(ids func() (string, error), host string, upgraded bool) (FileInfo, error) {
	id, err := ids()
	if err != nil {
		return FileInfo{}, err
	}
	if host == "" {
		if h, err := os.Hostname(); err == nil {
			host = h
		}
	}
	if len(host) > maxHostLen {
		return FileInfo{}, fmt.Errorf("%w: host name is longer than %d bytes", ErrInvalid, maxHostLen)
	}
	return FileInfo{ID: id, Host: host, Upgraded: upgraded}, nil
}

// maxHostLen bounds a computer's name (DNS allows 253 bytes).
const maxHostLen = 255
