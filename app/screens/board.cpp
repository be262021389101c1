// [SECTION] index: data cache / undo and redo / clustering job / toolbar / objective panel / cards / card clipping / columns / DrawBoard
// Objectives board: per theme, clusters as columns of note cards. Drag a card to another column to
// move it (remembered as a manual decision); merge, split, rename and pin columns; accept the
// proposed objective of a column and edit its why / what / how. Clustering runs on a thread.
// Every board action can be undone (Ctrl+Z) and redone (Ctrl+Y, Ctrl+Shift+Z).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "app/app_state.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
constexpr float kColumnWidth = 370.0f;
constexpr float kCardPad = 6.0f;
constexpr const char* kNotePayload = "HD_NOTE_UUID";

// [SECTION] Data cache
// The board's data is the workspace's (Workspace::Board, kept until the theme changes). The screen
// holds it for the frame, so an action drawn mid-frame cannot free what the rest of the frame draws;
// only the card layout, which depends on what is shown, is measured again when the data is new.
void Refresh(AppState& state, Workspace& ws, int64_t theme_id) {
    BoardUiState& ui = state.board;
    std::shared_ptr<const ThemeBoard> board = ws.Board(theme_id);
    if (board == ui.shown) return;
    ui.shown = std::move(board);
    // Members, texts and labels may all have changed: every card is measured again when next drawn.
    ui.column_layouts.assign(ui.shown->clusters.size(), CardColumnLayout{});
    ui.unplaced_layout = CardColumnLayout{};
}

// [SECTION] Undo and redo
BoardHistory& HistoryOf(AppState& state, Workspace& ws, int64_t theme_id) {
    BoardUiState& ui = state.board;
    if (ui.history_plan != ws.Path()) {
        ui.history.clear();
        ui.history_plan = ws.Path();
    }
    return ui.history[theme_id];
}

// Runs a board action; once it succeeded, the board as it was before is remembered for undo.
bool BoardAction(AppState& state, Workspace& ws, int64_t theme_id, const char* undo_key,
                 const std::function<void()>& action) {
    BoardSnapshot before;
    bool done = RunAction(state, [&] {
        before = CaptureBoard(ws.Store(), theme_id);
        action();
        ws.ChangedTheme(theme_id); // clusters and objectives of this theme only
    });
    if (done) HistoryOf(state, ws, theme_id).Record(undo_key, std::move(before));
    return done;
}

void UndoRedo(AppState& state, Workspace& ws, int64_t theme_id, bool redo) {
    BoardUiState& ui = state.board;
    BoardHistory& history = HistoryOf(state, ws, theme_id);
    if (ws.Clustering().Running() || (redo ? !history.CanRedo() : !history.CanUndo())) return;
    std::string action;
    if (!RunAction(state, [&] {
            action = redo ? history.Redo(ws.Store()) : history.Undo(ws.Store());
            ws.ChangedTheme(theme_id);
        }))
        return;
    // The column being renamed or the objective being edited may be gone now.
    ui.rename_cluster_id = 0;
    ui.edit_objective_id = 0;
    ShowToast(state, GlobalTranslator().Format(redo ? "board.redone" : "board.undone", {Tr(action)}));
}

// Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z); a text field being edited keeps its own undo.
void HandleUndoKeys(AppState& state, Workspace& ws, int64_t theme_id) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    bool z = ImGui::IsKeyPressed(GLFW_KEY_Z, false);
    if (z && !io.KeyShift) UndoRedo(state, ws, theme_id, false);
    else if (z || ImGui::IsKeyPressed(GLFW_KEY_Y, false)) UndoRedo(state, ws, theme_id, true);
}

void DrawUndoButtons(AppState& state, Workspace& ws, int64_t theme_id) {
    BoardHistory& history = HistoryOf(state, ws, theme_id);
    for (bool redo : {false, true}) {
        bool can = redo ? history.CanRedo() : history.CanUndo();
        SameLineOrWrap(ButtonWidth(Tr(redo ? "board.redo" : "board.undo")));
        ImGui::BeginDisabled(!can);
        if (ImGui::Button(Tr(redo ? "board.redo" : "board.undo").c_str())) UndoRedo(state, ws, theme_id, redo);
        ImGui::EndDisabled();
        ProbeItem(redo ? "board.redo" : "board.undo");
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            std::string tip = !can ? Tr(redo ? "board.nothing_to_redo" : "board.nothing_to_undo")
                                   : GlobalTranslator().Format(redo ? "board.redo_tip" : "board.undo_tip",
                                                               {Tr(redo ? history.NextRedo() : history.NextUndo())});
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }
}

