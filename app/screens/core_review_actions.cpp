// [SECTION] index: form buffers / table / form / DrawActions
// Core group screen, plan overview: the actions (operational level) under each accepted tactical
// objective. A table per objective; "+ Action" or Edit opens a form below it (the keyboard starts in
// the description, Tab walks the fields, Ctrl+Enter saves, Escape cancels, Alt+Up / Alt+Down move
// the action being edited). A refused save keeps everything typed and says why in the user's language.
#include <imgui.h>
#include <imgui_stdlib.h>
#include <GLFW/glfw3.h>

#include <cctype>

#include "app/app_state.h"
#include "app/screens/core_review_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/plan/action_store.h"

namespace hd::core_review {
namespace {

// [SECTION] Form buffers
std::string YearText(int year) { return year ? std::to_string(year) : std::string(); }

int ParseYear(const std::string& text) {
    std::string t = text;
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(t.begin());
    if (t.empty()) return 0;
    bool digits = t.size() <= 4;
    for (char c : t) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits) throw InputError("actions.err_year_text", "'" + text + "' is not a year.", {text});
    return std::stoi(t);
}

void OpenForm(ActionEditState& e, int64_t objective_id, const Action* a) {
    e = ActionEditState{};
    e.objective_id = objective_id;
    e.focus_pending = true;
    if (!a) return;
    e.action_id = a->id;
    e.description = a->description;
    e.owner = a->owner;
    e.partners = a->partners;
    e.start_year = YearText(a->start_year);
    e.end_year = a->end_year == a->start_year ? std::string() : YearText(a->end_year);
    e.budget = a->budget_euro ? std::to_string(*a->budget_euro) : std::string();
    e.budget_note = a->budget_note;
    e.indicator = a->indicator;
    e.target = a->target;
    for (size_t i = 0; i < std::size(kAllActionStatuses); ++i)
        if (kAllActionStatuses[i] == a->status) e.status = static_cast<int>(i);
    e.quick_win = a->quick_win;
}

// The typed form as an action; throws InputError for a year or amount that cannot be read.
Action FromForm(const ActionEditState& e) {
    Action a;
    a.id = e.action_id;
    a.objective_id = e.objective_id;
    a.description = e.description;
    a.owner = e.owner;
    a.partners = e.partners;
    a.start_year = ParseYear(e.start_year);
    a.end_year = ParseYear(e.end_year);
    bool ok = true;
    a.budget_euro = ParseEuro(e.budget, ok);
    if (!ok) throw InputError("actions.err_budget_text", "'" + e.budget + "' is not an amount in euro.", {e.budget});
    a.budget_note = e.budget_note;
    a.indicator = e.indicator;
    a.target = e.target;
    a.status = kAllActionStatuses[static_cast<size_t>(e.status)];
    a.quick_win = e.quick_win;
    return a;
}

std::string BudgetLabel(const Action& a) {
    std::string lang = GlobalTranslator().GetLanguage() == Language::English ? "en" : "nl";
    std::string out = a.budget_euro ? FormatEuro(*a.budget_euro, lang) : std::string();
    if (!a.budget_note.empty()) out += (out.empty() ? "" : " · ") + a.budget_note;
    return out;
}

ImVec4 StatusColor(ActionStatus s) {
    switch (s) {
    case ActionStatus::Planned: return kMuted;
    case ActionStatus::Running: return kAmber;
    case ActionStatus::Done: return kGreen;
    case ActionStatus::Dropped: return ImVec4(0.85f, 0.55f, 0.55f, 1.0f);
    }
    return kMuted;
}

// [SECTION] Table
void DrawActionCell(const Action& a) {
    ImGui::TextWrapped("%s", a.description.c_str());
    if (a.quick_win) ImGui::TextColored(kGreen, "%s", Tr("actions.quick_win_tag").c_str()); // own line: never clipped
    std::string details;
    if (!a.partners.empty()) details = Tr("actions.partners") + ": " + a.partners;
    if (!a.indicator.empty() || !a.target.empty()) {
        if (!details.empty()) details += "   ·   ";
        details += Tr("actions.indicator") + ": " + a.indicator;
        if (!a.target.empty()) details += " → " + a.target;
    }
    if (details.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
    ImGui::TextWrapped("%s", details.c_str());
    ImGui::PopStyleColor();
}

void DrawRowButtons(AppState& state, Workspace& ws, const PlanObjective& o, const Action& a, size_t index) {
    ActionEditState& e = state.core_review.action_edit;
    std::string id = std::to_string(a.id);
    if (e.confirm_delete == a.id) {
        ImGui::TextColored(kAmber, "%s", Tr("action.confirm_delete").c_str());
        if (ImGui::SmallButton(Tr("action.delete").c_str()))
            if (RunAction(state, [&] {
                    ActionStore(ws.Store()).Delete(a.id, state.user_name);
                    ws.ChangedTheme(o.theme_id);
                }))
                e.confirm_delete = 0;
        ProbeItem("actions.delete_yes." + id);
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("action.cancel").c_str())) e.confirm_delete = 0;
        return;
    }
    if (ImGui::SmallButton(Tr("action.edit").c_str())) OpenForm(e, o.id, &a);
    ProbeItem("actions.edit." + id);
    ImGui::SameLine();
    ImGui::BeginDisabled(index == 0);
    if (ImGui::SmallButton("↑")) RunAction(state, [&] { ActionStore(ws.Store()).Move(a.id, -1); ws.ChangedTheme(o.theme_id); });
    ProbeItem("actions.up." + id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 == o.actions.size());
    if (ImGui::SmallButton("↓")) RunAction(state, [&] { ActionStore(ws.Store()).Move(a.id, +1); ws.ChangedTheme(o.theme_id); });
    ProbeItem("actions.down." + id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("action.delete").c_str())) e.confirm_delete = a.id;
    ProbeItem("actions.delete." + id);
}

