package progress

import "errors"

// Live answers (given in a class's live session, see Answer.Live) carry
// the session's name in the compact encoding too. Only they do: an answer
// of self-study is written exactly as before, so a file in which no class
// was ever held stays byte for byte what older versions of ajar wrote and
// read. An answer record with a session is version 2 (the version 1 fields,
// then the session); a review whose answers have one says so with a flag
// per answer and puts the sessions after the answers.

// encodingLiveAnswer is the version byte of an answer record that names
// its live session.
const encodingLiveAnswer byte = 2

// Flags of an encoded review whose answer, or previous last answer, was
// given in a live session; the sessions follow the answers, in that order.
const (
	reviewLiveAnswer   byte = 1 << 4
	reviewLivePrevLast byte = 1 << 5
)

// answerVersion is the version byte an answer record is written with.
func answerVersion(a Answer) byte {
	if a.Live != "" {
		return encodingLiveAnswer
	}
	return encodingV1
}

// live writes a live session's name; nothing for self-study.
func (e *enc) live(session string) {
	if session != "" {
		e.string(session)
	}
}

// answerVersion reads an answer record's version byte and reports whether
// the record names a live session.
func (d *dec) answerVersion() bool {
	switch v := d.byte(); {
	case d.err != nil:
		return false
	case v == encodingLiveAnswer:
		return true
	case v != encodingV1:
		d.fail(errors.New("unknown encoding version"))
	}
	return false
}

// live reads a live session's name when the record has one. An empty name
// is refused: it is written only when there is one.
func (d *dec) live(has bool) string {
	if !has {
		return ""
	}
	s := d.string()
	if s == "" && d.err == nil {
		d.fail(errors.New("empty live session"))
	}
	return s
}

// liveFlags are the flags of r's answers given in a live session.
func liveFlags(r Review) byte {
	var flags byte
	if r.Answer != nil && r.Answer.Live != "" {
		flags |= reviewLiveAnswer
	}
	if r.PrevLast != nil && r.PrevLast.Live != "" {
		flags |= reviewLivePrevLast
	}
	return flags
}

// reviewLives writes the live sessions of r's answers, as liveFlags says.
func (e *enc) reviewLives(r Review) {
	if r.Answer != nil {
		e.live(r.Answer.Live)
	}
	if r.PrevLast != nil {
		e.live(r.PrevLast.Live)
	}
}

// reviewLives reads the live sessions of r's answers that flags announce;
// a flag without its answer is damage.
func (d *dec) reviewLives(flags byte, r *Review) {
	if flags&reviewLiveAnswer != 0 {
		if r.Answer == nil {
			d.fail(errors.New("live session without an answer"))
			return
		}
		r.Answer.Live = d.live(true)
	}
	if flags&reviewLivePrevLast != 0 {
		if r.PrevLast == nil {
			d.fail(errors.New("live session without a previous answer"))
			return
		}
		r.PrevLast.Live = d.live(true)
	}
}
