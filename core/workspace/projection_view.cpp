#include "core/workspace/projection_view.h"

namespace hd {

std::vector<Indicator> ReadThemeFigures(PlanStore& store, int64_t theme_id) {
    std::vector<Indicator> figures;
    for (Indicator& i : IndicatorStore(store).List())
        if (i.theme_id == theme_id && !i.values.empty()) figures.push_back(std::move(i));
    return figures;
}

} // namespace hd
