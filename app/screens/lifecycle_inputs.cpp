// [SECTION] index: saving / related plans / priorities and links / facet view / documents / DrawInputsTab
// Inputs tab of the Plan cycle screen: the other plans the city's plan answers to (with their owner,
// cycle and priorities), which of our accepted objectives serve each priority, the facet view with
// the priorities nobody answers, and the documents the core group works from (by reference only).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/screens/setup_fields.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/lifecycle/inputs.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kGap(0.86f, 0.32f, 0.28f, 1.0f);

// [SECTION] Saving: re-read, change one thing, write
void SavePlan(AppState& state, Workspace& ws, int64_t id, const std::function<void(RelatedPlan&)>& change) {
    RunAction(state, [&] {
        InputStore in(ws.Store());
        std::optional<RelatedPlan> p = in.GetPlan(id);
        if (!p) return;
        change(*p);
        in.UpdatePlan(*p);
        ws.Changed();
    });
}

void SaveDocument(AppState& state, Workspace& ws, const InputDocument& before, const std::function<void(InputDocument&)>& change) {
    RunAction(state, [&] {
        InputDocument d = before;
        change(d);
        InputStore(ws.Store()).UpdateDocument(d);
        ws.Changed();
    });
}

// [SECTION] Related plans
void DrawPlanRow(AppState& state, Workspace& ws, const RelatedPlan& p) {
    LifecycleUiState& ui = state.lifecycle;
    SetupUiState& fields = state.setup;
    ImGui::PushID(static_cast<int>(p.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string text;
    int year = 0;
    if (setup::EditText(fields, {"##title"}, p.title, text)) SavePlan(state, ws, p.id, [&](RelatedPlan& x) { x.title = text; });
    ImGui::TableNextColumn();
    if (setup::EditText(fields, {"##owner"}, p.owner, text)) SavePlan(state, ws, p.id, [&](RelatedPlan& x) { x.owner = text; });
    ImGui::TableNextColumn();
    if (setup::EditInt(fields, "##from", p.cycle_start, year, 70)) SavePlan(state, ws, p.id, [&](RelatedPlan& x) { x.cycle_start = year; });
    ImGui::SameLine();
    if (setup::EditInt(fields, "##to", p.cycle_end, year, 70)) SavePlan(state, ws, p.id, [&](RelatedPlan& x) { x.cycle_end = year; });
    ImGui::TableNextColumn();
    bool selected = ui.selected_related_plan == p.id;
    std::string label = FillPlaceholders(Tr("lifecycle.priorities_n"), {std::to_string(p.priorities.size())});
    if (ImGui::Selectable(label.c_str(), selected)) ui.selected_related_plan = selected ? 0 : p.id;
    ProbeItem("lifecycle.related_plan." + std::to_string(p.id));
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(Tr("lifecycle.delete").c_str()))
        RunAction(state, [&] {
            InputStore(ws.Store()).DeletePlan(p.id);
            ws.Changed();
        });
    ImGui::PopID();
}

void DrawAddPlanRow(AppState& state, Workspace& ws) {
    RelatedPlan& p = state.lifecycle.new_related_plan;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##new_title", Tr("lifecycle.related_plan_hint").c_str(), &p.title,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.new_related_plan");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##new_owner", Tr("lifecycle.owner_hint").c_str(), &p.owner,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(70);
    ImGui::InputInt("##new_from", &p.cycle_start, 0, 0);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(70);
    ImGui::InputInt("##new_to", &p.cycle_end, 0, 0);
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    if (!ImGui::Button(Tr("lifecycle.add").c_str()) && !enter) return;
    bool ok = RunAction(state, [&] {
        state.lifecycle.selected_related_plan = InputStore(ws.Store()).AddPlan(p);
        ws.Changed();
    });
    if (ok) p = RelatedPlan{};
}

void DrawRelatedPlans(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    SectionTitle("lifecycle.related_plans_title");
    if (!ImGui::BeginTable("##related_plans", 5, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.title").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.owner").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.cycle").c_str(), ImGuiTableColumnFlags_WidthFixed, 160);
    ImGui::TableSetupColumn(Tr("lifecycle.col.priorities").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableHeadersRow();
    for (const RelatedPlan& p : cycle.related_plans) DrawPlanRow(state, ws, p); // held: saving re-reads the list
    DrawAddPlanRow(state, ws);
    ImGui::EndTable();
}

// [SECTION] Priorities and the objectives that serve them
void DrawObjectiveLinks(AppState& state, Workspace& ws, const PlanCycleView& cycle, int64_t priority_id) {
    std::vector<int64_t> linked;
    for (const FacetRow& f : cycle.facets)
        if (f.priority.id == priority_id)
            for (const FacetRow::Answer& a : f.answers) linked.push_back(a.objective_id);
    ImGui::Indent();
    if (cycle.accepted_objectives.empty()) ImGui::TextDisabled("%s", Tr("lifecycle.no_accepted_objectives").c_str());
    for (const PlanCycleView::AcceptedObjective& o : cycle.accepted_objectives) {
        bool on = std::find(linked.begin(), linked.end(), o.id) != linked.end();
        std::string label = o.theme + " · " + (o.strategic ? Tr("lifecycle.short.strategic") : Tr("lifecycle.short.tactical")) +
                            ": " + o.title + "##o" + std::to_string(o.id);
        if (ImGui::Checkbox(label.c_str(), &on))
            RunAction(state, [&] {
                InputStore(ws.Store()).SetLink(o.id, priority_id, on);
                ws.Changed();
            });
        ProbeItem("lifecycle.link." + std::to_string(o.id));
    }
    ImGui::Unindent();
}

void DrawPriority(AppState& state, Workspace& ws, const PlanCycleView& cycle, const RelatedPriority& pr) {
    LifecycleUiState& ui = state.lifecycle;
    ImGui::PushID(static_cast<int>(pr.id));
    bool open = ui.linking_priority == pr.id;
    if (ImGui::ArrowButton("##open", open ? ImGuiDir_Down : ImGuiDir_Right)) ui.linking_priority = open ? 0 : pr.id;
    ProbeItem("lifecycle.priority." + std::to_string(pr.id));
    ImGui::SameLine();
    std::string text;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 140);
    ImGui::BeginGroup();
    if (setup::EditText(state.setup, {"##priority"}, pr.title, text))
        RunAction(state, [&] {
            InputStore(ws.Store()).UpdatePriority(pr.id, text);
            ws.Changed();
        });
    ImGui::EndGroup();
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("lifecycle.delete").c_str()))
        RunAction(state, [&] {
            InputStore(ws.Store()).DeletePriority(pr.id);
            ws.Changed();
        });
    if (open) DrawObjectiveLinks(state, ws, cycle, pr.id);
    ImGui::PopID();
}