// [SECTION] Clustering job
void StartJob(AppState& state, Workspace& ws, int64_t theme_id, bool only_new) {
    HistoryOf(state, ws, theme_id).Clear(); // a run rewrites the board; earlier steps cannot be undone after it
    ReclusterOptions options;
    options.only_new = only_new;
    options.k = state.board.k;
    // The workspace owns the run (UI state holds no thread) and shares its one analyzer with it.
    StartClustering(ws.Clustering(), ws.Path(), ws.Analyzer(), theme_id, options);
}

// Called every frame: finishes a job that is done (join, reload, tell the user).
void PollJob(AppState& state, Workspace& ws) {
    std::unique_ptr<ClusteringJob> job = ws.Clustering().TakeDone();
    if (!job) return;
    ws.ChangedTheme(job->theme_id);
    if (job->user_error) state.error_message = GlobalTranslator().Message(*job->user_error);
    else if (!job->error.empty()) state.error_message = job->error;
    else if (job->report.cancelled) ShowToast(state, Tr("board.cancelled"));
    else
        ShowToast(state, GlobalTranslator().Format("board.done", {std::to_string(job->report.placed),
                                                                  std::to_string(job->report.clusters_created)}));
}

// [SECTION] Toolbar
void DrawToolbar(AppState& state, Workspace& ws, int64_t theme_id) {
    BoardUiState& ui = state.board;
    const auto& themes = ws.Data().themes;
    const Theme* theme = ws.FindTheme(theme_id);
    if (BeginComboFitted("##theme", theme ? theme->title : std::string(), 320)) {
        for (const Theme& t : themes)
            if (ImGui::Selectable(t.title.c_str(), t.id == theme_id)) state.theme_id = t.id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ClusteringJob* job = ws.Clustering().Running()) {
        ImGui::ProgressBar(job->progress.load(), ImVec2(260, 0), Tr("board.clustering").c_str());
        ImGui::SameLine();
        if (ImGui::Button(Tr("board.cancel_run").c_str())) job->cancel = true;
        ProbeItem("board.cancel");
        return;
    }
    ImGui::SetNextItemWidth(110);
    ImGui::InputInt(Tr("board.k").c_str(), &ui.k);
    ui.k = std::clamp(ui.k, 0, 60);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("board.k_help").c_str());
    SameLineOrWrap(ButtonWidth(Tr("board.recluster")));
    if (ImGui::Button(Tr("board.recluster").c_str())) StartJob(state, ws, theme_id, false);
    ProbeItem("board.recluster");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("board.recluster_help").c_str());
    SameLineOrWrap(ButtonWidth(Tr("board.place_new")));
    if (ImGui::Button(Tr("board.place_new").c_str())) StartJob(state, ws, theme_id, true);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("board.place_new_help").c_str());
    SameLineOrWrap(ButtonWidth(Tr("board.propose")));
    if (ImGui::Button(Tr("board.propose").c_str()))
        RunAction(state, [&] {
            HistoryOf(state, ws, theme_id).Clear(); // proposals replace objectives; not an undoable step
            ObjectiveStore(ws.Store()).ProposeObjectives(theme_id);
            ws.ChangedTheme(theme_id);
        });
    SameLineOrWrap(ButtonWidth(Tr("board.add_column")));
    if (ImGui::Button(Tr("board.add_column").c_str()))
        BoardAction(state, ws, theme_id, "board.undo_add_column",
                    [&] { ClusterStore(ws.Store(), *ws.Analyzer()).AddCluster(theme_id, Tr("board.new_column")); });
    DrawUndoButtons(state, ws, theme_id);
    size_t placed = 0;
    for (const ThemeCluster& c : ui.shown->clusters) placed += c.members.size();
    std::string counts = GlobalTranslator().Format(
        "board.counts", {std::to_string(ui.shown->notes.size()), std::to_string(placed), std::to_string(ui.shown->clusters.size())});
    ImGui::SameLine();
    if (ImGui::CalcTextSize(counts.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine(); // never cut at 1280
    ImGui::TextDisabled("%s", counts.c_str());
    ProbeItem("board.counts");
}

// [SECTION] Objective panel
// The sub-theme (deelthema) a tactical objective belongs to; sub-themes are made on the Setup screen.
void DrawSubThemeCombo(Workspace& ws, Objective& edit) {
    const std::string none = Tr("board.no_sub_theme");
    std::string shown = none;
    for (const SubTheme& s : ws.Data().sub_themes)
        if (s.id == edit.sub_theme_id) shown = s.title;
    ImGui::SetNextItemWidth(-1);
    if (!ImGui::BeginCombo("##sub_theme", shown.c_str())) return;
    if (ImGui::Selectable(none.c_str(), edit.sub_theme_id == 0)) edit.sub_theme_id = 0;
    for (const SubTheme& s : ws.Data().sub_themes) {
        if (s.theme_id != edit.theme_id) continue;
        ImGui::PushID(static_cast<int>(s.id));
        if (ImGui::Selectable(s.title.c_str(), edit.sub_theme_id == s.id)) edit.sub_theme_id = s.id;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

// A hand-written objective (a supporting domain has no hearing to cluster; a second strategic
// objective): added accepted, and opened in the editor.
void AddObjective(AppState& state, Workspace& ws, int64_t theme_id, ObjectiveLevel level) {
    BoardUiState& ui = state.board;
    Objective o;
    o.theme_id = theme_id;
    o.level = level;
    o.title = Tr(level == ObjectiveLevel::Strategic ? "board.new_strategic_title" : "board.new_tactical_title");
    RunAction(state, [&] {
        o.id = ObjectiveStore(ws.Store()).Add(o, state.user_name);
        ws.ChangedTheme(theme_id);
        o.accepted = true;
        ui.edit_objective_id = o.id;
        ui.edit = o;
    });
}

void DrawAddObjectives(AppState& state, Workspace& ws, int64_t theme_id, bool read_only) {
    ImGui::BeginDisabled(read_only);
    if (ImGui::SmallButton(Tr("board.add_strategic").c_str())) AddObjective(state, ws, theme_id, ObjectiveLevel::Strategic);
    ProbeItem("board.add_strategic");
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("board.add_tactical").c_str())) AddObjective(state, ws, theme_id, ObjectiveLevel::Tactical);
    ProbeItem("board.add_tactical");
    ImGui::EndDisabled();
}

void DrawObjectiveEditor(AppState& state, Workspace& ws) {
    BoardUiState& ui = state.board;
    ImGui::PushID("objective_editor");
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##title", &ui.edit.title);
    float h = ImGui::GetTextLineHeight() * 4;
    ImGui::TextDisabled("%s", Tr("board.why").c_str());
    ImGui::InputTextMultiline("##why", &ui.edit.why, ImVec2(-1, h));
    ImGui::TextDisabled("%s", Tr("board.what").c_str());
    ImGui::InputTextMultiline("##what", &ui.edit.what, ImVec2(-1, h));
    ImGui::TextDisabled("%s", Tr("board.how").c_str());
    ImGui::InputTextMultiline("##how", &ui.edit.how, ImVec2(-1, h));
    ImGui::SetNextItemWidth(-1);
    ChainCombo("##chain", ui.edit.chain);
    if (HasReactiveKind(ui.edit.chain)) {
        ImGui::SetNextItemWidth(-1);
        ReactiveCombo("##reactive", ui.edit.reactive);
    }
    if (ui.edit.level == ObjectiveLevel::Tactical) DrawSubThemeCombo(ws, ui.edit);
    if (ImGui::Button(Tr("action.save").c_str())) {
        if (RunAction(state, [&] {
                ObjectiveStore(ws.Store()).Edit(ui.edit, state.user_name);
                ws.ChangedTheme(ui.edit.theme_id);
            }))
            ui.edit_objective_id = 0;
    }
    ProbeItem("board.objective_save");
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str())) ui.edit_objective_id = 0;
    ImGui::PopID();
}

