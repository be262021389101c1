// One function per screen, each in app/screens/<screen>.cpp. A screen draws inside the main window's
// content area, reads data from the Workspace and keeps its UI state in AppState.
#pragma once

namespace hd {
struct AppState;
class Workspace;

void DrawHome(AppState& state, Workspace& ws);       // open / create / recent plans   (home.cpp)
void DrawSetup(AppState& state, Workspace& ws);      // themes, questions, hearings, participants (setup.cpp)
void DrawReporter(AppState& state, Workspace& ws);   // keyboard-first note capture     (reporter.cpp)
void DrawProjection(AppState& state, Workspace& ws); // the facilitator's projected view (projection.cpp)
void DrawReview(AppState& state, Workspace& ws);     // merge review A | merged | B     (review.cpp)
void DrawBoard(AppState& state, Workspace& ws);      // clusters and objectives board   (board.cpp)
void DrawCoreReview(AppState& state, Workspace& ws); // core-group review of minutes   (core_review.cpp)
void DrawForum(AppState& state, Workspace& ws);      // forum presentation              (forum.cpp)
void DrawLifecycle(AppState& state, Workspace& ws);  // plan cycle: inputs ... decisions (lifecycle.cpp)
// The audience's own window on a second monitor: the whole frame, content only (projection.cpp).
void DrawAudienceWindow(AppState& state, Workspace& ws);
// False while the main window shows only what the room sees (audience view, forum in full screen).
bool ProjectionShowsChrome(const AppState& state);
} // namespace hd
