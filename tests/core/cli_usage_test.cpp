// `hearingctl --help` lists every option each subcommand reads, so the usage never falls behind the code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "tests/support/child_process.h"

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
    // Options are read as args.Get("--x"), GetOr, Require, RequireInt or Has; flags are declared in ParseArgs.
    static const std::regex option(R"re((?:Get|GetOr|Require|RequireInt|Has)\("(-[-a-z]+)")re");
    static const std::regex flag_list(R"re(ParseArgs\(argc, argv, 2, \{([^}]*)\}\))re");
    static const std::regex quoted(R"re("(-[-a-z]+)")re");
    int files = 0, options = 0;
    for (const auto& entry : fs::directory_iterator(cli_dir)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("cmd_", 0) != 0 || entry.path().extension() != ".cpp") continue;
        ++files;
        std::string source = ReadFile(entry.path());
        std::vector<std::string> found;
        for (auto it = std::sregex_iterator(source.begin(), source.end(), option); it != std::sregex_iterator(); ++it)
            found.push_back((*it)[1]);
        for (auto it = std::sregex_iterator(source.begin(), source.end(), flag_list); it != std::sregex_iterator(); ++it) {
            std::string list = (*it)[1];
            for (auto j = std::sregex_iterator(list.begin(), list.end(), quoted); j != std::sregex_iterator(); ++j)
                found.push_back((*j)[1]);
        }
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