// What a proposal rests on: "12 contributions · 4 disciplines · hearing of 2025-10-13", the
// disciplines, and where two of them disagree (warning colour; the words that made the rule fire).
void DrawEvidence(const BoardUiState& ui, const Objective& o) {
    auto it = ui.shown->evidence.find(o.id);
    if (it == ui.shown->evidence.end()) return;
    const ProposalEvidence& e = it->second;
    std::string dates;
    for (int64_t h : e.hearing_ids) {
        auto d = ui.shown->hearing_dates.find(h);
        if (d != ui.shown->hearing_dates.end()) dates += (dates.empty() ? "" : ", ") + d->second;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    const Translator& tr = GlobalTranslator();
    std::string line = tr.Format("board.evidence", {tr.Plural("count.contributions", static_cast<long long>(e.contributions)),
                                                    tr.Plural("count.disciplines", static_cast<long long>(e.disciplines.size())),
                                                    tr.Plural("count.hearings_of", static_cast<long long>(e.hearing_ids.size()), {dates})});
    ImGui::TextWrapped("%s", line.c_str());
    std::string names;
    for (const std::string& d : e.disciplines) names += (names.empty() ? "" : ", ") + DisciplineLabel(d);
    // A strategic objective rests on every discipline heard: the count says enough, the columns need the room.
    if (!names.empty() && o.level == ObjectiveLevel::Tactical) ImGui::TextWrapped("%s", names.c_str());
    ImGui::PopStyleColor();
    for (const Dissent& d : e.dissent) {
        std::string words_a, words_b;
        for (const std::string& w : d.words_a) words_a += (words_a.empty() ? "" : ", ") + w;
        for (const std::string& w : d.words_b) words_b += (words_b.empty() ? "" : ", ") + w;
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.6f, 0.3f, 1));
        ImGui::TextWrapped("%s", GlobalTranslator().Format("board.dissent", {DisciplineLabel(d.discipline_a),
                                                                             DisciplineLabel(d.discipline_b), words_a, words_b}).c_str());
        ImGui::PopStyleColor();
        ProbeItem("board.dissent." + std::to_string(o.id));
    }
}

