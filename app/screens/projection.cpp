// [SECTION] index: fonts and colours / keys and actions / header / question / controls /
//                  contributions / discipline chart / lower area / DrawProjection
// The facilitator's projected view, readable from the back of a room: black background, white text,
// every size multiplied by state.projection.font_scale (+ and - keys). Shows the theme, the problem
// statement, the current question with its time budget, the latest contributions, and a bar chart of
// contributions per discipline so the moderator sees which voices have not been heard yet.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "app/app_state.h"
#include "app/screens/projection_clusters.h"
#include "app/screens/live_panel.h"
#include "app/screens/projector_style.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"
#include "core/base/i18n.h"
#include "core/text/text_analysis.h"

namespace hd {

namespace {
using namespace projector;

// [SECTION] Fonts and colours
const ImVec4 kOrange(1.0f, 0.60f, 0.15f, 1.0f);
const ImVec4 kRed(1.0f, 0.33f, 0.28f, 1.0f);
constexpr ImU32 kBar = IM_COL32(80, 160, 255, 255);
// Key of the bar that counts notes without a known speaker (cannot clash with a typed discipline).
constexpr const char* kUnknownBar = "\x01unknown";

// A projection font at exactly `px`, crisp at any scale.
class ScaledFont : public FontAtSize {
public:
    explicit ScaledFont(float px) : FontAtSize(CrispProjectionFont(px), px) {}
};

float Px(const AppState& state, float base) { return base * state.projection.font_scale; }

// "m:ss", or "h:mm:ss" past an hour: question timers are read at a glance.
std::string FormatShort(int64_t ms) {
    int64_t s = std::max<int64_t>(0, ms) / 1000;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                      static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
    return buf;
}

// [SECTION] Keys and actions
int QuestionCount(Workspace& ws, const Hearing& h) {
    const Theme* t = ws.FindTheme(h.theme_id);
    return t ? static_cast<int>(t->questions.size()) : 0;
}

void GoToQuestion(AppState& state, Workspace& ws, const Hearing& h, int index) {
    int count = QuestionCount(ws, h);
    if (count == 0) return;
    index = std::clamp(index, 0, count - 1);
    if (index == h.current_question) return;
    RunAction(state, [&] {
        ws.Store().SetCurrentQuestion(h.id, index, state.now_ms);
        ws.Invalidate();
    });
}

void ToggleClock(AppState& state, Workspace& ws, const Hearing& h) {
    RunAction(state, [&] {
        if (h.clock_started_wall_ms > 0) ws.Store().PauseHearingClock(h.id, state.now_ms);
        else ws.Store().StartHearingClock(h.id, state.now_ms);
        ws.Invalidate();
    });
}

void ChangeScale(AppState& state, float delta) {
    state.projection.font_scale = SteppedScale(state.projection.font_scale, delta);
}

void HandleKeys(AppState& state, Workspace& ws, const Hearing& h) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    // + and - arrive as characters, so they work on any keyboard layout and on the keypad.
    for (ImWchar c : io.InputQueueCharacters) {
        if (c == '+' || c == '=') ChangeScale(state, 0.1f);
        if (c == '-' || c == '_') ChangeScale(state, -0.1f);
    }
    bool next = ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN, false) || ImGui::IsKeyPressed(GLFW_KEY_RIGHT, false) ||
                ImGui::IsKeyPressed(GLFW_KEY_DOWN, false);
    bool previous = ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP, false) || ImGui::IsKeyPressed(GLFW_KEY_LEFT, false) ||
                    ImGui::IsKeyPressed(GLFW_KEY_UP, false);
    if (next) GoToQuestion(state, ws, h, h.current_question + 1);
    if (previous) GoToQuestion(state, ws, h, h.current_question - 1);
    if (state.fullscreen && ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) state.fullscreen = false;
}

