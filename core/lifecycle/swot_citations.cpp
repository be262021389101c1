// [SECTION] index: labels / choices
#include "core/lifecycle/swot_citations.h"

#include <cstdio>
#include <map>

#include "core/base/utf8.h"
#include "core/cluster/contribution.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/store/store.h"

namespace hd {

// [SECTION] Labels
namespace {
// A contribution is cited by its opening words: enough to recognise it, short enough for a list.
std::string Shortened(const std::string& text, size_t max_chars) {
    std::u32string wide = DecodeUtf8(text);
    if (wide.size() <= max_chars) return text;
    size_t cut = max_chars;
    while (cut > max_chars / 2 && wide[cut] != U' ') --cut;
    return EncodeUtf8(wide.substr(0, cut)) + "…";
}

std::string Number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}
} // namespace

std::string LatestValueLabel(const std::vector<std::pair<int, double>>& values, const std::string& unit) {
    if (values.empty()) return {};
    const auto& [year, value] = values.back();
    return Number(value) + (unit.empty() ? "" : " " + unit) + ", " + std::to_string(year);
}

// [SECTION] Choices
const std::vector<SwotCitation>& SwotCitationChoices::Of(SwotCiteKind kind) const {
    switch (kind) {
    case SwotCiteKind::Indicator: return indicators;
    case SwotCiteKind::Priority: return priorities;
    case SwotCiteKind::Document: return documents;
    default: return contributions;
    }
}

SwotCitationChoices ListSwotCitationChoices(PlanStore& store, int64_t theme_id) {
    SwotCitationChoices out;
    std::map<int64_t, std::string> hearing_date;
    for (const Hearing& h : store.ListHearings()) hearing_date[h.id] = h.date;
    for (const Contribution& c : ThemeContributions(store, theme_id)) {
        if (c.entry_id == 0) continue; // only merged minutes are the group's record of what was said
        std::string date = hearing_date[c.hearing_id];
        out.contributions.push_back({SwotCiteKind::Contribution, c.entry_id, (date.empty() ? "" : date + ": ") + Shortened(c.text, 140)});
    }
    std::vector<Indicator> indicators = IndicatorStore(store).List();
    for (int pass = 0; pass < 2; ++pass)
        for (const Indicator& i : indicators) {
            if ((pass == 0) != (i.theme_id == theme_id) || (pass == 1 && i.theme_id != 0)) continue;
            std::string latest = LatestValueLabel(i.values, i.unit);
            out.indicators.push_back({SwotCiteKind::Indicator, i.id, i.name + (latest.empty() ? "" : " (" + latest + ")")});
        }
    InputStore inputs(store);
    for (const RelatedPlan& p : inputs.ListPlans())
        for (const RelatedPriority& pr : p.priorities)
            out.priorities.push_back({SwotCiteKind::Priority, pr.id, p.title + ": " + pr.title});
    for (const InputDocument& d : inputs.ListDocuments())
        out.documents.push_back({SwotCiteKind::Document, d.id, d.title + (d.date.empty() ? "" : " (" + d.date + ")")});
    return out;
}

} // namespace hd