void DrawObjective(AppState& state, Workspace& ws, const Objective& o, bool read_only) {
    BoardUiState& ui = state.board;
    ImGui::PushID(static_cast<int>(o.id));
    if (ui.edit_objective_id == o.id && !read_only) {
        DrawObjectiveEditor(state, ws);
        ImGui::PopID();
        return;
    }
    ImGui::PushFont(Fonts().bold);
    ImGui::TextWrapped("%s", o.title.c_str());
    ImGui::PopFont();
    ImGui::TextColored(o.accepted ? ImVec4(0.4f, 0.85f, 0.45f, 1) : ImVec4(0.85f, 0.75f, 0.35f, 1), "%s",
                       Tr(o.accepted ? "board.accepted" : "board.proposal").c_str());
    if (o.chain != SafetyChain::None) {
        ImGui::SameLine();
        ImGui::TextDisabled("· %s", ChainLabel(o.chain).c_str());
    }
    if (!read_only) {
        const char* accept_key = o.accepted ? "board.unaccept" : "board.accept";
        const ImGuiStyle& style = ImGui::GetStyle();
        float need = ImGui::CalcTextSize(Tr(accept_key).c_str()).x + ImGui::CalcTextSize(Tr("action.edit").c_str()).x +
                     4 * style.FramePadding.x + 2 * style.ItemSpacing.x;
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < need) ImGui::NewLine(); // buttons on their own line in narrow columns
        if (ImGui::SmallButton(Tr(accept_key).c_str()))
            BoardAction(state, ws, o.theme_id, "board.undo_accept",
                        [&] { ObjectiveStore(ws.Store()).Accept(o.id, !o.accepted); });
        ProbeItem("board.accept." + std::to_string(o.id));
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("action.edit").c_str())) {
            ui.edit_objective_id = o.id;
            ui.edit = o;
        }
        ProbeItem("board.edit." + std::to_string(o.id));
    }
    DrawEvidence(ui, o);
    if (ImGui::TreeNode("##details", "%s", Tr("board.details").c_str())) {
        for (const auto& [key, text] : {std::pair{"board.why", &o.why}, {"board.what", &o.what}, {"board.how", &o.how}}) {
            ImGui::TextDisabled("%s", Tr(key).c_str());
            ImGui::TextWrapped("%s", text->empty() ? "-" : text->c_str());
        }
        // The notes behind the objective: a click shows the card on the board.
        ImGui::TextDisabled("%s", GlobalTranslator().Format("board.linked_notes", {std::to_string(o.notes.size())}).c_str());
        for (const ObjectiveNote& link : o.notes) {
            auto it = ui.shown->notes.find(link.note_uuid);
            std::string text = it != ui.shown->notes.end() ? it->second.text : link.note_uuid;
            std::string shown(Utf8Prefix(text, 60));
            if (shown.size() < text.size()) shown += "...";
            // The card of the contribution the note belongs to (after a merge: the entry's card).
            const std::string& card = it != ui.shown->notes.end() ? it->second.uuid : link.note_uuid;
            ImGui::PushID(link.note_uuid.c_str());
            if (ImGui::Selectable(shown.c_str(), ui.selected_note == card)) {
                ui.selected_note = card;
                ui.scroll_to_selected = true;
            }
            ProbeItem("board.link." + link.note_uuid);
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
    ImGui::PopID();
}

// [SECTION] Cards
// A card holds a meta line (kind, discipline) above the note's text wrapped to the card's width.
// Whole pixels: ImGui rounds the cursor toward zero after each item, so with a fractional height
// (a scaled font) a card would move the cursor by a different amount above the screen's top edge
// than below it, and the advances the board remembers (card clipping) would be off by a pixel.
float CardHeight(const std::string& text, float width) {
    return std::ceil(ImGui::CalcTextSize(text.c_str(), nullptr, false, width - 2 * kCardPad).y +
                     ImGui::GetTextLineHeight() + 3 * kCardPad);
}

void DrawCard(AppState& state, Workspace& ws, const ClusterMember& m, float width, bool read_only) {
    BoardUiState& ui = state.board;
    auto it = ui.shown->notes.find(m.note_uuid);
    if (it == ui.shown->notes.end()) return; // a deleted note: no card
    const Contribution& note = it->second;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float pad = kCardPad;
    std::string meta = KindLabel(note.kind);
    if (!note.discipline.empty()) meta += " · " + DisciplineLabel(note.discipline);
    if (m.manual) meta += " · " + Tr("board.moved_by_hand");
    float text_w = width - 2 * pad;
    float h = CardHeight(note.text, width);
    ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::PushID(m.note_uuid.c_str());
    ImGui::InvisibleButton("##card", ImVec2(width, h));
    bool hovered = ImGui::IsItemHovered();
    if (ImGui::IsItemClicked()) ui.selected_note = m.note_uuid;
    // A pressed, dragged or menu-showing card must stay submitted even when scrolled away, or ImGui
    // drops the drag or the menu.
    if (ImGui::IsItemActive() || ImGui::IsPopupOpen("##move")) ui.held_card = m.note_uuid;
    else if (ui.held_card == m.note_uuid) ui.held_card.clear();
    if (!read_only && ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kNotePayload, m.note_uuid.c_str(), m.note_uuid.size() + 1);
        ImGui::TextUnformatted(std::string(Utf8Prefix(note.text, 80)).c_str());
        ImGui::EndDragDropSource();
    }
    ProbeItem("board.card." + m.note_uuid);
    if (!read_only && ImGui::BeginPopupContextItem("##move")) {
        ImGui::TextDisabled("%s", Tr("board.move_to").c_str());
        for (const ThemeCluster& c : ui.shown->clusters)
            if (ImGui::Selectable(c.DisplayName().empty() ? "-" : c.DisplayName().c_str()))
                BoardAction(state, ws, c.theme_id, "board.undo_move",
                            [&] { ClusterStore(ws.Store(), *ws.Analyzer()).MoveNote(m.note_uuid, c.id); });
        ImGui::EndPopup();
    }
    bool selected = ui.selected_note == m.note_uuid;
    if (selected && ui.scroll_to_selected) {
        ImGui::SetScrollHereY(0.3f);
        ui.scroll_to_selected = false;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = ImGui::GetColorU32(selected ? ImGuiCol_HeaderActive : hovered ? ImGuiCol_HeaderHovered : ImGuiCol_FrameBg);
    dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + h), bg, style.FrameRounding);
    dl->AddRectFilled(p0, ImVec2(p0.x + 4, p0.y + h), KindColor(note.kind), style.FrameRounding);
    // Grey meta text is unreadable on the bright selection colour: use the text colour, dimmed.
    ImU32 meta_color = selected || hovered ? ImGui::GetColorU32(ImGuiCol_Text, 0.8f) : ImGui::GetColorU32(ImGuiCol_TextDisabled);
    dl->AddText(ImVec2(p0.x + pad + 2, p0.y + pad), meta_color, meta.c_str());
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p0.x + pad + 2, p0.y + 2 * pad + ImGui::GetTextLineHeight()),
                ImGui::GetColorU32(ImGuiCol_Text), note.text.c_str(), nullptr, text_w);
    ImGui::PopID();
}

