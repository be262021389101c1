// [SECTION] index: in-place fields / saving / plan tab / themes tab / questions / participants tab /
//                  hearings tab / presence / DrawSetup
// Plan setup: tables edited in place. A text field is saved when it is left after an edit (Enter, Tab or
// a click elsewhere); combos and checkboxes save at once. Every save re-reads the row from the store,
// changes the one field and writes it back, so a stale cache never overwrites someone else's change
// (the hearing clock, for example, keeps running while the setup is edited).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"

namespace hd {

namespace {
// [SECTION] In-place fields
// Common end of an in-place field: while active its value lives in `buffers` (so it survives the frames
// in which the cache is re-read); when left after an edit the new value goes to `out`.
template <typename T>
bool FinishEdit(std::map<unsigned int, T>& buffers, unsigned int id, const T& shown, const T& original, T& out) {
    if (ImGui::IsItemActive()) {
        buffers[id] = shown;
        return false;
    }
    bool edited = ImGui::IsItemDeactivatedAfterEdit();
    buffers.erase(id);
    if (!edited || shown == original) return false;
    out = shown;
    return true;
}

struct TextField {
    const char* id;
    const char* hint = nullptr;
    int lines = 1; // more than one: a multi-line box of that height
};

// Long texts show wrapped (ImGui's multi-line input does not wrap); a click opens the editor in place.
bool DrawWrappedPreview(const char* id, const std::string& value, float height) {
    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 size(ImGui::GetContentRegionAvail().x, height);
    bool clicked = ImGui::InvisibleButton(id, size);
    bool hovered = ImGui::IsItemHovered();
    ImVec2 max(min.x + size.x, min.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                      ImGui::GetStyle().FrameRounding);
    ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImVec4 clip(min.x, min.y, max.x - pad.x, max.y - pad.y * 0.5f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad.x, min.y + pad.y), ImGui::GetColorU32(ImGuiCol_Text),
                value.c_str(), nullptr, size.x - pad.x * 2, &clip);
    if (hovered && !value.empty()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
        ImGui::TextUnformatted(value.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return clicked;
}

bool EditLongText(SetupUiState& ui, const TextField& field, const std::string& value, std::string& out) {
    unsigned int wid = ImGui::GetID(field.id);
    float height = ImGui::GetTextLineHeight() * static_cast<float>(field.lines) + ImGui::GetStyle().FramePadding.y * 2;
    if (ui.open_field != wid) {
        if (DrawWrappedPreview(field.id, value, height)) {
            ui.open_field = wid;
            ui.focus_open_field = true;
        }
        return false;
    }
    auto it = ui.edit_text.find(wid);
    std::string shown = it != ui.edit_text.end() ? it->second : value;
    if (ui.focus_open_field) ImGui::SetKeyboardFocusHere();
    ui.focus_open_field = false;
    ImGui::InputTextMultiline(field.id, &shown, ImVec2(-FLT_MIN, height));
    if (ImGui::IsItemDeactivated()) ui.open_field = 0;
    return FinishEdit(ui.edit_text, wid, shown, value, out);
}

bool EditText(SetupUiState& ui, const TextField& field, const std::string& value, std::string& out) {
    if (field.lines > 1) return EditLongText(ui, field, value, out);
    unsigned int wid = ImGui::GetID(field.id);
    auto it = ui.edit_text.find(wid);
    std::string shown = it != ui.edit_text.end() ? it->second : value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (field.hint) ImGui::InputTextWithHint(field.id, field.hint, &shown);
    else ImGui::InputText(field.id, &shown);
    return FinishEdit(ui.edit_text, wid, shown, value, out);
}

bool EditInt(SetupUiState& ui, const char* id, int value, int& out, float width = -FLT_MIN) {
    unsigned int wid = ImGui::GetID(id);
    auto it = ui.edit_int.find(wid);
    int shown = it != ui.edit_int.end() ? it->second : value;
    ImGui::SetNextItemWidth(width);
    ImGui::InputInt(id, &shown, 0, 0);
    return FinishEdit(ui.edit_int, wid, shown, value, out);
}

// The row number selects the row; the highlight spans the row, its fields stay usable.
constexpr ImGuiSelectableFlags kRowSelect = ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap;

// A field's translated label used as a hint, e.g. for the "add" row.
const char* Hint(const char* key) { return Tr(key).c_str(); }

void RequireDate(const std::string& value, const char* field_key) {
    bool ok = value.empty();
    if (value.size() == 10 && value[4] == '-' && value[7] == '-') {
        ok = true;
        for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            ok = ok && std::isdigit(static_cast<unsigned char>(value[i]));
        int month = ok ? std::stoi(value.substr(5, 2)) : 0, day = ok ? std::stoi(value.substr(8, 2)) : 0;
        ok = ok && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
    if (!ok)
        throw InputError("setup.err.bad_date", "The date '" + value + "' in " + Tr(field_key) + " is not of the form yyyy-mm-dd.",
                         {value, Tr(field_key)});
}

// [SECTION] Saving: re-read, change one thing, write
void SavePlan(AppState& state, Workspace& ws, const std::function<void(Plan&)>& change) {
    RunAction(state, [&] {
        Plan p = ws.Store().GetPlan();
        change(p);
        ws.Store().UpdatePlan(p);
        ws.Invalidate();
    });
}

void SaveTheme(AppState& state, Workspace& ws, int64_t id, const std::function<void(Theme&)>& change) {
    RunAction(state, [&] {
        std::optional<Theme> t = ws.Store().GetTheme(id);
        if (!t) return;
        change(*t);
        ws.Store().UpdateTheme(*t);
        ws.Invalidate();
    });
}

void SaveParticipant(AppState& state, Workspace& ws, int64_t id, const std::function<void(Participant&)>& change) {
    RunAction(state, [&] {
        std::optional<Participant> p = ws.Store().GetParticipant(id);
        if (!p) return;
        change(*p);
        ws.Store().UpdateParticipant(*p);
        ws.Invalidate();
    });
}

void SaveHearing(AppState& state, Workspace& ws, int64_t id, const std::function<void(Hearing&)>& change) {
    RunAction(state, [&] {
        std::optional<Hearing> h = ws.Store().GetHearing(id);
        if (!h) return;
        change(*h);
        ws.Store().UpdateHearing(*h);
        ws.Invalidate();
    });
}

// [SECTION] Plan tab
const std::string& PhaseStatusLabel(PhaseStatus s) { return Tr("setup.phase_status." + std::string(ToKey(s))); }

// New plans store the phase key as its title; show the translated standard title then.
std::string PhaseTitle(const Phase& p) {
    std::string key = "setup.phase." + p.key;
    if (p.title == p.key && GlobalTranslator().Has(key)) return Tr(key);
    return p.title;
}

void DrawPhaseStatus(AppState& state, Workspace& ws, const Phase& phase) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##status", PhaseStatusLabel(phase.status).c_str())) return;
    for (PhaseStatus s : {PhaseStatus::Planned, PhaseStatus::Active, PhaseStatus::Done}) {
        if (!ImGui::Selectable(PhaseStatusLabel(s).c_str(), s == phase.status)) continue;
        SavePlan(state, ws, [&](Plan& p) {
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.status = s;
        });
    }
    ImGui::EndCombo();
}

void DrawPhaseRow(AppState& state, Workspace& ws, const Phase& phase) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(phase.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string title = PhaseTitle(phase), start = phase.start_date, end = phase.end_date;
    if (EditText(ui, {"##title"}, title, title))
        SavePlan(state, ws, [&](Plan& p) {
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.title = title;
        });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##start", Hint("setup.date_hint")}, start, start))
        SavePlan(state, ws, [&](Plan& p) {
            RequireDate(start, "setup.col.start");
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.start_date = start;
        });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##end", Hint("setup.date_hint")}, end, end))
        SavePlan(state, ws, [&](Plan& p) {
            RequireDate(end, "setup.col.end");
            for (Phase& x : p.phases)
                if (x.id == phase.id) x.end_date = end;
        });
    ImGui::TableNextColumn();
    DrawPhaseStatus(state, ws, phase);
    ImGui::PopID();
}

void FormLabel(const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr(key).c_str());
    ImGui::TableNextColumn();
}

void DrawPlanFields(AppState& state, Workspace& ws, const Plan& plan) {
    SetupUiState& ui = state.setup;
    if (!ImGui::BeginTable("##planform", 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthFixed, 620);
    std::string text;
    FormLabel("setup.plan.name");
    if (EditText(ui, {"##plan_name"}, plan.name, text)) SavePlan(state, ws, [&](Plan& p) { p.name = text; });
    ProbeItem("setup.plan.name");
    FormLabel("setup.plan.city");
    if (EditText(ui, {"##plan_city"}, plan.city, text)) SavePlan(state, ws, [&](Plan& p) { p.city = text; });
    FormLabel("setup.plan.period");
    int year = 0;
    ImGui::BeginGroup();
    if (EditInt(ui, "##from", plan.period_start, year, 110)) SavePlan(state, ws, [&](Plan& p) { p.period_start = year; });
    ImGui::SameLine();
    ImGui::TextUnformatted("–");
    ImGui::SameLine();
    if (EditInt(ui, "##to", plan.period_end, year, 110)) SavePlan(state, ws, [&](Plan& p) { p.period_end = year; });
    ImGui::EndGroup();
    ImGui::EndTable();
}

void DrawPlanTab(AppState& state, Workspace& ws, const Plan& plan) {
    DrawPlanFields(state, ws, plan);
    ImGui::Spacing();
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("setup.phases").c_str());
    ImGui::PopFont();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##phases", 4, flags)) return;
    ImGui::TableSetupColumn(Tr("setup.col.phase").c_str(), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(Tr("setup.col.start").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(Tr("setup.col.end").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(Tr("setup.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 200);
    ImGui::TableHeadersRow();
    for (const Phase& phase : plan.phases) DrawPhaseRow(state, ws, phase);
    ImGui::EndTable();
}

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
            ws.Invalidate();
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
            ws.Invalidate();
        }))
        ui.new_theme_title.clear();
}

// [SECTION] Questions of the selected theme
void DrawQuestionActions(AppState& state, Workspace& ws, const Question& q, int index, int count) {
    SetupUiState& ui = state.setup;
    std::string probe = "setup.question." + std::to_string(index);
    ImGui::BeginDisabled(index == 0);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up))
        RunAction(state, [&] { ws.Store().MoveQuestion(q.id, -1); ws.Invalidate(); });
    ProbeItem(probe + ".up");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(index + 1 >= count);
    if (ImGui::ArrowButton("##down", ImGuiDir_Down))
        RunAction(state, [&] { ws.Store().MoveQuestion(q.id, +1); ws.Invalidate(); });
    ProbeItem(probe + ".down");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ui.confirm_delete_question_id == q.id) {
        if (ImGui::SmallButton(Tr("action.confirm_delete").c_str())) {
            RunAction(state, [&] { ws.Store().DeleteQuestion(q.id); ws.Invalidate(); });
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
    if (save) RunAction(state, [&] { ws.Store().UpdateQuestion(changed); ws.Invalidate(); });
    ImGui::TableNextColumn();
    DrawQuestionActions(state, ws, q, index, count);
    ImGui::PopID();
}

void AddQuestion(AppState& state, Workspace& ws, int64_t theme_id) {
    SetupUiState& ui = state.setup;
    if (ui.new_question.empty()) return;
    int budget = std::clamp(ui.new_question_budget, 1, 600);
    if (RunAction(state, [&] { ws.Store().AddQuestion(theme_id, ui.new_question, budget); ws.Invalidate(); }))
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
    for (const Theme& t : data.themes)
        if (t.id == ui.selected_theme_id) DrawQuestions(state, ws, t);
}

// [SECTION] Participants tab
bool IsKnownDiscipline(const std::string& d) {
    return std::any_of(std::begin(kKnownDisciplines), std::end(kKnownDisciplines), [&](std::string_view k) { return k == d; });
}

std::string AsciiLower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Free text that names a known discipline (its key or its label in the UI language) becomes that key,
// so "Politie" typed by hand is counted with the police in the projection's chart.
std::string DisciplineFromText(const std::string& text) {
    std::string lower = AsciiLower(text);
    for (std::string_view key : kKnownDisciplines) {
        std::string k(key), label_key = "discipline." + k;
        if (lower == k || lower == AsciiLower(Tr(label_key))) return k;
    }
    return text;
}

bool DisciplineCombo(const char* id, std::string& discipline) {
    bool changed = false;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo(id, DisciplineLabel(discipline).c_str())) return false;
    for (std::string_view key : kKnownDisciplines) {
        std::string k(key);
        if (ImGui::Selectable(DisciplineLabel(k).c_str(), k == discipline)) {
            discipline = k;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

void DrawParticipantRow(AppState& state, Workspace& ws, const Participant& p, int index) {
    SetupUiState& ui = state.setup;
    ImGui::PushID(static_cast<int>(p.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", index + 1);
    std::string text;
    ImGui::TableNextColumn();
    if (EditText(ui, {"##name", Hint("setup.anonymous")}, p.name, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.name = text; });
    ProbeItem("setup.participant." + std::to_string(index) + ".name");
    ImGui::TableNextColumn();
    if (EditText(ui, {"##org"}, p.organisation, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.organisation = text; });
    ImGui::TableNextColumn();
    std::string discipline = p.discipline;
    if (DisciplineCombo("##discipline", discipline))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.discipline = discipline; });
    ImGui::TableNextColumn();
    std::string free_text = IsKnownDiscipline(p.discipline) ? std::string() : p.discipline;
    if (EditText(ui, {"##free", Hint("setup.discipline_other_hint")}, free_text, text))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.discipline = DisciplineFromText(text); });
    ImGui::TableNextColumn();
    bool consent = p.consent_named;
    if (ImGui::Checkbox("##consent", &consent))
        SaveParticipant(state, ws, p.id, [&](Participant& x) { x.consent_named = consent; });
    ProbeItem("setup.participant." + std::to_string(index) + ".consent");
    ImGui::PopID();
}

void AddParticipant(AppState& state, Workspace& ws) {
    Participant& np = state.setup.new_participant;
    if (np.name.empty() && np.discipline.empty() && np.organisation.empty()) return;
    np.discipline = DisciplineFromText(np.discipline);
    if (RunAction(state, [&] { ws.Store().AddParticipant(np); ws.Invalidate(); })) np = Participant{};
}

void DrawAddParticipantRow(AppState& state, Workspace& ws) {
    Participant& np = state.setup.new_participant;
    ImGui::PushID("new_participant");
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("+");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##name", Hint("setup.new_participant_hint"), &np.name);
    ProbeItem("setup.new_participant.name");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##org", Hint("setup.col.organisation"), &np.organisation);
    ProbeItem("setup.new_participant.organisation");
    ImGui::TableNextColumn();
    DisciplineCombo("##discipline", np.discipline);
    ProbeItem("setup.new_participant.discipline");
    ImGui::TableNextColumn();
    std::string free_text = IsKnownDiscipline(np.discipline) ? std::string() : np.discipline;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##free", Hint("setup.discipline_free_hint"), &free_text)) np.discipline = free_text;
    ProbeItem("setup.new_participant.free");
    ImGui::TableNextColumn();
    ImGui::Checkbox("##consent", &np.consent_named);
    ProbeItem("setup.new_participant.consent");
    ImGui::SameLine();
    bool empty = np.name.empty() && np.discipline.empty() && np.organisation.empty();
    ImGui::BeginDisabled(empty);
    if (ImGui::Button(Tr("setup.add_participant").c_str())) AddParticipant(state, ws);
    ProbeItem("setup.add_participant");
    ImGui::EndDisabled();
    ImGui::PopID();
}

void DrawParticipantsTab(AppState& state, Workspace& ws, const PlanData& data) {
    ImGui::TextDisabled("%s", Tr("setup.participants_help").c_str());
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (!ImGui::BeginTable("##participants", 6, flags)) return;
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
    ImGui::TableSetupColumn(Tr("setup.col.name").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(Tr("setup.col.organisation").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(Tr("setup.col.discipline").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("setup.col.discipline_free").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("setup.col.consent").c_str(), ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < data.participants.size(); ++i)
        DrawParticipantRow(state, ws, data.participants[i], static_cast<int>(i));
    DrawAddParticipantRow(state, ws);
    ImGui::EndTable();
}

// [SECTION] Hearings tab
const std::string& HearingStatusLabel(HearingStatus s) { return Tr("setup.hearing_status." + std::string(ToKey(s))); }

bool ThemeCombo(const char* id, const PlanData& data, int64_t& theme_id, float width = -FLT_MIN) {
    std::string current;
    for (const Theme& t : data.themes)
        if (t.id == theme_id) current = t.title;
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo(id, current.c_str())) return false;
    for (const Theme& t : data.themes) {
        ImGui::PushID(static_cast<int>(t.id));
        if (ImGui::Selectable(t.title.c_str(), t.id == theme_id)) {
            theme_id = t.id;
            changed = true;
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
    return changed;
}

void DrawHearingStatus(AppState& state, Workspace& ws, const Hearing& h) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##status", HearingStatusLabel(h.status).c_str())) return;
    for (HearingStatus s : {HearingStatus::Planned, HearingStatus::Running, HearingStatus::Closed}) {
        if (!ImGui::Selectable(HearingStatusLabel(s).c_str(), s == h.status)) continue;
        SaveHearing(state, ws, h.id, [&](Hearing& x) {
            x.status = s;
            // A closed hearing's clock must not keep counting.
            if (s == HearingStatus::Closed && x.clock_started_wall_ms > 0) {
                x.clock_accumulated_ms = PlanStore::ClockOffsetMs(x, state.now_ms);
                x.clock_started_wall_ms = 0;
            }
        });
    }
    ImGui::EndCombo();
}

void DrawHearingTexts(AppState& state, Workspace& ws, const Hearing& h) {
    SetupUiState& ui = state.setup;
    std::string text;
    ImGui::TableNextColumn();
    if (EditText(ui, {"##date", Hint("setup.date_hint")}, h.date, text))
        SaveHearing(state, ws, h.id, [&](Hearing& x) {
            RequireDate(text, "setup.col.date");
            x.date = text;
        });
    ProbeItem("setup.hearing.date." + std::to_string(h.id));
    ImGui::TableNextColumn();
    if (EditText(ui, {"##location"}, h.location, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.location = text; });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##moderator"}, h.moderator, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.moderator = text; });
    ImGui::TableNextColumn();
    DrawHearingStatus(state, ws, h);
    ImGui::TableNextColumn();
    if (EditText(ui, {"##rep_a"}, h.reporter_a, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.reporter_a = text; });
    ImGui::TableNextColumn();
    if (EditText(ui, {"##rep_b"}, h.reporter_b, text)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.reporter_b = text; });
}

void DrawHearingRow(AppState& state, Workspace& ws, const PlanData& data, const Hearing& h, int index) {
    ImGui::PushID(static_cast<int>(h.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string number = std::to_string(index + 1);
    ImGui::AlignTextToFramePadding();
    if (ImGui::Selectable(number.c_str(), state.hearing_id == h.id, kRowSelect)) {
        state.hearing_id = h.id;
        state.theme_id = h.theme_id;
    }
    ProbeItem("setup.hearing." + std::to_string(index) + ".select");
    ImGui::TableNextColumn();
    int64_t theme_id = h.theme_id;
    if (ThemeCombo("##theme", data, theme_id)) SaveHearing(state, ws, h.id, [&](Hearing& x) { x.theme_id = theme_id; });
    DrawHearingTexts(state, ws, h);
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", static_cast<int>(h.participant_ids.size()));
    ImGui::PopID();
}

void AddHearing(AppState& state, Workspace& ws) {
    SetupUiState& ui = state.setup;
    Hearing h;
    h.theme_id = ui.new_hearing_theme_id;
    h.date = ui.new_hearing_date;
    bool ok = RunAction(state, [&] {
        RequireDate(h.date, "setup.col.date");
        state.hearing_id = ws.Store().AddHearing(h);
        state.theme_id = h.theme_id;
        ws.Invalidate();
    });
    if (ok) ui.new_hearing_date.clear();
}

void DrawAddHearing(AppState& state, Workspace& ws, const PlanData& data) {
    SetupUiState& ui = state.setup;
    if (ui.new_hearing_theme_id == 0 && !data.themes.empty()) ui.new_hearing_theme_id = data.themes.front().id;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("setup.new_hearing").c_str());
    ImGui::SameLine();
    ThemeCombo("##new_theme", data, ui.new_hearing_theme_id, 360);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    ImGui::InputTextWithHint("##new_date", Hint("setup.date_hint"), &ui.new_hearing_date);
    ProbeItem("setup.new_hearing_date");
    ImGui::SameLine();
    ImGui::BeginDisabled(data.themes.empty());
    if (ImGui::Button(Tr("setup.add_hearing").c_str())) AddHearing(state, ws);
    ProbeItem("setup.add_hearing");
    ImGui::EndDisabled();
}

// [SECTION] Presence checklist of the selected hearing
void TogglePresent(AppState& state, Workspace& ws, int64_t hearing_id, int64_t participant_id, bool present) {
    SaveHearing(state, ws, hearing_id, [&](Hearing& x) {
        std::erase(x.participant_ids, participant_id);
        if (present) x.participant_ids.push_back(participant_id);
    });
}

void DrawPresence(AppState& state, Workspace& ws, const PlanData& data, const Hearing& h) {
    const Theme* theme = ws.FindTheme(h.theme_id);
    ImGui::PushFont(Fonts().bold);
    ImGui::Text("%s: %s · %s (%d)", Tr("setup.present_at").c_str(), theme ? theme->title.c_str() : "?", h.date.c_str(),
                static_cast<int>(h.participant_ids.size()));
    ImGui::PopFont();
    if (!ImGui::BeginTable("##presence", 2, ImGuiTableFlags_SizingStretchSame)) return;
    for (const Participant& p : data.participants) {
        ImGui::TableNextColumn();
        bool present = std::find(h.participant_ids.begin(), h.participant_ids.end(), p.id) != h.participant_ids.end();
        std::string label = ws.SpeakerLabel(p.id);
        if (!p.organisation.empty()) label += " · " + p.organisation;
        label += "##p" + std::to_string(p.id);
        if (ImGui::Checkbox(label.c_str(), &present)) TogglePresent(state, ws, h.id, p.id, present);
        ProbeItem("setup.present." + std::to_string(p.id));
    }
    ImGui::EndTable();
}

void DrawHearingsTab(AppState& state, Workspace& ws, const PlanData& data) {
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter;
    if (ImGui::BeginTable("##hearings", 9, flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30);
        ImGui::TableSetupColumn(Tr("setup.col.theme").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(Tr("setup.col.date").c_str(), ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn(Tr("setup.col.location").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableSetupColumn(Tr("setup.col.moderator").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(Tr("setup.col.status").c_str(), ImGuiTableColumnFlags_WidthFixed, 130);
        ImGui::TableSetupColumn(Tr("setup.col.reporter_a").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.reporter_b").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(Tr("setup.col.present").c_str(), ImGuiTableColumnFlags_WidthFixed, 90);
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < data.hearings.size(); ++i)
            DrawHearingRow(state, ws, data, data.hearings[i], static_cast<int>(i));
        ImGui::EndTable();
    }
    DrawAddHearing(state, ws, data);
    ImGui::Separator();
    for (const Hearing& h : data.hearings)
        if (h.id == state.hearing_id) DrawPresence(state, ws, data, h);
    ImGui::Separator();
    DrawLiveHostPanel(state, ws); // the facilitator starts the live link for the selected hearing here
}

// [SECTION] Tabs
struct SetupTab {
    const char* key;
    void (*draw)(AppState&, Workspace&, const PlanData&);
};

void DrawPlanTabOf(AppState& state, Workspace& ws, const PlanData& data) { DrawPlanTab(state, ws, data.plan); }

const SetupTab kTabs[] = {{"plan", DrawPlanTabOf},
                          {"themes", DrawThemesTab},
                          {"participants", DrawParticipantsTab},
                          {"hearings", DrawHearingsTab}};

void DrawTab(AppState& state, Workspace& ws, const PlanData& data, int index) {
    SetupUiState& ui = state.setup;
    const SetupTab& tab = kTabs[index];
    std::string label = Tr(std::string("setup.tab.") + tab.key) + "###" + tab.key;
    ImGuiTabItemFlags flags = ui.open_tab == index ? ImGuiTabItemFlags_SetSelected : 0;
    bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
    ProbeItem(std::string("setup.tab.") + tab.key);
    if (!open) return;
    ui.tab = index;
    ImGui::BeginChild("##body", ImVec2(0, 0), false);
    tab.draw(state, ws, data);
    ImGui::EndChild();
    ImGui::EndTabItem();
}
} // namespace

// [SECTION] DrawSetup
void DrawSetup(AppState& state, Workspace& ws) {
    // A copy: saving invalidates the workspace cache while the tables are still being drawn.
    PlanData data = ws.Data();
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(data.plan.name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("setup.autosave").c_str());
    if (ImGui::BeginTabBar("##setup_tabs")) {
        for (int i = 0; i < static_cast<int>(std::size(kTabs)); ++i) DrawTab(state, ws, data, i);
        ImGui::EndTabBar();
    }
    state.setup.open_tab = -1;
}

} // namespace hd
