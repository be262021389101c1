// [SECTION] index: formats / labels / layout / workbook / ExportProgress
#include "core/lifecycle/monitoring_report.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "core/base/errors.h"
#include "core/export/export.h"
#include "core/export/export_blocks.h"
#include "core/export/trend_chart.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/lifecycle/monitoring.h"
#include "core/store/indicator_store.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Formats
std::optional<ProgressFormat> ProgressFormatFromKey(std::string_view key) {
    if (key == "md") return ProgressFormat::Markdown;
    if (key == "html") return ProgressFormat::Html;
    if (key == "docx") return ProgressFormat::Docx;
    if (key == "xlsx") return ProgressFormat::Xlsx;
    return std::nullopt;
}

namespace {
// [SECTION] Labels
struct Report {
    int year = 0;
    std::string plan_name, lang;
    std::vector<MonitoringRow> rows;
    std::vector<Indicator> indicators;
    std::map<int64_t, const Indicator*> indicator_by_id;
};

std::string StatusLabel(const ExportLabels& L, const MonitoringRow& r) {
    return L("monitoring.status." + std::string(ToKey(r.entry ? r.entry->status : MonitoringStatus::Planned)));
}

std::string LevelLabel(const ExportLabels& L, const MonitoringRow& r) {
    if (r.target == MonitoringTarget::Action) return L("monitoring.level.action");
    return L(r.strategic ? "monitoring.level.strategic" : "monitoring.level.tactical");
}

// "Woninginbraken per 1 000 woningen: 3,1" when the entry names a figure.
std::string FigureText(const Report& rep, const MonitoringRow& r) {
    if (!r.entry || !r.entry->indicator_id) return {};
    auto it = rep.indicator_by_id.find(r.entry->indicator_id);
    std::string name = it != rep.indicator_by_id.end() ? it->second->name : "?";
    return name + (r.entry->indicator_value ? ": " + FormatFigure(*r.entry->indicator_value, rep.lang) : "");
}

// [SECTION] Layout
Block SummaryTable(const ExportLabels& L, const Report& rep) {
    Block t;
    t.kind = BlockKind::Table;
    t.numeric = true;
    t.header = {""};
    for (MonitoringStatus s : kAllMonitoringStatuses) t.header.push_back(L("monitoring.status." + std::string(ToKey(s))));
    t.header.push_back(L("monitoring.total"));
    for (MonitoringTarget target : {MonitoringTarget::Objective, MonitoringTarget::Action}) {
        StatusCounts c = CountStatuses(rep.rows, target);
        std::vector<TableCell> row{{L(target == MonitoringTarget::Action ? "monitoring.actions" : "monitoring.objectives")}};
        for (int n : c.counts) row.push_back({std::to_string(n)});
        row.push_back({std::to_string(c.total)});
        t.rows.push_back(std::move(row));
    }
    return t;
}

Block DomainTable(const ExportLabels& L, const Report& rep, int64_t theme_id) {
    Block t;
    t.kind = BlockKind::Table;
    t.header = {L("monitoring.col.level"), L("monitoring.col.what"), L("monitoring.col.status"), L("monitoring.col.note"),
                L("monitoring.col.figure")};
    for (const MonitoringRow& r : rep.rows) {
        if (r.theme_id != theme_id) continue;
        std::string what = (r.target == MonitoringTarget::Action ? "\xE2\x86\xB3 " : "") + r.title +
                           (r.years.empty() ? "" : " (" + r.years + ")");
        bool dropped = r.entry && r.entry->status == MonitoringStatus::Dropped;
        t.rows.push_back({{LevelLabel(L, r)}, {what}, {StatusLabel(L, r), dropped}, {r.entry ? r.entry->note : ""},
                          {FigureText(rep, r)}});
    }
    return t;
}

RichDocument Layout(PlanStore& store, const Report& rep, const ExportLabels& L, const std::string& date) {
    RichDocument doc;
    doc.language = rep.lang;
    doc.title = rep.plan_name;
    doc.subtitle = L.Format("monitoring.report_title", {std::to_string(rep.year)});
    doc.generated = L.Format("export.generated", {date});
    Block note;
    note.kind = BlockKind::Note;
    note.text = L("monitoring.report_note");
    doc.blocks.push_back(note);
    doc.blocks.push_back(SummaryTable(L, rep));
    auto trends = [&](int64_t theme_id) {
        Block b;
        b.kind = BlockKind::Trends;
        for (const Indicator& i : rep.indicators)
            if (i.theme_id == theme_id && !i.values.empty()) b.trends.push_back({i.name, i.unit, i.values});
        if (!b.trends.empty()) doc.blocks.push_back(std::move(b));
    };
    trends(0);
    for (const Theme& t : store.ListThemes()) {
        Block h;
        h.kind = BlockKind::Heading1;
        h.text = t.title;
        doc.blocks.push_back(h);
        trends(t.id);
        Block table = DomainTable(L, rep, t.id);
        if (table.rows.empty()) {
            Block none;
            none.kind = BlockKind::Note;
            none.text = L("monitoring.no_objectives");
            doc.blocks.push_back(none);
        } else {
            doc.blocks.push_back(std::move(table));
        }
    }
    return doc;
}

// [SECTION] Workbook: libxlsxwriter writes only to a file, so a private temporary file is read back.
[[noreturn]] void XlsxFail(const std::string& what) {
    throw UserError("monitoring.err_xlsx", "Could not write the workbook: " + what, {what});
}

std::string SheetName(std::string name) {
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
    return name.substr(0, 31);
}

void WriteFollowUp(lxw_workbook* wb, const ExportLabels& L, const Report& rep, lxw_format* bold) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(L.Format("monitoring.report_title", {std::to_string(rep.year)})).c_str());
    if (!ws) XlsxFail("sheet");
    const std::string header[] = {L("export.domain"),          L("monitoring.col.level"), L("monitoring.col.what"),
                                  L("monitoring.col.years"),   L("monitoring.col.status"), L("monitoring.col.note"),
                                  L("monitoring.col.indicator"), L("monitoring.col.value")};
    for (lxw_col_t c = 0; c < 8; ++c) worksheet_write_string(ws, 0, c, header[c].c_str(), bold);
    worksheet_set_column(ws, 0, 0, 22, nullptr);
    worksheet_set_column(ws, 2, 2, 48, nullptr);
    worksheet_set_column(ws, 5, 5, 40, nullptr);
    lxw_row_t row = 1;
    for (const MonitoringRow& r : rep.rows) {
        worksheet_write_string(ws, row, 0, r.domain.c_str(), nullptr);
        worksheet_write_string(ws, row, 1, LevelLabel(L, r).c_str(), nullptr);
        worksheet_write_string(ws, row, 2, r.title.c_str(), nullptr);
        worksheet_write_string(ws, row, 3, r.years.c_str(), nullptr);
        worksheet_write_string(ws, row, 4, StatusLabel(L, r).c_str(), nullptr);
        if (r.entry) {
            worksheet_write_string(ws, row, 5, r.entry->note.c_str(), nullptr);
            auto it = rep.indicator_by_id.find(r.entry->indicator_id);
            if (it != rep.indicator_by_id.end()) worksheet_write_string(ws, row, 6, it->second->name.c_str(), nullptr);
            if (r.entry->indicator_value) worksheet_write_number(ws, row, 7, *r.entry->indicator_value, nullptr);
        }
        ++row;
    }
}

