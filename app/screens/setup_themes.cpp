// Themes and questions tab of the Setup screen.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "app/app_state.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/store/plan_structure.h"

namespace hd::setup {
namespace {
// [SECTION] Themes tab
// The store refuses to delete a theme that hearings use; that refusal is shown as a message.
void DrawDeleteTheme(AppState& state, Workspace& ws, const Theme& theme, int index) {
    SetupUiState& ui = state.setup;
    std::string probe = "setup.theme." + std::to_string(index);
    if (ui.confirm_delete_theme_id != theme.id) {
        if (ImGui::SmallButton(Tr("action.delete").c_str())) ui.confirm_delete_theme_id = theme.id;
        ProbeItem(probe + ".delete");
        return;
    }
    if (ImGui::SmallButton(Tr("action.confirm_delete").c_str()))
        RunAction(state, [&] {
            ui.confirm_delete_theme_id = 0;
            ws.Store().DeleteTheme(theme.id);
            ws.Changed(); // its hearings, notes and objectives go with it
        });
    ProbeItem(probe + ".confirm_delete");
    if (ImGui::SmallButton(Tr("action.cancel").c_str())) ui.confirm_delete_theme_id = 0;
}

void DrawThemeRow(AppState& state, Workspace& ws, const Theme& theme, int index) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(theme.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string number = std::to_string(index + 1);
    float row_h = ImGui::GetTextLineHeight() * 3 + ImGui::GetStyle().FramePadding.y * 2;
    if (ImGui::Selectable(number.c_str(), ui.selected_theme_id == theme.id, kRowSelect, ImVec2(0, row_h)))
        ui.selected_theme_id = theme.id;
    ProbeItem("setup.theme." + std::to_string(index) + ".select");
    std::string text;
    ImGui::TableNextColumn();
    if (EditText(ui, {"##title", nullptr, 2}, theme.title, text))
        SaveTheme(state, ws, theme.id, [&](Theme& t) { t.title = text; });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##problem", nullptr, 3}, theme.problem_statement, text))
        SaveTheme(state, ws, theme.id, [&](Theme& t) { t.problem_statement = text; });
    ProbeItem("setup.theme." + std::to_string(index) + ".problem");
    ImGui::TableNextColumn();
    if (EditText(ui, {"##context", nullptr, 3}, theme.context, text))
        SaveTheme(state, ws, theme.id, [&](Theme& t) { t.context = text; });
    ImGui::TableNextColumn();
    ImGui::Text("%d", static_cast<int>(theme.questions.size()));
    ImGui::TableNextColumn();
    DrawDeleteTheme(state, ws, theme, index);
    ImGui::PopID();
}

void DrawAddTheme(AppState& state, Workspace& ws) {
    SetupUiState& ui = state.setup;
    ImGui::SetNextItemWidth(420);
    bool enter = ImGui::InputTextWithHint("##new_theme", Hint("setup.new_theme_hint"), &ui.new_theme_title,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("setup.new_theme_title");
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.new_theme_title.empty());
    bool add = ImGui::Button(Tr("setup.add_theme").c_str());
    ProbeItem("setup.add_theme");
    ImGui::EndDisabled();
    if (!(add || enter) || ui.new_theme_title.empty()) return;
    Theme t;
    t.title = ui.new_theme_title;
    if (RunAction(state, [&] {
            ui.selected_theme_id = ws.Store().AddTheme(t);
            ws.Changed();
        }))
        ui.new_theme_title.clear();
}

// [SECTION] Questions of the selected theme
void DrawQuestionActions(AppState& state, Workspace& ws, const Question& q, int index, int count) {
    SetupUiState& ui = state.setup;
    std::string probe = "setup.question." + std::to_string(index);
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up))
        RunAction(state, [&] { ws.Store().MoveQuestion(q.id, -1); ws.ChangedTheme(q.theme_id); });
    ProbeItem(probe + ".up");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 >= count);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down))
        RunAction(state, [&] { ws.Store().MoveQuestion(q.id, +1); ws.ChangedTheme(q.theme_id); });
    ProbeItem(probe + ".down");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui.confirm_delete_question_id == q.id) {
        if (ImGui::SmallButton(Tr("action.confirm_delete").c_str())) {
            RunAction(state, [&] { ws.Store().DeleteQuestion(q.id); ws.ChangedTheme(q.theme_id); });
            ui.confirm_delete_question_id = 0;
        }
        ProbeItem(probe + ".confirm_delete");
    } else if (ImGui::SmallButton(Tr("action.delete").c_str())) {
        ui.confirm_delete_question_id = q.id;
    }
    if (ui.confirm_delete_question_id != q.id) ProbeItem(probe + ".delete");
}