// [SECTION] Card clipping
// Laying out a card's wrapped text costs more than anything else on the board, and a theme can hold
// thousands of cards of which a few dozen are on screen. The first frame after a change measures
// every card (drawing those in view, a Dummy of the card's size for the others) and records how far
// each moved the cursor; later frames turn each run of cards outside the visible part of the column
// into one Dummy of the same total advance, so scrolling and the scrollbar are unchanged.
// Drawing every card is not only slow: the wrapped text of cards scrolled past above is not culled by
// ImGui, and a long column scrolled down overflowed the draw list's 16-bit vertex indices.
bool MustDrawCard(const BoardUiState& ui, const std::string& uuid) {
    return (ui.scroll_to_selected && ui.selected_note == uuid) || ui.held_card == uuid;
}

void DrawCards(AppState& state, Workspace& ws, const std::vector<ClusterMember>& members, CardColumnLayout& layout,
               bool column_visible, bool read_only) {
    BoardUiState& ui = state.board;
    const float width = ImGui::GetContentRegionAvail().x;
    const float font_size = ImGui::GetFontSize();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    if (layout.advances.size() != members.size() || layout.width != width || layout.font_size != font_size ||
        layout.spacing != spacing)
        layout = CardColumnLayout{width, font_size, spacing, std::vector<float>(members.size(), -1.0f)};
    const float x = ImGui::GetCursorScreenPos().x;
    float y = ImGui::GetCursorScreenPos().y; // where the next card starts
    float skipped = 0;                       // advance of the cards not drawn since the last drawn one
    auto flush = [&] {
        if (skipped <= 0) return;
        // ImGui truncates the cursor toward zero after an item, to `end` (a whole pixel) here; the
        // half pixel, away from zero, keeps float error from landing on the pixel before.
        float end = y;
        ImGui::Dummy(ImVec2(width, skipped - spacing + (end < 0 ? -0.5f : 0.5f)));
        skipped = 0;
    };
    auto in_view = [&](float height) {
        return !ui.clip_cards || (column_visible && ImGui::IsRectVisible(ImVec2(x, y), ImVec2(x + width, y + height)));
    };
    for (size_t i = 0; i < members.size(); ++i) {
        float& advance = layout.advances[i];
        const std::string& uuid = members[i].note_uuid;
        bool must_draw = MustDrawCard(ui, uuid);
        if (advance >= 0 && !must_draw && !in_view(advance)) {
            skipped += advance;
            y += advance;
            continue;
        }
        flush();
        float top = ImGui::GetCursorScreenPos().y;
        auto note = ui.shown->notes.find(uuid);
        if (advance < 0 && !must_draw && note != ui.shown->notes.end()) {
            float height = CardHeight(note->second.text, width);
            if (in_view(height)) DrawCard(state, ws, members[i], width, read_only);
            else ImGui::Dummy(ImVec2(width, height)); // the same size as the card's button
        } else {
            DrawCard(state, ws, members[i], width, read_only); // a deleted note draws nothing
        }
        y = ImGui::GetCursorScreenPos().y;
        advance = y - top;
    }
    flush();
}

