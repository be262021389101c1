// Live link panels (issue 7). The facilitator hosts the selected hearing from the setup or
// projection screen; a reporter joins from the reporter screen. Both only read the network
// objects' status and queue commands: nothing here blocks a frame.
#pragma once
#include <string>
#include <vector>

#include "core/store/model.h"

namespace hd {
struct AppState;
class Workspace;

// Facilitator: choose interface and port, start/stop hosting, show address, port and join code,
// per reporter connected / notes / still queued, push question and clock, revoke the code.
// `compact` draws one line (for the projection).
void DrawLiveHostPanel(AppState& state, Workspace& ws, bool compact = false);
// Reporter: address, port and code; join as state.reporter; status and the pushed question.
void DrawLiveJoinPanel(AppState& state, Workspace& ws);

// Once per frame (the panels call it too): reloads the workspace when the host stored notes,
// pushes a changed question or clock to reporters, copies a pushed clock into a reporter's hearing.
void PollLive(AppState& state, Workspace& ws);
// The reporter screen calls this right after each AddNote / EditNote / DeleteNote commit.
void LiveNoteCommitted(AppState& state, const Note& note);
// Per-note mark for the reporter's list.
// NotAccepted: the facilitator refused it because the hearing is closed; it stays in this plan.
enum class LiveMark { NotLive, Local, Delivered, NotAccepted };
LiveMark LiveNoteMark(const AppState& state, const Note& note);
// The facilitator refused this reporter's notes because its hearing is closed (minutes approved).
bool LiveRefusedClosed(const AppState& state);
// Projection: promote a note to the wall; the reporters are told too. LivePromotedNotes lists the
// promoted notes in order (empty when not hosting).
void LivePromoteNote(AppState& state, const std::string& note_uuid);
std::vector<std::string> LivePromotedNotes(const AppState& state);
// Closing the plan or quitting: stops hosting / leaves (joins the network threads, quick).
void StopLive(AppState& state);

} // namespace hd
