// The core group's priorities on the command line (issue 13, point 4):
//   hearingctl priority-round PLAN --title TEXT [--method dots|rank] [--target theme|objective] [--theme ID] [--dots N]
//   hearingctl vote PLAN --round ID --member ID --values ID=N,ID=N,...   (one member's whole ballot)
//   hearingctl priorities PLAN [--round ID]     results with their spread, and the forum's reactions per domain
//   hearingctl export-priorities PLAN --format md|html|docx -o FILE [--round ID] [--date YYYY-MM-DD] [--lang nl|en]
#include <iostream>
#include <map>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/priorities.h"
#include "core/lifecycle/priority_export.h"
#include "core/store/store.h"

namespace hd::cli {
namespace {
// "12=3,14=2" -> {12: 3, 14: 2}
std::map<int64_t, int> ParseValues(const std::string& text) {
    std::map<int64_t, int> out;
    size_t start = 0;
    while (start < text.size()) {
        size_t comma = text.find(',', start);
        std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? text.size() : comma + 1;
        if (part.empty()) continue;
        size_t eq = part.find('=');
        try {
            size_t a = 0, b = 0;
            long long id = std::stoll(part.substr(0, eq), &a);
            int value = std::stoi(part.substr(eq + 1), &b);
            if (eq == std::string::npos || a != eq || b != part.size() - eq - 1) throw std::invalid_argument(part);
            out[id] = value;
        } catch (const std::exception&) {
            throw UserError("cli.bad_values", "--values takes ID=N pairs separated by commas, not '" + part + "'.", {part});
        }
    }
    return out;
}

void PrintResult(const PriorityResult& r) {
    bool rank = r.round.method == PriorityMethod::Rank;
    std::cout << "Round " << r.round.id << ": " << r.round.title << " ("
              << (rank ? "ranking" : "dot voting, " + std::to_string(r.round.dots_per_member) + " dots per member") << "; "
              << r.ballots << " of " << r.members << " members voted)\n";
    for (const PriorityResultRow& row : r.rows)
        std::cout << "  " << row.place << ". " << row.label << " [id " << row.target_id << "]  " << (rank ? "points " : "dots ")
                  << OneDecimal(row.score) << ", members " << row.voters << ", " << (rank ? "ranks " : "per member ")
                  << SpreadText(row) << ", sd " << OneDecimal(row.stddev) << "\n";
}
} // namespace

int CmdPriorityRound(const Args& args) {
    PriorityRound r;
    r.title = args.Require("--title");
    r.method = *PriorityMethodFromKey(ChoiceOf(args, "--method", "dots,rank", "dots"));
    r.target = *PriorityTargetFromKey(ChoiceOf(args, "--target", "theme,objective", "theme"));
    if (args.Get("--theme")) r.theme_id = args.RequireInt("--theme");
    if (args.Get("--dots")) r.dots_per_member = static_cast<int>(args.RequireInt("--dots"));
    auto store = PlanStore::Open(args.positional[0]);
    PriorityStore ps(*store);
    int64_t id = ps.AddRound(r);
    std::cout << "round " << id << "\n";
    for (const PriorityOption& o : ps.Options(*ps.GetRound(id)))
        std::cout << "  " << o.id << "  " << (o.domain.empty() || o.domain == o.label ? o.label : o.domain + " · " + o.label) << "\n";
    return 0;
}

int CmdVote(const Args& args) {
    int64_t round = args.RequireInt("--round");
    int64_t member = args.RequireInt("--member");
    std::map<int64_t, int> values = ParseValues(args.Require("--values"));
    auto store = PlanStore::Open(args.positional[0]);
    PriorityStore(*store).SetBallot(round, member, values);
    std::cout << "ballot of member " << member << " stored in round " << round << "\n";
    return 0;
}

int CmdPriorities(const Args& args) {
    auto store = OpenPlanReadOnly(args);
    PriorityStore ps(*store);
    if (args.Get("--round")) {
        PrintResult(ps.Result(args.RequireInt("--round")));
        return 0;
    }
    for (const PriorityRound& r : ps.ListRounds()) PrintResult(ps.Result(r.id));
    std::cout << "Forum reactions per domain:\n";
    for (const ReactionCount& c : ps.CountForumReactions())
        std::cout << "  " << c.domain << ": " << c.reactions << " (" << c.named_people << " named people, " << c.anonymous
                  << " anonymous)\n";
    return 0;
}

int CmdExportPriorities(const Args& args) {
    PriorityExportRequest r;
    if (args.Get("--round")) r.round_id = args.RequireInt("--round");
    r.format = *ExportFormatFromKey(ChoiceOf(args, "--format", "md,html,docx", "md"));
    r.date = args.GetOr("--date", "");
    r.language = FileLanguage(args);
    std::string out = args.Require("-o");
    auto store = OpenPlanReadOnly(args);
    WriteOutputAndSay(out, ExportPriorities(*store, r));
    return 0;
}

} // namespace hd::cli
