// [SECTION] index: speaker candidates / header / note list / editing / input and commit / DrawReporter
// Reporter screen, keyboard first: the input always has focus; Enter commits, Shift+Enter adds a line;
// "@name" picks the speaker, "v:" (etc.) the kind; Alt+1..9 picks a present participant; Ctrl+1..6 a
// kind. A note shows as saved only after the store's commit returned (durable in SQLite).
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/screens/screens.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/i18n.h"
#include "core/store/note_entry.h"

namespace hd {

// [SECTION] Speaker candidates
namespace {
std::vector<SpeakerCandidate> Candidates(Workspace& ws, const Hearing& h) {
    std::vector<SpeakerCandidate> out;
    for (int64_t pid : h.participant_ids) {
        const Participant* p = ws.FindParticipant(pid);
        if (!p) continue;
        out.push_back({p->id, {p->name, p->discipline, DisciplineLabel(p->discipline), p->organisation}});
    }
    return out;
}

// [SECTION] Header: theme, question, clock, saved state
void DrawHeader(AppState& state, Workspace& ws, const Hearing& h) {
    const Theme* theme = ws.FindTheme(h.theme_id);
    ImGui::PushFont(Fonts().title);
    ImGui::TextUnformatted(theme ? theme->title.c_str() : "");
    ImGui::PopFont();
    if (theme && h.current_question >= 0 && h.current_question < static_cast<int>(theme->questions.size()))
        ImGui::TextWrapped("%s %d: %s", Tr("reporter.question").c_str(), h.current_question + 1,
                           theme->questions[static_cast<size_t>(h.current_question)].text.c_str());
    int64_t offset = PlanStore::ClockOffsetMs(h, state.now_ms);
    ImGui::Text("%s %c   ·   %s %s", Tr("reporter.you_are").c_str(), state.reporter, Tr("reporter.clock").c_str(),
                FormatOffset(offset).c_str());
    ImGui::SameLine();
    if (h.status == HearingStatus::Closed || h.ClosedForNotes()) {
        ImGui::TextDisabled("%s", Tr("reporter.hearing_closed").c_str());
        return;
    }
    bool running = h.clock_started_wall_ms > 0;
    if (ImGui::SmallButton(running ? Tr("clock.pause").c_str() : Tr("clock.start").c_str())) {
        RunAction(state, [&] {
            if (running) ws.Store().PauseHearingClock(h.id, state.now_ms);
            else ws.Store().StartHearingClock(h.id, state.now_ms);
            ws.ChangedHearing(h.id); // the hearing's clock only
        });
    }
}

// A full-width coloured strip with wrapped text: what the reporter must not miss.
void DrawBanner(const char* probe, const std::string& text, const ImVec4& background) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x - 16.0f).y + 16.0f;
    ImGui::BeginChild(probe, ImVec2(0, height), false);
    ImGui::SetCursorPos(ImVec2(8, 8));
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    ProbeItem(probe);
    ImGui::PopStyleColor();
}

// Approved minutes close the hearing (here, or the facilitator's over the live link): said plainly.
// A stopped hearing clock gives every note the same hearing time: said plainly too.
void DrawBanners(AppState& state, const Hearing& h) {
    const ImVec4 red(0.45f, 0.16f, 0.16f, 1.0f), amber(0.42f, 0.30f, 0.05f, 1.0f);
    if (h.ClosedForNotes()) {
        DrawBanner("reporter.closed_banner", Tr("reporter.closed_banner"), red);
        return;
    }
    if (LiveRefusedClosed(state)) DrawBanner("reporter.live_closed_banner", Tr("live.refused_closed"), red);
    if (h.ClockRunning() || h.status == HearingStatus::Closed) return;
    int64_t offset = PlanStore::ClockOffsetMs(h, state.now_ms);
    std::string text = offset == 0 ? Tr("reporter.clock_not_started")
                                   : FillPlaceholders(Tr("reporter.clock_paused"), {FormatOffset(offset)});
    DrawBanner("reporter.clock_banner", text, amber);
}

