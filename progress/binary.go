package progress

import (
	"encoding/binary"
	"errors"
	"math"
	"time"
)

// The compact encoding of schema 2 for the records that grow with use: the
// review log, the answer log, last answers and cards. A review in JSON took
// about 770 bytes; here it takes about 110, and decoding needs no
// reflection, so opening a file with 20,000 cards stays fast.
//
// Every value starts with a version byte, so the encoding of one record
// kind can change later without a schema bump for the whole file. After it
// come the fields in a fixed order: strings as uvarint length and bytes,
// counts as uvarints, floats as 8 IEEE-754 bytes, times as described at
// putTime. Readers refuse trailing bytes and unknown versions: a value that
// does not decode exactly is damage.

// encodingV1 is the version byte of every compact record written today
// but a live answer's (binarylive.go).
const encodingV1 byte = 1

// errShort is a value that ends before its last field.
var errShort = errors.New("value ends too early")

// Zone codes of an encoded time.
const (
	zoneUTC   byte = 0 // time.UTC
	zoneLocal byte = 1 // time.Local, as a time from the clock has
	zoneFixed byte = 2 // a fixed offset in seconds follows
)

// enc appends fields to a buffer.
type enc struct{ b []byte }

func (e *enc) byte(x byte)     { e.b = append(e.b, x) }
func (e *enc) uint(x uint64)   { e.b = binary.AppendUvarint(e.b, x) }
func (e *enc) int(x int64)     { e.b = binary.AppendVarint(e.b, x) }
func (e *enc) float(x float64) { e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(x)) }
func (e *enc) bool(x bool) {
	if x {
		e.byte(1)
	} else {
		e.byte(0)
	}
}

func (e *enc) string(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// time stores the instant as Unix seconds and nanoseconds, and its zone as
// UTC, Local or a fixed offset, so a decoded time equals the stored one the
// way a JSON round trip did (which also gave back Local for an offset of
// the local zone).
func (e *enc) time(t time.Time) {
	e.int(t.Unix())
	e.uint(uint64(t.Nanosecond()))
	switch loc := t.Location(); {
	case loc == time.UTC:
		e.byte(zoneUTC)
	case loc == time.Local:
		e.byte(zoneLocal)
	default:
		_, off := t.Zone()
		e.byte(zoneFixed)
		e.int(int64(off))
	}
}

// dec reads fields from a value; the first error sticks and later reads
// return zero values, so decoders check once at the end.
type dec struct {
	b   []byte
	err error
	// names, when set, interns the strings read with name(): lesson ids
	// repeat across thousands of records, and one string each keeps
	// loading a large file from allocating them thousands of times.
	names map[string]string
}

func (d *dec) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.b = nil
}

func (d *dec) byte() byte {
	if len(d.b) < 1 {
		d.fail(errShort)
		return 0
	}
	x := d.b[0]
	d.b = d.b[1:]
	return x
}

func (d *dec) uint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *dec) int() int64 {
	x, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.b = d.b[n:]
	return x
}

// count reads a uvarint that must fit an int.
func (d *dec) count() int {
	x := d.uint()
	if x > math.MaxInt32 {
		d.fail(errors.New("count out of range"))
		return 0
	}
	return int(x)
}

func (d *dec) float() float64 {
	if len(d.b) < 8 {
		d.fail(errShort)
		return 0
	}
	x := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return x
}

func (d *dec) bool() bool {
	switch d.byte() {
	case 0:
		return false
	case 1:
		return true
	}
	d.fail(errors.New("bad boolean"))
	return false
}

