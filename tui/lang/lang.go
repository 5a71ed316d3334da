// Package lang is the one way ajar speaks two languages: every text of the
// tutor, presenter mode, plain mode and the commands is a Text, a pair of
// Indonesian and English written side by side, and a screen's table of
// texts is a struct of pairs resolved once for the interface language.
// Writing both languages in one place keeps them from drifting apart, and
// TestTables (and each table's own test) fails on a side left empty.
//
// It uses the standard library only, so every package that shows words,
// plain mode included, can share it without pulling in a terminal library.
package lang

import (
	"reflect"
	"unsafe"
)

// Lang selects the interface language.
type Lang string

// The interface languages ajar speaks. Indonesian is the default.
const (
	Indonesian Lang = "id"
	English    Lang = "en"
)

// Text is one text in both languages, Indonesian first.
type Text struct {
	ID, EN string
}

// In returns the text in l: English for English, Indonesian otherwise.
func (t Text) In(l Lang) string {
	if l == English {
		return t.EN
	}
	return t.ID
}

// Say returns id or en for l: a Text written where it is used, for a
// message said once (a command's error, say).
func Say(l Lang, id, en string) string { return Text{ID: id, EN: en}.In(l) }

// Resolve returns the strings of a table for l. The table is a struct
// whose fields are Text or arrays of Text (months, weekdays); S is the
// same struct with string in their place, field for field, as a generic
// table type instantiated twice gives (see tui's textsOf). Fields may be
// unexported: tables are private to their package.
func Resolve[S any](table any, l Lang) S {
	var out S
	dst := reflect.ValueOf(&out).Elem()
	src := reflect.ValueOf(table)
	if src.Kind() != reflect.Struct || src.NumField() != dst.NumField() {
		panic("lang.Resolve: the table and its strings differ in shape")
	}
	// A copy of the table is addressable, so its unexported fields can be
	// read as well as out's written.
	srcCopy := reflect.New(src.Type()).Elem()
	srcCopy.Set(src)
	for i := range dst.NumField() {
		resolve(open(dst.Field(i)), open(srcCopy.Field(i)), l)
	}
	return out
}

// resolve writes pair (a Text or an array of them) into dst as strings.
func resolve(dst, pair reflect.Value, l Lang) {
	switch pair.Kind() {
	case reflect.Array:
		for i := range pair.Len() {
			resolve(dst.Index(i), pair.Index(i), l)
		}
	default:
		dst.SetString(pair.Interface().(Text).In(l))
	}
}

// open makes an addressable field settable and readable, exported or not.
func open(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// Gaps returns the names of the table's texts that lack a language, as
// "name (en)" or "name[3] (id)", for tests; a text may be empty in both
// languages only if it is in allowEmpty.
func Gaps(table any, allowEmpty ...string) []string {
	src := reflect.ValueOf(table)
	cp := reflect.New(src.Type()).Elem()
	cp.Set(src)
	allowed := map[string]bool{}
	for _, a := range allowEmpty {
		allowed[a] = true
	}
	var gaps []string
	var walk func(name string, v reflect.Value)
	walk = func(name string, v reflect.Value) {
		if v.Kind() == reflect.Array {
			for i := range v.Len() {
				walk(name+"["+itoa(i)+"]", v.Index(i))
			}
			return
		}
		t := v.Interface().(Text)
		if allowed[name] && t.ID == "" && t.EN == "" {
			return
		}
		if t.ID == "" {
			gaps = append(gaps, name+" (id)")
		}
		if t.EN == "" {
			gaps = append(gaps, name+" (en)")
		}
	}
	for i := range cp.NumField() {
		walk(cp.Type().Field(i).Name, open(cp.Field(i)))
	}
	return gaps
}

// Names returns the field names of a table, for tests that check every
// text is used.
func Names(table any) []string {
	t := reflect.TypeOf(table)
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	return names
}

// itoa writes a small index.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
