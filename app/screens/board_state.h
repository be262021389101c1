// UI-only state of the board screen, a member of AppState. Owned by that feature.
#pragma once

namespace hd {
struct BoardUiState {};
} // namespace hd
