// Small widgets and helpers shared by the screens.
#pragma once
#include <functional>
#include <string>

#include "core/store/model.h"

struct ImFont;

namespace hd {
struct AppState;

// Runs a user action; a UserError (or any exception) becomes a translated message in a modal,
// so a failed save never crashes the app and the typed text stays in the UI to retry.
bool RunAction(AppState& state, const std::function<void()>& action);
void ShowToast(AppState& state, const std::string& text, int64_t duration_ms = 2500);

void DrawPlaceholder(const char* key);
// [SECTION] Fitting where space runs out (1280×720): cut with "…", the whole text as a tooltip.
// `text` cut to whole characters and ending in "…" so that it fits `width` in the current font.
std::string FitLabel(const std::string& text, float width);
// Text on one line cut to `width` (<= 0: the rest of the line); hovering a cut text shows all of it.
void TextFitted(const std::string& text, float width = 0, bool disabled = false);
// Secondary text (who and when) in the disabled colour, wrapped at the edge instead of cut there.
void WrappedDisabled(const std::string& text);
// BeginCombo `width` wide whose preview is cut to fit, with the whole preview as a tooltip.
bool BeginComboFitted(const char* id, const std::string& preview, float width);
// A tooltip with `full` when the last item is hovered and `shown` is a cut version of it.
void TooltipIfCut(const std::string& shown, const std::string& full);
// Width of a Button or SmallButton labelled `label`.
float ButtonWidth(const std::string& label);
// Between two items of a toolbar: the next one (`width` wide) goes on this line when it fits,
// otherwise it starts the next line instead of running off the window.
void SameLineOrWrap(float width);
// Translated labels of enum values.
const std::string& KindLabel(NoteKind kind);
const std::string& ChainLabel(SafetyChain chain);
// A combo over all kinds / chains; returns true when changed.
bool KindCombo(const char* id, NoteKind& kind);
bool ChainCombo(const char* id, SafetyChain& chain);
const std::string& ReactiveLabel(ReactiveKind kind);
bool ReactiveCombo(const char* id, ReactiveKind& kind);
// Colour that marks a note kind in lists (same everywhere, so people learn it).
unsigned int KindColor(NoteKind kind);

// The app's colours and spacing (dark theme). Every text colour keeps a contrast of at least 4.5:1
// against the backgrounds it is drawn on (tests/ui/palette_test.cpp).
void ApplyStyle();

// [SECTION] Fonts: DejaVu Sans with Latin-1, Latin Extended-A and punctuation, several sizes.
struct FontSet {
    ImFont* regular = nullptr;  // 18 px
    ImFont* bold = nullptr;     // 18 px bold
    ImFont* title = nullptr;    // 26 px bold
    ImFont* huge[4] = {};       // projection sizes: 32, 44, 60, 80 px
    bool dejavu = false;        // false when the font file was missing (built-in font used)
};
// Loads into the current ImGui context's atlas. Call before the first frame.
void LoadFonts(float ui_scale = 1.0f);
const FontSet& Fonts();
// The projection font closest to `px`.
ImFont* ProjectionFont(float px);

} // namespace hd
