// The JSON shape `hearingctl cluster --format json` prints:
// {"clusters":[{"label":"...","members":["id",...]}]} on one line, no spaces.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace hd {

struct LabeledGroup {
    std::string label;
    std::vector<std::string> members; // ids as given in the input
};

// JSON string literal of UTF-8 text: quotes, backslashes and control characters escaped.
std::string JsonQuote(std::string_view text);
std::string ClustersToJson(const std::vector<LabeledGroup>& groups);

} // namespace hd
