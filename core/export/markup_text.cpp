#include "core/export/markup_text.h"

#include "core/base/utf8.h"

namespace hd {

bool IsDroppedFromMarkup(char32_t cp) {
    if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
    if (cp >= 0x7F && cp <= 0x9F) return true;                  // DEL and C1 controls
    if (cp >= 0xD800 && cp <= 0xDFFF) return true;              // surrogates never stand alone
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return true;              // noncharacters
    if ((cp & 0xFFFE) == 0xFFFE) return true;                   // U+FFFE, U+FFFF and their plane twins
    if (cp >= 0x202A && cp <= 0x202E) return true;              // LRE RLE PDF LRO RLO
    if (cp >= 0x2066 && cp <= 0x2069) return true;              // LRI RLI FSI PDI
    return cp > 0x10FFFF;
}

std::string MarkupSafeText(std::string_view text) {
    std::u32string cps = DecodeUtf8(text); // invalid bytes decode to U+FFFD
    bool unchanged = IsValidUtf8(text);
    for (size_t i = 0; unchanged && i < cps.size(); ++i) unchanged = !IsDroppedFromMarkup(cps[i]);
    if (unchanged) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (char32_t cp : cps)
        if (!IsDroppedFromMarkup(cp)) AppendUtf8(out, cp);
    return out;
}

} // namespace hd
