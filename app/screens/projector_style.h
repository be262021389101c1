// The look shared by the screens shown on a projector (the projection, its panel of cluster groups
// and the forum): light text on black, big fonts that the facilitator scales with + and -, so a
// room can read them from the back.
#pragma once
#include <imgui.h>

#include <string>

namespace hd::projector {

inline constexpr ImU32 kBackground = IM_COL32(0, 0, 0, 255);
inline constexpr ImU32 kPanel = IM_COL32(28, 34, 48, 255);
inline const ImVec4 kWhite(1.0f, 1.0f, 1.0f, 1.0f);
inline const ImVec4 kMuted(0.80f, 0.82f, 0.86f, 1.0f);
inline const ImVec4 kAccent(1.0f, 0.82f, 0.35f, 1.0f);
inline const ImVec4 kGreen(0.45f, 0.90f, 0.50f, 1.0f);

// The font scale after pressing + or - (delta +-0.1): rounded to tenths, kept within 0.5 .. 2.5.
float SteppedScale(float scale, float delta);

// The smallest projection font at least `px` tall: scaled down to `px` it stays crisp.
// (ProjectionFont in ui_widgets.h picks the nearest size instead.)
ImFont* CrispProjectionFont(float px);

// Pushes `font` drawn at exactly `px` for as long as it lives.
class FontAtSize {
  public:
    FontAtSize(ImFont* font, float px);
    ~FontAtSize();
    FontAtSize(const FontAtSize&) = delete;
    FontAtSize& operator=(const FontAtSize&) = delete;

  private:
    float m_previous_scale;
};

void TextIn(const ImVec4& colour, const std::string& text, bool wrap = true);

// Fills the current window black, whatever the app's theme.
void PaintBackground();

} // namespace hd::projector