void DrawPriorities(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    const RelatedPlan* plan = nullptr;
    for (const RelatedPlan& p : cycle.related_plans)
        if (p.id == ui.selected_related_plan) plan = &p;
    if (!plan) {
        ImGui::TextDisabled("%s", Tr("lifecycle.pick_related_plan").c_str());
        return;
    }
    ImGui::Spacing();
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(FillPlaceholders(Tr("lifecycle.priorities_of"), {plan->title}).c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", Tr("lifecycle.priorities_help").c_str());
    for (const RelatedPriority& pr : plan->priorities) DrawPriority(state, ws, cycle, pr);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 140);
    bool enter = ImGui::InputTextWithHint("##new_priority", Tr("lifecycle.priority_hint").c_str(), &ui.new_priority,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.new_priority");
    ImGui::SameLine();
    if (!ImGui::Button(Tr("lifecycle.add").c_str()) && !enter) return;
    bool ok = RunAction(state, [&] {
        InputStore(ws.Store()).AddPriority(plan->id, ui.new_priority);
        ws.Changed();
    });
    if (ok) ui.new_priority.clear();
    if (enter) ImGui::SetKeyboardFocusHere(-1); // keep typing the next priority
}

// [SECTION] Facet view
void DrawFacets(const PlanCycleView& cycle) {
    SectionTitle("lifecycle.facets_title");
    if (cycle.facets.empty()) {
        ImGui::TextDisabled("%s", Tr("lifecycle.no_priorities").c_str());
        return;
    }
    size_t answered = 0;
    for (const FacetRow& f : cycle.facets) answered += !f.answers.empty();
    ImGui::TextUnformatted(FillPlaceholders(Tr("lifecycle.facets_summary"),
                                            {std::to_string(answered), std::to_string(cycle.facets.size())}).c_str());
    if (!ImGui::BeginTable("##facets", 3, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.priority").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.related_plan").c_str(), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.answered_by").c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    for (const FacetRow& f : cycle.facets) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", f.priority.title.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", f.plan_title.c_str());
        ImGui::TableNextColumn();
        if (f.answers.empty()) ImGui::TextColored(kGap, "%s", Tr("lifecycle.unanswered").c_str());
        for (const FacetRow::Answer& a : f.answers) ImGui::BulletText("%s", a.title.c_str());
    }
    ImGui::EndTable();
}

// [SECTION] Documents
void DrawDocumentRow(AppState& state, Workspace& ws, const InputDocument& d) {
    SetupUiState& fields = state.setup;
    ImGui::PushID(static_cast<int>(d.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string text;
    if (setup::EditText(fields, {"##title"}, d.title, text)) SaveDocument(state, ws, d, [&](InputDocument& x) { x.title = text; });
    ImGui::TableNextColumn();
    if (setup::EditText(fields, {"##date", setup::Hint("setup.date_hint")}, d.date, text))
        SaveDocument(state, ws, d, [&](InputDocument& x) { x.date = text; });
    ImGui::TableNextColumn();
    if (setup::EditText(fields, {"##location"}, d.location, text))
        SaveDocument(state, ws, d, [&](InputDocument& x) { x.location = text; });
    ImGui::TableNextColumn();
    if (ImGui::SmallButton(Tr("lifecycle.delete").c_str()))
        RunAction(state, [&] {
            InputStore(ws.Store()).DeleteDocument(d.id);
            ws.Changed();
        });
    ImGui::PopID();
}

void DrawAddDocumentRow(AppState& state, Workspace& ws) {
    InputDocument& d = state.lifecycle.new_document;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##new_doc", Tr("lifecycle.document_hint").c_str(), &d.title,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("lifecycle.new_document");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##new_doc_date", Tr("setup.date_hint").c_str(), &d.date, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##new_doc_location", Tr("lifecycle.location_hint").c_str(), &d.location,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::TableNextColumn();
    if (!ImGui::Button(Tr("lifecycle.add").c_str()) && !enter) return;
    bool ok = RunAction(state, [&] {
        InputStore(ws.Store()).AddDocument(d);
        ws.Changed();
    });
    if (ok) d = InputDocument{};
}

void DrawDocuments(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    SectionTitle("lifecycle.documents_title");
    ImGui::TextDisabled("%s", Tr("lifecycle.documents_help").c_str());
    if (!ImGui::BeginTable("##documents", 4, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("lifecycle.col.title").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("lifecycle.col.date").c_str(), ImGuiTableColumnFlags_WidthFixed, 130);
    ImGui::TableSetupColumn(Tr("lifecycle.col.location").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 110);
    ImGui::TableHeadersRow();
    for (const InputDocument& d : cycle.documents) DrawDocumentRow(state, ws, d);
    DrawAddDocumentRow(state, ws);
    ImGui::EndTable();
}
} // namespace

// [SECTION] DrawInputsTab
void DrawInputsTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    DrawRelatedPlans(state, ws, cycle);
    DrawPriorities(state, ws, cycle);
    DrawFacets(cycle);
    DrawDocuments(state, ws, cycle);
}

} // namespace hd::lifecycle
