package tui

import (
	"reflect"
	"testing"
)

// TestEveryTextIsSet catches a string added to texts but not given a value
// in one of the languages: the screen would show nothing there.
func TestEveryTextIsSet(t *testing.T) {
	for _, lang := range []Lang{Indonesian, English} {
		v := reflect.ValueOf(textsFor(lang))
		for i := range v.NumField() {
			f := v.Field(i)
			switch f.Kind() {
			case reflect.String:
				if f.String() == "" {
					t.Errorf("%s: text %s is empty", lang, v.Type().Field(i).Name)
				}
			case reflect.Array:
				for j := range f.Len() {
					if f.Index(j).String() == "" {
						t.Errorf("%s: text %s[%d] is empty", lang, v.Type().Field(i).Name, j)
					}
				}
			}
		}
	}
}
