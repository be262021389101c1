// A multi-line text box that wraps long lines. ImGui 1.86's InputTextMultiline never wraps, so a
// long note ran off the box's right edge. Here the spaces where a line would run past the box are
// shown as line breaks in the buffer the widget edits ("soft" breaks, one byte for one byte, so the
// cursor stays where it was) and turn back into spaces in the text the caller keeps; line breaks the
// user typed stay line breaks.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace hd {

// Lives in the screen's UI state (draw code keeps no static state).
struct WrappedInputState {
    std::string display;    // what the widget edits: the text with soft breaks
    std::vector<char> soft; // per byte of `display`: 1 where a '\n' stands for a space
    std::string last_text;  // the caller's text as last seen, to notice changes made elsewhere
    float width = 0;        // wrap width the display was made for
    bool active = false;    // the widget was being edited last frame (it owns its buffer then)
};

// Like ImGui::InputTextMultiline on `text`, wrapping at the box's width. True when the text changed.
bool InputTextWrapped(const char* label, std::string& text, const ImVec2& size, WrappedInputState& state);

// The positions of the spaces in `text` to break at so that no line is wider than `width` (greedy;
// a word longer than the width gets a line of its own). `measure` gives a run's width.
std::vector<size_t> SoftBreaks(std::string_view text, float width, const std::function<float(std::string_view)>& measure);

} // namespace hd
