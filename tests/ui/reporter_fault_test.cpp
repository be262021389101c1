// A save that fails (the plan locked by another program past the busy timeout, a full disk) keeps
// what the reporter typed in the input to retry, and says why (issue 6).
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "core/store/db.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"
#include "tests/ui/ui_harness.h"

using namespace hd;

TEST_CASE("a failed save keeps the typed note in the input with a message, and a retry stores it once",
          "[ui][reporter][fault]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    fx.state.screen = Screen::Reporter;
    test::HeadlessUi ui(fx.state, fx.ws);
    ui.Frame(3);
    fx.ws.Store().Db().SetLockWaitMs(50);
    const std::string typed = "Buurtbewoners durven 's avonds niet meer over het plein, één straatlamp werkt";
    {
        Database other(fx.path, Database::Mode::ReadWrite); // another window holding the write lock
        other.SetLockWaitMs(0);
        other.Exec("BEGIN EXCLUSIVE");
        ui.Type(typed);
        ui.Press(GLFW_KEY_ENTER);
        ui.Frame(2);
        CHECK(fx.state.reporter_ui.input == typed);
        CHECK_FALSE(fx.state.error_message.empty());
        other.Exec("ROLLBACK");
    }
    ui.Press(GLFW_KEY_ESCAPE); // the reporter closes the message; the input has the focus again
    ui.Frame(3);
    CHECK(fx.state.error_message.empty());
    CHECK(fx.state.reporter_ui.input == typed);
    ui.Press(GLFW_KEY_ENTER);
    auto check = PlanStore::Open(fx.path);
    auto notes = check->ListNotes(fx.hearing_id, 'A');
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].text == typed);
    CHECK(fx.state.reporter_ui.input.empty());
    CHECK(fx.state.error_message.empty());
}
