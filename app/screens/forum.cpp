// [SECTION] index: fonts and colours / plan draft and keys / projected domain / commentary on screen /
//                  capture strip / DrawForum
// The forum presentation on the projector: domain by domain, the problem, the strategic objective
// and its justification, the tactical objectives; the invited expert's commentary and the audience's
// reactions are captured in a strip below and stored against the domain. Readability as on the
// projection screen: black background, large fonts (+ and - scale them), F11 for full screen.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/screens/projector_style.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/wrapped_input.h"
#include "core/workspace/workspace.h"
#include "core/export/export.h"
#include "core/base/i18n.h"
#include "core/review/review_store.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
using namespace projector;

// [SECTION] Fonts and colours

// The projection font closest to the scaled size, scaled to exactly that size.
class BigFont : public FontAtSize {
public:
    BigFont(const AppState& state, float base)
        : FontAtSize(ProjectionFont(base * state.forum.font_scale), base * state.forum.font_scale) {}
};

// [SECTION] Plan draft and keys
// The workspace's plan draft (Workspace::PlanDraft, kept until anything changes), held for the frame:
// saving or a reaction later in the frame makes the workspace drop it, not free what is being drawn.
// One that cannot be read shows as a plan without domains, and the error once.
std::shared_ptr<const PlanDocument> TakePlan(AppState& state, Workspace& ws) {
    std::shared_ptr<const PlanDocument> plan;
    RunAction(state, [&] { plan = ws.PlanDraft(); });
    return plan ? plan : std::make_shared<const PlanDocument>();
}

bool CommentaryDirty(const ForumUiState& ui) {
    return ui.expert_name != ui.saved_name || ui.expert_function != ui.saved_function ||
           ui.commentary != ui.saved_commentary;
}

void SaveCommentary(AppState& state, Workspace& ws, int64_t theme_id);

// The fields start as the domain's commentary is stored (the plan draft has it).
void LoadCommentary(AppState& state, Workspace& ws, const DomainDocument& d) {
    ForumUiState& ui = state.forum;
    int64_t theme_id = d.theme_id;
    if (ui.loaded_theme == theme_id) return;
    // Moving on to another domain keeps what was typed for the previous one: it is saved first.
    if (ui.loaded_theme > 0 && CommentaryDirty(ui)) SaveCommentary(state, ws, ui.loaded_theme);
    ui.loaded_theme = theme_id;
    ui.expert_name.clear();
    ui.expert_function.clear();
    ui.commentary.clear();
    if (d.commentary) {
        ui.expert_name = d.commentary->expert_name;
        ui.expert_function = d.commentary->expert_function;
        ui.commentary = d.commentary->text;
    }
    ui.saved_name = ui.expert_name;
    ui.saved_function = ui.expert_function;
    ui.saved_commentary = ui.commentary;
}

void ChangeScale(AppState& state, float delta) {
    state.forum.font_scale = SteppedScale(state.forum.font_scale, delta);
}

void GoTo(AppState& state, int index, int count) {
    if (count == 0) return;
    state.forum.domain_index = std::clamp(index, 0, count - 1);
}

void HandleKeys(AppState& state, int count) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(GLFW_KEY_F2, false)) state.forum.capture_open = !state.forum.capture_open;
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    for (ImWchar c : io.InputQueueCharacters) {
        if (c == '+' || c == '=') ChangeScale(state, 0.1f);
        if (c == '-' || c == '_') ChangeScale(state, -0.1f);
    }
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN, false) || ImGui::IsKeyPressed(GLFW_KEY_RIGHT, false))
        GoTo(state, state.forum.domain_index + 1, count);
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP, false) || ImGui::IsKeyPressed(GLFW_KEY_LEFT, false))
        GoTo(state, state.forum.domain_index - 1, count);
    if (state.fullscreen && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) state.fullscreen = false;
}

