// UTF-8 helpers on top of utf8proc (Debian's libutf8proc): the one decoder, the one notion of a word
// character and the one fold. Stored text is kept byte-exact; these only validate, measure and fold
// for matching.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

// The code point starting at s[i] and its length in bytes; an invalid or truncated sequence gives
// U+FFFD and length 1, so a scan always moves on. i < s.size().
size_t DecodeAt(std::string_view s, size_t i, char32_t& cp);

// Byte offset of the first invalid UTF-8 sequence, or npos when the whole string is valid.
size_t FindInvalidUtf8(std::string_view s);
inline bool IsValidUtf8(std::string_view s) { return FindInvalidUtf8(s) == std::string_view::npos; }

// Decode into code points; invalid bytes become U+FFFD. `Encode` is the reverse.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
void AppendUtf8(std::string& out, char32_t cp);

// Letters, combining marks and digits of any script (Unicode categories L*, M*, N*): what words are
// made of for tokenising, word diffs and finding names. Punctuation, symbols and spaces are not.
bool IsWordChar(char32_t cp);
// An uppercase or titlecase letter ("É", "Ĳ").
bool IsUpperCase(char32_t cp);

// The fold for matching, never for display: compatibility normalisation, case folding and accent
// stripping in one (é->e, ë->e, Ĳ->ij, ß->ss, ﬁ->fi), plus the Latin letters Unicode does not
// decompose (æ->ae, ø->o, ł->l, þ->th). A decomposed "é" (e + U+0301) folds like the composed one.
std::string FoldForMatch(std::string_view s);
// The fold of one code point, appended (a combining mark appends nothing; "ß" appends "ss").
void AppendFolded(std::string& out, char32_t cp);
void AppendFolded(std::u32string& out, char32_t cp);

// Number of code points.
size_t Utf8Length(std::string_view s);

// Truncate to at most max_bytes without cutting a code point in half.
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);

// Trim ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

} // namespace hd