// [SECTION] Columns
void DrawColumnHeader(AppState& state, Workspace& ws, const ThemeCluster& c, bool read_only) {
    BoardUiState& ui = state.board;
    if (ui.rename_cluster_id == c.id && !read_only) {
        ImGui::SetNextItemWidth(-1);
        if (ui.focus_rename) {
            ImGui::SetKeyboardFocusHere();
            ui.focus_rename = false;
        }
        if (ImGui::InputText("##rename", &ui.rename_text, ImGuiInputTextFlags_EnterReturnsTrue)) {
            BoardAction(state, ws, c.theme_id, "board.undo_rename",
                        [&] { ClusterStore(ws.Store(), *ws.Analyzer()).RenameCluster(c.id, ui.rename_text); });
            ui.rename_cluster_id = 0;
        }
        ProbeItem("board.rename_input");
    } else {
        ImGui::PushFont(Fonts().bold);
        ImGui::TextWrapped("%s", c.DisplayName().empty() ? "-" : c.DisplayName().c_str());
        ImGui::PopFont();
    }
    std::string sub = GlobalTranslator().Format("board.notes_count", {std::to_string(c.members.size())});
    if (!c.manual_name.empty() && !c.label.empty()) sub += " · " + c.label;
    ImGui::TextDisabled("%s", sub.c_str());
    if (!c.disciplines.empty()) {
        std::string d;
        for (const std::string& k : c.disciplines) d += (d.empty() ? "" : ", ") + DisciplineLabel(k);
        ImGui::TextWrapped("%s", d.c_str());
    }
    if (read_only) return;
    bool pinned = c.pinned;
    if (ImGui::Checkbox(Tr("board.pin").c_str(), &pinned))
        BoardAction(state, ws, c.theme_id, "board.undo_pin",
                    [&] { ClusterStore(ws.Store(), *ws.Analyzer()).PinCluster(c.id, pinned); });
    ProbeItem("board.pin." + std::to_string(c.id));
    if (ImGui::SmallButton(Tr("board.rename").c_str())) {
        ui.rename_cluster_id = c.id;
        ui.rename_text = c.DisplayName();
        ui.focus_rename = true;
    }
    ProbeItem("board.rename." + std::to_string(c.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("board.split").c_str()))
        BoardAction(state, ws, c.theme_id, "board.undo_split",
                    [&] { ClusterStore(ws.Store(), *ws.Analyzer()).SplitCluster(c.id); });
    ProbeItem("board.split." + std::to_string(c.id));
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("board.merge").c_str())) ImGui::OpenPopup("##merge");
    if (ImGui::BeginPopup("##merge")) {
        ImGui::TextDisabled("%s", Tr("board.merge_into").c_str());
        for (const ThemeCluster& other : ui.shown->clusters) {
            if (other.id == c.id) continue;
            ImGui::PushID(static_cast<int>(other.id));
            if (ImGui::Selectable(other.DisplayName().empty() ? "-" : other.DisplayName().c_str()))
                BoardAction(state, ws, c.theme_id, "board.undo_merge",
                            [&] { ClusterStore(ws.Store(), *ws.Analyzer()).MergeClusters(other.id, c.id); });
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    if (c.members.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("action.delete").c_str()))
            BoardAction(state, ws, c.theme_id, "board.undo_delete_column",
                        [&] { ClusterStore(ws.Store(), *ws.Analyzer()).DeleteClusterIfEmpty(c.id); });
    }
}