// [SECTION] Note list
void DrawEditRow(AppState& state, Workspace& ws, const Note& n) {
    ReporterUiState& ui = state.reporter_ui;
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextMultiline("##edit", &ui.edit_text, ImVec2(-1, ImGui::GetTextLineHeight() * 3.5f));
    ImGui::SetNextItemWidth(160);
    KindCombo("##ekind", ui.edit_kind);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(160);
    ChainCombo("##echain", ui.edit_chain);
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.save").c_str())) {
        if (RunAction(state, [&] {
                Note edited = ws.Store().EditNote(n.uuid, ui.edit_text, ui.edit_kind, ui.edit_chain, ui.edit_speaker_id,
                                                  state.user_name);
                LiveNoteCommitted(state, edited);
                ws.ChangedHearing(edited.hearing_id);
            }))
            ui.edit_uuid.clear();
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str())) ui.edit_uuid.clear();
}

void DrawNoteActions(AppState& state, Workspace& ws, const Note& n) {
    ReporterUiState& ui = state.reporter_ui;
    if (ImGui::SmallButton(Tr("action.edit").c_str())) {
        ui.edit_uuid = n.uuid;
        ui.edit_text = n.text;
        ui.edit_kind = n.kind;
        ui.edit_chain = n.chain;
        ui.edit_speaker_id = n.speaker_id;
    }
    ImGui::SameLine();
    if (ui.confirm_delete_uuid == n.uuid) {
        if (ImGui::SmallButton(Tr("action.confirm_delete").c_str())) {
            RunAction(state, [&] {
                Note deleted = ws.Store().DeleteNote(n.uuid, state.user_name);
                LiveNoteCommitted(state, deleted);
                ws.ChangedHearing(deleted.hearing_id);
            });
            ui.confirm_delete_uuid.clear();
        }
    } else if (ImGui::SmallButton(Tr("action.delete").c_str())) {
        ui.confirm_delete_uuid = n.uuid;
    }
    if (n.version > 1) {
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr("action.history").c_str())) ui.history_uuid = n.uuid;
    }
}

// Column layout of a note row: time and kind | speaker and text | saved mark and actions.
constexpr float kTimeColumn = 110.0f;
constexpr float kActionColumn = 240.0f;

void DrawNoteRow(AppState& state, Workspace& ws, const Note& n, float width, bool closed) {
    ImGui::PushID(n.uuid.c_str());
    float x0 = ImGui::GetCursorPosX(), y0 = ImGui::GetCursorPosY();
    ImGui::TextDisabled("%s", FormatOffset(n.offset_ms).c_str());
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(KindColor(n.kind)), "%s", KindLabel(n.kind).c_str());
    ImGui::SetCursorPos(ImVec2(x0 + kTimeColumn, y0));
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", ws.SpeakerLabel(n.speaker_id).c_str());
    float text_width = width - kTimeColumn - kActionColumn;
    if (state.reporter_ui.edit_uuid == n.uuid) {
        ImGui::PushItemWidth(text_width);
        DrawEditRow(state, ws, n);
        ImGui::PopItemWidth();
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
        ImGui::TextUnformatted(n.text.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(x0 + width - kActionColumn + 10.0f, y0));
    ImGui::BeginGroup();
    // Everything listed was read back from the plan file, so it is saved.
    ImGui::TextColored(ImVec4(0.4f, 0.85f, 0.45f, 1), "%s", Tr("reporter.saved_mark").c_str());
    LiveMark mark = LiveNoteMark(state, n);
    if (mark != LiveMark::NotLive) {
        ImGui::SameLine();
        if (mark == LiveMark::Delivered) ImGui::TextColored(ImVec4(0.4f, 0.85f, 0.45f, 1), "%s", Tr("reporter.delivered").c_str());
        else if (mark == LiveMark::NotAccepted) ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1), "%s", Tr("reporter.not_accepted").c_str());
        else ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.3f, 1), "%s", Tr("reporter.not_delivered").c_str());
    }
    ImGui::BeginDisabled(closed);
    DrawNoteActions(state, ws, n);
    ImGui::EndDisabled();
    ImGui::EndGroup();
    ImGui::PopID();
}

float RowHeight(AppState& state, const Note& n, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float line = ImGui::GetTextLineHeightWithSpacing();
    float text_h = ImGui::CalcTextSize(n.text.c_str(), nullptr, false, width - kTimeColumn - kActionColumn).y;
    float h = std::max(2.0f * line + ImGui::GetFrameHeight() - ImGui::GetTextLineHeight(), line + text_h);
    if (state.reporter_ui.edit_uuid == n.uuid) h = line + ImGui::GetTextLineHeight() * 3.5f + ImGui::GetFrameHeightWithSpacing() * 2;
    return h + style.ItemSpacing.y * 2;
}