// [SECTION] Header: theme, problem statement, hearing clock
void DrawClock(AppState& state, const Hearing& h) {
    ScaledFont font(Px(state, 44));
    bool running = h.clock_started_wall_ms > 0;
    TextIn(running ? kWhite : kOrange, FormatOffset(PlanStore::ClockOffsetMs(h, state.now_ms)), false);
    ScaledFont small(Px(state, 26));
    TextIn(running ? kMuted : kOrange, Tr(running ? "projection.elapsed" : "projection.paused"), false);
}

// At most three lines, so a long statement never pushes the question off the screen.
void DrawProblemStatement(AppState& state, const Theme& theme) {
    float line_h = 0, text_h = 0;
    {
        ScaledFont font(Px(state, 30));
        line_h = ImGui::GetTextLineHeight();
        text_h = ImGui::CalcTextSize(theme.problem_statement.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
    }
    bool clip = text_h > line_h * 3.2f;
    if (clip) ImGui::BeginChild("##problem", ImVec2(0, line_h * 3), false, ImGuiWindowFlags_NoScrollbar);
    {
        ScaledFont font(Px(state, 30));
        TextIn(kMuted, theme.problem_statement);
    }
    if (clip) ImGui::EndChild();
}

void DrawHeader(AppState& state, const Theme& theme, const Hearing& h) {
    if (ImGui::BeginTable("##header", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("theme", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("clock", ImGuiTableColumnFlags_WidthFixed, Px(state, 210));
        ImGui::TableNextColumn();
        {
            ScaledFont font(Px(state, 44));
            TextIn(kAccent, theme.title);
        }
        DrawProblemStatement(state, theme);
        ImGui::TableNextColumn();
        DrawClock(state, h);
        ImGui::EndTable();
    }
}

// [SECTION] Current question with its time budget
struct QuestionTime {
    int64_t spent = 0, budget = 0, left = 0;
    ImVec4 colour = kGreen;
};

const Question* CurrentQuestion(const Theme& theme, const Hearing& h) {
    if (theme.questions.empty()) return nullptr;
    int index = std::clamp(h.current_question, 0, static_cast<int>(theme.questions.size()) - 1);
    return &theme.questions[static_cast<size_t>(index)];
}

QuestionTime TimeOf(const AppState& state, const Hearing& h, const Question& q) {
    QuestionTime t;
    t.spent = PlanStore::ClockOffsetMs(h, state.now_ms) - h.question_started_offset_ms;
    t.budget = static_cast<int64_t>(q.budget_minutes) * 60000;
    t.left = t.budget - t.spent;
    // Orange in the last fifth of the budget (at most two minutes), red once it is over.
    t.colour = t.left < 0 ? kRed : (t.left < std::min<int64_t>(t.budget / 5, 120000) ? kOrange : kGreen);
    return t;
}

void DrawQuestionTimer(AppState& state, const Hearing& h, const Question& q) {
    QuestionTime t = TimeOf(state, h, q);
    int64_t spent = t.spent, left = t.left;
    ImVec4 colour = t.colour;
    std::string spent_text = FillPlaceholders(Tr("projection.question_time"), {FormatShort(spent), std::to_string(q.budget_minutes)});
    std::string left_text = left < 0 ? FillPlaceholders(Tr("projection.over_by"), {FormatShort(-left)})
                                     : FillPlaceholders(Tr("projection.left"), {FormatShort(left)});
    ScaledFont font(Px(state, 32));
    TextIn(kMuted, spent_text + "   ", false);
    ImGui::SameLine(0, 0);
    TextIn(colour, left_text, false);
    ProbeItem("projection.question_timer");
}

void DrawQuestionBody(AppState& state, const Theme& theme, const Hearing& h) {
    int count = static_cast<int>(theme.questions.size());
    if (count == 0) {
        ScaledFont font(Px(state, 32));
        TextIn(kMuted, Tr("projection.no_questions"));
        return;
    }
    int index = std::clamp(h.current_question, 0, count - 1);
    const Question& q = theme.questions[static_cast<size_t>(index)];
    {
        ScaledFont font(Px(state, 30));
        TextIn(kAccent, FillPlaceholders(Tr("projection.question_of"), {std::to_string(index + 1), std::to_string(count)}), false);
    }
    {
        ScaledFont font(Px(state, 60));
        TextIn(kWhite, q.text);
        ProbeItem("projection.question");
    }
    DrawQuestionTimer(state, h, q);
}

// A panel behind the question: drawn after its contents (their size is known then) on a lower channel.
void DrawQuestionPanel(AppState& state, const Theme& theme, const Hearing& h) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float pad = Px(state, 14);
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::BeginGroup();
    DrawQuestionBody(state, theme, h);
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImVec2 end(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, ImGui::GetItemRectMax().y + pad);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(start, end, kPanel, 8.0f);
    // Near or over the time budget the whole panel says so, not only the small timer line.
    const Question* q = CurrentQuestion(theme, h);
    QuestionTime t = q ? TimeOf(state, h, *q) : QuestionTime{};
    if (q && t.colour.x != kGreen.x) dl->AddRect(start, end, ImGui::ColorConvertFloat4ToU32(t.colour), 8.0f, 0, Px(state, 5));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
}

// [SECTION] Controls (for the facilitator; also reachable by keys)
bool ControlButton(const std::string& label, const char* probe) {
    bool pressed = ImGui::Button(label.c_str());
    ProbeItem(probe);
    ImGui::SameLine();
    return pressed;
}

void DrawControls(AppState& state, Workspace& ws, const Hearing& h) {
    ScaledFont font(Px(state, 24));
    int count = QuestionCount(ws, h);
    ImGui::BeginDisabled(h.current_question <= 0);
    if (ControlButton(Tr("projection.previous"), "projection.previous")) GoToQuestion(state, ws, h, h.current_question - 1);
    ImGui::EndDisabled();
    ImGui::BeginDisabled(h.current_question + 1 >= count);
    if (ControlButton(Tr("projection.next"), "projection.next")) GoToQuestion(state, ws, h, h.current_question + 1);
    ImGui::EndDisabled();
    bool running = h.clock_started_wall_ms > 0;
    if (ControlButton(Tr(running ? "clock.pause" : "clock.start"), "projection.clock")) ToggleClock(state, ws, h);
    if (ControlButton(Tr("projection.smaller"), "projection.smaller")) ChangeScale(state, -0.1f);
    if (ControlButton(Tr("projection.larger"), "projection.larger")) ChangeScale(state, 0.1f);
    const char* full_key = state.fullscreen ? "projection.window" : "projection.fullscreen";
    if (ControlButton(Tr(full_key), "projection.fullscreen")) state.fullscreen = !state.fullscreen;
    const std::string& keys = Tr("projection.keys");
    if (ImGui::CalcTextSize(keys.c_str()).x <= ImGui::GetContentRegionAvail().x) TextIn(kMuted, keys, false);
    else ImGui::NewLine();
}

// [SECTION] Latest contributions of both reporters
void DrawContribution(AppState& state, Workspace& ws, const Note& n) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    {
        ScaledFont font(Px(state, 28));
        TextIn(ImGui::ColorConvertU32ToFloat4(KindColor(n.kind)), KindLabel(n.kind));
    }
    {
        ScaledFont font(Px(state, 24));
        TextIn(kMuted, ws.SpeakerLabel(n.speaker_id));
    }
    ImGui::TableNextColumn();
    ScaledFont font(Px(state, 32));
    TextIn(kWhite, n.text);
    ProbeItem("projection.note." + n.uuid);
    // Right-click a contribution to promote it to the wall (also shown on the reporters' screens).
    if (ImGui::BeginPopupContextItem(("##promote" + n.uuid).c_str())) {
        if (ImGui::MenuItem(Tr("projection.promote").c_str())) LivePromoteNote(state, n.uuid);
        ImGui::EndPopup();
    }
}

// Both reporters note the same contribution; the room should see it once. A note counts as the other
// reporter's version of one already shown when the speaker matches, it was noted within two minutes
// and most words of the shorter note are in the other. (The merge review does this properly; this is only a view.)
struct ShownNote {
    const Note* note;
    std::vector<std::string> words; // folded, sorted, unique
};

std::vector<std::string> FoldedWords(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : Tokenize(text)) out.push_back(t.folded);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool SameContribution(const ShownNote& a, const ShownNote& b) {
    if (a.note->reporter == b.note->reporter || a.note->speaker_id != b.note->speaker_id) return false;
    if (std::llabs(a.note->offset_ms - b.note->offset_ms) > 120000) return false;
    std::vector<std::string> common;
    std::set_intersection(a.words.begin(), a.words.end(), b.words.begin(), b.words.end(), std::back_inserter(common));
    // Reporters abbreviate ("22u" for "22 uur"), so compare with the shorter note's words.
    size_t shorter = std::min(a.words.size(), b.words.size());
    if (a.words == b.words) return true;
    return common.size() >= 3 && common.size() * 10 >= shorter * 6;
}

// The newest distinct contributions, newest first; looks back only a few notes, however long the hearing.
std::vector<ShownNote> LatestContributions(const std::vector<Note>& notes, int wanted) {
    std::vector<ShownNote> shown;
    int looked = 0;
    for (auto it = notes.rbegin(); it != notes.rend() && static_cast<int>(shown.size()) < wanted && looked < wanted * 2;
         ++it, ++looked) {
        ShownNote candidate{&*it, FoldedWords(it->text)};
        bool duplicate = std::any_of(shown.begin(), shown.end(), [&](const ShownNote& s) { return SameContribution(s, candidate); });
        if (!duplicate) shown.push_back(std::move(candidate));
    }
    return shown;
}

void DrawContributions(AppState& state, Workspace& ws, const Hearing& h) {
    const std::vector<Note>& notes = ws.Notes(h.id);
    {
        ScaledFont font(Px(state, 30));
        TextIn(kAccent, FillPlaceholders(Tr("projection.heard"), {std::to_string(notes.size())}), false);
    }
    if (notes.empty()) {
        ScaledFont font(Px(state, 30));
        TextIn(kMuted, Tr("projection.nothing_yet"));
        return;
    }
    if (!ImGui::BeginTable("##contributions", 2, ImGuiTableFlags_BordersInnerH)) return;
    ImGui::TableSetupColumn("who", ImGuiTableColumnFlags_WidthFixed, Px(state, 230));
    ImGui::TableSetupColumn("text", ImGuiTableColumnFlags_WidthStretch);
    // Newest first: the room sees what was just said without scrolling. Only what fits is drawn.
    float bottom = ImGui::GetWindowHeight();
    for (const ShownNote& s : LatestContributions(notes, state.projection.contributions_shown)) {
        if (ImGui::GetCursorPosY() > bottom) break;
        DrawContribution(state, ws, *s.note);
    }
    ImGui::EndTable();
}

// [SECTION] Contributions per discipline
// Both reporters note the same contributions, so a discipline's count is the higher of the two
// reporters' counts, not their sum: that is the best estimate of how often that voice was heard.
std::vector<ProjectionUiState::DisciplineBar> CountBars(Workspace& ws, const Hearing& h) {
    std::map<std::string, ProjectionUiState::DisciplineBar> bars;
    for (int64_t pid : h.participant_ids)
        if (const Participant* p = ws.FindParticipant(pid)) {
            bars[p->discipline].discipline = p->discipline;
            ++bars[p->discipline].present;
        }
    std::map<int64_t, std::string> discipline_of;
    for (const Participant& p : ws.Data().participants) discipline_of[p.id] = p.discipline;
    std::map<std::string, int> by_reporter[2];
    for (const Note& n : ws.Notes(h.id)) {
        auto it = discipline_of.find(n.speaker_id);
        std::string key = it == discipline_of.end() ? std::string(kUnknownBar) : it->second;
        ++by_reporter[n.reporter == 'B' ? 1 : 0][key];
    }
    for (const auto& counts : by_reporter)
        for (const auto& [key, count] : counts) {
            auto& bar = bars[key];
            bar.discipline = key;
            bar.contributions = std::max(bar.contributions, count);
        }
    std::vector<ProjectionUiState::DisciplineBar> out;
    for (auto& [key, bar] : bars) out.push_back(bar);
    // Most heard first; the unknown speakers last, they are no discipline.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        bool a_unknown = a.discipline == kUnknownBar, b_unknown = b.discipline == kUnknownBar;
        if (a_unknown != b_unknown) return b_unknown;
        return a.contributions > b.contributions;
    });
    return out;
}

