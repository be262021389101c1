// UI-only state of the forum screen, a member of AppState. Owned by that feature.
#pragma once

namespace hd {
struct ForumUiState {};
} // namespace hd
