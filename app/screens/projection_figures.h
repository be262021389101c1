// The domain's figures on the projection (issue 13, item 2): when the facilitator shows them (F, or
// the presenter's Figures button), the lower area of the audience view holds a small trend chart per
// indicator of the hearing's domain, laid out in as many columns as fit, drawn with ImDrawList. No
// control and no hint is drawn here: the same drawing serves the room.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/store/indicator_store.h"

namespace hd {
struct AppState;
class Workspace;

// The figures themselves are the workspace's (Workspace::Figures, kept until the theme changes).
// True when the facilitator asked for the figures and the domain has any.
bool ProjectionShowsFigures(AppState& state, Workspace& ws, int64_t theme_id);
// Least height the figures need at `scale` to show all `count` charts in `width`: the title and the
// rows of charts at their least size. The audience view lowers its scale until this fits.
float ProjectionFiguresMinHeight(float scale, size_t count, float width);
// Draws the charts into the rest of the current window at the projection's `scale`.
void DrawProjectionFigures(AppState& state, Workspace& ws, int64_t theme_id, float scale);

} // namespace hd
