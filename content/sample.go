package content

import (
	"embed"
	"io/fs"
)

// SampleName is the display name of the embedded sample module.
const SampleName = "content/sample"

// sampleFiles is the sample module that `ajar init` writes, rooted at
// "sample". go:embed needs a package-level variable; it is read-only and
// never reassigned.
//
//go:embed sample
var sampleFiles embed.FS

// Sample returns the sample module as a read-only file system whose root
// holds module.yaml and two lessons. Together they show every question
// type and a flashcards block, with YAML comments explaining each key in
// Indonesian. `ajar init DIR` copies it into DIR for trainers to edit.
func Sample() fs.FS {
	sub, err := fs.Sub(sampleFiles, "sample")
	if err != nil {
		// fs.Sub fails only for an invalid name and "sample" is valid.
		return sampleFiles
	}
	return sub
}
