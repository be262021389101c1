#include "core/workspace/theme_board.h"

#include <set>

namespace hd {

namespace {
// The evidence of each objective: the contributions behind it (a strategic one: the whole theme's).
void GatherBoardEvidence(ThemeBoard& board, const TextAnalyzer& analyzer, const ThemeBoardOptions& options) {
    for (const Objective& o : board.objectives) {
        std::vector<const Contribution*> behind;
        std::set<std::string> seen;
        if (o.level == ObjectiveLevel::Strategic && !o.notes.empty()) {
            for (const std::string& uuid : board.note_order) behind.push_back(&board.notes.at(uuid));
        } else {
            for (const ObjectiveNote& link : o.notes) {
                auto it = board.notes.find(link.note_uuid);
                if (it != board.notes.end() && seen.insert(it->second.uuid).second) behind.push_back(&it->second);
            }
        }
        if (behind.empty()) continue;
        board.evidence[o.id] = GatherEvidence(analyzer, behind, behind.size() <= options.full_evidence_up_to);
    }
}
} // namespace

ThemeBoard ReadThemeBoard(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id,
                          const std::vector<Contribution>& contributions, const std::vector<Hearing>& hearings,
                          const ThemeBoardOptions& options) {
    ThemeBoard board;
    for (const Contribution& c : contributions) {
        board.note_order.push_back(c.uuid);
        // Objective links made before a merge may name another note of the merged entry.
        for (const std::string& uuid : c.note_uuids)
            if (uuid != c.uuid) board.notes[uuid] = c;
        board.notes[c.uuid] = c;
    }
    board.clusters = ClusterStore(store, analyzer).ListClusters(theme_id);
    board.objectives = ObjectiveStore(store).ListObjectives(theme_id);
    for (const Hearing& h : hearings) board.hearing_dates[h.id] = h.date;
    GatherBoardEvidence(board, analyzer, options);
    std::set<std::string> placed;
    for (const ThemeCluster& c : board.clusters)
        for (const ClusterMember& m : c.members) placed.insert(m.note_uuid);
    for (const std::string& uuid : board.note_order)
        if (!placed.count(uuid)) board.unplaced.push_back({uuid, false});
    return board;
}

} // namespace hd
