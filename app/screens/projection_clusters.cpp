// Default "what we heard so far" panel: empty until the clustering feature replaces this body.
#include "app/screens/projection_clusters.h"

#include "app/app_state.h"
#include "app/workspace.h"

namespace hd {
void DrawProjectionClusters(AppState&, Workspace&) {}
} // namespace hd
