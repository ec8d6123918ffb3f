package phidiscover

// Bilingual services keep a person's data twice, once per language or
// script, and name the second copy with a trailing language tag
// (LastNameVi, AddressEn, FullNameKana). The tag says which copy, not
// what the data is, so a person pattern matches the name without it, as
// it does without trailing digits (Address2).
//
// Two-letter language codes that are also English words or common
// abbreviations of identifiers are left out: id (the key, not
// Indonesian), no and num (a number), it, is, to, be, on, at, or, as,
// so, my, me, an, am, ms (milliseconds), pt (a patient).
var localeTags = []string{
	"en", "vi", "vn", "fr", "de", "es", "br", "ru", "zh", "cn", "tw", "ja", "jp", "ko", "kr",
	"th", "ar", "hi", "nl", "pl", "tr", "sv", "fi", "el", "cs", "hu", "ro", "he", "fa", "ur", "bn",
	"ta", "sw", "uk", "ua",
	"kana", "kanji", "romaji", "furigana", "latin", "native", "local", "romanized", "romanised",
	"transliterated", "translit",
}

// trimLocale drops a trailing language tag after other words.
func trimLocale(words []string) []string {
	if len(words) > 1 && contains(localeTags, words[len(words)-1]) {
		return words[:len(words)-1]
	}
	return words
}
