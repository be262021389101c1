// [SECTION] index: loading / word highlighting / header and filters / entry table / decisions and
// keyboard / import dialog / DrawReview
// Merge review: reporter A | merged | reporter B side by side, word differences highlighted; per
// entry accept A, accept B, keep both or edit; N jumps to the next entry that needs a decision.
// Decisions go to the store at once, with who and when (MergeStore::RecordDecision).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>

#include "app/app_state.h"
#include "app/file_browser.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "app/wrapped_input.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/merge/merge_store.h"
#include "core/merge/review_history.h"
#include "core/text/text_analysis.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"
#include "core/base/utf8.h"

namespace hd {
namespace {

constexpr ImU32 kOnlyAColor = IM_COL32(220, 90, 60, 90);  // words only reporter A wrote
constexpr ImU32 kOnlyBColor = IM_COL32(60, 160, 90, 90);  // words only reporter B wrote
constexpr ImU32 kSelectedRow = IM_COL32(70, 110, 190, 60);

// [SECTION] Loading
// The user's name from Settings; without one, which reporter's laptop decided (never a made-up name).
std::string Who(const AppState& state) {
    return state.user_name.empty() ? FillPlaceholders(Tr("signature.reporter"), {std::string(1, state.reporter)}) : state.user_name;
}

// The entries are the workspace's (Workspace::Review, kept until this hearing changes). The screen
// holds them for the frame, so an action drawn mid-frame cannot free what the rest of the frame draws.
void Load(ReviewUiState& ui, Workspace& ws, int64_t hearing_id) {
    std::shared_ptr<const HearingReview> review = ws.Review(hearing_id);
    if (review == ui.shown && ui.loaded_hearing == hearing_id) return;
    ui.shown = std::move(review);
    if (ui.loaded_hearing != hearing_id) ui.selected_id = 0, ui.editing = false;
    if (ui.row_heights.size() != ui.shown->entries.size()) ui.row_heights.assign(ui.shown->entries.size(), 0);
    ui.loaded_hearing = hearing_id;
}

bool Matches(const ReviewUiState& ui, const StoredEntry& e) {
    if (ui.status_filter >= 0 && static_cast<int>(e.status) != ui.status_filter) return false;
    if (ui.unresolved_only && e.Resolved()) return false;
    if (!ui.speaker_filter.empty() &&
        FoldForMatch(e.speaker).find(FoldForMatch(Trim(ui.speaker_filter))) == std::string::npos)
        return false;
    return true;
}

std::vector<size_t> Visible(const ReviewUiState& ui) {
    std::vector<size_t> out;
    for (size_t i = 0; i < ui.shown->entries.size(); ++i)
        if (Matches(ui, ui.shown->entries[i])) out.push_back(i);
    return out;
}

// [SECTION] Word highlighting
struct Piece {
    size_t begin, end;
    bool changed;
};

// The text cut into runs that are the same in both reports or only in this one.
std::vector<Piece> Pieces(const std::string& text, const std::vector<DiffSpan>& diff, bool side_a) {
    std::vector<Piece> out;
    size_t pos = 0;
    for (const DiffSpan& s : diff) {
        if (s.op == (side_a ? DiffOp::OnlyB : DiffOp::OnlyA)) continue;
        size_t b = side_a ? s.a_begin : s.b_begin, e = side_a ? s.a_end : s.b_end;
        if (b > pos) out.push_back({pos, b, false});
        out.push_back({b, e, s.op != DiffOp::Equal});
        pos = e;
    }
    if (pos < text.size()) out.push_back({pos, text.size(), false});
    return out;
}

// Wrapped text, word by word, with a coloured background behind changed words.
void DrawHighlighted(const std::string& text, const std::vector<DiffSpan>& diff, bool side_a, ImU32 color) {
    if (diff.empty()) {
        ImGui::TextWrapped("%s", text.c_str());
        return;
    }
    float wrap = ImGui::GetContentRegionAvail().x;
    float space = ImGui::CalcTextSize(" ").x;
    float x = 0;
    bool first = true;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const Piece& p : Pieces(text, diff, side_a)) {
        size_t i = p.begin;
        while (i < p.end) {
            while (i < p.end && text[i] == ' ') ++i;
            size_t j = i;
            while (j < p.end && text[j] != ' ') ++j;
            if (j == i) break;
            const char* b = text.data() + i;
            const char* e = text.data() + j;
            ImVec2 size = ImGui::CalcTextSize(b, e);
            bool glued = i == p.begin && i > 0 && text[i - 1] != ' '; // punctuation right after a word
            if (!first) {
                float gap = glued ? 0 : space;
                if (x + gap + size.x > wrap && x > 0) x = 0;
                else ImGui::SameLine(0, gap), x += gap;
            }
            if (p.changed) {
                ImVec2 at = ImGui::GetCursorScreenPos();
                draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), color, 2.0f);
            }
            ImGui::TextUnformatted(b, e);
            x += size.x;
            first = false;
            i = j;
        }
    }
}

