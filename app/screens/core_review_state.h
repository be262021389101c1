// UI-only state of the core review screen, a member of AppState. Owned by that feature.
#pragma once

namespace hd {
struct CoreReviewUiState {};
} // namespace hd
