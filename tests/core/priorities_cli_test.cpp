// hearingctl priority-round, vote, priorities and export-priorities: the core group's rounds from a
// script, a ballot with too many dots refused (in Dutch with HD_LANG=nl) and nothing stored.
#include <catch2/catch.hpp>

#include "core/lifecycle/priorities.h"
#include "core/review/review_store.h"
#include "tests/support/child_process.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

TEST_CASE("hearingctl runs a dot voting round from the command line", "[lifecycle][priorities][cli]") {
    test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    int64_t youth = 0, housing = 0, member = 0;
    {
        test::LifecyclePlan plan(path);
        youth = plan.youth;
        housing = plan.housing;
        CoreMember m;
        m.name = "Anouk Verbeeck";
        member = ReviewStore(*plan.store).AddMember(m);
    }
    test::ShellRun r = test::RunHearingctlShell("priority-round " + path + " --title 'Welke domeinen eerst?' --dots 3");
    INFO(r.out);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("round 1") != std::string::npos);
    CHECK(r.out.find(std::to_string(housing) + "  Veilig wonen") != std::string::npos); // the ids to vote with

    std::string ballot = "vote " + path + " --round 1 --member " + std::to_string(member) + " --values ";
    r = test::RunHearingctlShell(ballot + std::to_string(youth) + "=3," + std::to_string(housing) + "=1", "HD_LANG=nl");
    CHECK(r.status != 0);
    CHECK(r.out.find("Anouk Verbeeck gaf 4 stippen; elk lid heeft er 3.") != std::string::npos);
    r = test::RunHearingctlShell(ballot + std::to_string(youth) + "=two");
    CHECK(r.status != 0);
    CHECK(r.out.find("ID=N") != std::string::npos);
    {
        auto store = PlanStore::Open(path);
        CHECK(PriorityStore(*store).MembersWhoVoted(1).empty());
    }
    r = test::RunHearingctlShell(ballot + std::to_string(youth) + "=2," + std::to_string(housing) + "=1");
    REQUIRE(r.status == 0);
    r = test::RunHearingctlShell("priorities " + path);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("1. Jeugd [id " + std::to_string(youth) + "]  dots 2, members 1") != std::string::npos);
    CHECK(r.out.find("Forum reactions per domain") != std::string::npos);
    std::string md = dir.File("prioriteiten.md");
    r = test::RunHearingctlShell("export-priorities " + path + " --format md --date 2026-02-02 -o " + md);
    REQUIRE(r.status == 0);
}
