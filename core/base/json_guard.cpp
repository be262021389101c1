#include "core/base/json_guard.h"

#include <algorithm>

namespace hd {

namespace {
bool IsNumberChar(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }

// rapidjson's full-precision strtod (which cereal asks for) reads outside its table of cached powers
// for a number such as 99.003784197337e-337 (found by fuzz_settings). No real plan file or setting
// holds a number near the edge of double's range, so a number whose exponent, together with its
// digits, reaches beyond 300 is refused before parsing like an overlong one.
bool ExponentOutOfRange(std::string_view number) {
    size_t e = number.find_first_of("eE");
    if (e == std::string_view::npos) return false;
    size_t digits = 0;
    for (size_t k = 0; k < e; ++k) digits += number[k] >= '0' && number[k] <= '9';
    size_t exponent = 0;
    for (size_t k = e + 1; k < number.size(); ++k)
        if (number[k] >= '0' && number[k] <= '9') exponent = std::min<size_t>(exponent * 10 + static_cast<size_t>(number[k] - '0'), 100000);
    return exponent + digits > 300;
}
} // namespace

size_t FindOverlongJsonNumber(std::string_view json, size_t max_chars) {
    bool in_string = false;
    size_t i = 0;
    while (i < json.size()) {
        char c = json[i];
        if (in_string) {
            if (c == '\\') i += 2; // skip the escaped character, whatever it is
            else {
                if (c == '"') in_string = false;
                ++i;
            }
            continue;
        }
        if (c == '"') {
            in_string = true;
            ++i;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            size_t start = i;
            while (i < json.size() && IsNumberChar(json[i])) ++i;
            if (i - start > max_chars || ExponentOutOfRange(json.substr(start, i - start))) return start;
            continue;
        }
        ++i;
    }
    return std::string_view::npos;
}

size_t FindExcessiveJsonNesting(std::string_view json, size_t max_depth) {
    bool in_string = false;
    size_t depth = 0;
    for (size_t i = 0; i < json.size(); ++i) {
        char c = json[i];
        if (in_string) {
            if (c == '\\') ++i; // skip the escaped character, whatever it is
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth; // unbalanced closers are the parser's to report
        }
    }
    return std::string_view::npos;
}

} // namespace hd
