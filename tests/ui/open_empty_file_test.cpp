// Issue 16 point 9 in the GUI: File > Open of an empty file (0 bytes) says it is no plan, keeps the
// plan that was open, and leaves the file byte-identical instead of turning it into an empty plan.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "app/ui_frame.h"
#include "core/base/i18n.h"
#include "tests/support/temp_dir.h"
#include "tests/support/ui_fixture.h"

using namespace hd;

TEST_CASE("opening an empty file in the GUI is refused with a message and changes nothing", "[ui][hardening]") {
    test::TempDir dir;
    test::UiFixture fx(dir.File("plan.hdesk"));
    const std::string empty = dir.File("leeg.hdesk");
    std::ofstream(empty, std::ios::binary).flush();
    if (GlobalTranslator().Size() == 0) GlobalTranslator().LoadDirectory(FindAssetsDir() + "/lang");
    const Language was = GlobalTranslator().GetLanguage();
    GlobalTranslator().SetLanguage(Language::Dutch);
    CHECK_FALSE(OpenPlanAction(fx.state, fx.ws, empty));
    INFO(fx.state.error_message);
    CHECK(fx.state.error_message.find("is leeg, dus geen Hearing Desk-plan") != std::string::npos);
    CHECK(std::filesystem::file_size(empty) == 0);
    CHECK_FALSE(std::filesystem::exists(empty + "-wal"));
    CHECK(fx.ws.Path() == fx.path); // the plan that was open stays open
    CHECK(fx.ws.Store().GetPlan().name == "Testplan");
    GlobalTranslator().SetLanguage(was);
}
