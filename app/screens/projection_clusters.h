// The "what we heard so far" panel of the projection screen: the clustering feature fills
// DrawProjectionClusters (app/screens/projection_clusters.cpp) to show the hearing's contributions
// grouped. The projection calls it in the lower right area, below the bar chart, inside a child
// region that has the remaining height; the default draws nothing.
#pragma once

namespace hd {
struct AppState;
class Workspace;

void DrawProjectionClusters(AppState& state, Workspace& ws);
} // namespace hd
