// [SECTION] index: fonts and colours / timer / measuring / fitting / header / question /
//                  contributions / discipline chart / lower area / DrawAudienceContent
// What the room sees, fitted to the window. Every size is a base pixel size times one scale: the
// facilitator's (+ and -), lowered step by step until the header, the question and the most compact
// discipline chart fit. Within the lower area the chart takes the least compact layout that fits
// (one column, then two, then smaller rows) and lists the least-heard disciplines first, so the
// voices not yet heard are the last to lose space; contributions are drawn only whole, newest first.
#include "app/screens/projection_audience.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/projection_clusters.h"
#include "app/screens/projection_figures.h"
#include "app/screens/projector_style.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"
#include "core/store/wall_moderation.h"
#include "core/text/text_analysis.h"

namespace hd {

// [SECTION] Timer
QuestionTime QuestionTimeOf(int64_t clock_offset_ms, const Hearing& h, int budget_minutes) {
    QuestionTime t;
    t.spent = clock_offset_ms - h.question_started_offset_ms;
    t.budget = static_cast<int64_t>(budget_minutes) * 60000;
    t.left = t.budget - t.spent;
    int64_t warn_from = std::min<int64_t>(t.budget / 5, 120000);
    constexpr int64_t kCueMs = 4000;
    if (t.left < 0) {
        t.phase = TimerPhase::Over;
        t.cue = -t.left < kCueMs;
    } else if (t.left < warn_from) {
        t.phase = TimerPhase::Warning;
        t.cue = warn_from - t.left < kCueMs;
    }
    return t;
}

namespace {
using namespace projector;

// [SECTION] Fonts and colours
const ImVec4 kOrange(1.0f, 0.60f, 0.15f, 1.0f);
const ImVec4 kRed(1.0f, 0.40f, 0.35f, 1.0f);
const ImVec4 kSpotlight(1.0f, 0.85f, 0.35f, 1.0f);
constexpr ImU32 kBar = IM_COL32(80, 160, 255, 255);
constexpr ImU32 kUnknownBarColour = IM_COL32(120, 120, 120, 255);
// Key of the bar that counts notes without a known speaker (cannot clash with a typed discipline).
constexpr std::string_view kUnknownBar = kUnknownDisciplineBar;

// Everything the view draws at one moment: the scale in effect and the measured parts.
struct View {
    const AppState* state = nullptr;
    float scale = 1.0f;
    float Px(float base) const { return base * scale; }
};

class ScaledFont : public FontAtSize {
public:
    explicit ScaledFont(float px) : FontAtSize(CrispProjectionFont(px), px) {}
};

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

ImVec4 PhaseColour(TimerPhase phase) {
    return phase == TimerPhase::Over ? kRed : phase == TimerPhase::Warning ? kOrange : kGreen;
}

// [SECTION] Measuring (in the current window, with the font each part is drawn in)
float LineHeight(float px) {
    ScaledFont font(px);
    return ImGui::GetTextLineHeight();
}

float TextHeight(float px, const std::string& text, float wrap_w) {
    ScaledFont font(px);
    return ImGui::CalcTextSize(text.c_str(), nullptr, false, std::max(1.0f, wrap_w)).y;
}

float TextWidth(float px, const std::string& text) {
    ScaledFont font(px);
    return ImGui::CalcTextSize(text.c_str()).x;
}

float Gap() { return ImGui::GetStyle().ItemSpacing.y; }

// `text` cut (whole UTF-8 characters) so that it fits `max_lines` lines of `wrap_w` at `px`, ending in "…".
std::string CutToLines(float px, const std::string& text, float wrap_w, int max_lines) {
    float limit = LineHeight(px) * static_cast<float>(max_lines) + 0.5f;
    if (TextHeight(px, text, wrap_w) <= limit) return text;
    size_t lo = 0, hi = text.size();
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        std::string cut = std::string(Utf8Prefix(text, mid)) + "…";
        if (TextHeight(px, cut, wrap_w) <= limit) lo = mid;
        else hi = mid;
    }
    return std::string(Utf8Prefix(text, lo)) + "…";
}

// Same, on one line.
std::string CutToWidth(float px, const std::string& text, float width) {
    if (TextWidth(px, text) <= width) return text;
    size_t lo = 0, hi = text.size();
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (TextWidth(px, std::string(Utf8Prefix(text, mid)) + "…") <= width) lo = mid;
        else hi = mid;
    }
    return std::string(Utf8Prefix(text, lo)) + "…";
}