// [SECTION] Header and filters
const char* StatusKey(MergeStatus s) {
    switch (s) {
    case MergeStatus::Agreed: return "review.status.agreed";
    case MergeStatus::Differs: return "review.status.differs";
    case MergeStatus::OnlyA: return "review.status.only_a";
    case MergeStatus::OnlyB: return "review.status.only_b";
    }
    return "review.status.differs";
}

const char* DecisionKey(ReviewDecision d) {
    switch (d) {
    case ReviewDecision::AcceptA: return "review.decision.accept_a";
    case ReviewDecision::AcceptB: return "review.decision.accept_b";
    case ReviewDecision::KeepBoth: return "review.decision.keep_both";
    case ReviewDecision::Edited: return "review.decision.edited";
    case ReviewDecision::None: break;
    }
    return "review.open";
}

void RunMerge(AppState& state, Workspace& ws) {
    RunAction(state, [&] {
        MergeStore merges(ws.Store());
        MergeRunResult r = merges.RunMerge(state.hearing_id, *ws.Analyzer(), {}, Who(state));
        ws.ChangedHearing(state.hearing_id); // merged entries of this hearing only
        ShowToast(state, GlobalTranslator().Format("review.merged", {std::to_string(r.entries), std::to_string(r.decisions_kept),
                                                                       std::to_string(r.decisions_dropped)}));
    });
}