const std::vector<ProjectionUiState::DisciplineBar>& Bars(AppState& state, Workspace& ws, const Hearing& h) {
    ProjectionUiState& ui = state.projection;
    if (ui.bars_revision != ws.Revision() || ui.bars_hearing_id != h.id) {
        ui.bars = CountBars(ws, h);
        ui.bars_revision = ws.Revision();
        ui.bars_hearing_id = h.id;
    }
    return ui.bars;
}

std::string BarLabel(const ProjectionUiState::DisciplineBar& bar) {
    if (bar.discipline == kUnknownBar) return Tr("speaker.unknown");
    std::string label = DisciplineLabel(bar.discipline);
    if (bar.present > 1) label += " (" + std::to_string(bar.present) + ")";
    return label;
}

void DrawBar(AppState& state, const ProjectionUiState::DisciplineBar& bar, int max_count, float label_w) {
    ScaledFont font(Px(state, 28));
    float line_h = ImGui::GetTextLineHeight();
    TextIn(bar.present > 0 || bar.contributions > 0 ? kWhite : kMuted, BarLabel(bar), false);
    ImGui::SameLine(label_w);
    ImVec2 p = ImGui::GetCursorScreenPos();
    float avail = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (bar.contributions == 0) {
        // A voice present but not heard yet: the point of the chart, so it stands out.
        std::string text = Tr("projection.not_heard");
        dl->AddRect(p, ImVec2(p.x + std::min(avail, ImGui::CalcTextSize(text.c_str()).x + 16), p.y + line_h),
                    ImGui::ColorConvertFloat4ToU32(kRed), 4.0f, 0, 3.0f);
        ImGui::SetCursorScreenPos(ImVec2(p.x + 8, p.y));
        TextIn(kRed, text, false);
        return;
    }
    std::string count = std::to_string(bar.contributions);
    float number_w = ImGui::CalcTextSize("0000").x;
    float w = std::max(4.0f, (avail - number_w) * static_cast<float>(bar.contributions) / static_cast<float>(max_count));
    bool unknown = bar.discipline == kUnknownBar;
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + line_h), unknown ? IM_COL32(120, 120, 120, 255) : kBar, 4.0f);
    ImGui::SetCursorScreenPos(ImVec2(p.x + w + 8, p.y));
    TextIn(kWhite, count, false);
}