// [SECTION] Discipline bars (counted by the workspace, core/workspace/room_view.h)
const std::vector<DisciplineBar>& Bars(AppState&, Workspace& ws, const Hearing& h) { return ws.DisciplineBars(h.id); }

// The order the chart draws: least heard first (the point of the chart), unknown speakers last.
std::vector<const DisciplineBar*> DrawOrder(const std::vector<DisciplineBar>& bars) {
    std::vector<const DisciplineBar*> out;
    for (const auto& b : bars) out.push_back(&b);
    std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) {
        bool a_unknown = a->discipline == kUnknownBar, b_unknown = b->discipline == kUnknownBar;
        if (a_unknown != b_unknown) return b_unknown;
        return a->contributions < b->contributions;
    });
    return out;
}

int TotalContributions(const std::vector<DisciplineBar>& bars) {
    int total = 0;
    for (const auto& b : bars) total += b.contributions;
    return total;
}

std::string BarLabel(const DisciplineBar& bar) {
    if (bar.discipline == kUnknownBar) return Tr("speaker.unknown");
    std::string label = DisciplineLabel(bar.discipline);
    if (bar.present > 1) label += " (" + std::to_string(bar.present) + ")";
    return label;
}

// Chart layouts from roomy to compact: the first that fits the lower area is used.
struct ChartLayout {
    int columns;
    float px; // base px of a row
};
constexpr ChartLayout kChartLayouts[] = {{1, 28}, {1, 24}, {2, 28}, {2, 24}, {2, 20}, {3, 20}, {3, 17}};

float ChartRowHeight(const View& v, const ChartLayout& l) { return LineHeight(v.Px(l.px)) * 1.2f; }

float ChartHeight(const View& v, const ChartLayout& l, size_t bars) {
    size_t rows = (bars + static_cast<size_t>(l.columns) - 1) / static_cast<size_t>(l.columns);
    return LineHeight(v.Px(30)) + Gap() + static_cast<float>(rows) * ChartRowHeight(v, l);
}

// [SECTION] Fitting
// Statement: at most three lines, shrunk up to 0.7 times before it scrolls.
constexpr float kStatementSizes[] = {30, 26, 21};

struct StatementFit {
    float px = 30;
    float height = 0;
    bool scroll = false;
};

StatementFit FitStatement(const View& v, const std::string& text, float width) {
    StatementFit fit;
    if (text.empty()) return fit;
    for (float base : kStatementSizes) {
        fit.px = v.Px(base);
        float h = TextHeight(fit.px, text, width), limit = LineHeight(fit.px) * 3.0f + 0.5f;
        fit.height = std::min(h, LineHeight(fit.px) * 3.0f);
        fit.scroll = h > limit;
        if (!fit.scroll) return fit;
    }
    return fit;
}

float ClockWidth(const View& v) { return v.Px(210); }

float HeaderHeight(const View& v, const Theme& theme, float width) {
    float left = width - ClockWidth(v) - ImGui::GetStyle().CellPadding.x * 4;
    float title = TextHeight(v.Px(44), theme.title, left);
    float statement = FitStatement(v, theme.problem_statement, left).height;
    float clock = LineHeight(v.Px(44)) + Gap() + LineHeight(v.Px(26));
    return std::max(title + Gap() + statement, clock) + Gap() + ImGui::GetStyle().CellPadding.y * 2;
}

float QuestionHeight(const View& v, const Theme& theme, const Hearing& h, float width) {
    float pad = v.Px(14);
    if (theme.questions.empty()) return TextHeight(v.Px(32), Tr("projection.no_questions"), width) + Gap();
    int index = std::clamp(h.current_question, 0, static_cast<int>(theme.questions.size()) - 1);
    const Question& q = theme.questions[static_cast<size_t>(index)];
    float body = LineHeight(v.Px(30)) + Gap() + TextHeight(v.Px(60), q.text, width - 2 * pad) + Gap() +
                 LineHeight(v.Px(32));
    return pad * 2 + body + pad * 0.5f + Gap() * 2;
}

