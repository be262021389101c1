// [SECTION] index: the yearly action plan / cells / layout (md, html, docx) / xlsx
// Halle's yearly action plans (jaarlijkse actieplannen): the actions running in one year, each with
// its domain, strategic and tactical objective, in the plan's order. The same cells feed the
// Markdown, HTML and DOCX layout and the spreadsheet, so every format says the same thing.
// The spreadsheet is a real .xlsx (libxlsxwriter): Belgian municipalities open it in Excel without
// the separator trouble of CSV (a Dutch-language Excel splits on ';', others on ',').
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/errors.h"
#include "core/base/uuid.h"
#include "core/export/action_plan.h"
#include "core/export/export.h"
#include "core/export/export_blocks.h"

namespace hd {

// [SECTION] The yearly action plan
namespace {
std::string StrategicOf(const DomainDocument& d) {
    // Tactical objectives are not tied to one strategic objective in the model: a domain with several
    // lists them all, so the reader sees every aim the action may serve.
    std::string out;
    for (const PlanObjective& s : d.strategic) out += (out.empty() ? "" : "; ") + s.title;
    return out;
}
} // namespace

ActionPlanDocument BuildActionPlan(const PlanDocument& doc, int year) {
    ActionPlanDocument plan;
    plan.plan_name = doc.plan_name;
    plan.city = doc.city;
    plan.year = year;
    for (const DomainDocument& d : doc.domains) {
        std::string strategic = StrategicOf(d);
        for (const PlanObjective& o : d.tactical)
            for (const Action& a : o.actions) {
                if (!a.RunsIn(year)) continue;
                plan.rows.push_back({d.theme_id, d.title, strategic, o.title, o.accepted, a});
            }
    }
    return plan;
}

// [SECTION] Cells
std::vector<std::string> ActionPlanHeader(const ExportLabels& L) {
    return {L("export.actions.strategic"), L("export.actions.tactical"), L("export.actions.action"),
            L("export.actions.owner"),     L("export.actions.partners"), L("export.actions.years"),
            L("export.actions.budget"),    L("export.actions.indicator"), L("export.actions.status"),
            L("export.actions.quick_win")};
}

std::string ActionBudget(const Action& a, const std::string& lang) {
    std::string out = a.budget_euro ? FormatEuro(*a.budget_euro, lang) : "";
    if (!a.budget_note.empty()) out += (out.empty() ? "" : " · ") + a.budget_note;
    return out;
}

std::string ActionIndicator(const Action& a, const ExportLabels& L) {
    if (a.target.empty()) return a.indicator;
    if (a.indicator.empty()) return L("export.actions.target") + ": " + a.target;
    return a.indicator + " → " + a.target;
}

// The export's language code comes from the labels, so amounts read as the rest of the text.
std::string LangOf(const ExportLabels& L) { return L("export.lang_code") == "en" ? "en" : "nl"; }

std::vector<std::string> ActionOnlyCells(const Action& a, const ExportLabels& L) {
    return {a.description,
            a.owner,
            a.partners,
            FormatYears(a),
            ActionBudget(a, LangOf(L)),
            ActionIndicator(a, L),
            L("actions.status." + std::string(ToKey(a.status))),
            a.quick_win ? L("export.actions.yes") : ""};
}

std::vector<std::string> ActionCells(const ActionPlanRow& row, const ExportLabels& L) {
    std::string tactical = row.tactical;
    if (!row.tactical_accepted) tactical += " [" + L("export.proposal") + "]";
    std::vector<std::string> cells = {row.strategic, tactical};
    for (std::string& c : ActionOnlyCells(row.action, L)) cells.push_back(std::move(c));
    return cells;
}

Block ActionsTable(const std::vector<Action>& actions, const ExportLabels& L) {
    Block t;
    t.kind = BlockKind::Table;
    std::vector<std::string> header = ActionPlanHeader(L);
    t.header.assign(header.begin() + 2, header.end());
    for (const Action& a : actions) {
        std::vector<TableCell> cells;
        for (std::string& c : ActionOnlyCells(a, L)) cells.push_back({std::move(c), false});
        cells.back().highlight = a.quick_win;
        t.rows.push_back(std::move(cells));
    }
    return t;
}

// [SECTION] Layout (md, html, docx)
RichDocument LayoutActionPlan(const ActionPlanDocument& plan, const ExportLabels& L, const std::string& date) {
    RichDocument rich;
    rich.title = L.Format("export.actions.title", {std::to_string(plan.year)});
    rich.subtitle = plan.city.empty() ? plan.plan_name : plan.plan_name + " · " + plan.city;
    rich.generated = L.Format("export.generated", {date});
    Block intro;
    intro.kind = BlockKind::Note;
    intro.text = L.Format("export.actions.intro", {std::to_string(plan.year), std::to_string(plan.rows.size())});
    rich.blocks.push_back(intro);
    if (plan.rows.empty()) return rich;
    Block* table = nullptr;
    int64_t domain = -1;
    for (const ActionPlanRow& row : plan.rows) {
        if (row.theme_id != domain) {
            domain = row.theme_id;
            Block h;
            h.kind = BlockKind::Heading1;
            h.text = row.domain;
            rich.blocks.push_back(h);
            Block t;
            t.kind = BlockKind::Table;
            t.header = ActionPlanHeader(L);
            rich.blocks.push_back(t);
            table = &rich.blocks.back();
        }
        std::vector<TableCell> cells;
        for (std::string& c : ActionCells(row, L)) cells.push_back({std::move(c), false});
        cells.back().highlight = row.action.quick_win;
        table->rows.push_back(std::move(cells));
    }
    return rich;
}

// [SECTION] xlsx
namespace {
// XML 1.0 forbids most control characters; a stray one from a paste would make Excel refuse the file.
std::string CleanCell(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
    return out;
}

// A sheet name: at most 31 characters, none of []:*?/\ (Excel's rules).
std::string SheetName(std::string name) {
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = ' ';
    if (name.size() > 31) name.resize(31);
    return name;
}

std::string ReadWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct XlsxFormats {
    lxw_format* header = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* euro = nullptr;
};

XlsxFormats AddFormats(lxw_workbook* wb) {
    XlsxFormats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.euro = workbook_add_format(wb);
    format_set_num_format(f.euro, "[$\xE2\x82\xAC-813] #,##0"); // euro, Belgian Dutch, whole euro
    format_set_align(f.euro, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// Columns: domain, then the shared cells, with the budget split into an amount (a number Excel can
// add up) and its note.
void WriteSheet(lxw_worksheet* ws, const ActionPlanDocument& plan, const ExportLabels& L, const XlsxFormats& f) {
    std::vector<std::string> header = ActionPlanHeader(L);
    header.insert(header.begin(), L("export.domain"));
    header[7] = L("export.actions.budget_euro");
    header.insert(header.begin() + 8, L("export.actions.budget_note"));
    const double widths[] = {18, 30, 30, 45, 20, 22, 10, 12, 24, 28, 11, 9};
    for (lxw_col_t c = 0; c < header.size(); ++c) {
        worksheet_set_column(ws, c, c, widths[c], f.wrap);
        worksheet_write_string(ws, 0, c, CleanCell(header[c]).c_str(), f.header);
    }
    lxw_row_t r = 1;
    for (const ActionPlanRow& row : plan.rows) {
        std::vector<std::string> cells = ActionCells(row, L);
        cells.insert(cells.begin(), row.domain);
        cells[7] = "";
        cells.insert(cells.begin() + 8, row.action.budget_note);
        for (lxw_col_t c = 0; c < cells.size(); ++c)
            if (!cells[c].empty()) worksheet_write_string(ws, r, c, CleanCell(cells[c]).c_str(), f.wrap);
        if (row.action.budget_euro) worksheet_write_number(ws, r, 7, static_cast<double>(*row.action.budget_euro), f.euro);
        ++r;
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, static_cast<lxw_col_t>(header.size() - 1));
}
} // namespace

std::string WriteActionPlanXlsx(const ActionPlanDocument& plan, const ExportLabels& L, long long created) {
    // libxlsxwriter 1.1 writes to a file only: a private temporary one, read back and removed.
    std::string path = (std::filesystem::temp_directory_path() / ("hearingdesk-" + NewUuid() + ".xlsx")).string();
    lxw_workbook* wb = workbook_new(path.c_str());
    if (!wb) throw UserError("export.err_xlsx", "The spreadsheet could not be written: no temporary file.", {"tmp"});
    std::string title = L.Format("export.actions.title", {std::to_string(plan.year)});
    lxw_doc_properties props{};
    props.title = title.data();
    props.created = static_cast<time_t>(created); // the same data and date give the same bytes
    workbook_set_properties(wb, &props);
    lxw_worksheet* ws = workbook_add_worksheet(wb, SheetName(title).c_str());
    WriteSheet(ws, plan, L, AddFormats(wb));
    lxw_error rc = workbook_close(wb);
    std::string bytes = rc == LXW_NO_ERROR ? ReadWholeFile(path) : std::string();
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (rc != LXW_NO_ERROR || bytes.empty())
        throw UserError("export.err_xlsx", std::string("The spreadsheet could not be written: ") + lxw_strerror(rc) + ".",
                        {lxw_strerror(rc)});
    return bytes;
}

} // namespace hd
