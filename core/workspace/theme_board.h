// ThemeBoard: what the objectives board shows of one theme (clusters, objectives with their
// evidence, the contributions as cards), read in one place so the Workspace can keep it until the
// theme changes (ThemeRevision) and the screen only draws it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/cluster/cluster_store.h"
#include "core/cluster/contribution.h"
#include "core/cluster/objective_store.h"
#include "core/cluster/proposal_text.h"

namespace hd {

struct ThemeBoard {
    std::vector<ThemeCluster> clusters;
    std::vector<Objective> objectives;
    std::map<int64_t, ProposalEvidence> evidence; // per objective id: contributions, disciplines, hearings, dissent
    std::map<int64_t, std::string> hearing_dates; // hearing id -> date, for the evidence line
    std::map<std::string, Contribution> notes;    // by uuid (also by every note uuid of a merged entry)
    std::vector<std::string> note_order;          // uuids in hearing order
    std::vector<ClusterMember> unplaced;          // contributions in no cluster, hearing order
};

// Evidence of very large groups is counted only: dissent and the chain verdict read every note's words.
struct ThemeBoardOptions {
    size_t full_evidence_up_to = 200;
};

// `contributions` are the theme's (Workspace::ThemeContributions), `hearings` the plan's.
ThemeBoard ReadThemeBoard(PlanStore& store, const TextAnalyzer& analyzer, int64_t theme_id,
                          const std::vector<Contribution>& contributions, const std::vector<Hearing>& hearings,
                          const ThemeBoardOptions& options = {});

} // namespace hd