void DrawColumn(AppState& state, Workspace& ws, const ThemeCluster& c, CardColumnLayout& layout, float height,
                bool read_only) {
    BoardUiState& ui = state.board;
    ImGui::PushID(static_cast<int>(c.id));
    bool visible = ImGui::IsRectVisible(ImVec2(kColumnWidth, height)); // false when scrolled away sideways
    ImGui::BeginChild("##column", ImVec2(kColumnWidth, height), true);
    DrawColumnHeader(state, ws, c, read_only);
    for (const Objective& o : ui.shown->objectives) {
        if (o.cluster_id != c.id || o.level != ObjectiveLevel::Tactical) continue;
        ImGui::Separator();
        DrawObjective(state, ws, o, read_only);
    }
    ImGui::Separator();
    DrawCards(state, ws, c.members, layout, visible, read_only);
    ImGui::EndChild();
    ProbeItem("board.column." + std::to_string(c.id));
    // The whole column accepts a dragged card.
    if (!read_only && ImGui::BeginDragDropTarget()) {
        if (const ImGuiPayload* p = ImGui::AcceptDragDropPayload(kNotePayload)) {
            std::string uuid(static_cast<const char*>(p->Data));
            bool already = std::any_of(c.members.begin(), c.members.end(),
                                       [&](const ClusterMember& m) { return m.note_uuid == uuid; });
            if (!already && BoardAction(state, ws, c.theme_id, "board.undo_move",
                                        [&] { ClusterStore(ws.Store(), *ws.Analyzer()).MoveNote(uuid, c.id); }))
                ui.last_drop_cluster = c.id;
        }
        ImGui::EndDragDropTarget();
    }
    ImGui::PopID();
}