void DrawQuestionRow(AppState& state, Workspace& ws, const Question& q, int index, int count) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(q.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", index + 1);
    ImGui::TableNextColumn();
    Question changed = q;
    bool save = EditText(ui, {"##text"}, q.text, changed.text);
    ProbeItem("setup.question." + std::to_string(index) + ".text");
    ImGui::TableNextColumn();
    save = EditInt(ui, "##budget", q.budget_minutes, changed.budget_minutes) || save;
    ProbeItem("setup.question." + std::to_string(index) + ".budget");
    changed.budget_minutes = std::clamp(changed.budget_minutes, 1, 600);
    if (save) RunAction(state, [&] { ws.Store().UpdateQuestion(changed); ws.ChangedTheme(changed.theme_id); });
    ImGui::TableNextColumn();
    DrawQuestionActions(state, ws, q, index, count);
    ImGui::PopID();
}

void AddQuestion(AppState& state, Workspace& ws, int64_t theme_id) {
    SetupUiState& ui = state.setup;
    if (ui.new_question.empty()) return;
    int budget = std::clamp(ui.new_question_budget, 1, 600);
    if (RunAction(state, [&] { ws.Store().AddQuestion(theme_id, ui.new_question, budget); ws.ChangedTheme(theme_id); }))
        ui.new_question.clear();
}

void DrawAddQuestion(AppState& state, Workspace& ws, int64_t theme_id) {
    SetupUiState& ui = state.setup;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 360);
    bool enter = ImGui::InputTextWithHint("##new_question", Hint("setup.new_question_hint"), &ui.new_question,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("setup.new_question");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    ImGui::InputInt("##new_budget", &ui.new_question_budget, 0, 0);
    ProbeItem("setup.new_question_budget");
    ImGui::SameLine();
    ImGui::TextUnformatted(Tr("setup.minutes").c_str());
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.new_question.empty());
    bool add = ImGui::Button(Tr("setup.add_question").c_str());
    ProbeItem("setup.add_question");
    ImGui::EndDisabled();
    if (add || enter) AddQuestion(state, ws, theme_id);
}

void DrawQuestions(AppState& state, Workspace& ws, const Theme& theme) {
    ImGui::PushFont(Fonts().bold);
    ImGui::Text("%s: %s", Tr("setup.questions_of").c_str(), theme.title.c_str());
    ImGui::PopFont();
    int total = 0;
    for (const Question& q : theme.questions) total += q.budget_minutes;
    ImGui::TextDisabled("%s", FillPlaceholders(Tr("setup.questions_total"), {std::to_string(total)}).c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##questions", 4, flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
        ImGui::TableSetupColumn(Tr("setup.col.question").c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(Tr("setup.col.minutes").c_str(), ImGuiTableColumnFlags_WidthFixed, 90);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 230);
        ImGui::TableHeadersRow();
        int count = static_cast<int>(theme.questions.size());
        for (int i = 0; i < count; ++i) DrawQuestionRow(state, ws, theme.questions[static_cast<size_t>(i)], i, count);
        ImGui::EndTable();
    }
    DrawAddQuestion(state, ws, theme.id);
}

// [SECTION] Domain kind and sub-themes of the selected theme
// A supporting domain (the seeds' "ondersteunende projecten") has no hearing; its objectives are
// written by the core group on the board.
void DrawSupporting(AppState& state, Workspace& ws, const Theme& theme) {
    bool supporting = theme.supporting;
    if (ImGui::Checkbox(Tr("setup.supporting").c_str(), &supporting))
        SaveTheme(state, ws, theme.id, [&](Theme& t) { t.supporting = supporting; });
    ProbeItem("setup.theme_supporting");
}

