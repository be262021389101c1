// What the projection shows beside the room's counts (room_view.h): the wall's moderation of a hearing
// (core/store/wall_moderation.h, read as stored) and the figures of a theme's domain, read in one place
// so the Workspace keeps them until the hearing (Wall) or the theme (Figures) changes and the screen
// only draws them.
#pragma once
#include <cstdint>
#include <vector>

#include "core/store/indicator_store.h"
#include "core/store/wall_moderation.h"

namespace hd {
class PlanStore;

// The indicators of the domain `theme_id` (not the whole city's) that have a value, as the store lists them.
std::vector<Indicator> ReadThemeFigures(PlanStore& store, int64_t theme_id);

} // namespace hd
