// hearingctl export: the command line calls the same core exports and refuses bad options clearly.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "tests/support/child_process.h"
#include "tests/support/export_fixture.h"
#include "tests/support/temp_dir.h"

namespace {
hd::test::ShellRun Hearingctl(const std::string& args) { return hd::test::RunHearingctlShell(args); }

std::string Slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
} // namespace

TEST_CASE("hearingctl export writes minutes CSV with a semicolon and a fixed date", "[export][cli]") {
    hd::test::TempDir dir;
    std::string plan = dir.File("plan.hdesk");
    int64_t hearing = 0;
    {
        hd::test::ExportFixture fx(plan);
        hearing = fx.hearing_id;
    }
    std::string out = dir.File("verslag.csv");
    hd::test::ShellRun r = Hearingctl("export " + plan + " --what minutes --hearing " + std::to_string(hearing) +
                          " --format csv --separator ';' --anonymise -o " + out);
    INFO(r.out);
    REQUIRE(r.status == 0);
    std::string csv = Slurp(out);
    CHECK(csv.rfind("\xEF\xBB\xBF" "hoorzitting;thema;tijd;spreker", 0) == 0);
    CHECK(csv.find("Jan Vermeersch") == std::string::npos);
    std::string md1 = dir.File("a.md"), md2 = dir.File("b.md");
    REQUIRE(Hearingctl("export " + plan + " --what plan --format md --date 2026-04-01 -o " + md1).status == 0);
    REQUIRE(Hearingctl("export " + plan + " --what plan --format md --date 2026-04-01 --lang en -o " + md2).status == 0);
    CHECK(Slurp(md1).find("Aangemaakt op 2026-04-01") != std::string::npos);
    CHECK(Slurp(md2).find("Generated on 2026-04-01") != std::string::npos);
}

TEST_CASE("hearingctl export refuses unknown choices and a missing hearing with a clear message", "[export][cli]") {
    hd::test::TempDir dir;
    std::string plan = dir.File("plan.hdesk");
    { hd::test::ExportFixture fx(plan); }
    std::string out = dir.File("x.md");
    hd::test::ShellRun r = Hearingctl("export " + plan + " --what agenda --format md -o " + out);
    CHECK(r.status != 0);
    CHECK(r.out.find("--what must be one of: minutes, plan, forum") != std::string::npos);
    r = Hearingctl("export " + plan + " --what minutes --format pdf --hearing 1 -o " + out);
    CHECK(r.out.find("--format must be one of") != std::string::npos);
    r = Hearingctl("export " + plan + " --what minutes --format md --hearing 99 -o " + out);
    CHECK(r.status != 0);
    CHECK(r.out.find("There is no hearing with id 99") != std::string::npos);
    r = Hearingctl("export " + plan + " --what minutes --format md -o " + out);
    CHECK(r.out.find("Missing option --hearing") != std::string::npos);
    r = Hearingctl("export " + plan + " --what plan --format csv --separator '|' -o " + out);
    CHECK(r.out.find("separator") != std::string::npos);
    CHECK_FALSE(std::ifstream(out).good()); // nothing written on refusal
}
