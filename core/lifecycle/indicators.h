// The local safety diagnosis (issue 13, item 2): indicators per domain (burglaries per 1,000 homes,
// nuisance reports, ...) with a value per year, imported from CSV or an Excel workbook (.xlsx) with a
// preview: every problem is reported with its line and column (sheet, row and column letter in a
// workbook) before anything is stored, and an import is one transaction. The stored figures are
// read through IndicatorStore (core/store/indicator_store.h).
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/store/indicator_store.h"

namespace hd {
class PlanStore;
class Translator;

// One problem in an import file, in the user's language through `key` and `args`.
struct ImportProblem {
    size_t line = 0;   // 1-based (a workbook's row number)
    size_t column = 0; // 1-based field number; 0 for the whole line
    std::string sheet; // a workbook's sheet name; empty for a CSV
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
    char separator = ',';  // CSV; 0 for a workbook
    std::string sheet;     // a workbook: the sheet that was read
    std::vector<IndicatorImportRow> rows;
    std::vector<ImportProblem> problems; // stored only when empty
};

// Reads a CSV with the header domain, indicator, year, value (and optionally unit, source), separated
// by ',', ';' or a tab (found from the header), values with a decimal point or comma. A domain is a
// theme title (case and accents ignored) or empty for the whole city. Nothing is stored.
IndicatorImport PreviewIndicatorCsv(PlanStore& store, const std::string& text);
// The same from the first worksheet of an .xlsx workbook: numbers may be real numbers or text (with a
// decimal comma), empty cells are empty fields; problems name the sheet, row and column. Throws
// InputError (xlsx.*) when the bytes are not a readable workbook.
IndicatorImport PreviewIndicatorXlsx(PlanStore& store, const std::string& bytes);
// Reads the file (at most kMaxCsvBytes) and previews it as a workbook when it is one (a zip), else as CSV.
IndicatorImport PreviewIndicatorFile(PlanStore& store, const std::string& path);
// "line 4, column 3: ..." or "sheet 'Cijfers', row 4, column C: ..." in the translator's language.
std::string DescribeProblem(const Translator& tr, const ImportProblem& p);
// Stores a preview without problems in one transaction; throws InputError naming the first problem
// otherwise. Returns the number of values written.
size_t ApplyIndicatorImport(PlanStore& store, const IndicatorImport& import);


} // namespace hd
