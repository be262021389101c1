// Monitoring on the command line (issue 13, item 6):
//   hearingctl monitor PLAN --year Y                       the year's follow-up, one line per objective and action
//   hearingctl monitor PLAN --year Y --objective ID|--action ID --status planned|running|done|dropped
//                      [--note TEXT] [--indicator ID [--value V]] [--by NAME]
//   hearingctl export PLAN --what progress --year Y --format md|html|docx|xlsx -o FILE [--date D] [--lang nl|en]
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/terminal_text.h"
#include "core/base/i18n.h"
#include "core/base/errors.h"
#include "core/lifecycle/monitoring.h"
#include "core/lifecycle/monitoring_report.h"
#include "core/store/store.h"

namespace hd::cli {
namespace {
int RequireYear(const Args& args) { return static_cast<int>(args.RequireInt("--year")); }

void PrintRows(MonitoringStore& ms, int year) {
    for (const MonitoringRow& r : ms.Rows(year)) {
        std::string status(ToKey(r.entry ? r.entry->status : MonitoringStatus::Planned));
        std::cout << ToKey(r.target) << " " << r.target_id << " | " << TerminalSafe(r.domain) << " | "
                  << (r.target == MonitoringTarget::Action ? "action" : r.strategic ? "strategic" : "tactical") << " | "
                  << TerminalSafe(r.title) << " | " << status << (r.entry ? "" : " (nothing recorded)");
        if (r.entry && !r.entry->note.empty()) std::cout << " | " << TerminalSafe(r.entry->note);
        if (r.entry && r.entry->indicator_value) std::cout << " | indicator " << r.entry->indicator_id << ": " << *r.entry->indicator_value;
        std::cout << "\n";
    }
}

double ParseNumber(const std::string& s) {
    std::string t = s;
    for (char& c : t)
        if (c == ',') c = '.';
    char* end = nullptr;
    double v = std::strtod(t.c_str(), &end);
    if (t.empty() || end != t.c_str() + t.size() || !std::isfinite(v))
        throw InputError("monitoring.err_value", "A figure needs an indicator and must be a number.");
    return v;
}
} // namespace

int CmdMonitor(const Args& args) {
    int year = RequireYear(args);
    OpenOptions opts;
    opts.read_only = !args.Get("--status");
    auto store = PlanStore::Open(args.positional[0], opts);
    MonitoringStore ms(*store);
    if (!args.Get("--status")) {
        PrintRows(ms, year);
        return 0;
    }
    MonitoringEntry e;
    e.year = year;
    if (args.Get("--action")) {
        e.target = MonitoringTarget::Action;
        e.target_id = args.RequireInt("--action");
    } else {
        e.target_id = args.RequireInt("--objective");
    }
    std::string status = args.Require("--status");
    auto s = MonitoringStatusFromKey(status);
    if (!s)
        throw UserError("cli.bad_choice", "Option --status must be one of: planned, running, done, dropped (got '" + status + "').",
                        {"--status", "planned, running, done, dropped", status});
    e.status = *s;
    e.note = args.GetOr("--note", "");
    if (args.Get("--indicator")) e.indicator_id = args.RequireInt("--indicator");
    if (args.Get("--value")) e.indicator_value = ParseNumber(args.Require("--value"));
    ms.Set(e, args.GetOr("--by", ""));
    std::cout << "recorded " << ToKey(e.target) << " " << e.target_id << " in " << year << ": " << status << "\n";
    return 0;
}

int CmdExportProgress(const Args& args) {
    ProgressRequest r;
    r.year = RequireYear(args);
    std::string format = args.Require("--format");
    auto f = ProgressFormatFromKey(format);
    if (!f)
        throw UserError("cli.bad_choice", "Option --format must be one of: md, html, docx, xlsx (got '" + format + "').",
                        {"--format", "md, html, docx, xlsx", format});
    r.format = *f;
    r.date = args.GetOr("--date", "");
    r.language = FileLanguage(args);
    std::string out = args.Require("-o");
    auto store = OpenPlanReadOnly(args);
    WriteOutputAndSay(out, ExportProgress(*store, r));
    return 0;
}

} // namespace hd::cli
