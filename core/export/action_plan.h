// The yearly action plan (jaarlijks actieplan, issue 12 point 4): the actions running in one year
// with their domain, strategic and tactical objective, as Markdown, HTML, DOCX (the blocks of
// export_blocks.h) and an .xlsx spreadsheet (libxlsxwriter). export_actions.cpp.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/export/plan_document.h"

namespace hd {
class ExportLabels;
struct RichDocument;

struct ActionPlanRow {
    int64_t theme_id = 0;
    std::string domain;
    std::string strategic; // the domain's strategic objectives ("; " between several)
    std::string tactical;
    bool tactical_accepted = true;
    Action action;
};

struct ActionPlanDocument {
    std::string plan_name, city;
    int year = 0;
    std::vector<ActionPlanRow> rows; // in the plan's order: domain, objective, action
};

ActionPlanDocument BuildActionPlan(const PlanDocument& doc, int year);
// The column titles and one row's cells (strategic, tactical, action, owner, partners, years, budget,
// indicator and target, status, quick win), shared by every format.
std::vector<std::string> ActionPlanHeader(const ExportLabels& L);
std::vector<std::string> ActionCells(const ActionPlanRow& row, const ExportLabels& L);
// A tactical objective's actions as a table (the plan document): the columns from the action on.
struct Block;
Block ActionsTable(const std::vector<Action>& actions, const ExportLabels& L);
RichDocument LayoutActionPlan(const ActionPlanDocument& plan, const ExportLabels& L, const std::string& date);
// .xlsx bytes; `created` (unix seconds) is the document's creation time, so output is byte-stable.
// Throws UserError "export.err_xlsx" when the spreadsheet cannot be written.
std::string WriteActionPlanXlsx(const ActionPlanDocument& plan, const ExportLabels& L, long long created);

} // namespace hd
