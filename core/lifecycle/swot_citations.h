// What a SWOT item can cite (issue 13, point 3), as the core group picks it from lists: the domain's
// contributions (merged minutes entries of its hearings), the indicators of the domain and of the
// whole city, the related plans' priorities and the referenced documents. Each choice carries the
// readable label the item keeps (SwotStore stores it with the reference).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/swot_store.h"

namespace hd {
class PlanStore;

struct SwotCitationChoices {
    std::vector<SwotCitation> contributions; // merged entries of the domain's hearings, in hearing order
    std::vector<SwotCitation> indicators;    // the domain's, then the city's
    std::vector<SwotCitation> priorities;    // "related plan: priority"
    std::vector<SwotCitation> documents;     // "title (date)"
    const std::vector<SwotCitation>& Of(SwotCiteKind kind) const;
};

SwotCitationChoices ListSwotCitationChoices(PlanStore& store, int64_t theme_id);

// "3.1 per 1 000 woningen in 2025": the latest value of an indicator as a label suffix; empty without values.
std::string LatestValueLabel(const std::vector<std::pair<int, double>>& values, const std::string& unit);

} // namespace hd
