// `hearingctl --help` lists every option each subcommand reads, so the usage never falls behind the code;
// the parser refuses what no command declares, in the user's language.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

namespace {
std::string HelpText() {
    hd::test::ShellRun r = hd::test::RunHearingctlShell("--help");
    CHECK(r.status == 0);
    return r.out;
}

// `option` as a whole word of the help text ("--new" does not count for "--new-code").
bool Names(const std::string& help, const std::string& option) {
    for (size_t at = help.find(option); at != std::string::npos; at = help.find(option, at + 1)) {
        char next = at + option.size() < help.size() ? help[at + option.size()] : ' ';
        if (next != '-' && !(next >= 'a' && next <= 'z')) return true;
    }
    return false;
}

std::string ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("hearingctl --help names every option the subcommands read", "[cli]") {
    std::string help = HelpText();
    namespace fs = std::filesystem;
    fs::path cli_dir = fs::path(HD_SOURCE_ASSETS_DIR).parent_path() / "app" / "cli";
    // Options are read as args.Get("--x"), GetOr, Require, RequireInt or Has.
    static const std::regex option(R"re((?:Get|GetOr|Require|RequireInt|Has)\("(-[-a-z]+)")re");
    int files = 0, options = 0;
    for (const auto& entry : fs::directory_iterator(cli_dir)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("cmd_", 0) != 0 || entry.path().extension() != ".cpp") continue;
        ++files;
        std::string source = ReadFile(entry.path());
        std::vector<std::string> found;
        for (auto it = std::sregex_iterator(source.begin(), source.end(), option); it != std::sregex_iterator(); ++it)
            found.push_back((*it)[1]);
        // The usage is generated from the declarations in hearingctl.cpp, never written by hand.
        CHECK(source.find("usage: hearingctl") == std::string::npos);
        for (const std::string& o : found) {
            // American spellings are accepted as aliases; the usage shows the British one.
            if (o == "--anonymize" || o == "--with-organization") continue;
            INFO(name << ": " << o);
            CHECK(Names(help, o));
            ++options;
        }
    }
    CHECK(files >= 8);
    CHECK(options >= 30);
}

namespace {
// A small demo plan for the refusal tests, created once per test case.
struct DemoPlan {
    hd::test::TempDir dir;
    std::string path = dir.File("plan.hdesk");
    DemoPlan() { REQUIRE(hd::test::RunHearingctlShell("demo " + path).status == 0); }
};

int ExitCode(const hd::test::ShellRun& r) {
    return WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1;
}
} // namespace

TEST_CASE("hearingctl refuses an unknown option instead of ignoring it, in the user's language", "[cli]") {
    DemoPlan plan;
    hd::test::ShellRun r = hd::test::RunHearingctlShell("info " + plan.path + " --verbose");
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Unknown option --verbose.") != std::string::npos);
    CHECK(r.out.find("Usage: hearingctl info") != std::string::npos); // the command's generated usage follows
    r = hd::test::RunHearingctlShell("info " + plan.path + " --verbose", "HD_LANG=nl");
    CHECK(r.out.find("Onbekende optie --verbose.") != std::string::npos);
    r = hd::test::RunHearingctlShell("info " + plan.path + " extra");
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Unexpected argument 'extra'") != std::string::npos);
    r = hd::test::RunHearingctlShell("frobnicate " + plan.path);
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("an unknown flag never takes the next argument as its value", "[cli]") {
    DemoPlan plan;
    // Before, "--verbose" swallowed the plan path and the command complained about its usage.
    hd::test::ShellRun r = hd::test::RunHearingctlShell("info --verbose " + plan.path);
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Unknown option --verbose.") != std::string::npos);
    CHECK(r.out.find("Missing PLAN") == std::string::npos);
    // A declared option with its value left out does not take the next option either.
    hd::test::TempDir out;
    std::string file = out.File("m.md");
    r = hd::test::RunHearingctlShell("export " + plan.path + " --what minutes --format md --hearing --lang en -o " + file);
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Option --hearing needs a value.") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("hearingctl accepts --option=value as well as --option value", "[cli]") {
    DemoPlan plan;
    hd::test::TempDir out;
    std::string spaced = out.File("spaced.md"), joined = out.File("joined.md");
    REQUIRE(hd::test::RunHearingctlShell("export " + plan.path + " --what plan --format md --date 2026-04-01 -o " + spaced)
                .status == 0);
    hd::test::ShellRun r =
        hd::test::RunHearingctlShell("export " + plan.path + " --what=plan --format=md --date=2026-04-01 -o " + joined);
    CHECK(r.status == 0);
    CHECK(ReadFile(joined) == ReadFile(spaced));
    CHECK_FALSE(ReadFile(joined).empty());
    std::string csv = out.File("notes.csv");
    std::ofstream(csv) << "id,text\n1,fietspad onveilig\n2,fietspad donker\n3,jongeren hangen rond\n4,jongeren park\n";
    r = hd::test::RunHearingctlShell("cluster --input=" + csv + " --k=2");
    CHECK(r.status == 0);
    size_t clusters = 0;
    for (size_t at = r.out.find("\"label\""); at != std::string::npos; at = r.out.find("\"label\"", at + 1)) ++clusters;
    CHECK(clusters == 2);
}

TEST_CASE("a missing argument names what is missing", "[cli]") {
    hd::test::ShellRun r = hd::test::RunHearingctlShell("info");
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Missing PLAN.") != std::string::npos);
    r = hd::test::RunHearingctlShell("live", "HD_LANG=nl");
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Kies een van: host, report.") != std::string::npos);
    r = hd::test::RunHearingctlShell("merge only-one.json");
    CHECK(ExitCode(r) == 2);
    CHECK(r.out.find("Give two transcript files A B, or a plan with --hearing ID.") != std::string::npos);
}