void DrawDisciplineChart(AppState& state, Workspace& ws, const Hearing& h) {
    {
        ScaledFont font(Px(state, 30));
        TextIn(kAccent, Tr("projection.per_discipline"), false);
    }
    {
        ScaledFont font(Px(state, 24));
        TextIn(kMuted, Tr("projection.chart_legend"));
    }
    const auto& bars = Bars(state, ws, h);
    if (bars.empty()) {
        ScaledFont font(Px(state, 28));
        TextIn(kMuted, Tr("projection.no_participants"));
        return;
    }
    int max_count = 1;
    float label_w = 0;
    {
        ScaledFont font(Px(state, 28));
        for (const auto& bar : bars) {
            max_count = std::max(max_count, bar.contributions);
            label_w = std::max(label_w, ImGui::CalcTextSize(BarLabel(bar).c_str()).x);
        }
    }
    label_w = std::min(label_w + Px(state, 20), ImGui::GetContentRegionAvail().x * 0.55f) + ImGui::GetCursorPosX();
    for (const auto& bar : bars) DrawBar(state, bar, max_count, label_w);
    ProbeItem("projection.chart");
}

// [SECTION] Lower area: contributions and clusters | chart
// A contribution cut off above the groups fades out instead of ending in half a line.
void FadeBottom(float height) {
    ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImVec2 top(pos.x, pos.y + std::max(0.0f, size.y - height)), end(pos.x + size.x, pos.y + size.y);
    ImGui::GetWindowDrawList()->AddRectFilledMultiColor(top, end, IM_COL32(0, 0, 0, 0), IM_COL32(0, 0, 0, 0), kBackground,
                                                        kBackground);
}

