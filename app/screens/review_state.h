// UI-only state of the review screen, a member of AppState. Owned by that feature.
#pragma once

namespace hd {
struct ReviewUiState {};
} // namespace hd
