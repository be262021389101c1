// hearingctl capture PLAN --hearing ID --reporter A|B
// Reads notes from stdin, one per line, commits each and prints "saved <uuid>" only after the commit
// returned, i.e. once it is durable. Used by scripts and by the crash tests (SIGKILL mid-entry).
#include <iostream>
#include <string>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/store/store.h"

namespace hd::cli {

int CmdCapture(const Args& args) {
    auto store = PlanStore::Open(args.positional[0]);
    int64_t hearing_id = args.RequireInt("--hearing");
    std::string reporter = args.GetOr("--reporter", "A");
    if (reporter != "A" && reporter != "B") throw UserError("cli.bad_reporter", "--reporter must be A or B.");
    auto hearing = store->GetHearing(hearing_id);
    if (!hearing)
        throw UserError("cli.no_such_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                        {std::to_string(hearing_id)});
    // Approved minutes close the hearing: refuse before reading a line, so nothing typed looks saved.
    store->RequireHearingOpen(hearing_id);
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        Note n;
        n.hearing_id = hearing_id;
        n.reporter = reporter[0];
        n.text = line;
        n.offset_ms = PlanStore::ClockOffsetMs(*hearing, NowWallMs());
        Note stored = store->AddNote(n, "hearingctl");
        std::cout << "saved " << stored.uuid << "\n" << std::flush;
    }
    return 0;
}

} // namespace hd::cli
