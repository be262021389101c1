// UTF-8 helpers. Stored text is kept byte-exact; these only validate, measure and fold for matching.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

// Byte offset of the first invalid UTF-8 sequence, or npos when the whole string is valid.
size_t FindInvalidUtf8(std::string_view s);
inline bool IsValidUtf8(std::string_view s) { return FindInvalidUtf8(s) == std::string_view::npos; }

// Decode into code points; invalid bytes become U+FFFD. `Encode` is the reverse.
std::u32string DecodeUtf8(std::string_view s);
std::string EncodeUtf8(std::u32string_view s);
void AppendUtf8(std::string& out, char32_t cp);

// Lowercase and strip diacritics (é->e, ë->e, ĳ->ij, ß->ss) for matching only; never for display.
std::string FoldForMatch(std::string_view s);
char32_t FoldCodePoint(char32_t cp, char32_t* second = nullptr);

// Number of code points.
size_t Utf8Length(std::string_view s);

// Truncate to at most max_bytes without cutting a code point in half.
std::string_view Utf8Prefix(std::string_view s, size_t max_bytes);

// Trim ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

} // namespace hd
