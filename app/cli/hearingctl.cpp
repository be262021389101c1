// hearingctl: the command-line face of core/. Thin: parse arguments, call core, print.
// Proves the model works without any UI (like Tracy's capture/csvexport tools).
#include <cstring>
#include <iostream>
#include <string_view>
#include <vector>

#include "app/cli/commands.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"

namespace {
// Every form of every subcommand with all its options (kept in step with the cmd_*.cpp files).
struct Command {
    const char* name;
    int (*run)(int, char**);
    std::vector<const char*> usage; // one line per form
};

const Command kCommands[] = {
    {"demo", hd::cli::CmdDemo, {"demo PLAN.hdesk"}},
    {"info", hd::cli::CmdInfo, {"info PLAN.hdesk"}},
    {"capture", hd::cli::CmdCapture,
     {"capture PLAN.hdesk --hearing ID [--reporter A|B]      (one note per stdin line; default reporter A)"}},
    {"export-transcript", hd::cli::CmdExportTranscript,
     {"export-transcript PLAN --hearing ID --reporter A|B [-o FILE.json]      (stdout without -o)"}},
    {"import", hd::cli::CmdImport,
     {"import PLAN --hearing ID FILE.json [--attach-anyway]",
      "import PLAN --hearing ID FILE.txt --reporter A|B [--by NAME]",
      "import PLAN --hearing ID FILE.txt --preview      (shows how the lines are read; stores nothing)"}},
    {"merge", hd::cli::CmdMerge,
     {"merge A B [--format json|md] [-o OUT]      (two transcript files, .json or .txt)",
      "merge PLAN --hearing ID [--by NAME]      (the stored notes; decisions are kept)"}},
    {"cluster", hd::cli::CmdCluster,
     {"cluster --input notes.csv [--k N] [--format json] [-o OUT]",
      "cluster PLAN --theme ID [--k N] [--new-only] [--propose]"}},
    {"export", hd::cli::CmdExport,
     {"export PLAN --what minutes|plan|forum --format md|html|docx|csv -o FILE [--hearing ID (minutes)] [--anonymise] "
      "[--with-organisation] [--separator ,|;|tab] [--date YYYY-MM-DD] [--lang nl|en]"}},
    {"live", hd::cli::CmdLive,
     {"live host PLAN --hearing ID [--bind ADDR] [--port N] [--code CODE] [--new-code] [--kdf interactive|fast]",
      "live report PLAN --hearing ID --reporter A|B --connect HOST:PORT --code CODE [--kdf interactive|fast] [--linger MS]"}},
};

void PrintUsage() {
    std::cerr << "usage: hearingctl COMMAND ...\n";
    for (const Command& c : kCommands)
        for (const char* line : c.usage) std::cerr << "  hearingctl " << line << "\n";
}
} // namespace

int main(int argc, char** argv) {
    hd::Translator& tr = hd::GlobalTranslator();
    tr.LoadDirectory(hd::FindAssetsDir(argv[0]) + "/lang");
    // The CLI speaks English unless HD_LANG=nl (scripts parse English errors more easily).
    const char* lang = std::getenv("HD_LANG");
    tr.SetLanguage(lang && std::string_view(lang) == "nl" ? hd::Language::Dutch : hd::Language::English);
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        PrintUsage();
        return argc < 2 ? 2 : 0;
    }
    for (const Command& c : kCommands) {
        if (std::strcmp(argv[1], c.name) != 0) continue;
        try {
            return c.run(argc, argv);
        } catch (const hd::UserError& e) {
            std::cerr << "hearingctl " << c.name << ": " << tr.Message(e) << "\n";
            return 1;
        } catch (const std::exception& e) {
            std::cerr << "hearingctl " << c.name << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cerr << "hearingctl: unknown command '" << argv[1] << "'\n";
    PrintUsage();
    return 2;
}
