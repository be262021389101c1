// [SECTION] index: reading a year / reading a number / storing
#include "core/lifecycle/indicator_edit.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/lifecycle/monitoring.h"
#include "core/store/indicator_store.h"
#include "core/store/store.h"

namespace hd {
namespace {
constexpr size_t kMaxName = 200; // an indicator's name is a label, not a paragraph
constexpr size_t kMaxValueText = 40;

[[noreturn]] void BadValue(const std::string& text) {
    throw InputError("lifecycle.edit.err_value", "'" + text + "' is not a number (e.g. 3,1 or 3.1).", {text});
}

// Only what a figure is written with: digits, one sign in front, decimal and grouping marks. strtod
// alone would also take "inf", "nan", hex and exponents.
bool OnlyNumberCharacters(const std::string& s) {
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        bool sign = (c == '-' || c == '+') && i == 0;
        if (!sign && c != '.' && c != ',' && (c < '0' || c > '9')) return false;
    }
    return s.find_first_of("0123456789") != std::string::npos;
}

// The last of '.' and ',' is the decimal mark when both occur ("1.234,5" Dutch, "1,234.5" English);
// a lone ',' is a decimal comma. Grouping marks must then come in threes.
bool ToDecimalPoint(std::string& s) {
    size_t dot = s.rfind('.'), comma = s.rfind(',');
    char decimal = comma == std::string::npos ? '.' : dot == std::string::npos ? ',' : (comma > dot ? ',' : '.');
    char group = decimal == ',' ? '.' : ',';
    size_t mark = s.rfind(decimal);
    if (mark != std::string::npos && s.find(decimal) != mark) return false; // two decimal marks
    std::string out;
    size_t digits_since_group = 0;
    bool grouped = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == group) {
            if ((grouped && digits_since_group != 3) || digits_since_group == 0 || (mark != std::string::npos && i > mark))
                return false;
            grouped = true;
            digits_since_group = 0;
            continue;
        }
        if (c == decimal) {
            if (grouped && digits_since_group != 3) return false;
            out += '.';
            grouped = false;
            digits_since_group = 0;
            continue;
        }
        if (c >= '0' && c <= '9') ++digits_since_group;
        out += c;
    }
    if (grouped && digits_since_group != 3) return false;
    s = out;
    return true;
}
} // namespace

// [SECTION] Reading a year
int ParseIndicatorYear(const std::string& text) {
    std::string s(Trim(text));
    bool digits = s.size() == 4 && s.find_first_not_of("0123456789") == std::string::npos;
    int year = digits ? std::atoi(s.c_str()) : 0;
    if (year < 1900 || year > 2200)
        throw InputError("lifecycle.edit.err_year", "'" + text + "' is not a year between 1900 and 2200.", {text});
    return year;
}

// [SECTION] Reading a number
double ParseIndicatorValue(const std::string& text) {
    std::string s(Trim(text));
    if (s.empty() || s.size() > kMaxValueText || !OnlyNumberCharacters(s) || !ToDecimalPoint(s)) BadValue(text);
    char* end = nullptr;
    double value = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(value)) BadValue(text);
    return value;
}

// [SECTION] Storing
void SetIndicatorValueFromText(PlanStore& store, const IndicatorValueText& input) {
    std::string name(Trim(input.name)), unit(Trim(input.unit));
    if (name.empty()) throw InputError("lifecycle.edit.err_name", "The indicator needs a name.");
    if (!IsValidUtf8(name) || !IsValidUtf8(unit) || name.size() > kMaxName || unit.size() > kMaxName)
        throw InputError("lifecycle.edit.err_name_text", "The indicator's name or unit is not valid text (at most 200 bytes of UTF-8).");
    if (input.theme_id != 0 && !store.GetTheme(input.theme_id))
        throw InputError("lifecycle.edit.err_domain", "That domain is no longer in the plan.");
    int year = ParseIndicatorYear(input.year);
    double value = ParseIndicatorValue(input.value);
    IndicatorStore(store).SetValue(input.theme_id, name, year, value, unit);
}

void DeleteIndicatorIfUnused(PlanStore& store, int64_t indicator_id) {
    MonitoringStore monitoring(store);
    std::string years;
    for (int year : monitoring.Years())
        for (const MonitoringEntry& e : monitoring.Entries(year))
            if (e.indicator_id == indicator_id) {
                years += (years.empty() ? "" : ", ") + std::to_string(year);
                break;
            }
    if (!years.empty())
        throw InputError("lifecycle.edit.err_in_use",
                         "This indicator holds a figure in the follow-up of " + years +
                             "; remove that figure on the Monitoring tab first.",
                         {years});
    IndicatorStore(store).DeleteIndicator(indicator_id);
}

} // namespace hd
