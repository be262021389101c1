#include "app/screens/projector_style.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "app/ui_widgets.h"

namespace hd::projector {

float SteppedScale(float scale, float delta) {
    return std::clamp(std::round((scale + delta) * 10.0f) / 10.0f, 0.5f, 2.5f);
}

ImFont* CrispProjectionFont(float px) {
    ImFont* font = nullptr;
    for (ImFont* f : Fonts().huge)
        if (f && !font && f->FontSize >= px - 0.5f) font = f;
    if (!font) font = Fonts().huge[3] ? Fonts().huge[3] : ImGui::GetFont();
    return font;
}

FontAtSize::FontAtSize(ImFont* font, float px) : m_previous_scale(ImGui::GetCurrentWindow()->FontWindowScale) {
    ImGui::PushFont(font);
    ImGui::SetWindowFontScale(px / font->FontSize);
}

// Restores the scale of an enclosing FontAtSize too: measuring inside a drawn part nests them.
FontAtSize::~FontAtSize() {
    ImGui::SetWindowFontScale(m_previous_scale);
    ImGui::PopFont();
}

void TextIn(const ImVec4& colour, const std::string& text, bool wrap) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    if (wrap) ImGui::TextWrapped("%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void PaintBackground() {
    ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), kBackground);
}

} // namespace hd::projector
