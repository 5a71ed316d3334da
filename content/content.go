// Package content embeds the course that ships with ajar, "Menanamkan
// Digital Mindset ASN melalui Learning Organization": the course.yaml, the
// module folders with their module.yaml and the Markdown lessons under
// course/, written in content format v1.
//
// It also embeds the sample module that `ajar init` writes into a
// trainer's folder, and writes it (WriteSample), so the files and the care
// taken not to overwrite a trainer's work live together.
//
// README.md in this folder is the authoring guide for trainers. It lives
// outside course/ and is therefore not embedded.
//
// content imports the standard library only (.ci/imports): it is the
// course's files, not a reader of them, so loading and checking them is
// package lessons' and nothing here depends on the rest of ajar.
package content

import (
	"embed"
	"io/fs"
)

// CourseName is the display name of the embedded course folder. Loaders use
// it as the prefix of paths in problems and in Module.Source, for example
// "content/course/04-organisasi-pembelajar/01-apa-itu-organisasi-pembelajar.md".
const CourseName = "content/course"

// CourseID is the stable id of the embedded course, in the activity ids of
// xAPI reports. course.yaml has only a title, which may be reworded; the
// id must not.
const CourseID = "digital-mindset-asn"

// files is the embedded lesson tree, rooted at "course". go:embed needs a
// package-level variable; it is read-only and never reassigned.
//
//go:embed course
var files embed.FS

// cache is the course already loaded (see lessons.EncodeCatalog), made by
// go generate; like files, it is read-only.
//
//go:generate go run ajar/scripts/gencoursecache course.cache
//go:embed course.cache
var cache []byte

// CourseCache returns the cache of the loaded course, for
// lessons.DecodeCatalog; ajar parses Course itself when the cache does not
// match it.
func CourseCache() []byte { return cache }

// Course returns the embedded course folder as a read-only file system whose
// root holds course.yaml and the module folders, ready for lessons.Load.
//
// fs.Sub fails only for an invalid directory name, and "course" is a fixed,
// valid name, so the error branch cannot happen. Course still handles it
// without panicking: it then returns the whole embedded tree, in which the
// course sits under "course/".
func Course() fs.FS {
	sub, err := fs.Sub(files, "course")
	if err != nil {
		return files
	}
	return sub
}
