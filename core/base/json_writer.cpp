#include "core/base/json_writer.h"

#include <cstdio>

namespace hd {

std::string JsonQuote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(ch); // UTF-8 passes through unchanged
            }
        }
    }
    out.push_back('"');
    return out;
}

std::string ClustersToJson(const std::vector<LabeledGroup>& groups) {
    std::string out = "{\"clusters\":[";
    for (size_t g = 0; g < groups.size(); ++g) {
        if (g) out.push_back(',');
        out += "{\"label\":" + JsonQuote(groups[g].label) + ",\"members\":[";
        for (size_t m = 0; m < groups[g].members.size(); ++m) {
            if (m) out.push_back(',');
            out += JsonQuote(groups[g].members[m]);
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

} // namespace hd
