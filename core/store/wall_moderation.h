// What the facilitator decided about contributions on the wall (the projection) of a hearing: hidden
// from the room, or the one in the spotlight. Stored in the plan (migration 13), so it survives a
// restart and the audience window, the presenter view and a second program show the same wall.
#pragma once
#include <cstdint>
#include <set>
#include <string>

namespace hd {
class PlanStore;

struct WallModeration {
    std::set<std::string> hidden; // note uuids
    std::string spotlight_uuid;   // empty: none
};

class WallStore {
public:
    explicit WallStore(PlanStore& store);
    WallModeration Load(int64_t hearing_id);
    // Hiding the contribution in the spotlight also ends its spotlight.
    void SetHidden(int64_t hearing_id, const std::string& note_uuid, bool hidden);
    // At most one per hearing: a new one replaces the last; empty uuid clears it. A hidden
    // contribution put in the spotlight is shown again.
    void SetSpotlight(int64_t hearing_id, const std::string& note_uuid);

private:
    PlanStore& m_store;
};

} // namespace hd
