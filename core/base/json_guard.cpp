#include "core/base/json_guard.h"

namespace hd {

namespace {
bool IsNumberChar(char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; }
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
            if (i - start > max_chars) return start;
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
