#include "core/cluster/contribution.h"

#include <algorithm>
#include <map>

#include "core/merge/merge_store.h"
#include "core/store/store.h"

namespace hd {

namespace {
std::vector<Contribution> FromMinutes(PlanStore& store, int64_t hearing_id, const std::map<int64_t, std::string>& discipline) {
    std::vector<Contribution> out;
    for (MinutesEntry& m : MergeStore(store).MergedMinutes(hearing_id)) {
        Contribution c;
        // An entry keeps the id of its first note (A before B): that was the contribution's id before
        // the merge, and a re-merge that regroups notes keeps it for the entry that holds that note.
        // An edited entry whose notes were all deleted has no note left; its entry id stands in.
        c.uuid = m.note_uuids.empty() ? "merged-entry-" + std::to_string(m.entry_id) : m.note_uuids.front();
        c.note_uuids = std::move(m.note_uuids);
        if (c.note_uuids.empty()) c.note_uuids.push_back(c.uuid);
        c.hearing_id = hearing_id;
        c.entry_id = m.entry_id;
        c.text = std::move(m.text);
        c.kind = m.kind;
        c.chain = m.chain;
        c.speaker_id = m.speaker_id;
        if (auto it = discipline.find(m.speaker_id); it != discipline.end()) c.discipline = it->second;
        out.push_back(std::move(c));
    }
    return out;
}

std::map<int64_t, std::string> Disciplines(PlanStore& store) {
    std::map<int64_t, std::string> discipline;
    for (const Participant& p : store.ListParticipants()) discipline[p.id] = p.discipline;
    return discipline;
}
} // namespace

std::vector<Contribution> HearingContributions(PlanStore& store, int64_t hearing_id) {
    return FromMinutes(store, hearing_id, Disciplines(store));
}

std::vector<Contribution> UnmergedContributions(const std::vector<Note>& notes) {
    std::vector<Contribution> out;
    for (const Note& n : LeadReporterNotes(notes)) {
        Contribution c;
        c.uuid = n.uuid;
        c.note_uuids = {n.uuid};
        c.hearing_id = n.hearing_id;
        c.text = n.text;
        c.kind = n.kind;
        c.chain = n.chain;
        c.speaker_id = n.speaker_id;
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Contribution> ThemeContributions(PlanStore& store, int64_t theme_id) {
    std::map<int64_t, std::string> discipline = Disciplines(store);
    std::vector<int64_t> hearings;
    for (const Hearing& h : store.ListHearings())
        if (h.theme_id == theme_id) hearings.push_back(h.id);
    std::sort(hearings.begin(), hearings.end()); // creation order, as the notes were listed before merges existed
    std::vector<Contribution> out;
    for (int64_t hearing_id : hearings) {
        std::vector<Contribution> part = FromMinutes(store, hearing_id, discipline);
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return out;
}

} // namespace hd
