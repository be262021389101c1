// UI-only state of the board screen, a member of AppState. Owned by that feature.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/cluster/board_history.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/contribution.h"
#include "core/cluster/objective_store.h"
#include "core/cluster/proposal_text.h"
#include "core/workspace/theme_board.h"

namespace hd {

// Where the cards of one column went when they were last drawn, so cards outside the visible part
// of the column can be skipped (one Dummy per run) while the column keeps its exact scroll range.
// Valid for one card width, font size and item spacing; cleared when the board's data is re-read.
struct CardColumnLayout {
    float width = 0, font_size = 0, spacing = 0;
    std::vector<float> advances; // per member: how far the card moved the cursor down; < 0 = not drawn yet
};

struct BoardUiState {
    // Options of the next clustering run.
    int k = 0; // 0 = choose (the run itself is the workspace's: Workspace::Clustering)

    // The workspace's data of the shown theme (Workspace::Board), held for the frame being drawn.
    std::shared_ptr<const ThemeBoard> shown;
    std::vector<CardColumnLayout> column_layouts; // parallel to clusters
    CardColumnLayout unplaced_layout;
    bool clip_cards = true; // false draws every card, as before clipping: only to compare layouts in tests

    // Editing.
    int64_t rename_cluster_id = 0;
    std::string rename_text;
    bool focus_rename = false; // put the keyboard in the rename field on the next frame
    int64_t edit_objective_id = 0;
    Objective edit; // copy being edited
    std::string selected_note;   // highlighted card (click, or jump from an objective's notes)
    bool scroll_to_selected = false;
    std::string held_card; // card being pressed, dragged or showing its menu: drawn even when off-screen
    int64_t last_drop_cluster = 0; // for tests and the status line: where the last drag landed

    // Undo / redo (Ctrl+Z, Ctrl+Y) per theme of the open plan; cleared when another plan is opened
    // and by a clustering run or new proposals, which are not undoable steps.
    std::map<int64_t, BoardHistory> history;
    std::string history_plan; // path of the plan the history belongs to
};

} // namespace hd
