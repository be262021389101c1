// End to end over the live link: a reporter types on the real reporter screen (headless) and presses
// Enter; the note is durable in the reporter's own plan first, then reaches the facilitator's plan and
// the row shows it as delivered. The facilitator side is a LiveHost on 127.0.0.1. Waits are bounded.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <thread>

#include "app/screens/live_panel.h"
#include "core/live/live_client.h"
#include "core/live/live_host.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

namespace {
bool FramesUntil(test::HeadlessUi& ui, const std::function<bool()>& done, int timeout_ms = 10000) {
    auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < until) {
        ui.Frame();
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}
} // namespace

TEST_CASE("a note typed on the reporter screen reaches the facilitator over the live link", "[ui][live][reporter]") {
    test::TempDir dir;
    test::UiFixture facilitator(dir.File("facilitator.hdesk"));
    std::string facilitator_path = facilitator.path;
    int64_t facilitator_hearing = facilitator.hearing_id;
    facilitator.ws.Close(); // the host opens its own connection on the plan

    LiveHostOptions host_options;
    host_options.plan_path = facilitator_path;
    host_options.hearing_id = facilitator_hearing;
    host_options.bind_address = "127.0.0.1";
    host_options.kdf = KdfStrength::FastForTests();
    LiveHost host(host_options);
    host.Start();
    REQUIRE(host.WaitUntilRunning(10000));
    LiveHostStatus hs = host.Status();

    test::UiFixture reporter(dir.File("reporter.hdesk"));
    reporter.state.reporter = 'B';
    reporter.state.screen = Screen::Reporter;
    LiveClientOptions client_options;
    client_options.plan_path = reporter.path;
    client_options.hearing_id = reporter.hearing_id;
    client_options.reporter = 'B';
    client_options.host = "127.0.0.1";
    client_options.port = hs.port;
    client_options.join_code = hs.join_code;
    client_options.kdf = KdfStrength::FastForTests();
    reporter.state.live.client = std::make_shared<LiveClient>(client_options);
    reporter.state.live.client_hearing_id = reporter.hearing_id;
    reporter.state.live.client->Start();

    test::HeadlessUi ui(reporter.state, reporter.ws);
    REQUIRE(FramesUntil(ui, [&] { return reporter.state.live.client->Status().state == LiveLinkState::Connected; }));
    ui.Frame(3); // the input takes the keyboard focus on the frame after it appears
    ui.Type("Meer verlichting in het Kloosterpark, vooral bij de ingang aan de Vaartkaai");
    ui.Press(GLFW_KEY_ENTER);

    // Durable locally before anything else.
    auto local = PlanStore::Open(reporter.path)->ListNotes(reporter.hearing_id, 'B');
    REQUIRE(local.size() == 1);
    const Note note = local[0];
    REQUIRE(FramesUntil(ui, [&] { return LiveNoteMark(reporter.state, note) == LiveMark::Delivered; }));
    auto at_facilitator = PlanStore::Open(facilitator_path)->GetNote(note.uuid);
    REQUIRE(at_facilitator);
    CHECK(at_facilitator->text == "Meer verlichting in het Kloosterpark, vooral bij de ingang aan de Vaartkaai");
    CHECK(at_facilitator->reporter == 'B');
    StopLive(reporter.state);
    host.Stop();
}
