// hearingctl: the command-line face of core/. Thin: parse arguments, call core, print.
// Proves the model works without any UI (like Tracy's capture/csvexport tools).
// Every command, argument and option is declared here once; the parser (CLI11) refuses anything
// else and `hearingctl --help` is generated from these declarations.
#include <cstdlib>
#include <iostream>
#include <string_view>

#include "app/cli/cli_args.h"
#include "app/cli/cli_stdout.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"

namespace {
using hd::cli::CommandSpec;
using hd::cli::OptionSpec;
using hd::cli::PositionalSpec;

const PositionalSpec kPlan{"PLAN", "the plan file (.hdesk)"};
const OptionSpec kHearing{"--hearing", "ID", "hearing id (hearingctl info lists them)"};
const OptionSpec kKdf{"--kdf", "interactive|fast", "key-derivation cost; fast is for loopback tests only"};

std::vector<CommandSpec> Commands() {
    using namespace hd::cli;
    return {
        {"demo", "Create the demo plan in a new file: a fictional Dutch-speaking city carried through hearings, merged and approved minutes, objectives and forum. The same command always writes the same file.", CmdDemo, {kPlan}, {}, {}},
        {"info", "Themes, hearings and note counts of a plan.", CmdInfo, {kPlan}, {}, {}},
        {"room",
         "What the projection shows the room for a hearing: contributions per discipline (who has not been heard "
         "yet) and the contributions grouped by the theme's clusters, as the live grouping places them.",
         CmdRoom,
         {kPlan},
         {kHearing},
         {}},
        {"capture",
         "Store one note per stdin line; prints \"saved <uuid>\" once each is durable. A line that cannot be "
         "stored is named on stderr with the reason and the next lines are still stored (exit 3).",
         CmdCapture,
         {kPlan},
         {kHearing, {"--reporter", "A|B", "whose notes (default A)"}},
         {}},
        {"export-transcript",
         "Write a reporter's notes of a hearing as a JSON transcript.",
         CmdExportTranscript,
         {kPlan},
         {kHearing, {"--reporter", "A|B", "whose notes"}, {"-o", "FILE.json", "output file (default stdout)"}},
         {}},
        {"import",
         "Import a JSON transcript, or a plain-text one (one note per line, [HH:MM:SS] Speaker: text).",
         CmdImport,
         {kPlan, {"FILE", "FILE.json or FILE.txt"}},
         {kHearing,
          {"--reporter", "A|B", "whose notes a .txt file holds (a JSON transcript says so itself)"},
          {"--by", "NAME", "who imports (kept with the notes)"},
          {"--attach-anyway", "", "import a JSON transcript made for another hearing"},
          {"--preview", "", "show how each line of a .txt file is read; store nothing"}},
         {}},
        {"merge",
         "Merge two transcript files (A B, .json or .txt), or a plan's stored notes (PLAN --hearing ID; "
         "decisions are kept).",
         CmdMerge,
         {{"A", "first transcript, or the plan with --hearing"}, {"B", "second transcript", false}},
         {{"--hearing", "ID", "merge this hearing's stored notes (with a plan)"},
          {"--by", "NAME", "who merges (with a plan)"},
          {"--format", "json|md", "output of a file merge (default json)"},
          {"-o", "OUT", "output file of a file merge (default stdout)"}},
         {}},
        {"cluster",
         "Cluster the id,text columns of a CSV (--input, at most 64 MB), or a theme's contributions in a plan "
         "(PLAN --theme ID).",
         CmdCluster,
         {{"PLAN", "the plan file (.hdesk), unless --input", false}},
         {{"--input", "notes.csv", "CSV with header id,text"},
          {"--theme", "ID", "theme to cluster (with a plan)"},
          {"--k", "N", "number of clusters (chosen automatically without it)"},
          {"--format", "json", "output of --input (json)"},
          {"-o", "OUT", "output file of --input (default stdout)"},
          {"--new-only", "", "only place notes not yet in a cluster (with a plan)"},
          {"--propose", "", "propose objectives afterwards (with a plan)"}},
         {}},
        {"export",
         "Export the minutes of a hearing, the plan draft, the forum, what happened with a hearing's input, or the yearly action plan of a year.",
         CmdExport,
         {kPlan},
         {{"--what", "minutes|plan|forum|progress|input-followup|actions", "what to export (progress: the follow-up of --year; actions: the yearly action plan of --year)"},
          {"--format", "md|html|docx|csv|xlsx", "file format (xlsx: progress and actions only; csv: not for progress, input-followup or actions)"},
          {"--year", "YEAR", "the year of the progress report or the yearly action plan"},
          {"-o", "FILE", "output file (- for stdout)"},
          {"--hearing", "ID", "the hearing (for minutes and input-followup)"},
          {"--names", "", "input-followup: show the names of participants who consented (default: disciplines)"},
          {"--anonymise,--anonymize", "", "replace every participant by their discipline"},
          {"--with-organisation,--with-organization", "", "with --anonymise: also name the organisation"},
          {"--keep-staff-names", "", "with --anonymise: the moderator and reporters keep their names"},
          {"--separator", ",|;|tab", "CSV separator (default ,)"},
          {"--date", "YYYY-MM-DD", "date printed in the file (same data and date: same bytes)"},
          {"--lang", "nl|en", "language of the file (default nl)"}},
         {}},
        {"live",
         "Live link during a hearing.",
         nullptr,
         {},
         {},
         {{"host",
           "Host the hearing for the reporters until stdin closes; stdin takes question N, promote UUID, "
           "revoke, status.",
           CmdLiveHost,
           {kPlan},
           {kHearing,
            {"--bind", "ADDR", "address to listen on (default 127.0.0.1)"},
            {"--port", "N", "port (default: any free one)"},
            {"--code", "CODE", "join code to use"},
            {"--new-code", "", "make a fresh join code"},
            kKdf},
           {}},
          {"report",
           "Report notes from stdin to a host; exit 0 when all were acknowledged, 3 when some are only local.",
           CmdLiveReport,
           {kPlan},
           {kHearing,
            {"--reporter", "A|B", "which reporter this is"},
            {"--connect", "HOST:PORT", "the host's address"},
            {"--code", "CODE", "the join code shown by the host"},
            {"--linger", "MS", "how long to wait for acknowledgements after stdin closes (default 10000)"},
            kKdf},
           {}}}},
        {"decision",
         "Record a decision of the college, council committee or council; --adopt freezes the plan as the adopted "
         "version.",
         CmdDecision,
         {kPlan},
         {{"--body", "college|council_committee|council", "who decided"},
          {"--outcome", "approved|amended|postponed|rejected|noted", "what was decided"},
          {"--date", "YYYY-MM-DD", "date of the decision"},
          {"--reference", "REF", "the decision's reference (number)"},
          {"--note", "TEXT", "a remark"},
          {"--by", "NAME", "who records it"},
          {"--adopt", "", "adopt the plan by this (approving) decision"}},
         {}},
        {"versions",
         "Decisions and frozen versions, each checked against its checksum; exit 3 when one was changed.",
         CmdVersions,
         {kPlan},
         {},
         {}},
        {"revise",
         "Record the plan as it is now as a revision of the adopted version, with the differences.",
         CmdRevise,
         {kPlan},
         {{"--reason", "TEXT", "why the plan changed"}, {"--by", "NAME", "who records it"}},
         {}},
        {"export-version",
         "Export a frozen version (default: the latest adopted one) as the official plan.",
         CmdExportVersion,
         {kPlan},
         {{"--version", "ID", "version id (hearingctl versions lists them)"},
          {"--format", "md|html|docx", "file format"},
          {"-o", "FILE", "output file (- for stdout)"},
          {"--date", "YYYY-MM-DD", "date printed in the file"},
          {"--lang", "nl|en", "language of the file (default nl)"}},
         {}},
        {"import-indicators",
         "Import the local safety diagnosis: a CSV (',' ';' or tab) or an Excel workbook (.xlsx, first sheet) with "
         "domain, indicator, year, value (optional unit, source); decimal comma allowed. Every problem is named by "
         "line and column (sheet, row and column in a workbook); nothing is stored then.",
         CmdImportIndicators,
         {kPlan, {"FILE", "FILE.csv|FILE.xlsx"}},
         {{"--preview", "", "show how each line is read; store nothing"}},
         {}},
        {"monitor",
         "The yearly follow-up: without --status, list where each accepted objective and action stands in --year; "
         "with it, record the status of one objective or action (with a note and a figure).",
         CmdMonitor,
         {kPlan},
         {{"--year", "YEAR", "the year followed up"},
          {"--objective", "ID", "an accepted objective"},
          {"--action", "ID", "an action"},
          {"--status", "planned|running|done|dropped", "where it stands that year"},
          {"--note", "TEXT", "what happened"},
          {"--indicator", "ID", "the indicator the figure belongs to"},
          {"--value", "NUMBER", "the indicator's value that year (decimal comma allowed)"},
          {"--by", "NAME", "who records it"}},
         {}},
        {"priority-round",
         "Add a round in which the core group ranks domains or objectives (dot voting or ranking); lists what it ranks with ids.",
         CmdPriorityRound,
         {kPlan},
         {{"--title", "TEXT", "what the round decides"},
          {"--method", "dots|rank", "dot voting (default) or ranking"},
          {"--target", "theme|objective", "rank domains (default) or objectives"},
          {"--theme", "ID", "objectives of this domain only"},
          {"--dots", "N", "dots per member (default 5)"}},
         {}},
        {"vote",
         "Store one core group member's whole ballot in a round (replaces an earlier one). Too many dots or a rank "
         "given twice is refused and nothing is stored.",
         CmdVote,
         {kPlan},
         {{"--round", "ID", "the round"}, {"--member", "ID", "the core group member"},
          {"--values", "ID=N,...", "dots or rank per item id; 0 or absent: none"}},
         {}},
        {"priorities",
         "Print each round's result with its spread, and the forum's audience reactions per domain.",
         CmdPriorities,
         {kPlan},
         {{"--round", "ID", "one round only"}},
         {}},
        {"export-priorities",
         "Export the priority rounds with their results and bars, and the forum's reactions per domain.",
         CmdExportPriorities,
         {kPlan},
         {{"--format", "md|html|docx", "file format (default md)"},
          {"-o", "FILE", "output file (- for stdout)"},
          {"--round", "ID", "one round only"},
          {"--date", "YYYY-MM-DD", "date printed in the file"},
          {"--lang", "nl|en", "language of the file (default nl)"}},
         {}},
    };
}
} // namespace

int main(int argc, char** argv) {
    hd::Translator& tr = hd::GlobalTranslator();
    tr.LoadDirectory(hd::FindAssetsDir(argv[0]) + "/lang");
    // The CLI speaks English unless HD_LANG=nl (scripts parse English errors more easily).
    const char* lang = std::getenv("HD_LANG");
    tr.SetLanguage(lang && std::string_view(lang) == "nl" ? hd::Language::Dutch : hd::Language::English);
    hd::cli::StdoutBuffer out; // std::cout through a buffer that keeps the errno of a failed write
    const std::vector<CommandSpec> commands = Commands();
    int rc = hd::cli::RunCommandLine(argc, argv, "hearingctl: Hearing Desk without the GUI, on the same plan files.",
                                     commands);
    if (std::string problem = hd::cli::FinishStdout(out); !problem.empty()) {
        std::cerr << "hearingctl: " << problem << "\n";
        return rc ? rc : 1;
    }
    return rc;
}
