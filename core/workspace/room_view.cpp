#include "core/workspace/room_view.h"

#include <algorithm>

#include "core/cluster/cluster_store.h"
#include "core/merge/merge_store.h"

namespace hd {

// [SECTION] Discipline bars
std::vector<DisciplineBar> CountDisciplineBars(const Hearing& hearing, const std::vector<Participant>& participants,
                                               const std::vector<Note>& notes) {
    std::map<int64_t, const Participant*> by_id;
    for (const Participant& p : participants) by_id[p.id] = &p;
    std::map<std::string, DisciplineBar> bars;
    for (int64_t pid : hearing.participant_ids) {
        auto it = by_id.find(pid);
        if (it == by_id.end()) continue;
        DisciplineBar& bar = bars[it->second->discipline];
        bar.discipline = it->second->discipline;
        ++bar.present;
    }
    std::map<std::string, int> by_reporter[2];
    for (const Note& n : notes) {
        if (n.deleted) continue;
        auto it = by_id.find(n.speaker_id);
        std::string key = it == by_id.end() ? std::string(kUnknownDisciplineBar) : it->second->discipline;
        ++by_reporter[n.reporter == 'B' ? 1 : 0][key];
    }
    for (const auto& counts : by_reporter)
        for (const auto& [key, count] : counts) {
            DisciplineBar& bar = bars[key];
            bar.discipline = key;
            bar.contributions = std::max(bar.contributions, count);
        }
    std::vector<DisciplineBar> out;
    for (auto& [key, bar] : bars) out.push_back(std::move(bar));
    std::stable_sort(out.begin(), out.end(), [](const DisciplineBar& a, const DisciplineBar& b) {
        bool a_unknown = a.discipline == kUnknownDisciplineBar, b_unknown = b.discipline == kUnknownDisciplineBar;
        if (a_unknown != b_unknown) return b_unknown;
        return a.contributions > b.contributions;
    });
    return out;
}

// [SECTION] Live groups
LiveGrouping::LiveGrouping() = default;
LiveGrouping::~LiveGrouping() = default;

void LiveGrouping::Refresh(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id) {
    ClusterStore clusters(store, analyzer);
    uint64_t stamp = clusters.Stamp(theme_id);
    if (m_model && m_theme_id == theme_id && m_stamp == stamp) return;
    m_theme_id = theme_id;
    m_stamp = stamp;
    m_assigned.clear();
    m_names.clear();
    m_member_cluster.clear();
    m_model = std::make_unique<ThemeClusterModel>();
    if (stamp == 0) return;
    *m_model = clusters.BuildModel(theme_id);
    for (const ThemeCluster& c : m_model->clusters) {
        m_names[c.id] = c.DisplayName();
        for (const ClusterMember& m : c.members) m_member_cluster[m.note_uuid] = c.id;
    }
}

int64_t LiveGrouping::ClusterOf(const Contribution& c) {
    // Placed on the board (or by a re-clustering): that cluster; typed since: the nearest one.
    auto placed = m_member_cluster.find(c.uuid);
    if (placed != m_member_cluster.end()) return placed->second;
    auto it = m_assigned.find(c.uuid);
    if (it != m_assigned.end() && it->second.first == c.text) return it->second.second;
    int64_t cluster_id = m_model->Assign(c.text);
    m_assigned[c.uuid] = {c.text, cluster_id};
    return cluster_id;
}

LiveGroups LiveGrouping::Count(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id,
                               const std::vector<Contribution>& contributions) {
    Refresh(store, analyzer, theme_id);
    LiveGroups out;
    out.theme_clustered = m_stamp != 0;
    if (!out.theme_clustered) return out;
    std::map<int64_t, LiveGroup> groups;
    int64_t latest = 0;
    for (const Contribution& c : contributions) {
        int64_t cluster_id = ClusterOf(c);
        LiveGroup& g = groups[cluster_id];
        g.cluster_id = cluster_id;
        ++g.contributions;
        latest = cluster_id; // contributions come in hearing order: the last one was just said
    }
    if (!contributions.empty()) groups[latest].latest = true;
    for (auto& [id, g] : groups) {
        if (id != 0) g.name = m_names[id];
        out.groups.push_back(std::move(g));
    }
    std::stable_sort(out.groups.begin(), out.groups.end(), [](const LiveGroup& a, const LiveGroup& b) {
        if ((a.cluster_id == 0) != (b.cluster_id == 0)) return b.cluster_id == 0;
        return a.contributions > b.contributions;
    });
    return out;
}

std::vector<Contribution> RoomContributions(PlanStore& store, int64_t hearing_id, const std::vector<Note>& notes) {
    return MergeStore(store).HasMerge(hearing_id) ? HearingContributions(store, hearing_id)
                                                  : UnmergedContributions(notes);
}

} // namespace hd