// raw reads a length-prefixed field, still in the value's bytes.
func (d *dec) raw() []byte {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail(errShort)
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

// string copies the bytes: values are only valid inside the transaction.
func (d *dec) string() string { return string(d.raw()) }

// stringAs reads a string that is most likely known already (a question
// id that is also the record's key) and returns known when it is, so no
// second copy is made.
func (d *dec) stringAs(known string) string {
	raw := d.raw()
	if string(raw) == known { // compared without allocating
		return known
	}
	return string(raw)
}

// name reads a string that repeats across records (a lesson id).
func (d *dec) name() string {
	raw := d.raw()
	if d.names == nil {
		return string(raw)
	}
	if s, ok := d.names[string(raw)]; ok { // no allocation for the lookup
		return s
	}
	s := string(raw)
	d.names[s] = s
	return s
}

func (d *dec) time() time.Time {
	sec := d.int()
	nsec := d.uint()
	if nsec >= 1e9 {
		d.fail(errors.New("bad nanoseconds"))
		return time.Time{}
	}
	t := time.Unix(sec, int64(nsec))
	switch d.byte() {
	case zoneUTC:
		return t.UTC()
	case zoneLocal:
		return t
	case zoneFixed:
		off := d.int()
		if off < -18*3600 || off > 18*3600 {
			d.fail(errors.New("bad zone offset"))
			return time.Time{}
		}
		// A JSON round trip gave back Local for an offset the local zone
		// has at that instant; do the same, so migrated values compare
		// equal to what the old encoding returned.
		if _, local := t.Zone(); int64(local) == off {
			return t
		}
		return t.In(time.FixedZone("", int(off)))
	}
	d.fail(errors.New("bad zone"))
	return time.Time{}
}

// version reads and checks the version byte.
func (d *dec) version() {
	if v := d.byte(); d.err == nil && v != encodingV1 {
		d.fail(errors.New("unknown encoding version"))
	}
}

// end reports the first error, or trailing bytes.
func (d *dec) end() error {
	if d.err == nil && len(d.b) > 0 {
		d.err = errors.New("trailing bytes")
	}
	return d.err
}

// Kinds and phases are stored as small numbers.
func kindCode(k CardKind) byte {
	if k == KindFlashcard {
		return 2
	}
	return 1
}

func (d *dec) kind() CardKind {
	switch d.byte() {
	case 1:
		return KindQuestion
	case 2:
		return KindFlashcard
	}
	d.fail(errors.New("bad card kind"))
	return ""
}

func (e *enc) card(c Card) {
	e.float(c.Stability)
	e.float(c.Difficulty)
	e.byte(byte(c.Phase))
	e.uint(uint64(c.Step))
	e.time(c.Due)
	e.time(c.LastReview)
	e.uint(uint64(c.Reps))
	e.uint(uint64(c.Lapses))
}

func (d *dec) card() Card {
	var c Card
	c.Stability = d.float()
	c.Difficulty = d.float()
	if c.Phase = Phase(d.byte()); c.Phase > PhaseRelearning {
		d.fail(errors.New("bad card phase"))
	}
	c.Step = d.count()
	c.Due = d.time()
	c.LastReview = d.time()
	c.Reps = d.count()
	c.Lapses = d.count()
	return c
}

func (e *enc) answer(a Answer) {
	e.uint(a.Seq)
	e.string(a.LessonID)
	e.string(a.QuestionID)
	e.string(a.Given)
	e.bool(a.Correct)
	e.time(a.At)
}

func (d *dec) answer() Answer { return d.answerOf("") }

// answerOf reads an answer whose question id is most likely known.
func (d *dec) answerOf(question string) Answer {
	var a Answer
	a.Seq = d.uint()
	a.LessonID = d.name()
	a.QuestionID = d.stringAs(question)
	a.Given = d.string()
	a.Correct = d.bool()
	a.At = d.time()
	return a
}

// encodeAnswer encodes an answer of the log or of last answers.
func encodeAnswer(a Answer) []byte {
	e := enc{b: make([]byte, 0, 64+len(a.LessonID)+len(a.QuestionID)+len(a.Given))}
	e.byte(answerVersion(a))
	e.answer(a)
	e.live(a.Live)
	return e.b
}

func decodeAnswer(v []byte) (Answer, error) {
	return decodeAnswerNames(v, "", nil)
}

// decodeAnswerNames decodes an answer, interning its lesson id in names;
// question is the id it most likely answers ("" if unknown).
func decodeAnswerNames(v []byte, question string, names map[string]string) (Answer, error) {
	d := dec{b: v, names: names}
	live := d.answerVersion()
	a := d.answerOf(question)
	a.Live = d.live(live)
	return a, d.end()
}

// encodeCardRecord encodes a card; its ID is the key and is not repeated.
func encodeCardRecord(c CardRecord) []byte {
	e := enc{b: make([]byte, 0, 80+len(c.LessonID))}
	e.byte(encodingV1)
	e.byte(kindCode(c.Kind))
	e.string(c.LessonID)
	e.card(c.Card)
	e.time(c.Created)
	return e.b
}

func decodeCardRecord(id string, v []byte) (CardRecord, error) {
	return decodeCardNames(id, v, nil)
}

// decodeCardNames decodes a card, interning its lesson id in names.
func decodeCardNames(id string, v []byte, names map[string]string) (CardRecord, error) {
	d := dec{b: v, names: names}
	d.version()
	c := CardRecord{ID: id}
	c.Kind = d.kind()
	c.LessonID = d.name()
	c.Card = d.card()
	c.Created = d.time()
	return c, d.end()
}

// Flags of an encoded review.
const (
	reviewDue byte = 1 << iota
	reviewHasBefore
	reviewHasAnswer
	reviewHasPrevLast
)

// encodeReview encodes a logged review with the local day it counts on
// (see StudyDay); its Seq is the key.
func encodeReview(r Review, day int64) []byte {
	e := enc{b: make([]byte, 0, 128+len(r.CardID)+len(r.LessonID))}
	e.byte(encodingV1)
	e.string(r.CardID)
	e.byte(kindCode(r.Kind))
	e.string(r.LessonID)
	e.byte(byte(r.Rating))
	e.time(r.At)
	e.int(day)
	var flags byte
	if r.Due {
		flags |= reviewDue
	}
	if r.Before != nil {
		flags |= reviewHasBefore
	}
	if r.Answer != nil {
		flags |= reviewHasAnswer
	}
	if r.PrevLast != nil {
		flags |= reviewHasPrevLast
	}
	e.byte(flags | liveFlags(r))
	if r.Before != nil {
		e.card(*r.Before)
	}
	e.card(r.After)
	if r.Answer != nil {
		e.answer(*r.Answer)
	}
	if r.PrevLast != nil {
		e.answer(*r.PrevLast)
	}
	e.reviewLives(r)
	return e.b
}

// decodeReview decodes a logged review and the day it counted on.
func decodeReview(seq uint64, v []byte) (Review, int64, error) {
	d := dec{b: v}
	d.version()
	r := Review{Seq: seq}
	r.CardID = d.string()
	r.Kind = d.kind()
	r.LessonID = d.string()
	if r.Rating = Rating(d.byte()); d.err == nil && !r.Rating.Valid() {
		d.fail(errors.New("bad rating"))
	}
	r.At = d.time()
	day := d.int()
	flags := d.byte()
	if flags&^(reviewDue|reviewHasBefore|reviewHasAnswer|reviewHasPrevLast|reviewLiveAnswer|reviewLivePrevLast) != 0 {
		d.fail(errors.New("bad review flags"))
	}
	r.Due = flags&reviewDue != 0
	if flags&reviewHasBefore != 0 {
		c := d.card()
		r.Before = &c
	}
	r.After = d.card()
	if flags&reviewHasAnswer != 0 {
		a := d.answer()
		r.Answer = &a
	}
	if flags&reviewHasPrevLast != 0 {
		a := d.answer()
		r.PrevLast = &a
	}
	d.reviewLives(flags, &r)
	return r, day, d.end()
}

// encodeDay encodes one day's review counts.
func encodeDay(c DayCount) []byte {
	e := enc{b: make([]byte, 0, 12)}
	e.byte(encodingV1)
	e.uint(uint64(c.New))
	e.uint(uint64(c.Old))
	e.uint(uint64(c.Due))
	e.uint(uint64(c.DuePassed))
	return e.b
}

func decodeDay(v []byte) (DayCount, error) {
	d := dec{b: v}
	d.version()
	c := DayCount{New: d.count(), Old: d.count(), Due: d.count(), DuePassed: d.count()}
	if c.DuePassed > c.Due || c.Due > c.New+c.Old {
		d.fail(errors.New("inconsistent day counts"))
	}
	return c, d.end()
}

// dayKey encodes a day number as a sortable key: big-endian with the sign
// bit flipped, so days before 1970 sort first too.
func dayKey(day int64) []byte {
	return binary.BigEndian.AppendUint64(nil, uint64(day)^(1<<63))
}

// keyDay decodes dayKey.
func keyDay(k []byte) (int64, bool) {
	if len(k) != 8 {
		return 0, false
	}
	return int64(binary.BigEndian.Uint64(k) ^ (1 << 63)), true
}