void DrawHearingPicker(AppState& state, Workspace& ws) {
    const Hearing* current = ws.FindHearing(state.hearing_id);
    auto label = [&](const Hearing& h) {
        const Theme* t = ws.FindTheme(h.theme_id);
        return (t ? t->title : std::string()) + " · " + h.date;
    };
    ImGui::SetNextItemWidth(420);
    if (ImGui::BeginCombo(Tr("review.hearing").c_str(), current ? label(*current).c_str() : "")) {
        for (const Hearing& h : ws.Data().hearings) {
            ImGui::PushID(static_cast<int>(h.id));
            if (ImGui::Selectable(label(h).c_str(), h.id == state.hearing_id)) state.hearing_id = h.id, state.theme_id = h.theme_id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

void DrawHeader(AppState& state, Workspace& ws, ReviewUiState& ui) {
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(Tr("review.title").c_str());
    ImGui::PopFont();
    // The hearing is chosen in the menu bar, as on the other screens.
    if (ImGui::Button(Tr(ui.shown->has_merge ? "review.merge_again" : "review.merge_now").c_str())) RunMerge(state, ws);
    ProbeItem("review.merge");
    ImGui::SameLine();
    if (ImGui::Button(Tr("review.import").c_str())) ui.import.request_open = true;
    ProbeItem("review.import");
    if (!ui.shown->has_merge) return;
    float fraction = ui.shown->progress.total ? static_cast<float>(ui.shown->progress.resolved) / static_cast<float>(ui.shown->progress.total) : 1.0f;
    std::string progress = GlobalTranslator().Format("review.progress", {std::to_string(ui.shown->progress.resolved),
                                                                         std::to_string(ui.shown->progress.total)});
    ImGui::ProgressBar(fraction, ImVec2(260, 0), progress.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    const char* status_label = ui.status_filter < 0 ? Tr("review.filter_all").c_str()
                                                    : Tr(StatusKey(static_cast<MergeStatus>(ui.status_filter))).c_str();
    if (ImGui::BeginCombo(Tr("review.filter_status").c_str(), status_label)) {
        if (ImGui::Selectable(Tr("review.filter_all").c_str(), ui.status_filter < 0)) ui.status_filter = -1;
        for (int s = 0; s < 4; ++s)
            if (ImGui::Selectable(Tr(StatusKey(static_cast<MergeStatus>(s))).c_str(), ui.status_filter == s)) ui.status_filter = s;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(180);
    ImGui::InputTextWithHint("##speaker_filter", Tr("review.filter_speaker").c_str(), &ui.speaker_filter);
    ImGui::SameLine();
    ImGui::Checkbox(Tr("review.unresolved_only").c_str(), &ui.unresolved_only);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", Tr("review.keys").c_str()); // wraps at 1280 px instead of running off
    ImGui::PopStyleColor();
}

// [SECTION] Decisions and keyboard
// The next entry (in the filtered list, after `from`, wrapping) that still needs a decision.
int64_t NextUnresolved(const ReviewUiState& ui, const std::vector<size_t>& visible, int64_t from, int direction) {
    if (visible.empty()) return 0;
    long n = static_cast<long>(visible.size());
    long start = -1;
    for (long k = 0; k < n; ++k)
        if (ui.shown->entries[visible[static_cast<size_t>(k)]].id == from) start = k;
    for (long step = 1; step <= n; ++step) {
        long k = ((start < 0 ? (direction > 0 ? -1 : n) : start) + direction * step) % n;
        if (k < 0) k += n;
        const StoredEntry& e = ui.shown->entries[visible[static_cast<size_t>(k)]];
        if (!e.Resolved() && e.id != from) return e.id;
    }
    return 0;
}

const StoredEntry* Selected(const ReviewUiState& ui) {
    for (const StoredEntry& e : ui.shown->entries)
        if (e.id == ui.selected_id) return &e;
    return nullptr;
}

// Stores one decision on an entry with its undo step (kept in the plan file); true when stored.
bool StoreDecision(AppState& state, Workspace& ws, int64_t id, ReviewDecision d, const std::string& text) {
    return RunAction(state, [&] {
        ReviewHistory(ws.Store()).Decide(id, d, d == ReviewDecision::Edited ? text : std::string(), Who(state));
        ws.ChangedHearing(state.hearing_id);
    });
}

void Decide(AppState& state, Workspace& ws, ReviewUiState& ui, const std::vector<size_t>& visible, ReviewDecision d,
            const std::string& text = {}) {
    const StoredEntry* e = Selected(ui);
    if (!e) return;
    int64_t id = e->id;
    if (!StoreDecision(state, ws, id, d, text)) return;
    ui.editing = false;
    if (d != ReviewDecision::None) {
        int64_t next = NextUnresolved(ui, visible, id, +1);
        if (next) ui.selected_id = next, ui.scroll_to_selected = true;
    }
}

// Undo and redo restore an entry's decision (and edited text) from the hearing's stored stack, then
// select that entry so the reviewer sees what came back, wherever the selection had moved.
void UndoRedo(AppState& state, Workspace& ws, ReviewUiState& ui, bool undo) {
    int64_t entry = 0;
    bool ok = RunAction(state, [&] {
        ReviewHistory history(ws.Store());
        entry = undo ? history.Undo(ui.loaded_hearing, Who(state)) : history.Redo(ui.loaded_hearing, Who(state));
        if (entry) ws.ChangedHearing(ui.loaded_hearing);
    });
    if (!ok || !entry) return;
    ui.selected_id = entry;
    ui.scroll_to_selected = true;
    ui.editing = false;
}

void StartEdit(ReviewUiState& ui) {
    const StoredEntry* e = Selected(ui);
    if (!e) return;
    ui.editing = true;
    ui.focus_edit = true;
    ui.edit_text = e->decision == ReviewDecision::Edited ? e->edited_text : e->FinalText();
}

void HandleKeys(AppState& state, Workspace& ws, ReviewUiState& ui, const std::vector<size_t>& visible) {
    ImGuiIO& io = ImGui::GetIO();
    if (ui.editing) {
        if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_ENTER, false)) Decide(state, ws, ui, visible, ReviewDecision::Edited, ui.edit_text);
        else if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ui.editing = false;
        return;
    }
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) || visible.empty()) return;
    auto move = [&](int delta) {
        long k = -1;
        for (size_t i = 0; i < visible.size(); ++i)
            if (ui.shown->entries[visible[i]].id == ui.selected_id) k = static_cast<long>(i);
        k = std::clamp<long>(k < 0 ? 0 : k + delta, 0, static_cast<long>(visible.size()) - 1);
        ui.selected_id = ui.shown->entries[visible[static_cast<size_t>(k)]].id;
        ui.scroll_to_selected = true;
    };
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN) || ImGui::IsKeyPressed(GLFW_KEY_J)) move(+1);
    if (ImGui::IsKeyPressed(GLFW_KEY_UP) || ImGui::IsKeyPressed(GLFW_KEY_K)) move(-1);
    if (ImGui::IsKeyPressed(GLFW_KEY_N, false)) {
        int64_t next = NextUnresolved(ui, visible, ui.selected_id, io.KeyShift ? -1 : +1);
        if (next) ui.selected_id = next, ui.scroll_to_selected = true;
    }
    // Undo and redo work whatever is selected: after 1/2/3 the selection has moved on.
    bool ctrl_only = io.KeyCtrl && !io.KeyShift && !io.KeyAlt;
    bool plain = !io.KeyCtrl && !io.KeyAlt;
    if (ImGui::IsKeyPressed(GLFW_KEY_U, false) && plain) return UndoRedo(state, ws, ui, true);
    if (ImGui::IsKeyPressed(GLFW_KEY_Z, false) && ctrl_only) return UndoRedo(state, ws, ui, true);
    if (ImGui::IsKeyPressed(GLFW_KEY_R, false) && plain) return UndoRedo(state, ws, ui, false);
    if (ImGui::IsKeyPressed(GLFW_KEY_Y, false) && ctrl_only) return UndoRedo(state, ws, ui, false);
    if (!Selected(ui)) return;
    if (ImGui::IsKeyPressed(GLFW_KEY_1, false)) Decide(state, ws, ui, visible, ReviewDecision::AcceptA);
    else if (ImGui::IsKeyPressed(GLFW_KEY_2, false)) Decide(state, ws, ui, visible, ReviewDecision::AcceptB);
    else if (ImGui::IsKeyPressed(GLFW_KEY_3, false)) Decide(state, ws, ui, visible, ReviewDecision::KeepBoth);
    else if (ImGui::IsKeyPressed(GLFW_KEY_E, false)) StartEdit(ui);
}

