// The plan cycle on the command line (issue 13):
//   hearingctl decision PLAN --body college|council_committee|council --outcome approved|amended|postponed|rejected|noted
//                        [--date YYYY-MM-DD] [--reference REF] [--note TEXT] [--by NAME] [--adopt]
//   hearingctl versions PLAN            decisions and frozen versions, each checked against its checksum
//   hearingctl revise PLAN --reason TEXT [--by NAME]
//   hearingctl import-indicators PLAN FILE.csv|FILE.xlsx [--preview]
//   hearingctl export-version PLAN [--version ID] --format md|html|docx -o FILE [--date YYYY-MM-DD] [--lang nl|en]
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/terminal_text.h"
#include "core/base/csv.h"
#include "core/base/i18n.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/lifecycle_checks.h"
#include "core/lifecycle/lifecycle_export.h"
#include "core/store/store.h"

namespace hd::cli {
namespace {
void PrintVersion(DecisionStore& ds, const PlanVersion& v) {
    std::cout << (v.kind == VersionKind::Adopted ? "Adopted version " : "Revision ") << v.number << " (id " << v.id << ")";
    if (v.kind == VersionKind::Revision)
        if (auto base = ds.GetVersion(v.based_on)) std::cout << " of adopted version " << base->number;
    std::cout << ", " << FormatWallTime(v.created_at_ms) << " UTC, by " << (v.created_by.empty() ? "-" : TerminalSafe(v.created_by))
              << ", sha256 " << v.sha256 << (v.verified ? ", checksum ok" : ", CHECKSUM MISMATCH (changed outside Hearing Desk)")
              << "\n";
    if (!v.reason.empty()) std::cout << "  reason: " << TerminalSafe(v.reason) << "\n";
}
} // namespace

int CmdDecision(const Args& args) {
    Decision d;
    d.body = *DecisionBodyFromKey(ChoiceOf(args, "--body", "college,council_committee,council", ""));
    d.outcome = *DecisionOutcomeFromKey(ChoiceOf(args, "--outcome", "approved,amended,postponed,rejected,noted", ""));
    d.date = args.GetOr("--date", "");
    d.reference = args.GetOr("--reference", "");
    d.note = args.GetOr("--note", "");
    std::string by = args.GetOr("--by", "");
    auto store = PlanStore::Open(args.positional[0]);
    DecisionStore ds(*store);
    int64_t id = ds.AddDecision(d, by);
    std::cout << "decision " << id << "\n";
    if (!args.Has("--adopt")) return 0;
    int64_t version = ds.Adopt(id, by);
    PrintVersion(ds, *ds.GetVersion(version));
    return 0;
}

int CmdVersions(const Args& args) {
    auto store = OpenPlanReadOnly(args);
    DecisionStore ds(*store);
    for (const Decision& d : ds.ListDecisions())
        std::cout << "Decision " << d.id << ": " << d.date << " " << ToKey(d.body) << " " << ToKey(d.outcome)
                  << (d.reference.empty() ? "" : " (" + TerminalSafe(d.reference) + ")") << "\n";
    bool all_ok = true;
    for (const PlanVersion& v : ds.ListVersions()) {
        PrintVersion(ds, v);
        all_ok = all_ok && v.verified;
    }
    return all_ok ? 0 : 3;
}

int CmdRevise(const Args& args) {
    std::string reason = args.Require("--reason");
    auto store = PlanStore::Open(args.positional[0]);
    DecisionStore ds(*store);
    int64_t id = ds.RecordRevision(reason, args.GetOr("--by", ""));
    PrintVersion(ds, *ds.GetVersion(id));
    for (const PlanChange& c : ChangesFromJson(ds.GetVersion(id)->changes))
        std::cout << "  " << c.change << " " << c.target_kind << " " << c.target_id << (c.field.empty() ? "" : " " + c.field)
                  << ": " << TerminalSafe(c.label) << "\n";
    return 0;
}

int CmdExportVersion(const Args& args) {
    VersionExportRequest r;
    if (args.Get("--version")) r.version_id = args.RequireInt("--version");
    r.format = *ExportFormatFromKey(ChoiceOf(args, "--format", "md,html,docx", ""));
    r.date = args.GetOr("--date", "");
    r.language = FileLanguage(args);
    std::string out = args.Require("-o");
    auto store = OpenPlanReadOnly(args);
    WriteOutputAndSay(out, ExportPlanVersion(*store, r));
    return 0;
}

} // namespace hd::cli

// hearingctl import-indicators PLAN FILE [--preview]: the local safety diagnosis from a CSV or the
// first sheet of an .xlsx workbook.
namespace hd::cli {
int CmdImportIndicators(const Args& args) {
    OpenOptions opts;
    opts.read_only = args.Has("--preview");
    auto store = PlanStore::Open(args.positional[0], opts);
    IndicatorImport import = PreviewIndicatorFile(*store, args.positional[1]);
    Translator& tr = GlobalTranslator();
    for (const IndicatorImportRow& r : import.rows)
        std::cout << (import.sheet.empty() ? "line " : "row ") << r.line << ": " << (r.domain.empty() ? "-" : TerminalSafe(r.domain)) << " | " << TerminalSafe(r.name) << " | " << r.year
                  << " | " << r.value << (r.replaces ? " (replaces the stored value)" : "") << "\n";
    for (const ImportProblem& p : import.problems) std::cerr << TerminalSafe(DescribeProblem(tr, p), {true}) << "\n";
    if (!import.problems.empty()) return 1;
    if (args.Has("--preview")) return 0;
    std::cout << tr.Format("cli.imported_values", {std::to_string(ApplyIndicatorImport(*store, import))}) << "\n";
    return 0;
}
} // namespace hd::cli
