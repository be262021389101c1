// [SECTION] index: reads / rounds / ballot / result bars / forum reactions / export / DrawPrioritiesTab
// Priorities tab of the Plan cycle screen (issue 13, point 4): the core group ranks domains or
// objectives by dot voting or ranking. The facilitator types each member's ballot (Tab between the
// numbers, Ctrl+Enter saves and goes to the next member); the result shows bars with the spread, and
// the forum's audience reactions are counted per domain beside it.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <GLFW/glfw3.h>

#include <algorithm>
#include <filesystem>

#include "app/app_state.h"
#include "app/screens/lifecycle_parts.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/atomic_file.h"
#include "core/base/i18n.h"
#include "core/lifecycle/priorities.h"
#include "core/lifecycle/priority_export.h"

namespace hd::lifecycle {
namespace {
const ImVec4 kBar(0.36f, 0.62f, 0.92f, 1.0f);
const ImVec4 kReactionBar(0.45f, 0.80f, 0.50f, 1.0f);
const ImVec4 kVoted(0.45f, 0.80f, 0.50f, 1.0f);
constexpr ExportFormat kFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx};

// [SECTION] Reads of the round shown (kept by the workspace until the plan changes)
const PriorityRound* ShownRound(LifecycleUiState& ui, const PlanCycleView& cycle) {
    for (const PriorityRound& r : cycle.rounds)
        if (r.id == ui.priority_round) return &r;
    if (cycle.rounds.empty()) return nullptr;
    ui.priority_round = cycle.rounds.back().id;
    return &cycle.rounds.back();
}

// Held for the frame: saving a ballot makes the workspace read the round again.
std::shared_ptr<const PriorityRoundView> ReadRound(AppState& state, Workspace& ws, const PriorityRound& round) {
    std::shared_ptr<const PriorityRoundView> votes;
    if (!RunAction(state, [&] { votes = ws.PriorityVotes(round.id); })) votes = std::make_shared<const PriorityRoundView>();
    return votes;
}

// The ballot buffer holds the stored ballot of the member shown until the facilitator changes it.
void LoadBallot(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    if (ui.ballot_round == ui.priority_round && ui.ballot_member == ui.priority_member) return;
    ui.ballot_round = ui.priority_round;
    ui.ballot_member = ui.priority_member;
    ui.ballot.clear();
    RunAction(state, [&] { ui.ballot = PriorityStore(ws.Store()).Ballot(ui.priority_round, ui.priority_member); });
}

bool Voted(const PriorityRoundView& votes, int64_t member) {
    return std::find(votes.voted.begin(), votes.voted.end(), member) != votes.voted.end();
}

std::string RoundName(const PriorityRound& r) {
    return r.title + " · " + (r.method == PriorityMethod::Dots ? Tr("priorities.method.dots") : Tr("priorities.method.rank"));
}

// [SECTION] Rounds: the list and the form that adds one
void DrawNewRound(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    PriorityRound& r = ui.new_round;
    SectionTitle("priorities.new_round");
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool enter = ImGui::InputTextWithHint("##round_title", Tr("priorities.round_hint").c_str(), &r.title,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("priorities.new_round");
    bool wide = ImGui::GetContentRegionAvail().x > 320; // radio pairs side by side only when they fit
    if (ImGui::RadioButton(Tr("priorities.method.dots").c_str(), r.method == PriorityMethod::Dots)) r.method = PriorityMethod::Dots;
    if (wide) ImGui::SameLine();
    if (ImGui::RadioButton(Tr("priorities.method.rank").c_str(), r.method == PriorityMethod::Rank)) r.method = PriorityMethod::Rank;
    ProbeItem("priorities.method.rank");
    if (ImGui::RadioButton(Tr("priorities.target.theme").c_str(), r.target == PriorityTarget::Theme)) r.target = PriorityTarget::Theme;
    if (wide) ImGui::SameLine();
    if (ImGui::RadioButton(Tr("priorities.target.objective").c_str(), r.target == PriorityTarget::Objective))
        r.target = PriorityTarget::Objective;
    if (r.target == PriorityTarget::Objective) {
        std::string current = Tr("priorities.all_domains");
        for (const Theme& t : ws.Data().themes)
            if (t.id == r.theme_id) current = t.title;
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##round_domain", current.c_str())) {
            if (ImGui::Selectable(Tr("priorities.all_domains").c_str(), r.theme_id == 0)) r.theme_id = 0;
            for (const Theme& t : ws.Data().themes)
                if (ImGui::Selectable(t.title.c_str(), r.theme_id == t.id)) r.theme_id = t.id;
            ImGui::EndCombo();
        }
    }
    if (r.method == PriorityMethod::Dots) {
        ImGui::SetNextItemWidth(80);
        ImGui::InputInt(Tr("priorities.dots_per_member").c_str(), &r.dots_per_member, 0, 0);
    }
    if (!ImGui::Button(Tr("priorities.add_round").c_str()) && !enter) return;
    int64_t id = 0;
    if (!RunAction(state, [&] { id = PriorityStore(ws.Store()).AddRound(r); })) return;
    ws.Changed();
    ui.priority_round = id;
    r.title.clear();
}

void DrawRounds(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    SectionTitle("priorities.rounds");
    for (const PriorityRound& r : cycle.rounds) {
        std::string label = RoundName(r) + "##r" + std::to_string(r.id);
        if (ImGui::Selectable(label.c_str(), ui.priority_round == r.id)) ui.priority_round = r.id;
        ProbeItem("priorities.round." + std::to_string(r.id));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", RoundName(r).c_str());
    }
    ImGui::Separator();
    DrawNewRound(state, ws);
}

// [SECTION] Ballot: one member at a time, one number per option
std::string OptionLabel(const PriorityRound& round, const PriorityOption& o) {
    std::string label = round.target == PriorityTarget::Objective && round.theme_id == 0 ? o.domain + " · " + o.label : o.label;
    if (o.proposal) label += " (" + Tr("priorities.proposal") + ")";
    return label;
}

void SaveBallot(AppState& state, Workspace& ws, const std::vector<CoreMember>& members) {
    LifecycleUiState& ui = state.lifecycle;
    if (!RunAction(state, [&] { PriorityStore(ws.Store()).SetBallot(ui.priority_round, ui.priority_member, ui.ballot); })) return;
    ws.Changed();
    // On to the next member, so a round is typed in one go.
    for (size_t i = 0; i + 1 < members.size(); ++i)
        if (members[i].id == ui.priority_member) {
            ui.priority_member = members[i + 1].id;
            break;
        }
}

void DrawMemberPicker(LifecycleUiState& ui, const std::vector<CoreMember>& members, const PriorityRoundView& votes) {
    std::string current;
    for (const CoreMember& m : members)
        if (m.id == ui.priority_member) current = m.name;
    if (current.empty() && !members.empty()) {
        ui.priority_member = members.front().id;
        current = members.front().name;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("priorities.member").c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##member", current.c_str())) return;
    for (const CoreMember& m : members) {
        std::string label = m.name + (Voted(votes, m.id) ? "  ✓" : "") + "##m" + std::to_string(m.id);
        if (ImGui::Selectable(label.c_str(), m.id == ui.priority_member)) ui.priority_member = m.id;
    }
    ImGui::EndCombo();
}

void DrawBallot(AppState& state, Workspace& ws, const PlanCycleView& cycle, const PriorityRound& round,
                const PriorityRoundView& votes) {
    LifecycleUiState& ui = state.lifecycle;
    if (cycle.members.empty()) {
        ImGui::TextDisabled("%s", Tr("priorities.no_members").c_str());
        return;
    }
    DrawMemberPicker(ui, cycle.members, votes);
    LoadBallot(state, ws);
    std::string name;
    for (const CoreMember& m : cycle.members)
        if (m.id == ui.priority_member) name = m.name;
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(FillPlaceholders(Tr("priorities.ballot_title"), {name}).c_str());
    ImGui::PopFont();
    if (Voted(votes, ui.priority_member)) {
        ImGui::TextColored(kVoted, "✓ %s", Tr("priorities.voted").c_str());
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr("priorities.ballot_help").c_str());
    ImGui::PopTextWrapPos();
    if (votes.options.empty()) {
        ImGui::TextDisabled("%s", Tr("priorities.no_options").c_str());
        return;
    }
    int used = 0;
    for (const auto& [target, value] : ui.ballot) used += std::max(0, value);
    if (round.method == PriorityMethod::Dots) {
        int left = round.dots_per_member - used;
        ImGui::TextColored(left < 0 ? ImVec4(0.95f, 0.45f, 0.45f, 1) : kVoted, "%s",
                           FillPlaceholders(Tr("priorities.dots_left"), {std::to_string(left), std::to_string(round.dots_per_member)}).c_str());
    }
    bool save = false;
    if (ImGui::BeginTable("##ballot", 2, kTableFlags)) {
        ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthFixed, 70);
        ImGui::TableSetupColumn("##item", ImGuiTableColumnFlags_WidthStretch);
        for (const PriorityOption& o : votes.options) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            int value = ui.ballot.count(o.id) ? ui.ballot[o.id] : 0;
            ImGui::SetNextItemWidth(-FLT_MIN);
            ImGui::PushID(static_cast<int>(o.id));
            if (ImGui::InputInt("##v", &value, 0, 0)) ui.ballot[o.id] = value;
            ProbeItem("priorities.ballot." + std::to_string(o.id));
            // Enter ends the edit, so the field is no longer active in the frame it is pressed.
            bool here = ImGui::IsItemActive() || ImGui::IsItemDeactivated();
            save |= here && ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER);
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextWrapped("%s", OptionLabel(round, o).c_str());
        }
        ImGui::EndTable();
    }
    save |= ImGui::Button(Tr("priorities.save_ballot").c_str());
    ProbeItem("priorities.save_ballot");
    if (save) SaveBallot(state, ws, cycle.members);
}

