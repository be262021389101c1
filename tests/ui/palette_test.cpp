// Every text colour of the app keeps a contrast of at least 4.5:1 (WCAG AA) against the backgrounds
// it is drawn on: the dark theme's windows, frames and buttons, and the projector's black and panel.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cmath>

#include "app/screens/projector_style.h"
#include "app/ui_widgets.h"

using namespace hd;

namespace {
double Channel(float c) { return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double Luminance(const ImVec4& c) { return 0.2126 * Channel(c.x) + 0.7152 * Channel(c.y) + 0.0722 * Channel(c.z); }

// Contrast of `text` over `bg` (both opaque after blending `bg` over black, as the window does).
double Contrast(const ImVec4& text, const ImVec4& bg) {
    ImVec4 b(bg.x * bg.w, bg.y * bg.w, bg.z * bg.w, 1.0f);
    ImVec4 t(text.x * text.w + b.x * (1 - text.w), text.y * text.w + b.y * (1 - text.w), text.z * text.w + b.z * (1 - text.w), 1);
    double l1 = Luminance(t), l2 = Luminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

ImVec4 U32(unsigned int c) { return ImGui::ColorConvertU32ToFloat4(c); }
} // namespace

TEST_CASE("contrast: all text colours are at least 4.5:1 against their backgrounds", "[ui][palette]") {
    ImGui::CreateContext();
    ApplyStyle();
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiCol backgrounds[] = {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg,
                                    ImGuiCol_MenuBarBg, ImGuiCol_TableRowBg};
    for (ImGuiCol bg : backgrounds) {
        ImVec4 back = style.Colors[bg];
        if (back.w == 0) back = style.Colors[ImGuiCol_WindowBg]; // transparent: the window shows through
        INFO("background " << ImGui::GetStyleColorName(bg));
        CHECK(Contrast(style.Colors[ImGuiCol_Text], back) >= 4.5);
        CHECK(Contrast(style.Colors[ImGuiCol_TextDisabled], back) >= 4.5);
        for (NoteKind kind : kAllNoteKinds) {
            INFO("kind " << static_cast<int>(kind));
            CHECK(Contrast(U32(KindColor(kind)), back) >= 4.5);
        }
    }
    // Labels on buttons.
    CHECK(Contrast(style.Colors[ImGuiCol_Text], style.Colors[ImGuiCol_Button]) >= 4.5);
    // The projector: light text on black and on the question panel.
    using namespace projector;
    for (ImVec4 text : {kWhite, kMuted, kAccent, kGreen}) {
        CHECK(Contrast(text, U32(kBackground)) >= 4.5);
        CHECK(Contrast(text, U32(kPanel)) >= 4.5);
    }
    ImGui::DestroyContext();
}
