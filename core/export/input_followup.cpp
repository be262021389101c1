// [SECTION] index: building the follow-up of a hearing
#include "core/export/input_followup.h"

#include <map>

#include "core/base/errors.h"
#include "core/cluster/contribution.h"
#include "core/cluster/objective_store.h"
#include "core/store/store.h"

namespace hd {

FollowupDocument BuildInputFollowup(PlanStore& store, int64_t hearing_id) {
    auto hearing = store.GetHearing(hearing_id);
    if (!hearing)
        throw InputError("export.err_no_hearing", "There is no hearing with id " + std::to_string(hearing_id) + ".",
                         {std::to_string(hearing_id)});
    FollowupDocument doc;
    Plan plan = store.GetPlan();
    doc.plan_name = plan.name;
    doc.city = plan.city;
    doc.hearing_id = hearing_id;
    doc.date = hearing->date;
    doc.location = hearing->location;
    if (auto theme = store.GetTheme(hearing->theme_id)) doc.theme = theme->title;

    std::map<std::string, int64_t> offset_of;
    for (const Note& n : store.ListNotes(hearing_id)) offset_of[n.uuid] = n.offset_ms;
    // Which objectives link which note (any note of a merged entry stands for the entry).
    std::vector<Objective> objectives = ObjectiveStore(store).ListObjectives(hearing->theme_id);
    std::multimap<std::string, std::pair<const Objective*, std::string>> uses_of;
    // Actions exist only under accepted tactical objectives (ActionStore refuses others).
    ActionStore action_store(store);
    std::map<int64_t, std::vector<Action>> actions_of;
    for (const Objective& o : objectives)
        if (o.accepted && o.level == ObjectiveLevel::Tactical) actions_of[o.id] = action_store.ListActions(o.id);
    for (const Objective& o : objectives)
        for (const ObjectiveNote& link : o.notes) uses_of.emplace(link.note_uuid, std::make_pair(&o, link.role));

    for (Contribution& c : HearingContributions(store, hearing_id)) {
        FollowupEntry& e = doc.entries.emplace_back();
        e.ref = c.uuid;
        e.speaker_id = c.speaker_id;
        e.kind = c.kind;
        e.text = c.text;
        if (auto it = offset_of.find(c.uuid); it != offset_of.end()) e.offset_ms = it->second;
        std::map<int64_t, size_t> seen; // objective id -> index in uses: one line per objective
        for (const std::string& uuid : c.note_uuids) {
            auto range = uses_of.equal_range(uuid);
            for (auto it = range.first; it != range.second; ++it) {
                const Objective& o = *it->second.first;
                if (seen.count(o.id)) continue;
                seen[o.id] = e.uses.size();
                FollowupUse& use = e.uses.emplace_back();
                use.objective = o.title;
                use.strategic = o.level == ObjectiveLevel::Strategic;
                use.accepted = o.accepted;
                use.role = it->second.second;
                if (auto a = actions_of.find(o.id); a != actions_of.end()) use.actions = a->second;
            }
        }
        doc.used += e.uses.empty() ? 0 : 1;
    }
    return doc;
}

} // namespace hd
