// hearingctl room: prints what the projection shows, computed by the same Workspace the GUI uses.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/cluster/cluster_store.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "core/workspace/workspace.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
struct RoomPlan {
    int64_t theme_id = 0, hearing_id = 0;
};

RoomPlan MakeRoomPlan(const std::string& path) {
    Plan plan;
    plan.name = "Testplan";
    auto store = PlanStore::Create(path, plan);
    RoomPlan r;
    Theme t;
    t.title = "Jeugd en overlast";
    r.theme_id = store->AddTheme(t);
    auto person = [&](const std::string& name, const std::string& discipline) {
        Participant p;
        p.name = name;
        p.discipline = discipline;
        return store->AddParticipant(p);
    };
    int64_t police = person("Jan Vermeersch", "police"), youth = person("Eline Peeters", "youth_work");
    int64_t resident = person("Mieke Claes", "residents");
    Hearing h;
    h.theme_id = r.theme_id;
    h.date = "2026-03-12";
    h.location = "Stadhuis";
    h.participant_ids = {police, youth, resident};
    r.hearing_id = store->AddHearing(h);
    const std::vector<std::pair<int64_t, std::string>> said = {
        {police, "Meer overlast aan het station door groepjes jongeren 's avonds."},
        {police, "Camera's aan de fietsenstalling van het station."},
        {youth, "Jeugdwerkers vroeger betrekken bij het buurtoverleg over het station."},
        {youth, "Een jeugdhuis open houden in het weekend tegen de overlast."}};
    int64_t seconds = 60;
    for (const auto& [speaker, text] : said) {
        Note n;
        n.hearing_id = r.hearing_id;
        n.reporter = 'A';
        n.speaker_id = speaker;
        n.offset_ms = (seconds += 60) * 1000;
        n.text = text;
        store->AddNote(n, "A");
    }
    return r;
}

std::string Line(const std::string& label, const std::string& value) { return "  " + label + ": " + value + "\n"; }
} // namespace

TEST_CASE("hearingctl room prints the projection's discipline bars, who was not heard, and the live groups", "[room_cli]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    RoomPlan plan = MakeRoomPlan(path);
    std::string args = "room " + path + " --hearing " + std::to_string(plan.hearing_id);

    test::ShellRun before = test::RunHearingctlShell(args);
    INFO(before.out);
    REQUIRE(before.status == 0);
    CHECK(before.out.find("Theme: Jeugd en overlast\n") != std::string::npos);
    CHECK(before.out.find("What we heard: 4 contributions\n") != std::string::npos);
    CHECK(before.out.find(Line("Police", "2")) != std::string::npos);
    CHECK(before.out.find(Line("Youth work", "2")) != std::string::npos);
    CHECK(before.out.find(Line("Residents", "not heard yet")) != std::string::npos);
    CHECK(before.out.find("Groups appear here once the core group has clustered this theme") != std::string::npos);

    // Once the theme is clustered, the groups and their counts are the workspace's, as projected.
    TextAnalyzer analyzer(FindAssetsDir());
    std::vector<LiveGroup> expected;
    {
        auto store = PlanStore::Open(path);
        ReclusterOptions options;
        options.k = 2;
        ClusterStore(*store, analyzer).Recluster(plan.theme_id, options);
        Workspace ws;
        ws.Adopt(std::move(store));
        expected = ws.Groups(plan.hearing_id).groups;
    }
    REQUIRE_FALSE(expected.empty());
    test::ShellRun after = test::RunHearingctlShell(args);
    INFO(after.out);
    REQUIRE(after.status == 0);
    int total = 0;
    for (const LiveGroup& g : expected) {
        total += g.contributions;
        CHECK(after.out.find(Line(g.cluster_id ? g.name : "not in any group yet", std::to_string(g.contributions))) !=
              std::string::npos);
    }
    CHECK(total == 4);
}

TEST_CASE("hearingctl room refuses a hearing that does not exist, in the user's language", "[room_cli]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    MakeRoomPlan(path);
    test::ShellRun r = test::RunHearingctlShell("room " + path + " --hearing 999");
    CHECK(r.status != 0);
    CHECK(r.out.find("999") != std::string::npos);
    test::ShellRun nl = test::RunHearingctlShell("room " + path + " --hearing 999", "HD_LANG=nl");
    CHECK(nl.status != 0);
    CHECK(nl.out != r.out); // in the user's language
}
