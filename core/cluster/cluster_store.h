// ClusterStore: the clusters of a theme's contributions as the core group shapes them on the board.
// Automatic clustering proposes; people decide. Re-clustering never undoes a decision: pinned or
// renamed clusters, clusters behind accepted objectives and notes placed by hand (dragged, merged
// in, split off) stay where they are.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/cluster/clustering.h"
#include "core/cluster/contribution.h"

namespace hd {
class PlanStore;

struct ClusterMember {
    std::string note_uuid;
    bool manual = false; // placed by hand: re-clustering leaves it there
};

struct ThemeCluster {
    int64_t id = 0;
    int64_t theme_id = 0;
    int position = 0;
    std::string label;       // computed: most distinctive words
    std::string manual_name; // given by people; shown instead of the label when set
    bool pinned = false;
    std::string representative_uuid;
    std::vector<std::string> disciplines; // of the speakers behind the members, most frequent first
    std::vector<ClusterMember> members;   // in contribution order

    const std::string& DisplayName() const { return manual_name.empty() ? label : manual_name; }
};

struct ReclusterOptions {
    // Only place contributions that are in no cluster yet, each into its most similar cluster.
    // Otherwise: every cluster that is not kept (pinned, renamed or behind an accepted objective)
    // is dissolved except for its notes placed by hand, and the freed contributions are clustered anew.
    bool only_new = false;
    // Total number of clusters wanted after a full re-clustering (0 = choose); kept clusters count.
    int k = 0;
    ClusterOptions cluster; // progress / cancel / linkage; its k is ignored
};

struct ReclusterReport {
    bool cancelled = false;
    size_t placed = 0;           // contributions given a cluster by this run
    size_t clusters_created = 0;
    size_t clusters_kept = 0;    // clusters left as they were (with their members)
};

// For live use during a hearing: the theme's current clusters as centroids, so that a new note can
// be shown in its group without re-clustering. Build once, then Assign in well under a millisecond.
struct ThemeClusterModel {
    Clustering clustering;
    std::vector<int64_t> cluster_ids; // cluster id per clustering index
    std::vector<ThemeCluster> clusters; // the theme's clusters the model was built from (ListClusters)
    // The id of the most similar cluster, 0 when the text shares no word with any cluster.
    int64_t Assign(std::string_view text, float* similarity = nullptr) const;
};

// Where each contribution of a theme is placed, keyed by contribution uuid (placed ones only).
// Resolves memberships stored under another note of a merged entry (see ThemeContributions).
struct Placement {
    int64_t cluster_id = 0;
    bool manual = false;
};
std::unordered_map<std::string, Placement> ContributionPlacements(PlanStore& store, int64_t theme_id,
                                                                  const std::vector<Contribution>& contribs);

class ClusterStore {
public:
    ClusterStore(PlanStore& store, const TextAnalyzer& analyzer);

    std::vector<ThemeCluster> ListClusters(int64_t theme_id); // by position
    std::optional<ThemeCluster> GetCluster(int64_t cluster_id);
    int64_t ClusterOfNote(const std::string& note_uuid); // 0 when in none

    // Clusters the theme's contributions (see ReclusterOptions). All writes in one transaction,
    // nothing written when cancelled.
    ReclusterReport Recluster(int64_t theme_id, const ReclusterOptions& options = {});

    // [SECTION] Board edits (each one transaction; labels and representatives are refreshed)
    void MoveNote(const std::string& note_uuid, int64_t to_cluster_id); // marks the note as placed by hand
    void MergeClusters(int64_t into_id, int64_t from_id); // from's members and objectives go to into
    int64_t SplitCluster(int64_t cluster_id);              // into 2 by content; returns the new cluster
    void RenameCluster(int64_t cluster_id, const std::string& name); // empty: back to the label
    void PinCluster(int64_t cluster_id, bool pinned);
    int64_t AddCluster(int64_t theme_id, const std::string& name); // empty column to drag notes into
    void DeleteClusterIfEmpty(int64_t cluster_id);

    ThemeClusterModel BuildModel(int64_t theme_id);
    // Changes whenever the theme's clusters, their names or their members change (0: no clusters).
    // Cheap next to BuildModel: lets a live view rebuild its model only when the clustering changed.
    uint64_t Stamp(int64_t theme_id);

    // Recomputes label, representative and disciplines of every cluster of the theme.
    void RefreshSummaries(int64_t theme_id);

private:
    void WriteSummaries(int64_t theme_id); // inside the caller's transaction
    void MoveMembersToContributions(int64_t theme_id, const std::vector<Contribution>& contribs); // same
    std::vector<ThemeCluster> ListClusters(int64_t theme_id, const std::vector<Contribution>& contribs);
    ThemeCluster RequireCluster(int64_t cluster_id);
    int64_t InsertCluster(int64_t theme_id, const std::string& manual_name);
    std::vector<int64_t> KeptClusterIds(int64_t theme_id);
    PlanStore& m_store;
    const TextAnalyzer& m_analyzer;
};

} // namespace hd
