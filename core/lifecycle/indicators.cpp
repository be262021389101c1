// [SECTION] index: splitting lines / reading fields / preview (CSV, workbook) / applying
#include "core/lifecycle/indicators.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

#include "core/base/csv.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/store/db.h"
#include "core/lifecycle/xlsx_sheet.h"
#include "core/store/store.h"

namespace hd {
namespace {
// [SECTION] Splitting lines: fields may be quoted ("a;b"), quotes doubled inside.
struct Line {
    size_t number = 0;
    std::vector<std::string> fields;
    bool bad_quote = false;
};

std::vector<Line> SplitLines(const std::string& text, char sep) {
    std::vector<Line> out;
    size_t number = 0, pos = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (pos < text.size()) {
        // A line ends at LF, CRLF or a lone CR (old Mac files, Excel's "CSV (Macintosh)").
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string::npos) end = text.size();
        std::string raw = text.substr(pos, end - pos);
        pos = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        ++number;
        if (Trim(raw).empty()) continue;
        Line line{number, {""}, false};
        bool quoted = false;
        for (size_t i = 0; i < raw.size(); ++i) {
            char c = raw[i];
            if (quoted && c == '"' && i + 1 < raw.size() && raw[i + 1] == '"') line.fields.back() += '"', ++i;
            else if (c == '"') quoted = !quoted;
            else if (c == sep && !quoted) line.fields.emplace_back();
            else line.fields.back() += c;
        }
        line.bad_quote = quoted;
        for (std::string& f : line.fields) f = std::string(Trim(f));
        out.push_back(std::move(line));
    }
    return out;
}

char DetectSeparator(const std::string& text) {
    std::string header = text.substr(0, text.find_first_of("\r\n"));
    size_t semi = std::count(header.begin(), header.end(), ';'), comma = std::count(header.begin(), header.end(), ','),
           tab = std::count(header.begin(), header.end(), '\t');
    if (tab > semi && tab > comma) return '\t';
    return semi > comma ? ';' : ',';
}

// [SECTION] Reading fields
bool ParseYear(const std::string& s, int& year) {
    if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    year = std::stoi(s);
    return year >= 1900 && year <= 2200;
}

bool ParseValue(std::string s, char sep, double& value) {
    if (s.empty() || s.size() > 40) return false;
    if (sep != ',') std::replace(s.begin(), s.end(), ',', '.'); // 12,5 in a Belgian spreadsheet
    char* end = nullptr;
    value = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() && std::isfinite(value);
}

struct Columns {
    int domain = -1, name = -1, year = -1, value = -1, unit = -1, source = -1;
};

Columns FindColumns(const Line& header) {
    Columns c;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        std::string f = FoldForMatch(header.fields[i]);
        int index = static_cast<int>(i);
        if (f == "domain" || f == "domein") c.domain = index;
        else if (f == "indicator") c.name = index;
        else if (f == "year" || f == "jaar") c.year = index;
        else if (f == "value" || f == "waarde") c.value = index;
        else if (f == "unit" || f == "eenheid") c.unit = index;
        else if (f == "source" || f == "bron") c.source = index;
    }
    return c;
}

std::string Field(const Line& l, int column) {
    return column >= 0 && static_cast<size_t>(column) < l.fields.size() ? l.fields[column] : std::string();
}

void Problem(IndicatorImport& out, size_t line, size_t column, const char* key, std::vector<std::string> args = {}) {
    out.problems.push_back({line, column, out.sheet, key, std::move(args)});
}

std::map<std::string, int64_t> ThemesByFoldedTitle(PlanStore& store) {
    std::map<std::string, int64_t> out;
    for (const Theme& t : store.ListThemes()) out[FoldForMatch(t.title)] = t.id;
    return out;
}

// Value already stored for (theme, name, year), if any.
std::optional<double> StoredValue(PlanStore& store, int64_t theme, const std::string& name, int year) {
    Statement st(store.Db(), "SELECT v.value FROM indicator i JOIN indicator_value v ON v.indicator_id = i.id "
                             "WHERE i.theme_id = ? AND i.name = ? AND v.year = ?");
    st.Bind(1, theme).Bind(2, name).Bind(3, year);
    if (!st.Step()) return std::nullopt;
    return st.Double(0);
}

void ReadRow(PlanStore& store, const Line& l, const Columns& c, const std::map<std::string, int64_t>& themes,
             IndicatorImport& out) {
    if (l.bad_quote) return Problem(out, l.number, 0, "lifecycle.import.err_quote");
    IndicatorImportRow row;
    row.line = l.number;
    row.domain = Field(l, c.domain);
    row.name = Field(l, c.name);
    row.unit = Field(l, c.unit);
    row.source = Field(l, c.source);
    size_t before = out.problems.size();
    if (!row.domain.empty()) {
        auto it = themes.find(FoldForMatch(row.domain));
        if (it == themes.end()) Problem(out, l.number, c.domain + 1, "lifecycle.import.err_domain", {row.domain});
        else row.theme_id = it->second;
    }
    if (row.name.empty()) Problem(out, l.number, c.name + 1, "lifecycle.import.err_name");
    if (!IsValidUtf8(row.name) || !IsValidUtf8(row.domain) || !IsValidUtf8(row.unit) || !IsValidUtf8(row.source))
        Problem(out, l.number, 0, "lifecycle.import.err_utf8");
    if (!ParseYear(Field(l, c.year), row.year)) Problem(out, l.number, c.year + 1, "lifecycle.import.err_year", {Field(l, c.year)});
    if (!ParseValue(Field(l, c.value), out.separator, row.value))
        Problem(out, l.number, c.value + 1, "lifecycle.import.err_value", {Field(l, c.value)});
    if (out.problems.size() != before) return;
    std::optional<double> stored = StoredValue(store, row.theme_id, row.name, row.year);
    row.replaces = stored && *stored != row.value;
    out.rows.push_back(std::move(row));
}

