// Core group screen: the export bar (what, format, options, path).
#include <imgui.h>
#include <imgui_internal.h> // ImGuiTable::RowPosY1: where a table row starts
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <ctime>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/core_review_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/base/utf8.h"

namespace hd::core_review {

// [SECTION] Export bar
const ExportWhat kWhats[] = {ExportWhat::Minutes, ExportWhat::Plan, ExportWhat::Forum, ExportWhat::InputFollowup,
                             ExportWhat::Actions};
constexpr int kActionsWhat = 4; // index of ExportWhat::Actions in kWhats
const ExportFormat kFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Csv,
                                ExportFormat::Xlsx};

// The yearly action plan's year: as chosen, else this year kept inside the plan period.
int ExportYear(const CoreReviewUiState& ui, Workspace& ws) {
    if (ui.export_year) return ui.export_year;
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    int year = tm.tm_year + 1900;
    const Plan& plan = ws.Data().plan;
    if (plan.period_start > 0 && plan.period_end >= plan.period_start) year = std::clamp(year, plan.period_start, plan.period_end);
    return year;
}

std::string DefaultExportPath(const CoreReviewUiState& ui, Workspace& ws, int64_t hearing_id) {
    std::filesystem::path plan(ws.Path());
    std::string stem = plan.stem().string();
    const char* what[] = {"verslag", "plan", "forum", "inbreng", "actieplan"};
    std::string name = stem + "-" + what[ui.export_what];
    if (ui.export_what == 0 || ui.export_what == 3) name += "-" + std::to_string(hearing_id);
    if (ui.export_what == kActionsWhat) name += "-" + std::to_string(ExportYear(ui, ws));
    name += std::string(FileExtension(kFormats[ui.export_format]));
    return (plan.parent_path() / name).string();
}

void DrawExportBar(AppState& state, Workspace& ws, int64_t hearing_id) {
    CoreReviewUiState& ui = state.core_review;
    const char* whats[] = {Tr("core_review.export_minutes").c_str(), Tr("core_review.export_plan").c_str(),
                           Tr("core_review.export_forum").c_str(), Tr("core_review.export_followup").c_str(), Tr("core_review.export_actions").c_str()};
    const char* formats[] = {"Markdown", "HTML", "DOCX (Word)", "CSV (Excel)", "XLSX (Excel)"};
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("core_review.export").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(170);
    ImGui::Combo("##what", &ui.export_what, whats, 5);
    ProbeItem("core_review.export_what");
    ImGui::SameLine();
    if (ui.export_what == kActionsWhat) {
        // The yearly action plan: a year, and no CSV (a spreadsheet is xlsx).
        int year = ExportYear(ui, ws);
        ImGui::SetNextItemWidth(110);
        if (ImGui::InputInt("##year", &year)) ui.export_year = std::clamp(year, 1900, 2200);
        ProbeItem("core_review.export_year");
        ImGui::SameLine();
        if (ui.export_format == 3) ui.export_format = 4;
    } else if (ui.export_format == 4) {
        ui.export_format = 0; // xlsx is only the action plan's
    }
    ImGui::SetNextItemWidth(150);
    ImGui::Combo("##format", &ui.export_format, formats, ui.export_what == kActionsWhat ? 5 : 4);
    ProbeItem("core_review.export_format");
    ImGui::SameLine();
    const bool followup = kWhats[ui.export_what] == ExportWhat::InputFollowup;
    if (followup) {
        // Anonymised by default; names only of participants who consented to be named.
        ImGui::Checkbox(Tr("core_review.show_names").c_str(), &ui.export_show_names);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("core_review.show_names_help").c_str());
        ProbeItem("core_review.show_names");
    } else {
        ImGui::Checkbox(Tr("core_review.anonymise").c_str(), &ui.export_anonymise);
        ProbeItem("core_review.anonymise");
    }
    ImGui::SameLine();
    ImGui::Checkbox(Tr("core_review.with_organisation").c_str(), &ui.export_with_organisation);
    if (ui.export_format == 3) {
        ImGui::SameLine();
        ImGui::Checkbox(Tr("core_review.semicolon").c_str(), &ui.export_semicolon);
    }
    if (!ui.export_path_edited) ui.export_path = DefaultExportPath(ui, ws, hearing_id);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 160));
    if (ImGui::InputText("##path", &ui.export_path)) ui.export_path_edited = !ui.export_path.empty();
    ImGui::SameLine();
    bool disabled = ui.export_path.empty() || ((ui.export_what == 0 || followup) && hearing_id == 0) ||
                    (followup && kFormats[ui.export_format] == ExportFormat::Csv); // md, html or docx
    ImGui::BeginDisabled(disabled);
    if (ImGui::Button(Tr("core_review.export_button").c_str())) {
        ExportRequest r;
        r.what = kWhats[ui.export_what];
        r.format = kFormats[ui.export_format];
        r.hearing_id = hearing_id;
        r.year = ExportYear(ui, ws);
        r.anonymise = ui.export_anonymise;
        r.show_consented_names = ui.export_show_names;
        r.with_organisation = ui.export_with_organisation;
        r.csv_separator = ui.export_semicolon ? ';' : ',';
        r.language = GlobalTranslator().GetLanguage();
        std::string path = ui.export_path;
        if (RunAction(state, [&] { ExportToFile(ws.Store(), r, path); })) {
            ui.last_export_path = path;
            ShowToast(state, FillPlaceholders(Tr("core_review.exported"), {path}), 4000);
        }
    }
    ProbeItem("core_review.export_button");
    ImGui::EndDisabled();
}

} // namespace hd::core_review