// [SECTION] Entry table
void DrawMergedCell(AppState& state, Workspace& ws, ReviewUiState& ui, const StoredEntry& e, const std::vector<size_t>& visible) {
    bool resolved = e.Resolved();
    ImVec4 status_color = e.status == MergeStatus::Agreed    ? ImVec4(0.45f, 0.75f, 0.45f, 1)
                          : e.status == MergeStatus::Differs ? ImVec4(0.95f, 0.7f, 0.3f, 1)
                                                             : ImVec4(0.6f, 0.7f, 0.95f, 1);
    std::string time = e.time_ms >= 0 ? FormatOffset(e.time_ms) : std::string();
    ImGui::TextColored(status_color, "%s", Tr(StatusKey(e.status)).c_str());
    ImGui::SameLine();
    // A participant without a name is stored by discipline key ("residents"): shown translated.
    std::string speaker = e.speaker.empty() ? e.speaker : DisciplineLabel(e.speaker);
    ImGui::TextDisabled("%s %s", time.c_str(), speaker.c_str());
    if (e.decision != ReviewDecision::None) {
        ImGui::TextDisabled("%s %s", Tr(DecisionKey(e.decision)).c_str(),
                            GlobalTranslator().Format("review.decided_by", {e.decided_by}).c_str());
    } else if (!resolved) {
        ImGui::TextColored(ImVec4(0.95f, 0.55f, 0.3f, 1), "%s", Tr("review.open").c_str());
    }
    bool selected = e.id == ui.selected_id;
    if (selected && ui.editing) {
        if (ui.focus_edit) ImGui::SetKeyboardFocusHere(), ui.focus_edit = false;
        InputTextWrapped("##edit", ui.edit_text, ImVec2(-1, ImGui::GetTextLineHeight() * 6), ui.edit_wrap);
        ProbeItem("review.edit_box");
        if (ImGui::SmallButton(Tr("review.save_edit").c_str())) Decide(state, ws, ui, visible, ReviewDecision::Edited, ui.edit_text);
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("review.cancel").c_str())) ui.editing = false;
        return;
    }
    std::string final_text = e.FinalText();
    if (final_text.empty()) ImGui::TextDisabled("%s", Tr("review.dropped").c_str());
    else ImGui::TextWrapped("%s", final_text.c_str());
    // What only one reporter wrote is not in the proposal: shown apart, highlighted, until decided.
    if (e.decision == ReviewDecision::None && !e.also_noted.empty()) {
        std::string also = GlobalTranslator().Format("review.also_noted", {std::string(1, e.also_noted_by), e.also_noted});
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.55f, 0.85f, 0.6f, 1));
        ImGui::TextWrapped("%s", also.c_str());
        ImGui::PopStyleColor();
    }
    if (!selected) return;
    if (ImGui::SmallButton(Tr("review.accept_a").c_str())) Decide(state, ws, ui, visible, ReviewDecision::AcceptA);
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("review.accept_b").c_str())) Decide(state, ws, ui, visible, ReviewDecision::AcceptB);
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("review.keep_both").c_str())) Decide(state, ws, ui, visible, ReviewDecision::KeepBoth);
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("review.edit").c_str())) StartEdit(ui);
    if (e.decision != ReviewDecision::None) {
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("review.undo").c_str())) Decide(state, ws, ui, visible, ReviewDecision::None);
    }
}

