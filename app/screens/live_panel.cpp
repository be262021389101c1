// [SECTION] index: polling / host panel / join panel / notes and promotion / stopping
// The live link's panels. LiveHost and LiveClient run on their own threads; this file only reads
// their Status() (a copy) and posts commands, so a frame never waits on the network.
#include "app/screens/live_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app/app_state.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/live/live_adopt.h"
#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "core/live/live_interfaces.h"
#include "core/store/store.h"

namespace hd {
namespace {
const ImVec4 kOk(0.30f, 0.75f, 0.35f, 1.0f);
const ImVec4 kWarn(0.95f, 0.60f, 0.15f, 1.0f);
const ImVec4 kBad(0.90f, 0.30f, 0.25f, 1.0f);

std::string Message(const std::string& key, const std::string& english, const std::vector<std::string>& args = {}) {
    if (key.empty()) return english;
    return GlobalTranslator().Message(UserError(key, english, args));
}

bool HostActive(const LiveUiState& live) {
    if (!live.host) return false;
    LiveHostState s = live.host->Status().state;
    return s == LiveHostState::Starting || s == LiveHostState::Running;
}

bool ClientActive(const LiveUiState& live) {
    if (!live.client) return false;
    LiveLinkState s = live.client->Status().state;
    return s != LiveLinkState::Stopped && s != LiveLinkState::Refused;
}

// [SECTION] Polling
void PollHost(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    if (!live.host) return;
    LiveHostStatus s = live.host->Status();
    if (s.store_generation != live.seen_store_generation) {
        live.seen_store_generation = s.store_generation;
        ws.ChangedHearing(live.host_hearing_id); // new notes from the reporters (stored on the host's own connection)
    }
    if (s.state != LiveHostState::Running) return;
    const Hearing* h = ws.FindHearing(live.host_hearing_id);
    if (!h) return;
    if (h->current_question != live.published_question ||
        h->clock_started_wall_ms != live.published_clock_started ||
        h->clock_accumulated_ms != live.published_clock_accumulated) {
        live.published_question = h->current_question;
        live.published_clock_started = h->clock_started_wall_ms;
        live.published_clock_accumulated = h->clock_accumulated_ms;
        live.host->PublishHearingState();
    }
}

// The facilitator's clock and question become the reporter's, so note offsets line up.
void PollClient(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    if (!live.client) return;
    LiveClientStatus s = live.client->Status();
    if (!s.has_hearing || s.timer_received_ms == live.applied_timer_at_ms) return;
    live.applied_timer_at_ms = s.timer_received_ms;
    const Hearing* local = ws.FindHearing(live.client_hearing_id);
    if (!local || local->uuid != s.hearing.hearing_uuid) return; // another plan's hearing: leave it
    Hearing h = *local;
    h.current_question = s.timer.current_question;
    h.question_started_offset_ms = s.timer.question_started_offset_ms;
    h.clock_accumulated_ms = s.timer.offset_ms;
    h.clock_started_wall_ms = s.timer.running ? s.timer_received_ms : 0;
    if (s.timer.running) h.status = HearingStatus::Running;
    RunAction(state, [&] {
        ws.Store().UpdateHearing(h);
        ws.ChangedHearing(h.id); // its clock and question
    });
}

void RefreshInterfaces(AppState& state) {
    LiveUiState& live = state.live;
    if (!live.interfaces.empty() && state.now_ms - live.interfaces_at_ms < 3000) return;
    live.interfaces_at_ms = state.now_ms;
    live.interfaces.clear();
    for (const LiveInterface& i : ListLiveInterfaces())
        live.interfaces.push_back({i.address, i.name});
    if (live.interfaces.empty()) live.interfaces.push_back({"127.0.0.1", "lo"});
    if (live.bind_address.empty()) live.bind_address = live.interfaces.front().first;
}

// [SECTION] Host panel
void StartHosting(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    LiveHostOptions o;
    o.plan_path = ws.Path();
    o.hearing_id = state.hearing_id;
    o.bind_address = live.bind_address;
    o.port = static_cast<uint16_t>(std::clamp(live.port, 0, 65535));
    live.host.reset(); // a failed earlier attempt
    live.host = std::make_shared<LiveHost>(o);
    live.host_hearing_id = state.hearing_id;
    live.published_question = -1;
    live.published_clock_started = live.published_clock_accumulated = -1;
    live.host->Start();
}

void DrawHostSetup(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    RefreshInterfaces(state);
    ImGui::SetNextItemWidth(260);
    if (ImGui::BeginCombo(Tr("live.ui_interface").c_str(), live.bind_address.c_str())) {
        for (const auto& [address, name] : live.interfaces) {
            std::string label = address + "  (" + name + ")";
            if (ImGui::Selectable(label.c_str(), address == live.bind_address)) live.bind_address = address;
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(160);
    ImGui::InputInt(Tr("live.ui_port").c_str(), &live.port);
    ImGui::TextDisabled("%s", Tr("live.ui_port_hint").c_str());
    bool can = state.hearing_id > 0 && ws.IsOpen();
    if (!can) ImGui::BeginDisabled();
    if (ImGui::Button(Tr("live.ui_start_hosting").c_str())) StartHosting(state, ws);
    ProbeItem("live.start_hosting");
    if (!can) ImGui::EndDisabled();
    if (live.host && live.host->Status().state == LiveHostState::Failed) {
        LiveHostStatus s = live.host->Status();
        ImGui::TextColored(kBad, "%s", Message(s.error_key, s.error).c_str());
    }
}

void DrawReporterRow(const LiveReporterStatus& r) {
    ImGui::TextColored(r.connected ? kOk : kWarn, "%s %c", r.connected ? "\xe2\x97\x8f" : "\xe2\x97\x8b",
                       r.reporter);
    ImGui::SameLine();
    ImGui::Text("%s", FillPlaceholders(Tr(r.connected ? "live.ui_reporter_on" : "live.ui_reporter_off"),
                                       {std::to_string(r.notes), std::to_string(r.behind), r.address})
                          .c_str());
}

void DrawHosting(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    LiveHostStatus s = live.host->Status();
    if (s.state == LiveHostState::Starting) {
        ImGui::TextDisabled("%s", Tr("live.ui_starting").c_str());
        return;
    }
    ImGui::PushFont(Fonts().title);
    ImGui::Text("%s:%u", s.address.c_str(), static_cast<unsigned>(s.port));
    ProbeItem("live.address");
    ImGui::Text("%s %s", Tr("live.ui_code").c_str(), s.join_code.c_str());
    ProbeItem("live.code");
    ImGui::PopFont();
    for (const LiveReporterStatus& r : s.reporters)
        DrawReporterRow(r);
    if (s.failed_joins > 0 || s.dropped_connections > 0)
        ImGui::TextDisabled(
            "%s", FillPlaceholders(Tr("live.ui_rejected"),
                                   {std::to_string(s.failed_joins), std::to_string(s.dropped_connections)})
                      .c_str());
    if (!s.error.empty()) ImGui::TextColored(kBad, "%s", Message(s.error_key, s.error).c_str());
    if (ImGui::Button(Tr("live.ui_push").c_str())) live.host->PublishHearingState();
    ImGui::SameLine();
    if (live.confirm_revoke) {
        if (ImGui::Button(Tr("live.ui_revoke_confirm").c_str())) {
            live.host->RevokeCode();
            live.confirm_revoke = false;
        }
        ImGui::SameLine();
        if (ImGui::Button(Tr("action.cancel").c_str())) live.confirm_revoke = false;
    } else if (ImGui::Button(Tr("live.ui_revoke").c_str())) {
        live.confirm_revoke = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(Tr("live.ui_stop_hosting").c_str())) {
        live.host.reset();
        ws.ChangedHearing(live.host_hearing_id); // notes it stored after the last poll are read too
    }
    ProbeItem("live.stop_hosting");
}

void DrawHostCompact(const AppState& state) {
    if (!state.live.host) return;
    LiveHostStatus s = state.live.host->Status();
    if (s.state != LiveHostState::Running) return;
    ImGui::Text("%s %s:%u  \xc2\xb7  %s %s", Tr("live.ui_live").c_str(), s.address.c_str(),
                static_cast<unsigned>(s.port), Tr("live.ui_code").c_str(), s.join_code.c_str());
    for (const LiveReporterStatus& r : s.reporters) {
        ImGui::SameLine();
        ImGui::TextColored(r.connected ? kOk : kWarn, "  %c %lld", r.reporter,
                           static_cast<long long>(r.notes));
    }
}

// [SECTION] Join panel
void Join(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    LiveClientOptions o;
    o.plan_path = ws.Path();
    o.hearing_id = state.hearing_id;
    o.reporter = state.reporter;
    o.host = live.join_host;
    o.port = static_cast<uint16_t>(std::clamp(live.join_port, 0, 65535));
    o.join_code = live.join_code;
    live.client.reset();
    live.client = std::make_shared<LiveClient>(o);
    live.client_hearing_id = state.hearing_id;
    live.applied_timer_at_ms = 0;
    live.client->Start();
}

void DrawJoinForm(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    ImGui::SetNextItemWidth(220);
    ImGui::InputText(Tr("live.ui_host_address").c_str(), &live.join_host);
    ProbeItem("live.join_host");
    ImGui::SetNextItemWidth(160);
    ImGui::InputInt(Tr("live.ui_port").c_str(), &live.join_port);
    ImGui::SetNextItemWidth(160);
    ImGui::InputText(Tr("live.ui_code").c_str(), &live.join_code, ImGuiInputTextFlags_CharsUppercase);
    bool can = ws.IsOpen() && state.hearing_id > 0 && !live.join_host.empty() && live.join_port > 0 &&
               NormalizeJoinCode(live.join_code).has_value();
    if (!can) ImGui::BeginDisabled();
    std::string label = FillPlaceholders(Tr("live.ui_join_as"), {std::string(1, state.reporter)});
    if (ImGui::Button(label.c_str())) Join(state, ws);
    ProbeItem("live.join");
    if (!can) ImGui::EndDisabled();
    if (live.client && live.client->Status().state == LiveLinkState::Refused) {
        LiveClientStatus s = live.client->Status();
        ImGui::TextColored(kBad, "%s", Message(s.error_key, s.error).c_str());
    }
}

// A reporter whose plan lacks the facilitator's hearing can take it over (same uuids), after which
// the pushed question and clock apply to it.
void DrawAdoptOffer(AppState& state, Workspace& ws, const LiveClientStatus& s) {
    const Hearing* local = ws.FindHearing(state.live.client_hearing_id);
    if (!s.has_hearing || (local && local->uuid == s.hearing.hearing_uuid)) return;
    ImGui::TextColored(kWarn, "%s", Tr("live.ui_other_hearing").c_str());
    if (ImGui::Button(Tr("live.ui_adopt").c_str())) {
        LiveHearingInfo info = s.hearing;
        RunAction(state, [&] {
            int64_t id = AdoptLiveHearing(ws.Store(), info);
            ws.Changed(); // a new hearing, perhaps a new theme and participants
            state.hearing_id = id;
            if (const Hearing* h = ws.FindHearing(id)) state.theme_id = h->theme_id;
            Join(state, ws); // the outbox follows the hearing now selected
        });
    }
    ProbeItem("live.adopt");
}

void DrawJoined(AppState& state, Workspace& ws) {
    LiveUiState& live = state.live;
    LiveClientStatus s = live.client->Status();
    switch (s.state) {
    case LiveLinkState::Connected:
        ImGui::TextColored(kOk, "%s", Tr("live.ui_connected").c_str());
        break;
    case LiveLinkState::Connecting:
        ImGui::TextColored(kWarn, "%s", Tr("live.ui_connecting").c_str());
        break;
    default:
        ImGui::TextColored(kWarn, "%s", Tr("live.ui_retrying").c_str());
        if (!s.error.empty()) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", Message(s.error_key, s.error, s.error_args).c_str());
        }
        break;
    }
    ProbeItem("live.client_state");
    ImGui::SameLine();
    if (s.pending > 0)
        ImGui::TextColored(kWarn, "%s",
                           FillPlaceholders(Tr("live.ui_pending"), {std::to_string(s.pending)}).c_str());
    else
        ImGui::TextDisabled("%s", Tr("live.ui_all_delivered").c_str());
    if (s.has_hearing) {
        int q = s.timer.current_question;
        if (q >= 0 && q < static_cast<int>(s.hearing.questions.size()))
            ImGui::TextWrapped("%s %d: %s", Tr("live.ui_question").c_str(), q + 1,
                               s.hearing.questions[static_cast<size_t>(q)].text.c_str());
        ImGui::TextDisabled("%s %s", Tr("live.ui_clock").c_str(),
                            FormatOffset(LiveClockOffsetMs(s, state.now_ms)).c_str());
    }
    DrawAdoptOffer(state, ws, s);
    if (ImGui::Button(Tr("live.ui_leave").c_str())) live.client.reset();
    ProbeItem("live.leave");
}
} // namespace

// [SECTION] Public entry points
void PollLive(AppState& state, Workspace& ws) {
    if (!ws.IsOpen()) return;
    PollHost(state, ws);
    PollClient(state, ws);
}

void DrawLiveHostPanel(AppState& state, Workspace& ws, bool compact) {
    PollLive(state, ws);
    ImGui::PushID("live_host");
    if (compact)
        DrawHostCompact(state);
    else if (HostActive(state.live))
        DrawHosting(state, ws);
    else
        DrawHostSetup(state, ws);
    ImGui::PopID();
}

void DrawLiveJoinPanel(AppState& state, Workspace& ws) {
    PollLive(state, ws);
    ImGui::PushID("live_join");
    if (ClientActive(state.live))
        DrawJoined(state, ws);
    else
        DrawJoinForm(state, ws);
    ImGui::PopID();
}

// [SECTION] Notes and promotion
void LiveNoteCommitted(AppState& state, const Note& note) {
    if (state.live.client) state.live.client->NotifyCommitted(note.uuid, note.version);
}

LiveMark LiveNoteMark(const AppState& state, const Note& note) {
    if (!state.live.client) return LiveMark::NotLive;
    if (state.live.client->IsDelivered(note.uuid, note.version)) return LiveMark::Delivered;
    return LiveRefusedClosed(state) ? LiveMark::NotAccepted : LiveMark::Local;
}

bool LiveRefusedClosed(const AppState& state) {
    return state.live.client && state.live.client->Status().refusal == LiveRefusal::HearingClosed;
}

void LivePromoteNote(AppState& state, const std::string& note_uuid) {
    if (state.live.host) state.live.host->PromoteNote(note_uuid);
}

std::vector<std::string> LivePromotedNotes(const AppState& state) {
    if (!state.live.host) return {};
    return state.live.host->Status().promoted;
}

// [SECTION] Stopping
void StopLive(AppState& state) {
    state.live.host.reset();
    state.live.client.reset();
}

} // namespace hd