void DrawLowerArea(AppState& state, Workspace& ws, const Hearing& h) {
    float avail_w = ImGui::GetContentRegionAvail().x;
    ImGui::BeginChild("##heard", ImVec2(avail_w * 0.56f, 0), false, ImGuiWindowFlags_NoScrollbar);
    // [CLUSTERS] "What we heard so far", grouped, below the latest contributions: it takes the room
    // of the oldest ones shown (the chart on the right needs its full height for the unheard voices).
    float groups_h = ProjectionClustersHeight(state, ws, ImGui::GetContentRegionAvail().y * 0.45f);
    ImGui::BeginChild("##latest", ImVec2(0, -groups_h), false, ImGuiWindowFlags_NoScrollbar);
    DrawContributions(state, ws, h);
    if (groups_h > 0 && ImGui::GetCursorPosY() > ImGui::GetWindowHeight()) FadeBottom(Px(state, 40));
    ImGui::EndChild();
    if (groups_h > 0) {
        ImGui::BeginChild("##clusters", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
        DrawProjectionClusters(state, ws);
        ImGui::EndChild();
    }
    ImGui::EndChild();
    ImGui::SameLine(0, Px(state, 24));
    ImGui::BeginChild("##right", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    DrawDisciplineChart(state, ws, h);
    ImGui::EndChild();
}

// A note the facilitator promoted to the wall (live link): the newest one, large, under the question.
void DrawPromoted(AppState& state, Workspace& ws, const Hearing& h) {
    std::vector<std::string> promoted = LivePromotedNotes(state);
    if (promoted.empty()) return;
    for (const Note& n : ws.Notes(h.id)) {
        if (n.uuid != promoted.back()) continue;
        ScaledFont font(Px(state, 36));
        TextIn(ImVec4(1.0f, 0.85f, 0.35f, 1.0f), Tr("projection.on_the_wall") + " " + n.text);
        ProbeItem("projection.promoted");
        return;
    }
}
} // namespace

// [SECTION] DrawProjection
void DrawProjection(AppState& state, Workspace& ws) {
    PaintBackground();
    const Hearing* found = ws.FindHearing(state.hearing_id);
    const Theme* theme_found = found ? ws.FindTheme(found->theme_id) : nullptr;
    if (!found || !theme_found) {
        ScaledFont font(Px(state, 32));
        TextIn(kMuted, Tr("projection.pick_hearing"));
        return;
    }
    // Copies: the actions below invalidate the workspace cache.
    Hearing h = *found;
    Theme theme = *theme_found;
    HandleKeys(state, ws, h);
    ImGui::BeginChild("##projection", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    PaintBackground();
    DrawHeader(state, theme, h);
    DrawQuestionPanel(state, theme, h);
    DrawControls(state, ws, h);
    DrawLiveHostPanel(state, ws, /*compact=*/true);
    DrawPromoted(state, ws, h);
    ImGui::Separator();
    DrawLowerArea(state, ws, h);
    ImGui::EndChild();
}

} // namespace hd
