// The local safety diagnosis (issue 13, item 2): indicators per domain (burglaries per 1,000 homes,
// nuisance reports, ...) with a value per year, imported from CSV with a preview: every problem is
// reported with its line and column before anything is stored, and an import is one transaction.
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

// One problem in an import file, in the user's language through `key` and `args`.
struct ImportProblem {
    size_t line = 0;   // 1-based
    size_t column = 0; // 1-based field number; 0 for the whole line
    std::string key;
    std::vector<std::string> args;
};

struct IndicatorImportRow {
    size_t line = 0;
    int64_t theme_id = 0;
    std::string domain; // as written
    std::string name, unit, source;
    int year = 0;
    double value = 0;
    bool replaces = false; // the plan already holds a different value for this indicator and year
};

struct IndicatorImport {
    char separator = ',';
    std::vector<IndicatorImportRow> rows;
    std::vector<ImportProblem> problems; // stored only when empty
};

// Reads a CSV with the header domain, indicator, year, value (and optionally unit, source), separated
// by ',', ';' or a tab (found from the header), values with a decimal point or comma. A domain is a
// theme title (case and accents ignored) or empty for the whole city. Nothing is stored.
IndicatorImport PreviewIndicatorCsv(PlanStore& store, const std::string& text);
// Stores a preview without problems in one transaction; throws InputError naming the first problem
// otherwise. Returns the number of values written.
size_t ApplyIndicatorImport(PlanStore& store, const IndicatorImport& import);

class IndicatorStore {
public:
    explicit IndicatorStore(PlanStore& store);
    std::vector<Indicator> List(); // by domain, then name; with values
    void SetValue(int64_t theme_id, const std::string& name, int year, double value, const std::string& unit = {});
    void DeleteIndicator(int64_t id);

private:
    PlanStore& m_store;
};

} // namespace hd