// Heights are measured once per revision of this hearing and width, not every frame: a note typed in
// another hearing (the live link, a second window) does not measure this list again.
void UpdateRowHeights(AppState& state, Workspace& ws, const std::vector<const Note*>& notes, float width, int64_t hearing) {
    ReporterUiState& ui = state.reporter_ui;
    uint64_t revision = ws.HearingRevision(hearing);
    if (ui.row_heights_revision == revision && ui.row_heights_width == width && ui.row_heights_hearing == hearing &&
        ui.row_heights_edit == ui.edit_uuid && ui.row_heights.size() == notes.size())
        return;
    ui.row_heights.clear();
    for (const Note* n : notes) ui.row_heights.push_back(RowHeight(state, *n, width));
    ui.row_heights_revision = revision;
    ui.row_heights_width = width;
    ui.row_heights_hearing = hearing;
    ui.row_heights_edit = ui.edit_uuid;
}

void DrawNoteList(AppState& state, Workspace& ws, const Hearing& h, float height) {
    ImGui::BeginChild("##notes", ImVec2(0, height), true);
    // Held for the frame: an edit or delete in a row below writes and makes the workspace drop its list.
    std::shared_ptr<const std::vector<Note>> notes = ws.Notes(h.id);
    std::vector<const Note*> mine;
    for (const Note& n : *notes)
        if (n.reporter == state.reporter) mine.push_back(&n);
    float width = ImGui::GetContentRegionAvail().x;
    UpdateRowHeights(state, ws, mine, width, h.id);
    // Draw only the rows in view; the rest is empty space of the right height, so scrolling works.
    float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
    float y = ImGui::GetCursorPosY();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (size_t i = 0; i < mine.size(); ++i) {
        float row_h = state.reporter_ui.row_heights[i];
        if (y + row_h >= top && y <= bottom) {
            ImGui::SetCursorPosY(y);
            if (i % 2 == 1) {
                ImVec2 a = ImGui::GetCursorScreenPos();
                draw->AddRectFilled(ImVec2(a.x - 4, a.y - 3), ImVec2(a.x + width + 4, a.y + row_h - 3),
                                    ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
            }
            DrawNoteRow(state, ws, *mine[i], width, h.ClosedForNotes());
        }
        y += row_h;
    }
    ImGui::SetCursorPosY(y);
    ImGui::Dummy(ImVec2(0, 0));
    if (state.reporter_ui.scroll_to_bottom) {
        ImGui::SetScrollHereY(1.0f);
        state.reporter_ui.scroll_to_bottom = false;
    }
    ImGui::EndChild();
}

void DrawHistoryPopup(AppState& state, Workspace& ws) {
    ReporterUiState& ui = state.reporter_ui;
    if (ui.history_uuid.empty()) return;
    if (!ImGui::IsPopupOpen("##history")) ImGui::OpenPopup("##history");
    ImGui::SetNextWindowSize(ImVec2(700, 400), ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal("##history", nullptr, ImGuiWindowFlags_NoTitleBar)) {
        ImGui::TextUnformatted(Tr("reporter.history_title").c_str());
        for (const NoteRevision& r : ws.Store().NoteHistory(ui.history_uuid)) {
            ImGui::Separator();
            ImGui::TextDisabled("v%d · %s · %s", r.version, r.changed_by.c_str(),
                                r.deleted ? Tr("reporter.deleted").c_str() : KindLabel(r.kind).c_str());
            ImGui::TextWrapped("%s", r.text.c_str());
        }
        if (ImGui::Button(Tr("msg.ok").c_str())) {
            ui.history_uuid.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// [SECTION] Input and commit
void LoadDraftOnce(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    if (ui.draft_loaded_for == h.id) return;
    ui.draft_loaded_for = h.id;
    ui.input.clear();
    ui.saved_draft.clear();
    RunAction(state, [&] {
        if (auto d = ws.Store().LoadDraft(h.id, state.reporter)) {
            ui.input = d->text;
            ui.cursor_to_end = true;
            ui.saved_draft = d->text;
            ui.speaker_id = d->speaker_id;
            ui.kind = d->kind;
        }
    });
}

void SaveDraftIfDue(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    // At most once a second and only on change: a crash loses at most the last second of typing.
    if (ui.input == ui.saved_draft || state.now_ms - ui.draft_saved_at_ms < 1000) return;
    RunAction(state, [&] {
        ws.WriteDraft([&](PlanStore& store) {
            store.SaveDraft(h.id, state.reporter, {ui.input, ui.speaker_id, ui.kind, state.now_ms});
        });
        ui.saved_draft = ui.input;
        ui.draft_saved_at_ms = state.now_ms;
    });
}

// Stores the typed note with `speaker` (resolved by the reporter when the @name was not clear);
// `text` overrides the parsed text (an unknown speaker's typed name stays in the note).
void StoreNote(AppState& state, Workspace& ws, const Hearing& h, const ParsedEntry& parsed, int64_t speaker,
               const std::string& text);

void CommitNote(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    if (h.ClosedForNotes()) return; // the input is disabled; the store would refuse it too
    ParsedEntry parsed = ParseNoteEntry(ui.input, Candidates(ws, h));
    if (parsed.text.empty()) return;
    // An @name that matches nobody or several people: nothing is saved until the reporter says who
    // it was (pick, add on the spot, or unknown). The input keeps everything typed meanwhile.
    if (!parsed.speaker_query.empty() && !parsed.speaker_id) {
        ui.resolve_query = parsed.speaker_query;
        return;
    }
    StoreNote(state, ws, h, parsed, parsed.speaker_id.value_or(ui.speaker_id), parsed.text);
}

void StoreNote(AppState& state, Workspace& ws, const Hearing& h, const ParsedEntry& parsed, int64_t speaker,
               const std::string& text) {
    ReporterUiState& ui = state.reporter_ui;
    const int64_t hearing_id = h.id; // `h` belongs to the workspace's plan data, which the write makes stale
    Note n;
    n.hearing_id = h.id;
    n.reporter = state.reporter;
    n.text = text;
    n.kind = parsed.kind.value_or(ui.kind);
    n.speaker_id = speaker;
    n.chain = ui.chain;
    n.offset_ms = PlanStore::ClockOffsetMs(h, state.now_ms);
    n.wall_time_ms = state.now_ms;
    // On failure the text stays in the input (and in the draft) so the reporter can retry.
    bool ok = RunAction(state, [&] {
        Note stored = ws.Store().AddNote(n, state.user_name);
        ui.last_saved_uuid = stored.uuid;
        LiveNoteCommitted(state, stored); // durable first, then sent
    });
    if (!ok) return;
    ws.ChangedHearing(hearing_id); // a note of this hearing: other hearings and themes keep their data
    // The note is stored: clear the input even if clearing the draft fails, so a retry cannot store
    // it twice (a stale draft is overwritten by the next draft save).
    RunAction(state, [&] { ws.WriteDraft([&](PlanStore& store) { store.ClearDraft(hearing_id, state.reporter); }); });
    ui.last_saved_at_ms = state.now_ms;
    ui.resolve_query.clear();
    ui.input.clear();
    ui.saved_draft.clear();
    ui.kind = NoteKind::Other;
    ui.chain = SafetyChain::None;
    ui.scroll_to_bottom = true;
}

void HandleShortcuts(AppState& state, const Hearing& h) {
    ImGuiIO& io = ImGui::GetIO();
    ReporterUiState& ui = state.reporter_ui;
    if (!ui.resolve_query.empty()) return; // Alt+digits answer "who was @name?" then
    for (int i = 0; i < 9; ++i) {
        bool pressed = ImGui::IsKeyPressed(GLFW_KEY_1 + i, false);
        if (pressed && io.KeyAlt && i < static_cast<int>(h.participant_ids.size()))
            ui.speaker_id = h.participant_ids[static_cast<size_t>(i)];
        if (pressed && io.KeyCtrl && i < 6) ui.kind = kAllNoteKinds[i];
    }
    if (io.KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_0, false)) ui.speaker_id = 0;
}

void DrawSpeakerChips(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    TextFitted(Tr("reporter.speaker_keys"), 0, /*disabled=*/true);
    int index = 1;
    for (int64_t pid : h.participant_ids) {
        std::string label = (index <= 9 ? std::to_string(index) + " " : std::string()) + ws.SpeakerLabel(pid);
        std::string shown = FitLabel(label, ImGui::GetContentRegionAvail().x);
        ImGui::PushID(static_cast<int>(pid));
        if (ImGui::Selectable(shown.c_str(), ui.speaker_id == pid)) ui.speaker_id = pid;
        if (shown != label && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", label.c_str());
        ProbeItem("reporter.speaker." + std::to_string(pid));
        ImGui::PopID();
        ++index;
    }
    if (ImGui::Selectable(("0 " + Tr("speaker.unknown")).c_str(), ui.speaker_id == 0)) ui.speaker_id = 0;
}

// [SECTION] Who was "@name"? Shown after Enter when the @name was unknown or ambiguous.
void ResolveSpeaker(AppState& state, Workspace& ws, const Hearing& h, int64_t speaker) {
    ReporterUiState& ui = state.reporter_ui;
    ParsedEntry parsed = ParseNoteEntry(ui.input, Candidates(ws, h));
    if (parsed.text.empty()) return;
    // Unknown speaker: the name as typed stays in the note, so nothing typed is lost.
    std::string text = speaker == 0 ? ui.resolve_query + ": " + parsed.text : parsed.text;
    StoreNote(state, ws, h, parsed, speaker, text);
}

void AddSpeakerOnTheSpot(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    int64_t pid = 0;
    bool ok = RunAction(state, [&] {
        Participant p;
        p.name = ui.resolve_query;
        pid = ws.Store().AddParticipant(p);
        Hearing present = h;
        present.participant_ids.push_back(pid);
        ws.Store().UpdateHearing(present);
        ws.ChangedHearing(present.id); // the new participant is read with the plan data
    });
    if (!ok) return;
    const Hearing* updated = ws.FindHearing(h.id);
    if (updated) ResolveSpeaker(state, ws, *updated, pid);
}

void DrawSpeakerResolution(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    if (ui.resolve_query.empty()) return;
    ParsedEntry preview = ParseNoteEntry(ui.input, Candidates(ws, h));
    if (preview.speaker_query != ui.resolve_query) { // the reporter retyped the name meanwhile
        ui.resolve_query.clear();
        return;
    }
    std::vector<int64_t> matches = MatchSpeakers(ui.resolve_query, Candidates(ws, h));
    if (matches.empty()) matches = h.participant_ids; // nobody matched: everyone present to choose from
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.78f, 0.40f, 1.0f));
    ImGui::TextWrapped("%s", FillPlaceholders(Tr(preview.speaker_ambiguous ? "reporter.resolve_ambiguous" : "reporter.resolve_unknown"),
                                              {ui.resolve_query}).c_str());
    ImGui::PopStyleColor();
    ProbeItem("reporter.resolve");
    ImGuiIO& io = ImGui::GetIO();
    int64_t chosen = -1;
    for (size_t i = 0; i < matches.size() && i < 9; ++i) {
        std::string label = "Alt+" + std::to_string(i + 1) + " " + ws.SpeakerLabel(matches[i]);
        ImGui::PushID(static_cast<int>(matches[i]));
        if (ImGui::SmallButton(label.c_str())) chosen = matches[i];
        ImGui::PopID();
        ProbeItem("reporter.resolve.pick." + std::to_string(matches[i]));
        ImGui::SameLine();
        if (io.KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_1 + static_cast<int>(i), false)) chosen = matches[i];
    }
    bool add = ImGui::SmallButton(FillPlaceholders(Tr("reporter.resolve_add"), {ui.resolve_query}).c_str());
    ProbeItem("reporter.resolve.add");
    ImGui::SameLine();
    if (ImGui::SmallButton(Tr("reporter.resolve_unknown_speaker").c_str())) chosen = 0;
    ProbeItem("reporter.resolve.unknown");
    if (io.KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_N, false)) add = true;
    if (io.KeyAlt && ImGui::IsKeyPressed(GLFW_KEY_0, false)) chosen = 0;
    if (add) AddSpeakerOnTheSpot(state, ws, h);
    else if (chosen >= 0) ResolveSpeaker(state, ws, h, chosen);
}

