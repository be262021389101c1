// Placeholder until its feature lands.
#include "app/app_state.h"
#include "app/screens/screens.h"
#include "app/ui_widgets.h"
#include "app/workspace.h"

namespace hd {
void DrawReview(AppState&, Workspace&) { DrawPlaceholder("screen.not_yet"); }
} // namespace hd
