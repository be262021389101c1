// The "what we heard so far, grouped" panel of the projection screen (app/screens/projection_clusters.cpp):
// the theme's clusters with how many contributions of the shown hearing fall in each. The projection
// reserves ProjectionClustersHeight below its latest contributions and calls DrawProjectionClusters
// inside a child region of that height.
#pragma once

namespace hd {
struct AppState;
class Workspace;

// Height the panel wants for the shown hearing, at most `max_height` (0 when there is nothing to show).
float ProjectionClustersHeight(AppState& state, Workspace& ws, float max_height);
void DrawProjectionClusters(AppState& state, Workspace& ws);
// True when the shown hearing has contributions counted in groups (else the panel only explains).
bool ProjectionHasGroups(AppState& state, Workspace& ws);
} // namespace hd