void DrawInput(AppState& state, Workspace& ws, const Hearing& h) {
    ReporterUiState& ui = state.reporter_ui;
    ImGuiIO& io = ImGui::GetIO();
    ParsedEntry preview = ParseNoteEntry(ui.input, Candidates(ws, h));
    int64_t speaker = preview.speaker_id.value_or(ui.speaker_id);
    NoteKind kind = preview.kind.value_or(ui.kind);
    ImGui::Text("%s: %s   ·   %s: ", Tr("reporter.speaker").c_str(), ws.SpeakerLabel(speaker).c_str(),
                Tr("reporter.kind").c_str());
    ImGui::SameLine(0, 0);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(KindColor(kind)), "%s", KindLabel(kind).c_str());
    if (preview.speaker_ambiguous) {
        ImGui::SameLine();
        ImGui::TextColored(ImVec4(1, 0.7f, 0.3f, 1), "%s", Tr("reporter.speaker_ambiguous").c_str());
    }
    // Keep the focus in the input unless another widget (an edit box, a combo) is being used.
    // A click (the speaker question's buttons) must finish on its button before the input takes focus back.
    bool other_active = (ImGui::IsAnyItemActive() && !ui.edit_uuid.empty()) || ImGui::IsMouseDown(0) ||
                        ImGui::IsMouseReleased(0);
    if (!other_active && ui.edit_uuid.empty() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        ImGui::SetKeyboardFocusHere();
    // Enter commits; with Shift held the flag is dropped so ImGui inserts a newline instead.
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
    if (!io.KeyShift) flags |= ImGuiInputTextFlags_CtrlEnterForNewLine;
    if (ui.cursor_to_end) flags |= ImGuiInputTextFlags_CallbackAlways;
    auto to_end = [](ImGuiInputTextCallbackData* data) {
        auto* pending = static_cast<bool*>(data->UserData);
        if (*pending) {
            data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
            *pending = false;
        }
        return 0;
    };
    bool enter = ImGui::InputTextMultiline("##input", &ui.input, ImVec2(-1, ImGui::GetTextLineHeight() * 4.5f), flags,
                                           ui.cursor_to_end ? +to_end : nullptr, &ui.cursor_to_end);
    ProbeItem("reporter.input");
    if (enter && !io.KeyShift) CommitNote(state, ws, h);
    DrawSpeakerResolution(state, ws, h);
    ImGui::SetNextItemWidth(200);
    KindCombo("##kind", ui.kind);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(200);
    ChainCombo("##chain", ui.chain);
    ImGui::SameLine();
    if (!ui.last_saved_uuid.empty() && state.now_ms - ui.last_saved_at_ms < 4000)
        ImGui::TextColored(ImVec4(0.4f, 0.85f, 0.45f, 1), "%s", Tr("reporter.saved").c_str());
    else if (!ui.input.empty() && ui.input == ui.saved_draft)
        ImGui::TextDisabled("%s", Tr("reporter.draft_saved").c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", Tr("reporter.help").c_str());
    ImGui::PopStyleColor();
}
} // namespace