// [SECTION] Projected domain: problem, strategic objective, tactical objectives
void DrawDomain(AppState& state, const DomainDocument& d, int index, int count) {
    {
        BigFont font(state, 32);
        TextIn(kMuted, FillPlaceholders(Tr("forum.domain_of"), {std::to_string(index + 1), std::to_string(count)}));
    }
    {
        BigFont font(state, 60);
        TextIn(kAccent, d.title);
    }
    {
        BigFont font(state, 32);
        TextIn(kWhite, d.problem);
    }
    ImGui::Spacing();
    for (const PlanObjective& strategic : d.strategic) {
        {
            BigFont font(state, 32);
            TextIn(kMuted, Tr("forum.strategic"));
        }
        {
            BigFont font(state, 44);
            TextIn(kWhite, strategic.title);
        }
        std::string justification = strategic.justification.empty() ? strategic.why : strategic.justification;
        // A proposal's "why" often repeats the problem just shown; the room need not read it twice.
        if (!justification.empty() && justification != d.problem) {
            BigFont font(state, 32);
            TextIn(kMuted, justification);
        }
        ImGui::Spacing();
    }
    BigFont font(state, 32);
    if (d.tactical.empty() && d.strategic.empty()) {
        TextIn(kMuted, Tr("export.no_objectives"));
        return;
    }
    if (!d.tactical.empty()) TextIn(kMuted, Tr("forum.tactical"));
    int n = 0;
    for (const PlanObjective& o : d.tactical) {
        std::string line = std::to_string(++n) + ". " + o.title;
        if (o.chain != SafetyChain::None) line += "  (" + ChainLabel(o.chain) + ")";
        TextIn(kWhite, line);
    }
}

// [SECTION] Commentary on screen: what the expert said and what the room answered
void DrawCommentaryText(AppState& state, const DomainDocument& d) {
    BigFont font(state, 32);
    TextIn(kMuted, Tr("forum.expert"));
    if (d.commentary && !d.commentary->text.empty()) {
        std::string who = d.commentary->expert_name;
        if (!d.commentary->expert_function.empty()) who += ", " + d.commentary->expert_function;
        TextIn(kAccent, who);
        TextIn(kWhite, d.commentary->text);
    } else {
        TextIn(kMuted, "—");
    }
    ImGui::Spacing();
    TextIn(kMuted, FillPlaceholders(Tr("forum.reactions"), {std::to_string(d.reactions.size())}));
    // The latest reactions, newest last, as many as the room can read.
    size_t shown = std::min<size_t>(d.reactions.size(), 5);
    for (size_t i = d.reactions.size() - shown; i < d.reactions.size(); ++i) TextIn(kGreen, "• " + d.reactions[i].text);
}

void DrawCommentaryPanel(AppState& state, const DomainDocument& d) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(kPanel));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18, 14));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8.0f);
    ImGui::BeginChild("##commentary_panel", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    DrawCommentaryText(state, d);
    ImGui::EndChild();
}

// [SECTION] Capture strip: the secretary types the expert's commentary and the reactions
void SaveCommentary(AppState& state, Workspace& ws, int64_t theme_id) {
    ForumUiState& ui = state.forum;
    ForumCommentary c{theme_id, ui.expert_name, ui.expert_function, ui.commentary, state.user_name, state.now_ms};
    if (RunAction(state, [&] {
            ReviewStore(ws.Store()).SaveCommentary(c);
            ws.ChangedTheme(theme_id); // the domain's commentary; the plan draft follows every change
        })) {
        ui.saved_name = ui.expert_name;
        ui.saved_function = ui.expert_function;
        ui.saved_commentary = ui.commentary;
        ShowToast(state, Tr("forum.saved"));
    }
}

