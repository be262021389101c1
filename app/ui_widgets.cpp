#include "app/ui_widgets.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

#include "app/app_state.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"

namespace hd {

bool RunAction(AppState& state, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const UserError& e) {
        state.error_message = GlobalTranslator().Message(e);
    } catch (const std::exception& e) {
        state.error_message = Tr("err.unexpected") + "\n" + e.what();
    }
    return false;
}

void ShowToast(AppState& state, const std::string& text, int64_t duration_ms) {
    state.toasts.push_back({text, state.now_ms + duration_ms});
}

void DrawPlaceholder(const char* key) { ImGui::TextDisabled("%s", Tr(key).c_str()); }

const std::string& KindLabel(NoteKind kind) { return Tr(std::string("kind.") + std::string(ToKey(kind))); }

const std::string& ChainLabel(SafetyChain chain) {
    if (chain == SafetyChain::None) return Tr("chain.none");
    return Tr(std::string("chain.") + std::string(ToKey(chain)));
}

namespace {
// BeginCombo with its preview cut to the width the next item gets (SetNextItemWidth or the default),
// less the arrow button and the frame's padding; the whole preview as tooltip when cut.
bool BeginComboCut(const char* id, const std::string& preview) {
    float room = ImGui::CalcItemWidth() - ImGui::GetFrameHeight() - 2 * ImGui::GetStyle().FramePadding.x;
    std::string shown = FitLabel(preview, std::max(room, 0.0f));
    if (ImGui::BeginCombo(id, shown.c_str())) return true;
    TooltipIfCut(shown, preview);
    return false;
}
} // namespace

bool KindCombo(const char* id, NoteKind& kind) {
    bool changed = false;
    if (BeginComboCut(id, KindLabel(kind))) {
        for (NoteKind k : kAllNoteKinds) {
            if (ImGui::Selectable(KindLabel(k).c_str(), k == kind)) {
                kind = k;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool ChainCombo(const char* id, SafetyChain& chain) {
    bool changed = false;
    if (BeginComboCut(id, ChainLabel(chain))) {
        if (ImGui::Selectable(ChainLabel(SafetyChain::None).c_str(), chain == SafetyChain::None)) {
            chain = SafetyChain::None;
            changed = true;
        }
        for (SafetyChain c : kAllSafetyChains) {
            if (ImGui::Selectable(ChainLabel(c).c_str(), c == chain)) {
                chain = c;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

std::string FitLabel(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    size_t lo = 0, hi = text.size();
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (ImGui::CalcTextSize((std::string(Utf8Prefix(text, mid)) + "…").c_str()).x <= width) lo = mid;
        else hi = mid;
    }
    return std::string(Utf8Prefix(text, lo)) + "…";
}

void TooltipIfCut(const std::string& shown, const std::string& full) {
    if (shown != full && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", full.c_str());
}

void TextFitted(const std::string& text, float width, bool disabled) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    std::string shown = FitLabel(text, width);
    if (disabled) ImGui::TextDisabled("%s", shown.c_str());
    else ImGui::TextUnformatted(shown.c_str());
    TooltipIfCut(shown, text);
}

void WrappedDisabled(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

bool BeginComboFitted(const char* id, const std::string& preview, float width) {
    ImGui::SetNextItemWidth(width);
    return BeginComboCut(id, preview);
}

float ButtonWidth(const std::string& label) {
    // SmallButton drops only the vertical padding, so both are this wide.
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void SameLineOrWrap(float width) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void ApplyStyle() {
    ImGui::StyleColorsDark();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 7);
    style.CellPadding = ImVec2(6, 5);
    // ImGui's grey (0.50) reads at about 4.2:1 on its dark window; speaker and time lines use it.
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.64f, 0.64f, 0.66f, 1.0f);
}

const std::string& ReactiveLabel(ReactiveKind kind) { return Tr("reactive." + std::string(ToKey(kind))); }

bool ReactiveCombo(const char* id, ReactiveKind& kind) {
    bool changed = false;
    if (!BeginComboCut(id, ReactiveLabel(kind))) return false;
    if (ImGui::Selectable(ReactiveLabel(ReactiveKind::None).c_str(), kind == ReactiveKind::None)) {
        kind = ReactiveKind::None;
        changed = true;
    }
    for (ReactiveKind k : kAllReactiveKinds)
        if (ImGui::Selectable(ReactiveLabel(k).c_str(), k == kind)) {
            kind = k;
            changed = true;
        }
    ImGui::EndCombo();
    return changed;
}

unsigned int KindColor(NoteKind kind) {
    switch (kind) {
    case NoteKind::Problem: return IM_COL32(230, 110, 90, 255);
    case NoteKind::Cause: return IM_COL32(225, 170, 60, 255);
    case NoteKind::Proposal: return IM_COL32(90, 190, 110, 255);
    case NoteKind::Question: return IM_COL32(100, 160, 235, 255);
    case NoteKind::Quote: return IM_COL32(190, 130, 220, 255);
    default: return IM_COL32(170, 170, 170, 255);
    }
}

// [SECTION] Fonts
namespace {
FontSet g_fonts; // UI resource owned by the ImGui atlas; set once before the first frame

const ImWchar* GlyphRanges() {
    // Latin-1 + Latin Extended-A (ĳ, ł, œ, š...), general punctuation (— “ ” ’ …), € and ✓.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2030, 0x205E,
                                     0x20AC, 0x20AC, 0x2190, 0x2193, 0x2713, 0x2717, 0x25B2, 0x25BC, 0};
    return ranges;
}

std::string FindFont(const char* file) {
    for (const char* dir : {"/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/dejavu/"}) {
        std::string path = std::string(dir) + file;
        std::error_code ec;
        if (std::filesystem::exists(path, ec)) return path;
    }
    return {};
}
} // namespace

void LoadFonts(float ui_scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    g_fonts = FontSet{};
    std::string regular = FindFont("DejaVuSans.ttf");
    std::string bold = FindFont("DejaVuSans-Bold.ttf");
    if (regular.empty()) {
        // Without fonts-dejavu-core the built-in font shows only Latin-1; the app still works.
        ImFont* f = io.Fonts->AddFontDefault();
        g_fonts.regular = g_fonts.bold = g_fonts.title = f;
        for (ImFont*& h : g_fonts.huge) h = f;
        return;
    }
    if (bold.empty()) bold = regular;
    g_fonts.dejavu = true;
    const ImWchar* ranges = GlyphRanges();
    g_fonts.regular = io.Fonts->AddFontFromFileTTF(regular.c_str(), 18.0f * ui_scale, nullptr, ranges);
    g_fonts.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), 18.0f * ui_scale, nullptr, ranges);
    g_fonts.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), 26.0f * ui_scale, nullptr, ranges);
    const float sizes[4] = {32.0f, 44.0f, 60.0f, 80.0f};
    for (int i = 0; i < 4; ++i) g_fonts.huge[i] = io.Fonts->AddFontFromFileTTF(regular.c_str(), sizes[i], nullptr, ranges);
    io.FontDefault = g_fonts.regular;
}

const FontSet& Fonts() { return g_fonts; }

ImFont* ProjectionFont(float px) {
    const float sizes[4] = {32.0f, 44.0f, 60.0f, 80.0f};
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (std::abs(sizes[i] - px) < std::abs(sizes[best] - px)) best = i;
    return g_fonts.huge[best] ? g_fonts.huge[best] : ImGui::GetFont();
}

} // namespace hd
