#include "core/base/terminal_text.h"

#include <cstdio>

#include "core/base/utf8.h"

namespace hd {

namespace {
bool ShownEscaped(char32_t cp, const TerminalTextOptions& options) {
    if (cp == '\t' || (cp == '\n' && options.keep_newlines)) return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void AppendEscape(std::string& out, const char* format, unsigned value) {
    char buf[12];
    std::snprintf(buf, sizeof buf, format, value);
    out += buf;
}
} // namespace

std::string TerminalSafe(std::string_view text, const TerminalTextOptions& options) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        size_t n = DecodeAt(text, i, cp);
        if (n == 1 && cp == 0xFFFD) { // not UTF-8: the byte itself could be an 8-bit control (0x9B is CSI)
            AppendEscape(out, "\\x%02x", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        if (!ShownEscaped(cp, options)) out.append(text.substr(i, n));
        else if (cp < 0x80) AppendEscape(out, "\\x%02x", static_cast<unsigned>(cp));
        else AppendEscape(out, "\\u%04x", static_cast<unsigned>(cp));
        i += n;
    }
    return out;
}

} // namespace hd
