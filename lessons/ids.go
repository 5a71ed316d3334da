package lessons

// ValidID reports whether id may name a module, lesson, question or
// flashcard: lower-case letters and digits, then also ".", "_" or "-".
// Converters (GIFT import) use it to keep an id as written or make one.
func ValidID(id string) bool { return validID(id) }
