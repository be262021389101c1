// The whole UI of one frame: menu bar, the current screen, messages. Shared by the real window
// (app/main.cpp) and the headless UI tests, so tests drive exactly what users see.
#pragma once
#include "core/base/settings.h"

namespace hd {
struct AppState;
class Workspace;

void DrawFrame(AppState& state, Workspace& ws);
// Applies state.settings to AppState and the translator (language, reporter letter, user name).
void ApplySettings(AppState& state);
void SaveSettingsNow(AppState& state);
// Opens a plan as a user action: remembers it in recent plans; errors become a message.
bool OpenPlanAction(AppState& state, Workspace& ws, const std::string& path);
// Picks a sensible hearing and theme after a plan opens (a running hearing first).
void SelectDefaultHearing(AppState& state, Workspace& ws);
} // namespace hd