void WriteIndicators(lxw_workbook* wb, PlanStore& store, const ExportLabels& L, const Report& rep, lxw_format* bold) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(L("monitoring.sheet_indicators")).c_str());
    if (!ws) XlsxFail("sheet");
    std::set<int> years;
    for (const Indicator& i : rep.indicators)
        for (const auto& v : i.values) years.insert(v.first);
    worksheet_write_string(ws, 0, 0, L("export.domain").c_str(), bold);
    worksheet_write_string(ws, 0, 1, L("monitoring.col.indicator").c_str(), bold);
    worksheet_write_string(ws, 0, 2, L("monitoring.col.unit").c_str(), bold);
    worksheet_set_column(ws, 0, 1, 30, nullptr);
    std::map<int, lxw_col_t> column;
    lxw_col_t c = 3;
    for (int y : years) {
        column[y] = c;
        worksheet_write_number(ws, 0, c++, y, bold);
    }
    std::map<int64_t, std::string> domains;
    for (const Theme& t : store.ListThemes()) domains[t.id] = t.title;
    lxw_row_t row = 1;
    for (const Indicator& i : rep.indicators) {
        std::string domain = i.theme_id ? domains[i.theme_id] : L("monitoring.whole_city");
        worksheet_write_string(ws, row, 0, domain.c_str(), nullptr);
        worksheet_write_string(ws, row, 1, i.name.c_str(), nullptr);
        worksheet_write_string(ws, row, 2, i.unit.c_str(), nullptr);
        for (const auto& [year, value] : i.values) worksheet_write_number(ws, row, column[year], value, nullptr);
        ++row;
    }
}

std::string WriteWorkbook(PlanStore& store, const Report& rep, const ExportLabels& L, const std::string& date) {
    std::string path = (std::filesystem::temp_directory_path() / "hd-progress-XXXXXX").string();
    int fd = mkstemp(path.data());
    if (fd < 0) XlsxFail("temporary file");
    close(fd);
    struct Remove {
        std::string path;
        ~Remove() { std::remove(path.c_str()); }
    } remove{path};
    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb) XlsxFail("open");
    lxw_doc_properties props{};
    std::string title = rep.plan_name + " \xE2\x80\x93 " + L.Format("monitoring.report_title", {std::to_string(rep.year)});
    props.title = title.data();
    props.created = static_cast<time_t>(ZipTimeOf(date));
    workbook_set_properties(wb, &props);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    WriteFollowUp(wb, L, rep, bold);
    WriteIndicators(wb, store, L, rep, bold);
    if (workbook_close(wb) != LXW_NO_ERROR) XlsxFail("close");
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.empty()) XlsxFail("read");
    return bytes;
}
} // namespace

// [SECTION] ExportProgress
std::string ExportProgress(PlanStore& store, const ProgressRequest& request) {
    if (request.year < 1900 || request.year > 2200)
        throw InputError("monitoring.err_year", "The year " + std::to_string(request.year) + " is not a plan year.",
                         {std::to_string(request.year)});
    if (!request.date.empty() && !IsIsoDate(request.date))
        throw InputError("export.err_date", "The date '" + request.date + "' is not of the form YYYY-MM-DD.", {request.date});
    ExportLabels labels(request.translator, request.language);
    std::string date = request.date.empty() ? TodayIso() : request.date;
    Report rep;
    rep.year = request.year;
    rep.plan_name = store.GetPlan().name;
    rep.lang = request.language == Language::English ? "en" : "nl";
    rep.rows = MonitoringStore(store).Rows(request.year);
    rep.indicators = IndicatorStore(store).List();
    for (const Indicator& i : rep.indicators) rep.indicator_by_id[i.id] = &i;
    if (request.format == ProgressFormat::Xlsx) return WriteWorkbook(store, rep, labels, date);
    RichDocument doc = Layout(store, rep, labels, date);
    switch (request.format) {
    case ProgressFormat::Html: return WriteHtml(doc);
    case ProgressFormat::Docx: return WriteDocx(doc, ZipTimeOf(date));
    default: return WriteMarkdown(doc);
    }
}

} // namespace hd