// What the wall shows of the hearing: its notes and its moderation as stored in the plan (hidden ones,
// the spotlight), taken from the workspace once at the start of the frame and held for it: a moderation
// write later in the frame makes the workspace drop both (ChangedHearing), and the rows after it are
// still drawn from these. A change by another program comes in through PRAGMA data_version.
struct Wall {
    std::shared_ptr<const std::vector<Note>> notes;
    std::shared_ptr<const WallModeration> moderation;
    bool Hidden(const std::string& uuid) const { return moderation->hidden.count(uuid) > 0; }
};

const Note* SpotlightNote(const Wall& wall) {
    const std::string& uuid = wall.moderation->spotlight_uuid;
    if (uuid.empty()) return nullptr;
    for (const Note& n : *wall.notes)
        if (n.uuid == uuid) return &n;
    return nullptr;
}

std::string SpotlightText(const Note& n) { return Tr("projection.on_the_wall") + " " + n.text; }

float SpotlightHeight(const View& v, const Note* n, float width) {
    return n ? TextHeight(v.Px(36), CutToLines(v.Px(36), SpotlightText(*n), width, 2), width) + Gap() : 0.0f;
}

// Least the lower area needs: the chart in two columns of small rows (three columns are only the
// last resort, their labels get cut), or the title and two lines of a contribution.
constexpr ChartLayout kCompactChart{2, 20};

float LowerMinHeight(const View& v, size_t bars) {
    float chart = ChartHeight(v, kCompactChart, bars);
    float heard = LineHeight(v.Px(30)) + Gap() + LineHeight(v.Px(32)) * 2 + Gap() * 2;
    return std::max(chart, heard) + Gap() * 2;
}

// The largest scale, at most the facilitator's, at which the fixed parts and the compact lower
// area fit `height`.
float FitScale(AppState& state, Workspace& ws, const Theme& theme, const Hearing& h, const Wall& wall, ImVec2 avail) {
    size_t bars = Bars(state, ws, h).size();
    const Note* spot = SpotlightNote(wall);
    // Above 1080 pixels of height (a 4K projector) everything grows with the window, so the room
    // reads it from as far away as on a 1080p projector; smaller windows start from the chosen scale.
    float room = std::max(1.0f, avail.y / 1080.0f);
    View v{&state, state.projection.font_scale * room};
    bool figures = ProjectionShowsFigures(state, ws, theme.id);
    while (v.scale > 0.3f) {
        float lower = figures ? ProjectionFiguresMinHeight(v.scale, ws.Figures(theme.id)->size(), avail.x)
                              : LowerMinHeight(v, bars);
        float need = HeaderHeight(v, theme, avail.x) + QuestionHeight(v, theme, h, avail.x) +
                     SpotlightHeight(v, spot, avail.x) + lower + Gap() * 2;
        if (need <= avail.y) break;
        v.scale -= 0.05f * room;
    }
    return std::max(v.scale, 0.3f);
}

// [SECTION] Header: theme, problem statement, hearing clock
void DrawClock(const View& v, const Hearing& h) {
    bool running = h.clock_started_wall_ms > 0;
    {
        ScaledFont font(v.Px(44));
        TextIn(running ? kWhite : kOrange, FormatOffset(PlanStore::ClockOffsetMs(h, v.state->now_ms)), false);
        ProbeItem("projection.clock");
    }
    ScaledFont small(v.Px(26));
    TextIn(running ? kMuted : kOrange, Tr(running ? "projection.elapsed" : "projection.paused"), false);
    ProbeItem("projection.clock_state");
}