// Contributions in no cluster yet (typed after the last run): draggable onto any column.
void DrawUnplacedColumn(AppState& state, Workspace& ws, float height, bool read_only) {
    BoardUiState& ui = state.board;
    if (ui.shown->unplaced.empty()) return;
    bool visible = ImGui::IsRectVisible(ImVec2(kColumnWidth, height));
    ImGui::BeginChild("##unplaced", ImVec2(kColumnWidth, height), true);
    ImGui::PushFont(Fonts().bold);
    ImGui::TextWrapped("%s", Tr("board.unplaced").c_str());
    ImGui::PopFont();
    ImGui::TextDisabled("%s", GlobalTranslator().Format("board.notes_count", {std::to_string(ui.shown->unplaced.size())}).c_str());
    ImGui::Separator();
    // Writes during the frame only invalidate the workspace; the cached lists change at the next Refresh.
    DrawCards(state, ws, ui.shown->unplaced, ui.unplaced_layout, visible, read_only);
    ImGui::EndChild();
    ProbeItem("board.unplaced");
    ImGui::SameLine();
}

} // namespace

// [SECTION] DrawBoard
void DrawBoard(AppState& state, Workspace& ws) {
    BoardUiState& ui = state.board;
    PollJob(state, ws);
    const auto& themes = ws.Data().themes;
    if (themes.empty()) {
        ImGui::TextDisabled("%s", Tr("board.no_themes").c_str());
        return;
    }
    if (!ws.FindTheme(state.theme_id)) state.theme_id = themes.front().id;
    int64_t theme_id = state.theme_id;
    if (!RunAction(state, [&] { Refresh(state, ws, theme_id); })) return;
    HandleUndoKeys(state, ws, theme_id);
    DrawToolbar(state, ws, theme_id);
    bool read_only = ws.Clustering().Running() != nullptr; // a run in progress will rewrite the board

    for (const Objective& o : ui.shown->objectives)
        if (o.level == ObjectiveLevel::Strategic) {
            ImGui::TextDisabled("%s", Tr("board.strategic").c_str());
            ImGui::SameLine();
            ImGui::BeginGroup();
            DrawObjective(state, ws, o, read_only || ui.edit_objective_id == o.id);
            ImGui::EndGroup();
            ImGui::Separator();
        }
    if (ui.edit_objective_id != 0) {
        for (const Objective& o : ui.shown->objectives)
            if (o.id == ui.edit_objective_id && o.level == ObjectiveLevel::Strategic) DrawObjectiveEditor(state, ws);
    }
    // Tactical objectives written by hand (or whose cluster is gone) have no column of their own.
    for (const Objective& o : ui.shown->objectives)
        if (o.level == ObjectiveLevel::Tactical && o.cluster_id == 0) {
            ImGui::TextDisabled("%s", Tr("board.tactical").c_str());
            ImGui::SameLine();
            ImGui::BeginGroup();
            DrawObjective(state, ws, o, read_only);
            ImGui::EndGroup();
            ImGui::Separator();
        }
    DrawAddObjectives(state, ws, theme_id, read_only);

    if (ui.shown->clusters.empty()) {
        ImGui::TextWrapped("%s", GlobalTranslator().Format("board.empty", {std::to_string(ui.shown->notes.size())}).c_str());
        return;
    }
    ImGui::BeginChild("##columns", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    float height = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ScrollbarSize;
    DrawUnplacedColumn(state, ws, std::max(200.0f, height), read_only);
    for (size_t i = 0; i < ui.shown->clusters.size(); ++i) {
        if (i) ImGui::SameLine();
        DrawColumn(state, ws, ui.shown->clusters[i], ui.column_layouts[i], std::max(200.0f, height), read_only);
    }
    ImGui::EndChild();
}

} // namespace hd