void DrawTable(AppState& state, Workspace& ws, ReviewUiState& ui, const std::vector<size_t>& visible) {
    if (visible.empty()) {
        ImGui::TextDisabled("%s", Tr("review.no_entries").c_str());
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("review_entries", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    // Row selection is shown by the row background; a full-strength hover colour would hide the text.
    ImGui::PushStyleColor(ImGuiCol_Header, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, IM_COL32(120, 140, 200, 30));
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, IM_COL32(120, 140, 200, 50));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(Tr("review.col_a").c_str());
    ImGui::TableSetupColumn(Tr("review.col_merged").c_str());
    ImGui::TableSetupColumn(Tr("review.col_b").c_str());
    ImGui::TableHeadersRow();
    float width = ImGui::GetContentRegionAvail().x;
    if (width != ui.row_heights_width) std::fill(ui.row_heights.begin(), ui.row_heights.end(), 0.0f), ui.row_heights_width = width;
    for (size_t idx : visible) {
        const StoredEntry& e = ui.shown->entries[idx];
        bool selected = e.id == ui.selected_id;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        float known = ui.row_heights[idx];
        // Rows out of sight are a blank of their measured height: hundreds of entries stay cheap.
        if (known > 0 && !selected && !ImGui::IsRectVisible(ImVec2(1, known))) {
            ImGui::Dummy(ImVec2(1, known));
            continue;
        }
        if (selected) {
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, kSelectedRow);
            if (ui.scroll_to_selected) ImGui::SetScrollHereY(0.3f), ui.scroll_to_selected = false;
        }
        ImGui::PushID(static_cast<int>(e.id));
        float y0 = ImGui::GetCursorPosY();
        if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                              ImVec2(0, std::max(known - 4, 0.0f)))) {
            if (!selected) ui.editing = false;
            ui.selected_id = e.id;
        }
        ProbeItem("review.row." + std::to_string(idx));
        ImGui::SetCursorPosY(y0);
        float height = 0;
        for (int col = 0; col < 3; ++col) {
            ImGui::TableSetColumnIndex(col);
            float start = ImGui::GetCursorPosY();
            if (col == 0) DrawHighlighted(e.a_text, ui.shown->diffs[idx], true, kOnlyAColor);
            else if (col == 2) DrawHighlighted(e.b_text, ui.shown->diffs[idx], false, kOnlyBColor);
            else DrawMergedCell(state, ws, ui, e, visible);
            height = std::max(height, ImGui::GetCursorPosY() - start);
        }
        ui.row_heights[idx] = height + ImGui::GetStyle().CellPadding.y * 2;
        ImGui::PopID();
    }
    ImGui::PopStyleColor(3);
    ImGui::EndTable();
}

// [SECTION] Import dialog
// A text file is only read as far as the preview shows (a big file is checked whole by the import,
// off the UI thread); a JSON transcript is read and checked whole.
bool LooksLikeJson(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".json" || ext == ".txt") return ext == ".json";
    TextFilePreview head = PreviewTextTranscriptFile(path, {}, 1);
    return !head.first_lines.lines.empty() && head.first_lines.lines[0].raw[0] == '{';
}

void Preview(Workspace& ws, AppState& state, ReviewImportUiState& im) {
    im.previewed = false;
    im.preview_error.clear();
    try {
        im.is_json = LooksLikeJson(im.path);
        if (im.is_json) {
            im.json = ParseTranscriptJson(ReadImportFile(im.path), std::filesystem::path(im.path).filename().string());
        } else {
            TextFilePreview p = PreviewTextTranscriptFile(im.path, HearingParticipants(ws.Store(), state.hearing_id));
            im.text = std::move(p.first_lines);
            im.text_more = p.more;
        }
        im.previewed = true;
    } catch (const UserError& e) {
        im.preview_error = GlobalTranslator().Message(e);
    }
}

