// The local safety diagnosis's figures as stored (issue 13, item 2): indicators per domain with a
// value per year. Kept in core/store so that every export (the plan draft in core/export, the
// progress report) can read them; importing with a preview is core/lifecycle/indicators.h.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hd {
class PlanStore;

struct Indicator {
    int64_t id = 0;
    int64_t theme_id = 0; // 0: the whole city
    std::string name;
    std::string unit;
    std::string source;
    std::vector<std::pair<int, double>> values; // (year, value), years ascending
};

class IndicatorStore {
public:
    explicit IndicatorStore(PlanStore& store);
    std::vector<Indicator> List(); // by domain, then name; with values
    // Sets one value (creating the indicator when new); a non-empty unit replaces the stored one.
    void SetValue(int64_t theme_id, const std::string& name, int year, double value, const std::string& unit = {});
    void DeleteIndicator(int64_t id);
    // Removes one year's value; the indicator stays (with its other years, or none).
    void DeleteValue(int64_t indicator_id, int year);

private:
    PlanStore& m_store;
};

} // namespace hd