// [SECTION] Result bars
void Bar(float fraction, const ImVec4& color, float width) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight();
    ImGui::Dummy(ImVec2(width, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), 2.0f);
    if (fraction > 0) dl->AddRectFilled(p, ImVec2(p.x + std::max(3.0f, width * fraction), p.y + h), ImGui::GetColorU32(color), 2.0f);
}

void DrawResult(const PriorityRoundView& votes, const PriorityRound& round) {
    const PriorityResult& r = votes.result;
    bool rank = round.method == PriorityMethod::Rank;
    SectionTitle("priorities.result");
    ImGui::TextDisabled("%s", FillPlaceholders(Tr("priorities.ballots_of"), {std::to_string(r.ballots), std::to_string(r.members)}).c_str());
    double best = 0;
    for (const PriorityResultRow& row : r.rows) best = std::max(best, row.score);
    if (!ImGui::BeginTable("##result", 6, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("priorities.col.place").c_str(), ImGuiTableColumnFlags_WidthFixed, 28);
    ImGui::TableSetupColumn(Tr("priorities.col.item").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr(rank ? "priorities.col.points" : "priorities.col.dots").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("priorities.col.voters").c_str(), ImGuiTableColumnFlags_WidthFixed, 64);
    ImGui::TableSetupColumn(Tr(rank ? "priorities.col.rank_range" : "priorities.col.dots_range").c_str(), ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableSetupColumn(Tr("priorities.col.stddev").c_str(), ImGuiTableColumnFlags_WidthFixed, 72);
    ImGui::TableHeadersRow();
    for (const PriorityResultRow& row : r.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::Text("%d", row.place);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.domain.empty() || row.domain == row.label || round.theme_id ? row.label.c_str()
                                                                                               : (row.domain + " · " + row.label).c_str());
        ImGui::TableNextColumn();
        float w = ImGui::GetContentRegionAvail().x - 44;
        Bar(best > 0 ? static_cast<float>(row.score / best) : 0.0f, kBar, std::max(20.0f, w));
        ImGui::SameLine();
        ImGui::TextUnformatted(OneDecimal(row.score).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", row.voters);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(SpreadText(row).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(OneDecimal(row.stddev).c_str());
    }
    ImGui::EndTable();
}

// [SECTION] Forum reactions, counted the same way
void DrawReactions(const PlanCycleView& cycle) {
    SectionTitle("priorities.reactions_title");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", Tr("priorities.reactions_note").c_str());
    ImGui::PopTextWrapPos();
    int best = 0;
    for (const ReactionCount& c : cycle.reactions) best = std::max(best, c.reactions);
    if (!ImGui::BeginTable("##reactions", 4, kTableFlags)) return;
    ImGui::TableSetupColumn(Tr("export.domain").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(Tr("priorities.col.reactions").c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(Tr("priorities.col.named").c_str(), ImGuiTableColumnFlags_WidthFixed, 150);
    ImGui::TableSetupColumn(Tr("priorities.col.anonymous").c_str(), ImGuiTableColumnFlags_WidthFixed, 90);
    ImGui::TableHeadersRow();
    for (const ReactionCount& c : cycle.reactions) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", c.domain.c_str());
        ImGui::TableNextColumn();
        Bar(best ? static_cast<float>(c.reactions) / static_cast<float>(best) : 0.0f, kReactionBar,
            std::max(20.0f, ImGui::GetContentRegionAvail().x - 44));
        ImGui::SameLine();
        ImGui::Text("%d", c.reactions);
        ImGui::TableNextColumn();
        ImGui::Text("%d", c.named_people);
        ImGui::TableNextColumn();
        ImGui::Text("%d", c.anonymous);
    }
    ImGui::EndTable();
}

// [SECTION] Export: every round and the reactions, next to the plan file
void DrawExport(AppState& state, Workspace& ws) {
    LifecycleUiState& ui = state.lifecycle;
    const char* formats[] = {"md", "html", "docx"};
    ImGui::SetNextItemWidth(90);
    ImGui::Combo("##priority_format", &ui.priority_export_format, formats, 3);
    ImGui::SameLine();
    if (!ImGui::Button(Tr("priorities.export").c_str())) return;
    PriorityExportRequest r;
    r.format = kFormats[ui.priority_export_format];
    r.language = GlobalTranslator().GetLanguage();
    std::filesystem::path plan(ws.Path());
    std::string path = (plan.parent_path() / (plan.stem().string() + "-priorities" + std::string(FileExtension(r.format)))).string();
    if (!RunAction(state, [&] { WriteFileAtomically(path, ExportPriorities(ws.Store(), r)); })) return;
    ShowToast(state, FillPlaceholders(Tr("priorities.exported"), {path}), 4000);
}

void DrawRoundBody(AppState& state, Workspace& ws, const PlanCycleView& cycle, const PriorityRound& round) {
    LifecycleUiState& ui = state.lifecycle;
    std::shared_ptr<const PriorityRoundView> votes = ReadRound(state, ws, round);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(round.title.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    std::string method = round.method == PriorityMethod::Dots
                             ? FillPlaceholders(Tr("priorities.method_dots_n"), {std::to_string(round.dots_per_member)})
                             : Tr("priorities.method.rank");
    ImGui::TextDisabled("%s · %s", method.c_str(), Tr("priorities.target." + std::string(ToKey(round.target))).c_str());
    ImGui::SameLine();
    if (ui.confirm_delete_round == round.id) {
        ImGui::TextUnformatted(Tr("priorities.delete_round_confirm").c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("lifecycle.delete").c_str()))
            RunAction(state, [&] {
                PriorityStore(ws.Store()).DeleteRound(round.id);
                ws.Changed();
                ui.priority_round = 0;
            });
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("lifecycle.cancel").c_str())) ui.confirm_delete_round = 0;
    } else if (ImGui::SmallButton(Tr("priorities.delete_round").c_str())) {
        ui.confirm_delete_round = round.id;
    }
    float half = ImGui::GetContentRegionAvail().x * 0.38f;
    ImGui::BeginChild("##ballot_pane", ImVec2(half, 0), true);
    DrawBallot(state, ws, cycle, round, *votes);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##result_pane", ImVec2(0, 0), true);
    DrawResult(*votes, round);
    ImGui::Spacing();
    DrawReactions(cycle);
    ImGui::Spacing();
    DrawExport(state, ws);
    ImGui::EndChild();
}
} // namespace

// [SECTION] DrawPrioritiesTab
void DrawPrioritiesTab(AppState& state, Workspace& ws, const PlanCycleView& cycle) {
    LifecycleUiState& ui = state.lifecycle;
    float left = std::max(230.0f, ImGui::GetContentRegionAvail().x * 0.2f);
    ImGui::BeginChild("##rounds", ImVec2(left, 0), true);
    DrawRounds(state, ws, cycle);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##round_body", ImVec2(0, 0), false);
    // The round lives in `cycle`, held for the frame: adding or deleting a round does not free it.
    if (const PriorityRound* round = ShownRound(ui, cycle)) {
        DrawRoundBody(state, ws, cycle, *round);
    } else {
        ImGui::TextDisabled("%s", Tr("priorities.pick_round").c_str());
        DrawReactions(cycle);
    }
    ImGui::EndChild();
}

} // namespace hd::lifecycle
