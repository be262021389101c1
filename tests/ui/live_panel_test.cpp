// The live link panels, headless: a facilitator window and a reporter window drawn in the same
// frames, each with its own plan, talking over 127.0.0.1. Every wait is bounded.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <chrono>
#include <thread>

#include "app/app_state.h"
#include "app/screens/live_panel.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/workspace/workspace.h"
#include "core/live/live_client.h"
#include "core/store/store.h"
#include "core/live/live_host.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"

using namespace hd;

namespace {
class TwoPanels {
  public:
    TwoPanels(test::UiFixture& host, test::UiFixture& reporter) : m_host(host), m_reporter(reporter) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1600, 900);
        io.DeltaTime = 1.0f / 60.0f;
        LoadFonts();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(1)));
        host.state.now_ms = reporter.state.now_ms = 1700000000000;
        SetUiProbe(&m_probe);
    }
    ~TwoPanels() {
        SetUiProbe(nullptr);
        ImGui::DestroyContext();
    }

    void Frame() {
        m_host.state.now_ms += 16;
        m_reporter.state.now_ms += 16;
        m_probe.clear();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(790, 880));
        ImGui::Begin("facilitator");
        DrawLiveHostPanel(m_host.state, m_host.ws);
        ImGui::End();
        ImGui::SetNextWindowPos(ImVec2(800, 0));
        ImGui::SetNextWindowSize(ImVec2(790, 880));
        ImGui::Begin("reporter");
        DrawLiveJoinPanel(m_reporter.state, m_reporter.ws);
        ImGui::End();
        ImGui::Render();
    }

    // Frames (with real time passing, the network runs on its own threads) until `done`.
    bool FramesUntil(const std::function<bool()>& done, int timeout_ms = 10000) {
        auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        while (std::chrono::steady_clock::now() < until) {
            Frame();
            if (done()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return false;
    }

    bool Click(const std::string& probe) {
        Frame();
        auto it = m_probe.find(probe);
        if (it == m_probe.end()) return false;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(it->second.CenterX(), it->second.CenterY());
        Frame();
        io.MouseDown[0] = true;
        Frame();
        io.MouseDown[0] = false;
        Frame();
        return true;
    }
    bool Has(const std::string& probe) const { return m_probe.count(probe) > 0; }

  private:
    test::UiFixture& m_host;
    test::UiFixture& m_reporter;
    UiProbe m_probe;
};
} // namespace

TEST_CASE("facilitator hosts and a reporter joins from the panels, notes and question travel", "[ui][live]") {
    test::TempDir dir;
    test::UiFixture host(dir.File("facilitator.hdesk"));
    test::UiFixture reporter(dir.File("reporter.hdesk"));
    reporter.state.reporter = 'B';
    host.state.live.bind_address = "127.0.0.1";
    TwoPanels ui(host, reporter);

    REQUIRE(ui.Click("live.start_hosting"));
    REQUIRE(ui.FramesUntil([&] { return ui.Has("live.code"); }));
    LiveHostStatus hs = host.state.live.host->Status();
    CHECK(hs.address == "127.0.0.1");
    CHECK(hs.port > 0);
    CHECK(NormalizeJoinCode(hs.join_code).has_value());

    reporter.state.live.join_host = "127.0.0.1";
    reporter.state.live.join_port = hs.port;
    reporter.state.live.join_code = hs.join_code;
    REQUIRE(ui.Click("live.join"));
    REQUIRE(ui.FramesUntil(
        [&] { return reporter.state.live.client->Status().state == LiveLinkState::Connected; }));
    CHECK(reporter.state.live.client->Status().hearing.theme_title == "Jeugd en overlast");

    Note n;
    n.hearing_id = reporter.hearing_id;
    n.reporter = 'B';
    n.text = "Buurtbewoners vragen meer verlichting op het Stationsplein";
    Note stored = reporter.ws.Store().AddNote(n);
    reporter.ws.Changed();
    CHECK(LiveNoteMark(reporter.state, stored) == LiveMark::Local);
    LiveNoteCommitted(reporter.state, stored);
    REQUIRE(ui.FramesUntil([&] { return LiveNoteMark(reporter.state, stored) == LiveMark::Delivered; }));
    // The facilitator's workspace re-reads and shows the note.
    REQUIRE(ui.FramesUntil([&] { return host.ws.Notes(host.hearing_id)->size() == 1; }));
    CHECK(host.ws.Notes(host.hearing_id)->at(0).text == n.text);
    CHECK(host.ws.Notes(host.hearing_id)->at(0).reporter == 'B');

    // The facilitator moves to the next question: the panel pushes it without a click.
    host.ws.Store().SetCurrentQuestion(host.hearing_id, 1, host.state.now_ms);
    host.ws.Changed();
    REQUIRE(ui.FramesUntil([&] { return reporter.state.live.client->Status().timer.current_question == 1; }));
    // Start and pause of the hearing clock (the projection's Space key writes the same) reach the
    // reporter without a click, and the reporter's own plan (once it took over the facilitator's
    // hearing) follows them.
    REQUIRE(ui.Click("live.adopt"));
    REQUIRE(ui.FramesUntil(
        [&] { return reporter.state.live.client->Status().state == LiveLinkState::Connected; }));
    const auto reporter_clock_runs = [&] {
        const Hearing* h = reporter.ws.FindHearing(reporter.state.live.client_hearing_id);
        return h && h->clock_started_wall_ms > 0;
    };
    REQUIRE_FALSE(reporter.state.live.client->Status().timer.running);
    host.ws.Store().StartHearingClock(host.hearing_id, NowWallMs());
    host.ws.Changed();
    REQUIRE(ui.FramesUntil([&] { return reporter.state.live.client->Status().timer.running; }));
    REQUIRE(ui.FramesUntil(reporter_clock_runs));
    host.ws.Store().PauseHearingClock(host.hearing_id, NowWallMs() + 2000);
    host.ws.Changed();
    REQUIRE(ui.FramesUntil([&] { return !reporter.state.live.client->Status().timer.running; }));
    REQUIRE(ui.FramesUntil([&] { return !reporter_clock_runs(); }));
    CHECK(reporter.state.live.client->Status().timer.offset_ms >= 2000);
    LivePromoteNote(host.state, stored.uuid);
    REQUIRE(ui.FramesUntil([&] { return !reporter.state.live.client->Status().promoted.empty(); }));
    CHECK(reporter.state.live.client->Status().promoted[0] == stored.uuid);
    CHECK(LivePromotedNotes(host.state) == std::vector<std::string>{stored.uuid});

    REQUIRE(ui.Click("live.stop_hosting"));
    CHECK_FALSE(host.state.live.host);
    REQUIRE(ui.FramesUntil(
        [&] { return reporter.state.live.client->Status().state == LiveLinkState::Retrying; }));
    StopLive(reporter.state);
    CHECK_FALSE(reporter.state.live.client);
}