// Every line after the header: its values, and problems by line and column.
void ReadRows(PlanStore& store, const std::vector<Line>& lines, IndicatorImport& out) {
    if (lines.empty()) {
        Problem(out, 1, 0, "lifecycle.import.err_empty");
        return;
    }
    Columns c = FindColumns(lines[0]);
    const char* required[] = {"domain", "indicator", "year", "value"};
    int found[] = {c.domain, c.name, c.year, c.value};
    for (size_t i = 0; i < 4; ++i)
        if (found[i] < 0) Problem(out, lines[0].number, 0, "lifecycle.import.err_header", {required[i]});
    if (!out.problems.empty()) return;
    std::map<std::string, int64_t> themes = ThemesByFoldedTitle(store);
    std::map<std::tuple<int64_t, std::string, int>, size_t> seen; // a value given twice is a mistake
    for (size_t i = 1; i < lines.size(); ++i) {
        ReadRow(store, lines[i], c, themes, out);
        if (out.rows.empty() || out.rows.back().line != lines[i].number) continue;
        const IndicatorImportRow& r = out.rows.back();
        auto [it, fresh] = seen.emplace(std::make_tuple(r.theme_id, r.name, r.year), r.line);
        if (!fresh)
            Problem(out, r.line, c.year + 1, "lifecycle.import.err_duplicate", {std::to_string(it->second)});
    }
    if (out.rows.empty() && out.problems.empty()) Problem(out, lines[0].number, 0, "lifecycle.import.err_no_rows");
}

// A worksheet's rows as lines: cells trimmed, rows without any text left out (as blank CSV lines are).
std::vector<Line> SheetLines(const XlsxSheet& sheet) {
    std::vector<Line> out;
    for (const SheetRow& row : sheet.rows) {
        Line line{row.number, {}, false};
        bool any = false;
        for (const std::string& cell : row.cells) {
            line.fields.emplace_back(Trim(cell));
            any = any || !line.fields.back().empty();
        }
        if (any) out.push_back(std::move(line));
    }
    return out;
}
} // namespace

// [SECTION] Preview
IndicatorImport PreviewIndicatorCsv(PlanStore& store, const std::string& text) {
    IndicatorImport out;
    out.separator = DetectSeparator(text);
    ReadRows(store, SplitLines(text, out.separator), out);
    return out;
}

IndicatorImport PreviewIndicatorXlsx(PlanStore& store, const std::string& bytes) {
    XlsxSheet sheet = ReadFirstXlsxSheet(bytes);
    IndicatorImport out;
    out.separator = 0;
    out.sheet = sheet.name.empty() ? "1" : sheet.name;
    ReadRows(store, SheetLines(sheet), out);
    return out;
}

IndicatorImport PreviewIndicatorFile(PlanStore& store, const std::string& path) {
    std::string bytes = ReadCsvFile(path);
    if (LooksLikeZip(bytes) || bytes.compare(0, 4, "\xD0\xCF\x11\xE0") == 0) return PreviewIndicatorXlsx(store, bytes);
    return PreviewIndicatorCsv(store, bytes);
}

std::string DescribeProblem(const Translator& tr, const ImportProblem& p) {
    std::string what = tr.Format(p.key, p.args);
    if (!p.sheet.empty()) {
        if (p.column)
            return tr.Format("lifecycle.import.problem_cell", {p.sheet, std::to_string(p.line), ColumnLetters(p.column), what});
        return tr.Format("lifecycle.import.problem_row", {p.sheet, std::to_string(p.line), what});
    }
    if (p.column) return tr.Format("lifecycle.import.problem", {std::to_string(p.line), std::to_string(p.column), what});
    return tr.Format("lifecycle.import.problem_line", {std::to_string(p.line), what});
}

// [SECTION] Applying
size_t ApplyIndicatorImport(PlanStore& store, const IndicatorImport& import) {
    if (!import.problems.empty()) {
        const ImportProblem& p = import.problems.front();
        throw InputError("lifecycle.import.err_not_stored",
                         "Nothing was imported: line " + std::to_string(p.line) + " has a problem.",
                         {std::to_string(p.line)});
    }
    Database& db = store.Db();
    Transaction tx(db);
    Statement ind(db, "INSERT INTO indicator(theme_id, name, unit, source) VALUES(?, ?, ?, ?) "
                      "ON CONFLICT(theme_id, name) DO UPDATE SET unit = CASE WHEN excluded.unit <> '' THEN excluded.unit ELSE unit END, "
                      "source = CASE WHEN excluded.source <> '' THEN excluded.source ELSE source END");
    Statement id(db, "SELECT id FROM indicator WHERE theme_id = ? AND name = ?");
    Statement val(db, "INSERT INTO indicator_value(indicator_id, year, value) VALUES(?, ?, ?) "
                      "ON CONFLICT(indicator_id, year) DO UPDATE SET value = excluded.value");
    for (const IndicatorImportRow& r : import.rows) {
        ind.Reset();
        ind.Bind(1, r.theme_id).Bind(2, r.name).Bind(3, r.unit).Bind(4, r.source);
        ind.Exec();
        id.Reset();
        id.Bind(1, r.theme_id).Bind(2, r.name);
        id.Step();
        val.Reset();
        val.Bind(1, id.Int(0)).Bind(2, r.year).Bind(3, r.value);
        val.Exec();
    }
    tx.Commit();
    return import.rows.size();
}

} // namespace hd