// A statement longer than three lines (after shrinking) scrolls slowly: four seconds still at the
// top, one line every two seconds, four seconds still at the end, and again.
float StatementScroll(int64_t now_ms, float line_h, float overflow) {
    if (overflow <= 0 || line_h <= 0) return 0;
    double travel_ms = overflow / line_h * 2000.0;
    double cycle = 8000.0 + travel_ms;
    double t = std::fmod(static_cast<double>(now_ms), cycle) - 4000.0;
    return static_cast<float>(std::clamp(t / travel_ms, 0.0, 1.0)) * overflow;
}

void DrawStatement(const View& v, const Theme& theme) {
    if (theme.problem_statement.empty()) return;
    float width = ImGui::GetContentRegionAvail().x;
    StatementFit fit = FitStatement(v, theme.problem_statement, width);
    ImGui::BeginChild("##statement", ImVec2(width, fit.height + 1), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
    {
        ScaledFont font(fit.px);
        ImGui::PushTextWrapPos(width);
        ImGui::PushStyleColor(ImGuiCol_Text, kMuted);
        ImGui::TextUnformatted(theme.problem_statement.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    if (fit.scroll)
        ImGui::SetScrollY(StatementScroll(v.state->now_ms, LineHeight(fit.px), ImGui::GetScrollMaxY()));
    ImGui::EndChild();
    ProbeItem("projection.statement");
}

void DrawHeader(const View& v, const Theme& theme, const Hearing& h) {
    if (!ImGui::BeginTable("##header", 2, ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("theme", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("clock", ImGuiTableColumnFlags_WidthFixed, ClockWidth(v));
    ImGui::TableNextColumn();
    {
        ScaledFont font(v.Px(44));
        TextIn(kAccent, theme.title);
        ProbeItem("projection.title");
    }
    DrawStatement(v, theme);
    ImGui::TableNextColumn();
    DrawClock(v, h);
    ImGui::EndTable();
}

// [SECTION] Current question with its time budget
const Question* CurrentQuestion(const Theme& theme, const Hearing& h) {
    if (theme.questions.empty()) return nullptr;
    int index = std::clamp(h.current_question, 0, static_cast<int>(theme.questions.size()) - 1);
    return &theme.questions[static_cast<size_t>(index)];
}

QuestionTime TimeNow(const View& v, const Hearing& h, const Question& q) {
    return QuestionTimeOf(PlanStore::ClockOffsetMs(h, v.state->now_ms), h, q.budget_minutes);
}

void DrawQuestionTimer(const View& v, const Hearing& h, const Question& q) {
    QuestionTime t = TimeNow(v, h, q);
    std::string spent = FillPlaceholders(Tr("projection.question_time"), {FormatShort(t.spent), std::to_string(q.budget_minutes)});
    std::string left = t.left < 0 ? FillPlaceholders(Tr("projection.over_by"), {FormatShort(-t.left)})
                                  : FillPlaceholders(Tr("projection.left"), {FormatShort(t.left)});
    ScaledFont font(v.Px(32));
    TextIn(kMuted, spent + "   ", false);
    ImGui::SameLine(0, 0);
    TextIn(PhaseColour(t.phase), left, false);
    ProbeItem("projection.question_timer");
    if (t.phase != TimerPhase::Normal) ProbeItem("projection.timer_warning");
}

void DrawQuestionBody(const View& v, const Theme& theme, const Hearing& h) {
    const Question* q = CurrentQuestion(theme, h);
    if (!q) {
        ScaledFont font(v.Px(32));
        TextIn(kMuted, Tr("projection.no_questions"));
        ProbeItem("projection.question");
        return;
    }
    int count = static_cast<int>(theme.questions.size());
    int index = static_cast<int>(q - theme.questions.data());
    {
        ScaledFont font(v.Px(30));
        TextIn(kAccent, FillPlaceholders(Tr("projection.question_of"), {std::to_string(index + 1), std::to_string(count)}), false);
    }
    {
        ScaledFont font(v.Px(60));
        TextIn(kWhite, q->text);
        ProbeItem("projection.question");
    }
    DrawQuestionTimer(v, h, *q);
}

// A panel behind the question: drawn after its contents (their size is known then) on a lower channel.
// Near or over the budget its border takes the timer's colour, and pulses during the first seconds.
void DrawQuestionPanel(const View& v, const Theme& theme, const Hearing& h) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    float pad = v.Px(14);
    ImVec2 start = ImGui::GetCursorScreenPos();
    float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::BeginGroup();
    DrawQuestionBody(v, theme, h);
    ImGui::EndGroup();
    ImGui::PopTextWrapPos();
    ImVec2 end(right, ImGui::GetItemRectMax().y + pad);
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(start, end, kPanel, 8.0f);
    if (const Question* q = CurrentQuestion(theme, h)) {
        QuestionTime t = TimeNow(v, h, *q);
        if (t.phase != TimerPhase::Normal) {
            ImVec4 colour = PhaseColour(t.phase);
            float width = v.Px(5);
            if (t.cue) width *= 1.0f + 0.8f * std::fabs(std::sin(static_cast<float>(v.state->now_ms % 1000) * 3.14159f / 1000.0f));
            dl->AddRect(start, end, ImGui::ColorConvertFloat4ToU32(colour), 8.0f, 0, width);
        }
    }
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, end.y));
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
}

void DrawSpotlight(const View& v, const Note* n) {
    if (!n) return;
    float width = ImGui::GetContentRegionAvail().x;
    ScaledFont font(v.Px(36));
    TextIn(kSpotlight, CutToLines(v.Px(36), SpotlightText(*n), width, 2));
    ProbeItem("projection.promoted");
}

// [SECTION] Contributions: newest first, only whole ones
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
    if (a.words == b.words) return true;
    std::vector<std::string> common;
    std::set_intersection(a.words.begin(), a.words.end(), b.words.begin(), b.words.end(), std::back_inserter(common));
    // Reporters abbreviate ("22u" for "22 uur"), so compare with the shorter note's words.
    size_t shorter = std::min(a.words.size(), b.words.size());
    return common.size() >= 3 && common.size() * 10 >= shorter * 6;
}

// The newest distinct contributions, newest first; looks back only a few notes, however long the
// hearing. Hidden ones are left out, except for the presenter, who sees them greyed (to show again).
std::vector<ShownNote> LatestContributions(const Wall& wall, int wanted, bool presenter) {
    const std::vector<Note>& notes = *wall.notes;
    std::vector<ShownNote> shown, seen;
    int looked = 0;
    for (auto it = notes.rbegin(); it != notes.rend() && static_cast<int>(shown.size()) < wanted && looked < wanted * 3;
         ++it, ++looked) {
        ShownNote candidate{&*it, FoldedWords(it->text)};
        bool duplicate = std::any_of(seen.begin(), seen.end(), [&](const ShownNote& s) { return SameContribution(s, candidate); });
        seen.push_back(candidate);
        if (duplicate) continue;
        if (!presenter && wall.Hidden(it->uuid)) continue;
        shown.push_back(std::move(candidate));
    }
    return shown;
}

struct ContributionColumns {
    float who_w, text_w;
};

ContributionColumns Columns(const View& v, float width) {
    float who = std::min(v.Px(230), width * 0.3f);
    return {who, width - who - ImGui::GetStyle().ItemSpacing.x};
}

void DrawModerationMenu(AppState& state, Workspace& ws, const Wall& wall, const Note& n) {
    if (!ImGui::BeginPopupContextItem(("##moderate" + n.uuid).c_str())) return;
    bool hidden = wall.Hidden(n.uuid);
    bool toggle_hidden = ImGui::MenuItem(Tr(hidden ? "projection.show_again" : "projection.hide").c_str());
    ProbeItem("projection.menu.hide");
    if (toggle_hidden) SetContributionHidden(state, ws, n.hearing_id, n.uuid, !hidden);
    bool spot = wall.moderation->spotlight_uuid == n.uuid;
    bool toggle_spot = ImGui::MenuItem(Tr(spot ? "projection.spotlight_off" : "projection.promote").c_str());
    ProbeItem("projection.menu.spotlight");
    if (toggle_spot) {
        SetSpotlight(state, ws, n.hearing_id, spot ? std::string() : n.uuid);
        if (!spot) LivePromoteNote(state, n.uuid); // the reporters see it too, when hosting
    }
    ImGui::EndPopup();
}

// One row; false (nothing drawn) when it does not fit whole above `bottom`.
bool DrawContribution(AppState& state, Workspace& ws, const View& v, const Wall& wall, const Note& n, float bottom, bool presenter,
                      bool first) {
    float width = ImGui::GetContentRegionAvail().x;
    ContributionColumns cols = Columns(v, width);
    float room_lines = std::floor((bottom - ImGui::GetCursorPosY()) / LineHeight(v.Px(32)));
    int max_lines = static_cast<int>(std::min(4.0f, room_lines));
    if (max_lines < 1 || (!first && max_lines < 2)) return false;
    std::string text = CutToLines(v.Px(32), n.text, cols.text_w, max_lines);
    float who_h = LineHeight(v.Px(26)) + Gap() + LineHeight(v.Px(22));
    float row_h = std::max(who_h, TextHeight(v.Px(32), text, cols.text_w));
    if (ImGui::GetCursorPosY() + row_h > bottom + 0.5f) return false;
    bool hidden = wall.Hidden(n.uuid);
    ImVec2 top = ImGui::GetCursorPos();
    {
        ScaledFont font(v.Px(26));
        TextIn(ImGui::ColorConvertU32ToFloat4(KindColor(n.kind)), CutToWidth(v.Px(26), KindLabel(n.kind), cols.who_w), false);
    }
    {
        ScaledFont font(v.Px(22));
        TextIn(kMuted, CutToWidth(v.Px(22), ws.SpeakerLabel(n.speaker_id), cols.who_w), false);
    }
    ImGui::SetCursorPos(ImVec2(top.x + cols.who_w + ImGui::GetStyle().ItemSpacing.x, top.y));
    {
        ScaledFont font(v.Px(32));
        ImGui::PushTextWrapPos(top.x + width);
        TextIn(hidden ? ImVec4(0.55f, 0.55f, 0.58f, 1.0f) : kWhite, hidden ? Tr("projection.hidden_prefix") + " " + text : text, false);
        ImGui::PopTextWrapPos();
    }
    ProbeItem("projection.note." + n.uuid);
    if (presenter) DrawModerationMenu(state, ws, wall, n);
    ImGui::SetCursorPos(ImVec2(top.x, top.y + row_h + Gap()));
    ImVec2 line = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(line.x, line.y - Gap() * 0.5f), ImVec2(line.x + width, line.y - Gap() * 0.5f),
                                        IM_COL32(60, 64, 72, 255));
    return true;
}

void DrawContributions(AppState& state, Workspace& ws, const View& v, const Hearing& h, const Wall& wall, bool presenter) {
    int total = TotalContributions(Bars(state, ws, h));
    {
        ScaledFont font(v.Px(30));
        TextIn(kAccent, FillPlaceholders(Tr("projection.heard"), {std::to_string(total)}), false);
        ProbeItem("projection.heard_title");
    }
    if (presenter && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("projection.heard_explained").c_str());
    if (wall.notes->empty()) {
        ScaledFont font(v.Px(30));
        TextIn(kMuted, Tr("projection.nothing_yet"));
        return;
    }
    float bottom = ImGui::GetCursorPosY() + ImGui::GetContentRegionAvail().y; // the lowest y this region shows
    bool first = true;
    for (const ShownNote& s : LatestContributions(wall, state.projection.contributions_shown, presenter)) {
        if (!DrawContribution(state, ws, v, wall, *s.note, bottom, presenter, first)) break;
        first = false;
    }
}

// [SECTION] Discipline chart: who has not spoken yet
void DrawBar(const View& v, const DisciplineBar& bar, const ChartLayout& l, int max_count,
             float cell_w, float label_w, bool presenter) {
    float px = v.Px(l.px);
    ScaledFont font(px);
    float line_h = ImGui::GetTextLineHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    std::string label = BarLabel(bar), shown = CutToWidth(px, label, label_w - v.Px(8));
    bool unheard = bar.contributions == 0;
    TextIn(unheard ? kRed : kWhite, shown, false);
    if (presenter && shown != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
    ImVec2 b(p.x + label_w, p.y);
    float room = cell_w - label_w - v.Px(4);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (unheard) {
        // A voice present but not heard yet: the point of the chart, so it stands out ("0" when the
        // words do not fit a compact row).
        std::string text = Tr("projection.not_heard");
        if (ImGui::CalcTextSize(text.c_str()).x + 16 > room) text = "0";
        dl->AddRect(b, ImVec2(b.x + ImGui::CalcTextSize(text.c_str()).x + 16, b.y + line_h),
                    ImGui::ColorConvertFloat4ToU32(kRed), 4.0f, 0, 3.0f);
        ImGui::SetCursorScreenPos(ImVec2(b.x + 8, b.y));
        TextIn(kRed, text, false);
    } else {
        std::string count = std::to_string(bar.contributions);
        float number_w = ImGui::CalcTextSize("000").x + 8;
        float w = std::max(4.0f, (room - number_w) * static_cast<float>(bar.contributions) / static_cast<float>(max_count));
        dl->AddRectFilled(b, ImVec2(b.x + w, b.y + line_h), bar.discipline == kUnknownBar ? kUnknownBarColour : kBar, 4.0f);
        ImGui::SetCursorScreenPos(ImVec2(b.x + w + 8, b.y));
        TextIn(kWhite, count, false);
    }
    ImGui::SetCursorScreenPos(p);
    ImGui::Dummy(ImVec2(cell_w, line_h));
    ProbeItem("projection.bar." + (bar.discipline == kUnknownBar ? std::string("unknown") : bar.discipline));
}

// Labels get what the longest needs, up to 62% of a cell; the rest is for the bar and its number.
float LabelWidth(const View& v, const std::vector<DisciplineBar>& bars, const ChartLayout& l, float cell_w) {
    float widest = 0;
    for (const auto& bar : bars) widest = std::max(widest, TextWidth(v.Px(l.px), BarLabel(bar)));
    return std::min(widest + v.Px(14), cell_w * 0.62f);
}

void DrawDisciplineChart(AppState& state, Workspace& ws, const View& v, const Hearing& h, bool presenter) {
    {
        ScaledFont font(v.Px(30));
        TextIn(kAccent, Tr("projection.per_discipline"), false);
        ProbeItem("projection.chart_title");
    }
    const auto& bars = Bars(state, ws, h);
    if (bars.empty()) {
        ScaledFont font(v.Px(28));
        TextIn(kMuted, Tr("projection.no_participants"));
        return;
    }
    float avail_h = ImGui::GetContentRegionAvail().y + LineHeight(v.Px(30)) + Gap();
    float width = ImGui::GetContentRegionAvail().x, gap = v.Px(16);
    auto cell_width = [&](const ChartLayout& l) {
        return (width - gap * static_cast<float>(l.columns - 1)) / static_cast<float>(l.columns);
    };
    // The roomiest layout that fits whose labels need no cut; else the roomiest that fits.
    const ChartLayout* layout = nullptr;
    for (int pass = 0; pass < 2 && !layout; ++pass)
        for (const ChartLayout& l : kChartLayouts) {
            if (ChartHeight(v, l, bars.size()) > avail_h) continue;
            float cell = cell_width(l);
            if (pass == 0 && LabelWidth(v, bars, l, cell) >= cell * 0.62f) continue;
            layout = &l;
            break;
        }
    if (!layout) layout = &kChartLayouts[std::size(kChartLayouts) - 1];
    state.projection.chart_columns = layout->columns;
    int max_count = 1;
    for (const auto& bar : bars) max_count = std::max(max_count, bar.contributions);
    float cell_w = cell_width(*layout);
    float row_h = ChartRowHeight(v, *layout), bottom = ImGui::GetCursorPosY() + ImGui::GetContentRegionAvail().y;
    float label_w = LabelWidth(v, bars, *layout, cell_w);
    ImVec2 origin = ImGui::GetCursorPos();
    int rows = static_cast<int>((bars.size() + static_cast<size_t>(layout->columns) - 1) / static_cast<size_t>(layout->columns));
    int index = 0;
    for (const auto* bar : DrawOrder(bars)) {
        // Column by column, so the least heard stay together at the top of the first column.
        int col = index / rows, row = index % rows;
        ++index;
        float y = origin.y + static_cast<float>(row) * row_h;
        if (y + LineHeight(v.Px(layout->px)) > bottom) continue; // only when even the compact layout cannot fit
        ImGui::SetCursorPos(ImVec2(origin.x + static_cast<float>(col) * (cell_w + gap), y));
        DrawBar(v, *bar, *layout, max_count, cell_w, label_w, presenter);
    }
    ImGui::SetCursorPos(ImVec2(origin.x, origin.y + static_cast<float>(rows) * row_h));
    if (presenter) {
        ScaledFont font(v.Px(20));
        if (ImGui::GetCursorPosY() + LineHeight(v.Px(20)) <= bottom) TextIn(kMuted, Tr("projection.chart_legend"));
    }
}

// [SECTION] Lower area: what we heard (and its groups) | who has not spoken yet
void DrawLowerArea(AppState& state, Workspace& ws, const View& v, const Hearing& h, const Wall& wall, bool presenter) {
    float avail_w = ImGui::GetContentRegionAvail().x;
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground;
    ImGui::BeginChild("##heard", ImVec2(avail_w * 0.56f, 0), false, flags);
    // Grouped by topic below the latest contributions; in the room only once there are groups (the
    // explanation where groups come from is for the presenter).
    bool groups = presenter || ProjectionHasGroups(state, ws);
    float groups_h = groups ? ProjectionClustersHeight(state, ws, ImGui::GetContentRegionAvail().y * 0.4f) : 0.0f;
    ImGui::BeginChild("##latest", ImVec2(0, -groups_h), false, flags);
    DrawContributions(state, ws, v, h, wall, presenter);
    ImGui::EndChild();
    if (groups_h > 0) {
        ImGui::BeginChild("##clusters", ImVec2(0, 0), false, flags);
        DrawProjectionClusters(state, ws);
        ImGui::EndChild();
    }
    ImGui::EndChild();
    ImGui::SameLine(0, v.Px(24));
    ImGui::BeginChild("##right", ImVec2(0, 0), false, flags);
    DrawDisciplineChart(state, ws, v, h, presenter);
    ImGui::EndChild();
}
} // namespace

// [SECTION] DrawAudienceContent
// Moderation is a write inside the hearing: the workspace reads the wall again, and nothing else of
// another hearing or theme.
void SetContributionHidden(AppState& state, Workspace& ws, int64_t hearing_id, const std::string& note_uuid, bool hidden) {
    RunAction(state, [&] {
        WallStore(ws.Store()).SetHidden(hearing_id, note_uuid, hidden);
        ws.ChangedHearing(hearing_id);
    });
}

void SetSpotlight(AppState& state, Workspace& ws, int64_t hearing_id, const std::string& note_uuid) {
    RunAction(state, [&] {
        WallStore(ws.Store()).SetSpotlight(hearing_id, note_uuid);
        ws.ChangedHearing(hearing_id);
    });
}

void EndSpotlight(AppState& state, Workspace& ws, int64_t hearing_id) {
    RunAction(state, [&] {
        if (ws.Wall(hearing_id)->spotlight_uuid.empty()) return;
        WallStore(ws.Store()).SetSpotlight(hearing_id, "");
        ws.ChangedHearing(hearing_id);
    });
}

void DrawAudienceContent(AppState& state, Workspace& ws, const Theme& theme, const Hearing& h, bool presenter) {
    Wall wall;
    if (!RunAction(state, [&] {
            wall.notes = ws.Notes(h.id);
            wall.moderation = ws.Wall(h.id);
        }))
        return;
    View v{&state, FitScale(state, ws, theme, h, wall, ImGui::GetContentRegionAvail())};
    state.projection.view_scale = v.scale;
    DrawHeader(v, theme, h);
    DrawQuestionPanel(v, theme, h);
    DrawSpotlight(v, SpotlightNote(wall));
    if (ProjectionShowsFigures(state, ws, theme.id)) DrawProjectionFigures(state, ws, theme.id, v.scale);
    else DrawLowerArea(state, ws, v, h, wall, presenter);
}

} // namespace hd