void DrawCapture(AppState& state, Workspace& ws, const DomainDocument& d) {
    ForumUiState& ui = state.forum;
    float half = ImGui::GetContentRegionAvail().x * 0.5f - 8;
    ImGui::BeginChild("##expert", ImVec2(half, 0), true);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("forum.capture_expert").c_str());
    ImGui::PopFont();
    ImGui::SetNextItemWidth(half * 0.45f);
    ImGui::InputTextWithHint("##ename", Tr("forum.expert_name").c_str(), &ui.expert_name);
    ProbeItem("forum.expert_name");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##efunction", Tr("forum.expert_function").c_str(), &ui.expert_function);
    ProbeItem("forum.expert_function");
    InputTextWrapped("##etext", ui.commentary,
                     ImVec2(-1, ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() - 4), ui.commentary_wrap);
    ProbeItem("forum.commentary");
    bool dirty = CommentaryDirty(ui);
    ImGui::BeginDisabled(!dirty);
    if (ImGui::Button(Tr("action.save").c_str())) SaveCommentary(state, ws, d.theme_id);
    ProbeItem("forum.save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (dirty) ImGui::TextColored(kAccent, "%s", Tr("forum.unsaved").c_str());
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##reactions", ImVec2(0, 0), true);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextUnformatted(Tr("forum.capture_reactions").c_str());
    ImGui::PopFont();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.62f);
    bool enter = ImGui::InputTextWithHint("##reaction", Tr("forum.reaction_hint").c_str(), &ui.reaction,
                                          ImGuiInputTextFlags_EnterReturnsTrue);
    ProbeItem("forum.reaction");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##rauthor", Tr("forum.reaction_author").c_str(), &ui.reaction_author);
    bool add = ImGui::Button(Tr("forum.add_reaction").c_str());
    ProbeItem("forum.add_reaction");
    if ((add || enter) && !Trim(ui.reaction).empty()) {
        if (RunAction(state, [&] {
                ReviewStore(ws.Store()).AddReaction(d.theme_id, ui.reaction, ui.reaction_author, state.now_ms);
                ws.ChangedTheme(d.theme_id);
            })) {
            ui.reaction.clear();
            ui.reaction_author.clear();
        }
    }
    ImGui::BeginChild("##reaction_list");
    for (const ForumReaction& r : d.reactions) {
        ImGui::PushID(static_cast<int>(r.id));
        if (ImGui::SmallButton("x"))
            RunAction(state, [&] {
                ReviewStore(ws.Store()).DeleteReaction(r.id);
                ws.ChangedTheme(d.theme_id);
            });
        ImGui::SameLine();
        if (r.author.empty()) ImGui::TextWrapped("%s", r.text.c_str());
        else ImGui::TextWrapped("%s: %s", r.author.c_str(), r.text.c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

void DrawNavigation(AppState& state, int count) {
    ForumUiState& ui = state.forum;
    ImGui::BeginDisabled(ui.domain_index <= 0);
    if (ImGui::Button(Tr("forum.previous").c_str())) GoTo(state, ui.domain_index - 1, count);
    ImGui::EndDisabled();
    ProbeItem("forum.previous");
    ImGui::SameLine();
    ImGui::BeginDisabled(ui.domain_index >= count - 1);
    if (ImGui::Button(Tr("forum.next").c_str())) GoTo(state, ui.domain_index + 1, count);
    ImGui::EndDisabled();
    ProbeItem("forum.next");
    ImGui::SameLine();
    const char* full_key = state.fullscreen ? "projection.window" : "projection.fullscreen";
    if (ImGui::Button(Tr(full_key).c_str())) state.fullscreen = !state.fullscreen;
    ImGui::SameLine();
    if (ImGui::Button(Tr(ui.capture_open ? "forum.hide_capture" : "forum.show_capture").c_str()))
        ui.capture_open = !ui.capture_open;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", Tr("forum.keys").c_str());
}
} // namespace

// [SECTION] DrawForum
void DrawForum(AppState& state, Workspace& ws) {
    PaintBackground();
    std::shared_ptr<const PlanDocument> plan = TakePlan(state, ws);
    ForumUiState& ui = state.forum;
    int count = static_cast<int>(plan->domains.size());
    if (count == 0) {
        BigFont font(state, 32);
        TextIn(kMuted, Tr("forum.no_domains"));
        return;
    }
    // The first time, start at the theme the app has selected (the hearing picked in the menu bar).
    if (ui.loaded_theme == -1)
        for (int i = 0; i < count; ++i)
            if (plan->domains[static_cast<size_t>(i)].theme_id == state.theme_id) ui.domain_index = i;
    HandleKeys(state, count);
    ui.domain_index = std::clamp(ui.domain_index, 0, count - 1);
    const DomainDocument& d = plan->domains[static_cast<size_t>(ui.domain_index)]; // `plan` holds it for the frame
    LoadCommentary(state, ws, d);
    float capture_h = ui.capture_open ? std::min(300.0f, ImGui::GetContentRegionAvail().y * 0.4f) : 0.0f;
    float nav_h = ImGui::GetFrameHeightWithSpacing() + 6;
    ImGui::BeginChild("##forum_projected", ImVec2(0, ImGui::GetContentRegionAvail().y - capture_h - nav_h), false);
    PaintBackground();
    float width = ImGui::GetContentRegionAvail().x;
    bool two_columns = width > 1100;
    ImGui::BeginChild("##forum_domain", ImVec2(two_columns ? width * 0.62f : 0, 0), false);
    DrawDomain(state, d, ui.domain_index, count);
    ImGui::EndChild();
    if (two_columns) {
        ImGui::SameLine(0, 24);
        ImGui::BeginChild("##forum_commentary", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
        DrawCommentaryPanel(state, d);
        ImGui::EndChild();
    }
    ImGui::EndChild();
    DrawNavigation(state, count);
    if (ui.capture_open) {
        ImGui::BeginChild("##forum_capture", ImVec2(0, 0), false);
        DrawCapture(state, ws, d);
        ImGui::EndChild();
    }
}

} // namespace hd
