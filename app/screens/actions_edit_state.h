// UI-only state of the action editor on the Core group screen's plan overview (issue 12): which
// action is being edited (or added under which tactical objective) and the typed text, kept as typed
// so a refused save (a year outside the plan period, a budget that is not an amount) loses nothing.
#pragma once
#include <cstdint>
#include <string>

namespace hd {
struct ActionEditState {
    int64_t objective_id = 0; // the tactical objective whose form is open; 0: none
    int64_t action_id = 0;    // the action edited; 0 with objective_id: a new one
    bool focus_pending = false; // put the keyboard in the description on the form's first frame
    int64_t confirm_delete = 0; // the action whose deletion waits for a yes
    std::string description, owner, partners, start_year, end_year, budget, budget_note, indicator, target;
    int status = 0; // index into kAllActionStatuses
    bool quick_win = false;
};
} // namespace hd
