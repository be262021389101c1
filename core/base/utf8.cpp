// [SECTION] index: decoding / word characters / folding / measuring
#include "core/base/utf8.h"

#include <utf8proc.h>

namespace hd {

// [SECTION] Decoding: utf8proc_iterate refuses overlong forms, surrogates and code points past U+10FFFF.
size_t DecodeAt(std::string_view s, size_t i, char32_t& cp) {
    utf8proc_int32_t v = 0;
    auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                static_cast<utf8proc_ssize_t>(s.size() - i), &v);
    if (len < 1) {
        cp = 0xFFFD;
        return 1;
    }
    cp = static_cast<char32_t>(v);
    return static_cast<size_t>(len);
}

size_t FindInvalidUtf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t v = 0;
        auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &v);
        if (len < 1) return i;
        i += static_cast<size_t>(len);
    }
    return std::string_view::npos;
}

std::u32string DecodeUtf8(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char32_t cp;
        i += DecodeAt(s, i, cp);
        out.push_back(cp);
    }
    return out;
}

void AppendUtf8(std::string& out, char32_t cp) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

std::string EncodeUtf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t cp : s) AppendUtf8(out, cp);
    return out;
}

// [SECTION] Word characters
bool IsWordChar(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

bool IsUpperCase(char32_t cp) {
    auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

// [SECTION] Folding
namespace {
// Latin letters that are not a base letter plus accent in Unicode, so stripping marks leaves them:
// folded as Dutch, French and German readers match them. Keys are already case-folded.
const char* ExtraLatinFold(utf8proc_int32_t cp) {
    switch (cp) {
    case 0xE6: return "ae";  // æ
    case 0xF0: return "d";   // ð
    case 0xF8: return "o";   // ø
    case 0xFE: return "th";  // þ
    case 0x111: return "d";  // đ
    case 0x127: return "h";  // ħ
    case 0x131: return "i";  // ı
    case 0x138: return "k";  // ĸ
    case 0x142: return "l";  // ł
    case 0x14B: return "n";  // ŋ
    case 0x153: return "oe"; // œ
    case 0x167: return "t";  // ŧ
    default: return nullptr;
    }
}

constexpr auto kFoldOptions =
    utf8proc_option_t(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE);

// Calls `emit` with each code point of cp's fold.
template <class Emit>
void FoldInto(char32_t cp, Emit&& emit) {
    if (cp < 0x80) {
        emit(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return;
    }
    utf8proc_int32_t buf[32];
    int boundclass = 0;
    auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 32, kFoldOptions, &boundclass);
    if (n < 0 || n > 32) { // not a character utf8proc knows how to fold (or an absurdly long one): keep it
        emit(cp);
        return;
    }
    for (utf8proc_ssize_t k = 0; k < n; ++k) {
        if (const char* extra = ExtraLatinFold(buf[k])) {
            for (const char* c = extra; *c; ++c) emit(static_cast<char32_t>(*c));
        } else {
            emit(static_cast<char32_t>(buf[k]));
        }
    }
}
} // namespace

void AppendFolded(std::string& out, char32_t cp) {
    FoldInto(cp, [&](char32_t f) { AppendUtf8(out, f); });
}

void AppendFolded(std::u32string& out, char32_t cp) {
    FoldInto(cp, [&](char32_t f) { out.push_back(f); });
}

std::string FoldForMatch(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { // ASCII fast path: folding is lowercasing
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
            continue;
        }
        char32_t cp;
        i += DecodeAt(s, i, cp);
        AppendFolded(out, cp);
    }
    return out;
}

// [SECTION] Measuring
size_t Utf8Length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

std::string_view Trim(std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
    return s.substr(b, e - b);
}

} // namespace hd
