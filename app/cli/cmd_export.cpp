// hearingctl export PLAN --what minutes|plan|forum|input-followup|actions --format md|html|docx|csv|xlsx
//   [--hearing ID] [--year YYYY] [--names] [--anonymise]
//   [--with-organisation] [--separator ';'] [--date YYYY-MM-DD] [--lang nl|en] -o FILE
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/i18n.h"
#include "core/export/export.h"
#include "core/store/store.h"

namespace hd::cli {

namespace {
char ParseSeparator(const std::string& s) {
    if (s == "," || s == "comma") return ',';
    if (s == ";" || s == "semicolon") return ';';
    if (s == "\\t" || s == "\t" || s == "tab") return '\t';
    throw UserError("export.err_separator", "The CSV separator must be ',', ';' or a tab (got '" + s + "').", {s});
}
} // namespace

int CmdExport(const Args& args) {
    ExportRequest request;
    std::string what = args.Require("--what");
    if (what == "progress") return CmdExportProgress(args); // the yearly follow-up: cmd_monitor.cpp
    std::string format = args.Require("--format");
    auto w = ExportWhatFromKey(what);
    if (!w)
        throw UserError("cli.bad_choice", "Option --what must be one of: minutes, plan, forum, input-followup, actions (got '" + what + "').",
                        {"--what", "minutes, plan, forum, input-followup, actions", what});
    auto f = ExportFormatFromKey(format);
    if (!f) throw UserError("cli.bad_choice", "Option --format must be one of: md, html, docx, csv, xlsx (got '" + format + "').",
                            {"--format", "md, html, docx, csv, xlsx", format});
    request.what = *w;
    request.format = *f;
    if (request.what == ExportWhat::Minutes || request.what == ExportWhat::InputFollowup)
        request.hearing_id = args.RequireInt("--hearing");
    if (request.what == ExportWhat::Actions) request.year = static_cast<int>(args.RequireInt("--year"));
    request.show_consented_names = args.Has("--names");
    request.anonymise = args.Has("--anonymise") || args.Has("--anonymize");
    request.with_organisation = args.Has("--with-organisation") || args.Has("--with-organization");
    request.keep_staff_names = args.Has("--keep-staff-names");
    request.csv_separator = ParseSeparator(args.GetOr("--separator", ","));
    request.date = args.GetOr("--date", "");
    std::string lang = args.GetOr("--lang", "nl");
    if (lang != "nl" && lang != "en")
        throw UserError("cli.bad_choice", "Option --lang must be one of: nl, en (got '" + lang + "').",
                        {"--lang", "nl, en", lang});
    request.language = lang == "en" ? Language::English : Language::Dutch;
    std::string out = args.Require("-o");
    OpenOptions opts;
    opts.read_only_when_unwritable = true;
    auto store = PlanStore::Open(args.positional[0], opts);
    if (out == "-") {
        std::cout << Export(*store, request);
        return 0;
    }
    ExportToFile(*store, request, out);
    std::cerr << GlobalTranslator().Format("cli.wrote", {out}) << "\n";
    return 0;
}

} // namespace hd::cli