void DrawActionTable(AppState& state, Workspace& ws, const PlanObjective& o) {
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##actions", 6, flags)) return;
    ImGui::TableSetupColumn(Tr("actions.action").c_str(), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(Tr("actions.owner").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    const ImGuiStyle& style = ImGui::GetStyle();
    float years_w = ImGui::CalcTextSize("2026–2031").x + style.CellPadding.x * 2;
    ImGui::TableSetupColumn(Tr("actions.years").c_str(), ImGuiTableColumnFlags_WidthFixed, years_w);
    ImGui::TableSetupColumn(Tr("actions.budget").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("actions.status").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    // Exactly as wide as its four small buttons in the current language, so none is cut off.
    std::string labels = Tr("action.edit") + Tr("action.delete") + "↑↓";
    float buttons_w = ImGui::CalcTextSize(labels.c_str()).x + 4 * style.FramePadding.x * 2 + 3 * style.ItemSpacing.x +
                      style.CellPadding.x * 2;
    ImGui::TableSetupColumn("##buttons", ImGuiTableColumnFlags_WidthFixed, buttons_w);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < o.actions.size(); ++i) {
        const Action& a = o.actions[i];
        ImGui::PushID(static_cast<int>(a.id));
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        DrawActionCell(a);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextWrapped("%s", a.owner.c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(FormatYears(a).c_str());
        ImGui::TableSetColumnIndex(3);
        ImGui::TextWrapped("%s", BudgetLabel(a).c_str());
        ImGui::TableSetColumnIndex(4);
        ImGui::TextColored(StatusColor(a.status), "%s", Tr("actions.status." + std::string(ToKey(a.status))).c_str());
        ImGui::TableSetColumnIndex(5);
        DrawRowButtons(state, ws, o, a, i);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// [SECTION] Form
void Field(const char* key, const char* probe, std::string& value, float width, ImGuiInputTextFlags flags = 0) {
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint((std::string("##") + probe).c_str(), Tr(key).c_str(), &value, flags);
    ProbeItem(std::string("actions.form.") + probe);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr(key).c_str());
}

// An action belongs to its objective's theme: ChangedTheme. The plan draft and every view across the
// plan follow every change (Revision), so they show it too.
void Save(AppState& state, Workspace& ws, const PlanObjective& o) {
    ActionEditState& e = state.core_review.action_edit;
    if (RunAction(state, [&] {
            Action a = FromForm(e);
            ActionStore actions(ws.Store());
            if (a.id) actions.Update(a, state.user_name);
            else actions.Add(a, state.user_name);
            ws.ChangedTheme(o.theme_id);
        }))
        e = ActionEditState{};
}

void DrawForm(AppState& state, Workspace& ws, const PlanObjective& o) {
    ActionEditState& e = state.core_review.action_edit;
    ImGui::PushID("form");
    ImGui::TextColored(kAmber, "%s", Tr(e.action_id ? "actions.edit_title" : "actions.new_title").c_str());
    float w = ImGui::GetContentRegionAvail().x, gap = ImGui::GetStyle().ItemSpacing.x;
    if (e.focus_pending) {
        ImGui::SetKeyboardFocusHere();
        e.focus_pending = false;
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##description", &e.description, ImVec2(-1, ImGui::GetTextLineHeight() * 3));
    ProbeItem("actions.form.description");
    if (e.description.empty() && !ImGui::IsItemActive()) {
        ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + 6, at.y + 4), ImGui::GetColorU32(kMuted), Tr("actions.description").c_str());
    }
    float half = (w - gap) / 2, quarter = (w - 3 * gap) / 4;
    Field("actions.owner", "owner", e.owner, half);
    ImGui::SameLine();
    Field("actions.partners", "partners", e.partners, half);
    Field("actions.start_year", "start", e.start_year, quarter, ImGuiInputTextFlags_CharsDecimal);
    ImGui::SameLine();
    Field("actions.end_year", "end", e.end_year, quarter, ImGuiInputTextFlags_CharsDecimal);
    ImGui::SameLine();
    Field("actions.budget_euro", "budget", e.budget, quarter);
    ImGui::SameLine();
    Field("actions.budget_note", "budget_note", e.budget_note, quarter);
    Field("actions.indicator", "indicator", e.indicator, half);
    ImGui::SameLine();
    Field("actions.target", "target", e.target, half);
    ImGui::SetNextItemWidth(quarter);
    const std::string current = Tr("actions.status." + std::string(ToKey(kAllActionStatuses[static_cast<size_t>(e.status)])));
    if (ImGui::BeginCombo("##status", current.c_str())) {
        for (size_t i = 0; i < std::size(kAllActionStatuses); ++i)
            if (ImGui::Selectable(Tr("actions.status." + std::string(ToKey(kAllActionStatuses[i]))).c_str(), e.status == static_cast<int>(i)))
                e.status = static_cast<int>(i);
        ImGui::EndCombo();
    }
    ProbeItem("actions.form.status");
    ImGui::SameLine();
    ImGui::Checkbox(Tr("actions.quick_win").c_str(), &e.quick_win);
    ProbeItem("actions.form.quick_win");
    ImGui::SameLine();
    const ImGuiIO& io = ImGui::GetIO();
    bool ctrl_enter = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER, false);
    if (ImGui::Button(Tr("action.save").c_str()) || ctrl_enter) Save(state, ws, o);
    ProbeItem("actions.form.save");
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) e = ActionEditState{};
    ProbeItem("actions.form.cancel");
    ImGui::SameLine();
    ImGui::TextColored(kMuted, "%s", Tr("actions.form_keys").c_str());
    // Alt+Up / Alt+Down move the action being edited, without leaving the keyboard.
    if (e.action_id && io.KeyAlt && (ImGui::IsKeyPressed(GLFW_KEY_UP) || ImGui::IsKeyPressed(GLFW_KEY_DOWN))) {
        int delta = ImGui::IsKeyPressed(GLFW_KEY_UP) ? -1 : +1;
        RunAction(state, [&] { ActionStore(ws.Store()).Move(e.action_id, delta); ws.ChangedTheme(o.theme_id); });
    }
    ImGui::PopID();
}

} // namespace

// [SECTION] DrawActions
void DrawActions(AppState& state, Workspace& ws, const PlanObjective& o) {
    if (o.strategic) return;
    ActionEditState& e = state.core_review.action_edit;
    ImGui::PushID("actions");
    ImGui::Indent();
    ImGui::TextColored(kMuted, "%s", FillPlaceholders(Tr("actions.heading"), {std::to_string(o.actions.size())}).c_str());
    if (!o.accepted) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", Tr("actions.accept_first").c_str());
    } else {
        if (!o.actions.empty()) DrawActionTable(state, ws, o);
        if (e.objective_id == o.id) DrawForm(state, ws, o);
        else {
            if (ImGui::SmallButton(Tr("actions.add").c_str())) OpenForm(e, o.id, nullptr);
            ProbeItem("actions.add." + std::to_string(o.id));
        }
    }
    ImGui::Unindent();
    ImGui::PopID();
}

} // namespace hd::core_review