const char* MatchKey(SpeakerMatch m) {
    switch (m) {
    case SpeakerMatch::FullName: return "review.import_match.full_name";
    case SpeakerMatch::Surname: return "review.import_match.surname";
    case SpeakerMatch::Discipline: return "review.import_match.discipline";
    default: return "";
    }
}

const ImVec4 kImportWarning(0.95f, 0.5f, 0.3f, 1);

void DrawPreviewRow(const TextLine& l) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::Text("%d", l.line_number);
    ImGui::TableSetColumnIndex(1);
    if (l.problem == LineProblem::NotATime) { // kept in the text; the time column says why there is none
        ImGui::PushStyleColor(ImGuiCol_Text, kImportWarning);
        ImGui::TextWrapped("%s", Tr("review.import_not_a_time").c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", GlobalTranslator().Format("transcript.not_a_time", {l.bad_time}).c_str());
    } else
        ImGui::TextUnformatted(l.has_time ? FormatOffset(l.time_ms).c_str() : Tr("review.import_no_time").c_str());
    ImGui::TableSetColumnIndex(2);
    // Wrapped, not clipped: a long name and how it was recognised stay readable in 220 px.
    if (l.match == SpeakerMatch::Unmatched) {
        ImGui::PushStyleColor(ImGuiCol_Text, kImportWarning);
        ImGui::TextWrapped("%s", GlobalTranslator().Format("review.import_unmatched", {l.speaker_written}).c_str());
        ImGui::PopStyleColor();
    } else if (l.speaker_id > 0) {
        ImGui::TextWrapped("%s (%s)", l.speaker_name.c_str(), Tr(MatchKey(l.match)).c_str());
    }
    ImGui::TableSetColumnIndex(3);
    if (l.problem == LineProblem::TimeWithoutText) {
        ImGui::PushStyleColor(ImGuiCol_Text, kImportWarning);
        ImGui::TextWrapped("%s", Tr("transcript.time_without_text").c_str());
        ImGui::PopStyleColor();
    } else {
        ImGui::TextWrapped("%s", l.text.c_str());
    }
    ProbeItem("review.import_text_cell");
}

