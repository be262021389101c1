// hearingctl info PLAN: themes, hearings and note counts.
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/commands.h"
#include "core/base/terminal_text.h"
#include "core/store/store.h"

namespace hd::cli {

int CmdInfo(const Args& args) {
    OpenOptions opts;
    opts.read_only_when_unwritable = true;
    auto store = PlanStore::Open(args.positional[0], opts);
    Plan plan = store->GetPlan();
    std::cout << "Plan: " << TerminalSafe(plan.name) << " (" << TerminalSafe(plan.city) << ", " << plan.period_start << "-" << plan.period_end << ")\n";
    auto hearings = store->ListHearings();
    for (const Theme& t : store->ListThemes()) {
        std::cout << "Theme " << t.id << ": " << TerminalSafe(t.title) << " (" << t.questions.size() << " questions)\n";
        for (const Hearing& h : hearings) {
            if (h.theme_id != t.id) continue;
            std::cout << "  Hearing " << h.id << ": " << TerminalSafe(h.date) << ", " << TerminalSafe(h.location) << ", status " << ToKey(h.status)
                      << ", participants " << h.participant_ids.size() << ", notes A " << store->CountNotes(h.id, 'A')
                      << ", notes B " << store->CountNotes(h.id, 'B') << "\n";
        }
    }
    std::cout << "Participants: " << store->ListParticipants().size() << "\n";
    std::cout << "Notes: " << store->CountNotes() << "\n";
    return 0;
}

} // namespace hd::cli
