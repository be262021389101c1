// The content the room sees (app/screens/projection_audience.cpp): theme, problem statement, hearing
// clock, current question with its time, what we heard, and who has not spoken yet. No widget and no
// hint: the same drawing serves the full-screen audience view, the audience window on a second
// monitor, and the presenter view (which adds its controls above it and moderation on right-click).
// The whole view is fitted to the space it gets: the facilitator's font scale is lowered as far as
// needed so nothing is cut, at any projector size.
#pragma once
#include <cstdint>
#include <string>

#include "core/store/model.h"

namespace hd {
struct AppState;
class Workspace;

// Draws into the rest of the current window. `presenter`: right-click menus to hide or spotlight
// a contribution, hidden ones shown greyed instead of left out.
void DrawAudienceContent(AppState& state, Workspace& ws, const Theme& theme, const Hearing& h, bool presenter);

// Moderation of the wall, written to the plan first (WallStore) and then shown.
void SetContributionHidden(AppState& state, Workspace& ws, int64_t hearing_id, const std::string& note_uuid, bool hidden);
void SetSpotlight(AppState& state, Workspace& ws, int64_t hearing_id, const std::string& note_uuid); // empty: none
void EndSpotlight(AppState& state, Workspace& ws, int64_t hearing_id); // when there is one (S)

// The timer of the current question: warning in the last fifth of its budget (at most two minutes),
// over once the budget is spent. `cue` is true during the first seconds of each, when the panel's
// border pulses once as a discreet signal to the facilitator.
enum class TimerPhase { Normal, Warning, Over };
struct QuestionTime {
    int64_t spent = 0, budget = 0, left = 0;
    TimerPhase phase = TimerPhase::Normal;
    bool cue = false;
};
QuestionTime QuestionTimeOf(int64_t clock_offset_ms, const Hearing& h, int budget_minutes);

} // namespace hd