void DrawTextPreview(const TextTranscript& t, bool more) {
    size_t recognised = 0;
    for (const TextLine& l : t.lines) recognised += l.speaker_id > 0;
    if (more)
        ImGui::TextUnformatted(GlobalTranslator().Format("review.import_first_lines", {std::to_string(t.lines.size()), std::to_string(recognised)}).c_str());
    else
        ImGui::TextUnformatted(GlobalTranslator().Format("review.import_lines", {std::to_string(t.lines.size()), std::to_string(recognised)}).c_str());
    if (!t.skipped.empty())
        ImGui::TextColored(kImportWarning, "%s", GlobalTranslator().Format("transcript.lines_skipped", {std::to_string(t.skipped.size())}).c_str());
    // The text column takes what the fixed columns leave: the table is sized to the screen, not to a
    // popup that auto-resizes around it (where a stretch column would shrink to a sliver).
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingFixedFit;
    ImVec2 display = ImGui::GetIO().DisplaySize;
    ImVec2 size(std::clamp(display.x - 120.0f, 600.0f, 1500.0f), std::clamp(display.y * 0.45f, 200.0f, 520.0f));
    if (!ImGui::BeginTable("import_preview", 4, flags, size)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(Tr("review.import_line").c_str(), ImGuiTableColumnFlags_WidthFixed, 50);
    ImGui::TableSetupColumn(Tr("review.import_time").c_str(), ImGuiTableColumnFlags_WidthFixed, 80);
    ImGui::TableSetupColumn(Tr("review.import_speaker").c_str(), ImGuiTableColumnFlags_WidthFixed, 220);
    ImGui::TableSetupColumn(Tr("review.import_text").c_str(), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    // In file order: the lines that become notes and those skipped (a time without text).
    size_t n = 0, k = 0;
    while (n < t.lines.size() || k < t.skipped.size()) {
        bool note = k == t.skipped.size() || (n < t.lines.size() && t.lines[n].line_number < t.skipped[k].line_number);
        DrawPreviewRow(note ? t.lines[n++] : t.skipped[k++]);
    }
    ImGui::EndTable();
}

// [SECTION] Text import job
void BeginTextImport(AppState& state, Workspace& ws, ReviewImportUiState& im) {
    TextImportRequest request;
    request.plan_path = ws.Path();
    request.file_path = im.path;
    request.by = Who(state);
    request.hearing_id = state.hearing_id;
    request.reporter = im.reporter;
    request.batch_lines = im.batch_lines;
    StartTextImport(ws.TextImport(), request); // the workspace owns the run: UI state holds no thread
}

// Every frame, whether the dialog is open or not: finishes a job that is done (join, reload, tell).
void PollTextImport(AppState& state, Workspace& ws, ReviewUiState& ui) {
    ReviewImportUiState& im = ui.import;
    std::unique_ptr<TextImportJob> job = ws.TextImport().TakeDone();
    if (!job) return;
    ws.ChangedHearing(job->hearing_id); // notes, and speakers it added (the plan data is read again)
    const TextFileImportResult& r = job->result;
    if (job->user_error) {
        state.error_message = GlobalTranslator().Message(*job->user_error);
        return;
    }
    if (!job->error.empty()) {
        state.error_message = Tr("err.unexpected") + "\n" + job->error;
        return;
    }
    im.previewed = false;
    im.close_requested = true;
    if (r.cancelled) {
        ShowToast(state, GlobalTranslator().Format("review.import_cancelled", {std::to_string(r.lines)}));
        return;
    }
    std::string told = GlobalTranslator().Format("review.imported", {std::to_string(r.notes_added), std::to_string(r.notes_already_present)});
    if (r.lines_skipped) told += "\n" + GlobalTranslator().Format("transcript.lines_skipped", {std::to_string(r.lines_skipped)});
    ShowToast(state, told);
    // Both reporters in: merge (again), keeping decisions already made.
    if (job->hearing_id == state.hearing_id && ws.Store().CountNotes(state.hearing_id, 'A') > 0 &&
        ws.Store().CountNotes(state.hearing_id, 'B') > 0)
        RunMerge(state, ws);
}

void DrawImportProgress(TextImportJob& job) {
    std::string label = GlobalTranslator().Format("review.import_progress", {std::to_string(job.notes_done.load())});
    ImGui::ProgressBar(job.progress.load(), ImVec2(420, 0), label.c_str());
    ProbeItem("review.import_progress");
    ImGui::SameLine();
    ImGui::BeginDisabled(job.cancel.load());
    if (ImGui::Button(Tr("review.import_cancel").c_str())) job.cancel = true;
    ProbeItem("review.import_cancel");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", Tr("review.import_cancel_help").c_str());
}

void DoImport(AppState& state, Workspace& ws, ReviewUiState& ui) {
    ReviewImportUiState& im = ui.import;
    if (!im.is_json) {
        BeginTextImport(state, ws, im);
        return;
    }
    bool ok = RunAction(state, [&] {
        int added = 0, present = 0, updated = 0;
        if (im.is_json) {
            ImportOptions o;
            o.attach_anyway = im.attach_anyway;
            ImportResult r = ImportTranscript(ws.Store(), state.hearing_id, im.json, o);
            added = r.notes_added, present = r.notes_already_present + r.notes_older_kept, updated = r.notes_updated;
        }
        ws.ChangedHearing(state.hearing_id);
        if (updated > 0)
            ShowToast(state, GlobalTranslator().Format("review.imported_updated",
                                                       {std::to_string(added), std::to_string(present), std::to_string(updated)}));
        else ShowToast(state, GlobalTranslator().Format("review.imported", {std::to_string(added), std::to_string(present)}));
    });
    if (!ok) return;
    im.previewed = false;
    ImGui::CloseCurrentPopup();
    // Both reporters in: merge (again), keeping decisions already made.
    if (ws.Store().CountNotes(state.hearing_id, 'A') > 0 && ws.Store().CountNotes(state.hearing_id, 'B') > 0) RunMerge(state, ws);
}

void DrawImportDialog(AppState& state, Workspace& ws, ReviewUiState& ui) {
    ReviewImportUiState& im = ui.import;
    const std::string title = Tr("review.import_title") + "###review_import";
    if (im.request_open) ImGui::OpenPopup(title.c_str()), im.request_open = false;
    // Centred every frame: the dialog grows when a preview appears and must stay on screen.
    ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    im.open = ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    if (!im.open) return;
    if (im.close_requested) {
        im.close_requested = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    if (TextImportJob* job = ws.TextImport().Running()) { // importing: progress and Cancel only, the file and options stay as they were
        ImGui::TextUnformatted(im.path.c_str());
        DrawImportProgress(*job);
        ImGui::EndPopup();
        return;
    }
    if (im.preview_on_open) Preview(ws, state, im), im.preview_on_open = false;
    ImGui::SetNextItemWidth(560);
    ImGui::InputText(Tr("review.import_path").c_str(), &im.path);
    ProbeItem("review.import_path");
    ImGui::SameLine();
    BrowseButton(state, "review.import", {".json", ".txt"}, im.path);
    if (std::optional<std::string> picked = DrawFileBrowser(state, "review.import")) {
        im.path = *picked;
        Preview(ws, state, im); // what the file holds shows at once
    }
    ImGui::TextUnformatted(Tr("review.import_reporter").c_str());
    ImGui::SameLine();
    if (ImGui::RadioButton("A", im.reporter == 'A')) im.reporter = 'A';
    ImGui::SameLine();
    if (ImGui::RadioButton("B", im.reporter == 'B')) im.reporter = 'B';
    if (ImGui::Button(Tr("review.import_preview").c_str())) Preview(ws, state, im);
    ProbeItem("review.import_preview");
    if (!im.preview_error.empty()) ImGui::TextColored(ImVec4(0.95f, 0.4f, 0.3f, 1), "%s", im.preview_error.c_str());
    if (im.previewed && im.is_json) {
        const Transcript& t = im.json;
        ImGui::TextUnformatted(GlobalTranslator()
                                   .Format("review.import_json", {t.reporter, t.reporter_name, std::to_string(t.notes.size()),
                                                                  t.theme_title, t.hearing_date})
                                   .c_str());
        const Hearing* h = ws.FindHearing(state.hearing_id);
        bool other = !h || t.hearing_uuid != h->uuid || t.plan_uuid != ws.Data().plan.uuid;
        if (other) {
            ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.3f, 1), "%s", Tr("review.import_other").c_str());
            ImGui::Checkbox(Tr("review.import_attach").c_str(), &im.attach_anyway);
        }
    } else if (im.previewed) {
        DrawTextPreview(im.text, im.text_more);
    }
    if (im.previewed) {
        if (ImGui::Button(Tr("review.import_do").c_str())) DoImport(state, ws, ui);
        ProbeItem("review.import_do");
        ImGui::SameLine();
    }
    if (ImGui::Button(Tr("review.import_close").c_str()) || ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) {
        im.previewed = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace

// [SECTION] DrawReview
void DrawReview(AppState& state, Workspace& ws) {
    ReviewUiState& ui = state.review;
    if (!ws.IsOpen()) {
        DrawPlaceholder("review.no_hearing");
        return;
    }
    if (!ws.FindHearing(state.hearing_id)) {
        ImGui::PushFont(Fonts().title);
        ImGui::TextUnformatted(Tr("review.title").c_str());
        ImGui::PopFont();
        DrawHearingPicker(state, ws);
        ImGui::TextDisabled("%s", Tr("review.no_hearing").c_str());
        return;
    }
    PollTextImport(state, ws, ui);
    Load(ui, ws, state.hearing_id);
    // Both transcripts are in but nobody merged yet: merge once on opening (a click saved, and the
    // merge only proposes; nothing is decided).
    if (!ui.shown->has_merge && ui.auto_merged_hearing != state.hearing_id && ws.Store().CountNotes(state.hearing_id, 'A') > 0 &&
        ws.Store().CountNotes(state.hearing_id, 'B') > 0) {
        ui.auto_merged_hearing = state.hearing_id;
        RunMerge(state, ws);
        Load(ui, ws, state.hearing_id);
    }
    DrawHeader(state, ws, ui);
    Load(ui, ws, state.hearing_id); // a merge or a change of hearing in the header
    if (!ui.shown->has_merge) {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", Tr("review.no_merge").c_str());
        ImGui::TextUnformatted(GlobalTranslator()
                                   .Format("review.notes_count", {std::to_string(ws.Store().CountNotes(state.hearing_id, 'A')),
                                                                  std::to_string(ws.Store().CountNotes(state.hearing_id, 'B'))})
                                   .c_str());
        DrawImportDialog(state, ws, ui);
        return;
    }
    std::vector<size_t> visible = Visible(ui);
    HandleKeys(state, ws, ui, visible);
    Load(ui, ws, state.hearing_id); // a decision by key
    visible = Visible(ui);
    DrawTable(state, ws, ui, visible);
    DrawImportDialog(state, ws, ui);
}

} // namespace hd
