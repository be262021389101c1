#include "core/plan/action_audit.h"

#include <algorithm>

namespace hd {
namespace {

const char* const kFields[] = {"description", "owner", "partners", "years", "budget",
                               "indicator",   "target", "status",  "quick_win"};
constexpr size_t kFieldCount = sizeof(kFields) / sizeof(kFields[0]);

std::vector<std::string> Lines(const std::string& record) {
    std::vector<std::string> out;
    if (record.empty()) return out;
    size_t start = 0;
    for (;;) {
        size_t nl = record.find('\n', start);
        out.push_back(record.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    return out;
}

// What a field looks like when the action has none: "0-0" years, " " budget, "0" quick win.
std::string Normalised(const std::string& key, std::string value) {
    if (key == "years" && (value == "0-0" || value.empty())) return {};
    if (key == "years" && value.size() > 2 && value.compare(value.size() - 2, 2, "-0") == 0) value.resize(value.size() - 2);
    if (key == "budget") {
        while (!value.empty() && value.front() == ' ') value.erase(value.begin());
        while (!value.empty() && value.back() == ' ') value.pop_back();
    }
    if (key == "quick_win" && value == "0") return {};
    return value;
}

} // namespace

std::string ActionAuditDescription(const std::string& record) {
    std::vector<std::string> lines = Lines(record);
    return lines.empty() ? std::string() : lines.front();
}

std::vector<ActionAuditField> DiffActionAudit(const std::string& before, const std::string& after) {
    std::vector<std::string> a = Lines(before), b = Lines(after);
    bool known = (a.empty() || a.size() == kFieldCount) && (b.empty() || b.size() == kFieldCount);
    size_t n = std::max(a.size(), b.size());
    std::vector<ActionAuditField> out;
    for (size_t i = 0; i < n; ++i) {
        std::string key = known ? kFields[i] : "line " + std::to_string(i + 1);
        std::string x = i < a.size() ? a[i] : std::string(), y = i < b.size() ? b[i] : std::string();
        if (known) {
            x = Normalised(key, x);
            y = Normalised(key, y);
        }
        if (x != y) out.push_back({key, x, y});
    }
    return out;
}

} // namespace hd
