#include "core/lifecycle/lifecycle_checks.h"

#include <cctype>
#include <ctime>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"

namespace hd {

bool IsIsoDate(const std::string& value) {
    if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    int month = std::stoi(value.substr(5, 2)), day = std::stoi(value.substr(8, 2));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void RequireIsoDate(const std::string& value, const char* field_key) {
    if (value.empty() || IsIsoDate(value)) return;
    throw InputError("lifecycle.err_date", "The date '" + value + "' in " + Tr(field_key) + " is not of the form yyyy-mm-dd.",
                     {value, Tr(field_key)});
}

void RequireShortText(const std::string& value, const char* field_key, size_t max_bytes) {
    if (!IsValidUtf8(value))
        throw InputError("lifecycle.err_utf8", "The field '" + Tr(field_key) + "' is not valid UTF-8.", {Tr(field_key)});
    if (value.size() > max_bytes)
        throw InputError("lifecycle.err_too_long", "The field '" + Tr(field_key) + "' is too long.", {Tr(field_key)});
}

void RequireText(const std::string& value, const char* field_key, size_t max_bytes) {
    if (value.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError("lifecycle.err_empty", "The field '" + Tr(field_key) + "' may not be empty.", {Tr(field_key)});
    RequireShortText(value, field_key, max_bytes);
}

} // namespace hd

namespace hd {
std::string FormatWallTime(int64_t ms) {
    if (ms <= 0) return {};
    std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}
} // namespace hd
