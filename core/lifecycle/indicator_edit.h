// Editing the local safety diagnosis by hand (issue 13, item 2), as the Plan cycle screen's Diagnosis
// tab does: an indicator is added, a year's value added, changed or deleted from text the user typed.
// The text is checked first (a year 1900..2200, a number with a decimal point or a Dutch decimal
// comma); anything wrong throws InputError with a message in the user's language and the plan file is
// left exactly as it was.
#pragma once
#include <cstdint>
#include <string>

namespace hd {
class PlanStore;

// What the user typed for one value of an indicator (new or existing).
struct IndicatorValueText {
    int64_t theme_id = 0; // 0: the whole city
    std::string name;     // the indicator
    std::string unit;     // optional; empty keeps a stored unit
    std::string year;
    std::string value;
};

// "2024" -> 2024; throws InputError (lifecycle.edit.err_year) unless four digits in 1900..2200.
int ParseIndicatorYear(const std::string& text);
// "3,1", "3.1", "-2", "1.234,5" (Dutch thousands) or "1,234.5" -> a finite number; throws InputError
// (lifecycle.edit.err_value) for anything else: letters, exponents, "inf", two decimal marks.
double ParseIndicatorValue(const std::string& text);
// Checks everything, then stores the value (creating the indicator when new, replacing a stored value
// of that year). Throws InputError for a missing or invalid name, an unknown domain, a bad year or value.
void SetIndicatorValueFromText(PlanStore& store, const IndicatorValueText& input);

// Deletes an indicator with all its years. Refused (InputError lifecycle.edit.err_in_use, naming the
// years) while the yearly follow-up records a figure of it: that figure would lose its meaning.
// A SWOT item citing it keeps its readable citation and shows the source as gone.
void DeleteIndicatorIfUnused(PlanStore& store, int64_t indicator_id);

} // namespace hd
