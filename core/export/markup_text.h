// Text bound for HTML and DOCX (XML) output, made safe before it is escaped (issue 16):
// - code points XML 1.0 forbids are dropped (C0 controls except tab/LF/CR, U+FFFE/U+FFFF and the
//   other noncharacters, lone surrogates); one U+FFFF in a note made document.xml not well-formed;
//   C1 controls go too (HTML forbids them, they show nothing useful);
// - bytes that are not UTF-8 become U+FFFD;
// - explicit bidi embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) are dropped,
//   so a note cannot reorder what is shown after it ("Trojan Source"). Right-to-left scripts still
//   show correctly: the Unicode bidi algorithm needs no override characters for them.
#pragma once
#include <string>
#include <string_view>

namespace hd {

// True for a code point that never reaches HTML or DOCX output.
bool IsDroppedFromMarkup(char32_t cp);
// `text` as valid UTF-8 without any code point IsDroppedFromMarkup; unchanged when nothing is dropped.
std::string MarkupSafeText(std::string_view text);

} // namespace hd
