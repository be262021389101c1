// UI-only state of the live screen, a member of AppState. Owned by that feature.
#pragma once

namespace hd {
struct LiveUiState {};
} // namespace hd
