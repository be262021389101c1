// UI-only state of the forum screen, a member of AppState. Owned by that feature: selection, edit
// buffers and layout. The plan draft it shows is the workspace's (Workspace::PlanDraft).
#pragma once
#include "app/wrapped_input.h"
#include <cstdint>
#include <string>

namespace hd {
struct ForumUiState {
    int domain_index = 0;       // which domain (theme, in plan order) is on the screen
    bool capture_open = true;   // the capture strip under the projected part (F2 toggles)
    float font_scale = 1.0f;    // + and - change it, like the projection
    int64_t loaded_theme = -1;  // theme whose commentary is in the fields below
    std::string expert_name, expert_function, commentary;
    WrappedInputState commentary_wrap; // the commentary box wraps at its width (soft breaks only on screen)
    std::string saved_name, saved_function, saved_commentary; // as stored, to show "unsaved"
    std::string reaction;       // being typed
    std::string reaction_author;
};
} // namespace hd
