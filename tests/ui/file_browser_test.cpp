// The in-app file browser: what a folder lists, and opening a plan from the Home screen with the
// keyboard only, after which the folder is the first of the recent folders (kept in the settings).
#include <catch2/catch.hpp>
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/file_browser.h"
#include "core/base/settings.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/ui/ui_harness.h"

using namespace hd;
namespace fs = std::filesystem;

namespace {
void Touch(const std::string& path) { std::ofstream(path) << "x"; }

// Points the settings at a temporary file for the test's duration (the browser saves recent folders).
struct SettingsFile {
    explicit SettingsFile(const std::string& path) {
        if (const char* old = std::getenv("HD_SETTINGS")) previous = old;
        setenv("HD_SETTINGS", path.c_str(), 1);
    }
    ~SettingsFile() {
        if (previous.empty()) unsetenv("HD_SETTINGS");
        else setenv("HD_SETTINGS", previous.c_str(), 1);
    }
    std::string previous;
};
} // namespace

TEST_CASE("a folder lists its subfolders first, then the wanted files, by name", "[ui][files]") {
    test::TempDir dir;
    std::string root = dir.File("map");
    fs::create_directories(root + "/Zomer");
    fs::create_directories(root + "/archief");
    fs::create_directories(root + "/.verborgen");
    Touch(root + "/plan.hdesk");
    Touch(root + "/Oud.HDESK");
    Touch(root + "/notities.txt");
    Touch(root + "/.verborgen.hdesk");
    std::string error = "stale";
    auto entries = ListFolder(root, {".hdesk"}, &error);
    CHECK(error.empty());
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].name == "archief");
    CHECK(entries[0].folder);
    CHECK(entries[1].name == "Zomer");
    CHECK(entries[2].name == "Oud.HDESK"); // extensions match whatever their case
    CHECK_FALSE(entries[2].folder);
    CHECK(entries[3].name == "plan.hdesk");
    CHECK(ListFolder(root, {}, nullptr).size() == 5); // no filter: every file that is not hidden
    CHECK(ListFolder(root + "/bestaat-niet", {".hdesk"}, &error).empty());
    CHECK_FALSE(error.empty());
}

TEST_CASE("Home: Browse opens a plan chosen with the keyboard alone and remembers its folder", "[ui][files]") {
    test::TempDir dir;
    SettingsFile settings(dir.File("settings.json"));
    std::string root = dir.File("plannen");
    fs::create_directories(root + "/2026");
    Touch(root + "/lees-mij.txt");
    std::string plan_path = root + "/2026/veiligheidsplan.hdesk";
    {
        Plan plan;
        plan.name = "Veiligheidsplan Dijlestede";
        PlanStore::Create(plan_path, plan);
    }
    Workspace ws;
    AppState state;
    state.screen = Screen::Home;
    state.home.open_path = root + "/"; // the browser starts where the typed path points
    test::HeadlessUi ui(state, ws, 1280, 720);
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("files.browse.home.open"));
    ui.Frame(2);
    CHECK(state.file_browser.folder == root);
    REQUIRE(ui.Probe().count("files.entry.2026"));
    CHECK(ui.Probe().count("files.entry.lees-mij.txt") == 0); // only plans are offered
    ui.Press(GLFW_KEY_ENTER); // into 2026
    ui.Frame(2);
    CHECK(state.file_browser.folder == root + "/2026");
    ui.Press(GLFW_KEY_BACKSPACE); // and back up, with 2026 still selected
    ui.Frame(2);
    CHECK(state.file_browser.folder == root);
    ui.Press(GLFW_KEY_ENTER);
    ui.Frame(2);
    ui.Press(GLFW_KEY_END);
    ui.Press(GLFW_KEY_ENTER); // picks the plan
    ui.Frame(3);
    CHECK(state.error_message.empty());
    REQUIRE(ws.IsOpen());
    CHECK(fs::equivalent(ws.Path(), plan_path));
    REQUIRE_FALSE(state.settings.recent_folders.empty());
    CHECK(state.settings.recent_folders.front() == root + "/2026");
    CHECK(LoadSettings(dir.File("settings.json")).recent_folders.front() == root + "/2026");

    // Next time the browser starts in that recent folder, which is listed on the left.
    state.screen = Screen::Home;
    state.home.open_path.clear();
    ui.Frame(2);
    REQUIRE(ui.ClickProbe("files.browse.home.open"));
    ui.Frame(2);
    CHECK(state.file_browser.folder == root + "/2026");
    CHECK(ui.Probe().count("files.recent." + root + "/2026") == 1);
    ui.Press(GLFW_KEY_ESCAPE);
    ui.Frame(2);
    CHECK(ui.Probe().count("files.up") == 1); // probes persist; the browser itself is closed:
    ui.ClearProbe();
    ui.Frame(1);
    CHECK(ui.Probe().count("files.up") == 0);
}

TEST_CASE("settings keep recent folders, and a file without them is no damage", "[ui][files]") {
    Settings s = ParseSettings(R"({"language": "en", "recent_plans": [], "reporter": "A", "user_name": "An"})");
    CHECK(s.recent_folders.empty());
    for (int i = 0; i < 12; ++i) AddRecentFolder(s, "/map/" + std::to_string(i));
    AddRecentFolder(s, "/map/3");
    CHECK(s.recent_folders.size() == Settings::kMaxRecent);
    CHECK(s.recent_folders.front() == "/map/3");
    Settings back = ParseSettings(SerializeSettings(s));
    CHECK(back.recent_folders == s.recent_folders);
    CHECK(back.user_name == "An");
}
