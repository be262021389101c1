// What the projection shows the room, computed without any UI so `hearingctl room` prints the same
// numbers the facilitator projects (issue 15: the live grouping model lives in core).
//  - Discipline bars: per discipline present, how often that voice was heard.
//  - Live groups: the theme's clusters (as the core group shaped them on the board) with how many of
//    the hearing's contributions fall in each; a note typed during the hearing is placed in its
//    nearest cluster at once, nothing is re-clustered.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/cluster/contribution.h"
#include "core/store/model.h"

namespace hd {
class PlanStore;
class TextAnalyzer;
struct ThemeClusterModel;

// [SECTION] Discipline bars
// The key of the bar of notes whose speaker is unknown (no participant has this discipline).
inline constexpr std::string_view kUnknownDisciplineBar = "\x01unknown";

struct DisciplineBar {
    std::string discipline; // key or free text; kUnknownDisciplineBar for unknown speakers
    int present = 0;        // participants of this discipline present
    int contributions = 0;
};

// Both reporters note the same contributions, so a discipline's count is the higher of the two
// reporters' counts, not their sum: the best estimate of how often that voice was heard. Most heard
// first, unknown speakers last.
std::vector<DisciplineBar> CountDisciplineBars(const Hearing& hearing, const std::vector<Participant>& participants,
                                               const std::vector<Note>& notes);

// [SECTION] Live groups
struct LiveGroup {
    int64_t cluster_id = 0; // 0: contributions that share no word with any cluster
    std::string name;
    int contributions = 0;
    bool latest = false; // holds the newest contribution
};

struct LiveGroups {
    bool theme_clustered = false; // false: the theme has no clustering yet, `groups` is empty
    std::vector<LiveGroup> groups; // largest first, the ungrouped last
};

// Keeps the theme's cluster model between counts: rebuilt (a TF-IDF fit over the theme's placed
// contributions) only when the stamp of the theme's clusters changed, not for every note that comes
// in; a contribution placed by the model keeps its place until its text changes.
class LiveGrouping {
public:
    LiveGrouping();
    ~LiveGrouping();
    LiveGrouping(const LiveGrouping&) = delete;
    LiveGrouping& operator=(const LiveGrouping&) = delete;

    // `contributions`: the hearing's, in hearing order (the last one was said last).
    LiveGroups Count(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id,
                     const std::vector<Contribution>& contributions);

private:
    void Refresh(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id);
    int64_t ClusterOf(const Contribution& c);

    std::unique_ptr<ThemeClusterModel> m_model;
    int64_t m_theme_id = 0;
    uint64_t m_stamp = 0;
    std::map<int64_t, std::string> m_names;                  // by cluster id
    std::unordered_map<std::string, int64_t> m_member_cluster; // contribution uuid -> cluster, as placed
    std::map<std::string, std::pair<std::string, int64_t>> m_assigned; // uuid -> (text placed by, cluster)
};

// The contributions of a hearing as the room sees them: from the merged minutes when the hearing was
// merged, else from the notes as typed (a running hearing has no merge yet).
std::vector<Contribution> RoomContributions(PlanStore& store, int64_t hearing_id, const std::vector<Note>& notes);

} // namespace hd