void DrawSubThemeRow(AppState& state, Workspace& ws, const SubTheme& sub, int index) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(sub.id));
    std::string probe = "setup.sub_theme." + std::to_string(index);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    SubTheme changed = sub;
    bool save = EditText(ui, {"##title"}, sub.title, changed.title);
    ProbeItem(probe + ".title");
    ImGui::TableNextColumn();
    save = EditText(ui, {"##justification", Hint("setup.sub_theme_justification_hint"), 2}, sub.justification,
                    changed.justification) || save;
    ProbeItem(probe + ".justification");
    if (save) RunAction(state, [&] { PlanStructureStore(ws.Store()).UpdateSubTheme(changed); ws.ChangedTheme(changed.theme_id); });
    ImGui::TableNextColumn();
    if (ui.confirm_delete_sub_theme_id == sub.id) {
        if (ImGui::SmallButton(Tr("action.confirm_delete").c_str())) {
            RunAction(state, [&] { PlanStructureStore(ws.Store()).DeleteSubTheme(sub.id); ws.ChangedTheme(sub.theme_id); });
            ui.confirm_delete_sub_theme_id = 0;
        }
        ProbeItem(probe + ".confirm_delete");
    } else if (ImGui::SmallButton(Tr("action.delete").c_str())) {
        ui.confirm_delete_sub_theme_id = sub.id;
    }
    ImGui::PopID();
}

void DrawSubThemes(AppState& state, Workspace& ws, const Theme& theme, const PlanData& data) {
    SetupUiState& ui = state.setup;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("setup.sub_themes").c_str());
    ImGui::PopFont();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##sub_themes", 3, flags)) {
        ImGui::TableSetupColumn(Tr("setup.col.sub_theme").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.justification").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 115);
        ImGui::TableHeadersRow();
        int index = 0;
        for (const SubTheme& sub : data.sub_themes)
            if (sub.theme_id == theme.id) DrawSubThemeRow(state, ws, sub, index++);
        ImGui::EndTable();
    }
    ImGui::SetNextItemWidth(420);
    bool enter = ImGui::InputTextWithHint("##new_sub_theme", Hint("setup.new_sub_theme_hint"), &ui.new_sub_theme,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("setup.new_sub_theme");
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.new_sub_theme.empty());
    bool add = ImGui::Button(Tr("setup.add_sub_theme").c_str());
    ProbeItem("setup.add_sub_theme");
    ImGui::EndDisabled();
    if ((add || enter) && !ui.new_sub_theme.empty() &&
        RunAction(state, [&] { PlanStructureStore(ws.Store()).AddSubTheme(theme.id, ui.new_sub_theme); ws.ChangedTheme(theme.id); }))
        ui.new_sub_theme.clear();
}

} // namespace

void DrawThemesTab(AppState& state, Workspace& ws, const PlanData& data) {
    SetupUiState& ui = state.setup;
    bool selected_exists = std::any_of(data.themes.begin(), data.themes.end(),
                                       [&](const Theme& t) { return t.id == ui.selected_theme_id; });
    if (!selected_exists) ui.selected_theme_id = data.themes.empty() ? 0 : data.themes.front().id;
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##themes", 6, flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
        ImGui::TableSetupColumn(Tr("setup.col.theme").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.problem").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("setup.col.context").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(Tr("setup.col.questions").c_str(), ImGuiTableColumnFlags_WidthFixed, 80);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 115);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < data.themes.size(); ++i) DrawThemeRow(state, ws, data.themes[i], static_cast<int>(i));
        ImGui::EndTable();
    }
    DrawAddTheme(state, ws);
    ImGui::Separator();
    for (const Theme& t : data.themes) {
        if (t.id != ui.selected_theme_id) continue;
        DrawSupporting(state, ws, t);
        DrawSubThemes(state, ws, t, data);
        ImGui::Separator();
        DrawQuestions(state, ws, t);
    }
}

} // namespace hd::setup