// [SECTION] DrawReporter
void DrawReporter(AppState& state, Workspace& ws) {
    const Hearing* found = ws.FindHearing(state.hearing_id);
    if (!found) {
        DrawPlaceholder("reporter.pick_hearing");
        return;
    }
    Hearing h = *found; // a copy: actions below may invalidate the workspace cache
    LoadDraftOnce(state, ws, h);
    HandleShortcuts(state, h);
    DrawHeader(state, ws, h);
    DrawBanners(state, h);
    if (ImGui::CollapsingHeader(Tr("reporter.live_header").c_str())) DrawLiveJoinPanel(state, ws);
    ImGui::Separator();
    float side = 300.0f;
    ImGui::BeginChild("##left", ImVec2(ImGui::GetContentRegionAvail().x - side, 0));
    float input_h = ImGui::GetTextLineHeightWithSpacing() * 9.0f;
    DrawNoteList(state, ws, h, ImGui::GetContentRegionAvail().y - input_h);
    ImGui::BeginDisabled(h.ClosedForNotes());
    DrawInput(state, ws, h);
    ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##speakers", ImVec2(0, 0), true);
    DrawSpeakerChips(state, ws, h);
    ImGui::EndChild();
    DrawHistoryPopup(state, ws);
    SaveDraftIfDue(state, ws, h);
}

} // namespace hd
