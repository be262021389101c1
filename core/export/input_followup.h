// "What happened with your input" (issue 12 point 5), per hearing, as Decidim's accountability
// shows it: every contribution of the hearing with the objectives that use it (and in which role),
// or "not (yet) used", and under an accepted tactical objective the actions planned for it (what,
// who pulls it, which years), so participants see what will be done. Speakers are shown by discipline unless the export asks for the names of
// participants who consented to be named.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/plan/action_store.h"
#include "core/store/model.h"

namespace hd {
class PlanStore;

struct FollowupUse {
    std::string objective;  // title
    bool strategic = false;
    bool accepted = false;  // false: only a proposal of the core group
    std::string role;       // why, what, how, support
    std::vector<Action> actions; // of an accepted tactical objective, in position order
};

struct FollowupEntry {
    std::string ref;        // the contribution's uuid
    int64_t offset_ms = 0;
    int64_t speaker_id = 0;
    std::string speaker;    // as shown: name, else discipline key; empty = unknown (anonymised later)
    NoteKind kind = NoteKind::Other;
    std::string text;
    std::vector<FollowupUse> uses;
};

struct FollowupDocument {
    std::string plan_name, city, theme, date, location;
    int64_t hearing_id = 0;
    std::vector<FollowupEntry> entries; // in hearing order
    size_t used = 0;                    // entries with at least one use
};

// Throws InputError when the hearing does not exist.
FollowupDocument BuildInputFollowup(PlanStore& store, int64_t hearing_id);

} // namespace hd
