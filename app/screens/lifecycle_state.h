// UI state of the Plan cycle screen (app/screens/lifecycle*.cpp): selection, filters and edit buffers.
// What the tabs show is the workspace's (core/workspace/plan_cycle_view.h: PlanCycle, MonitoringRows,
// PriorityVotes, Phases, SwotChoices), kept there until the plan changes. In-place fields use the Setup
// screen's field helpers and their edit buffers (AppState::setup), which are keyed by widget id.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicator_edit.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/lifecycle/priorities.h"
#include "core/store/swot_store.h"

namespace hd {

struct LifecycleUiState {
    int tab = 0;       // tab shown last frame
    int open_tab = -1; // request: select this tab on the next frame
    // "Add" row of the decisions table.
    Decision new_decision;
    int64_t confirm_delete_decision = 0;
    int64_t confirm_adopt_decision = 0;
    std::string revision_reason;
    int export_format = 0; // md, html, docx
    std::string last_export_path;

    // Inputs tab.
    RelatedPlan new_related_plan;
    int64_t selected_related_plan = 0;
    int64_t linking_priority = 0; // priority whose objectives are being ticked
    std::string new_priority;
    InputDocument new_document;

    // Diagnosis tab: the CSV being previewed before it is imported.
    std::string indicator_path;
    std::string preview_path; // the file `preview` was read from
    IndicatorImport preview;
    bool has_preview = false;
    // Diagnosis tab, figures typed by hand: the indicator whose years are open for editing, the "add"
    // rows (a new indicator; a year of the open one), a year's value while its field is edited, and why
    // the last typed figure was refused (nothing was stored then).
    int64_t indicator_open = 0;
    IndicatorValueText new_indicator;
    std::string pending_open_name; // open this indicator of new_indicator.theme_id once it is read
    std::string add_year, add_value;
    std::map<int, std::string> value_edit; // year -> text, while that year's field is active
    std::string indicator_error;
    bool focus_add_year = false;
    int64_t indicator_confirm_delete = 0; // "Delete indicator" clicked once: asks before deleting

    // Monitoring tab: the year followed up, the selected row, and the note being edited.
    int monitoring_year = 0; // 0: the plan's first year
    int monitoring_selected = 0;
    int monitoring_editing = -1; // row whose note is being edited
    std::string monitoring_note;
    bool monitoring_focus_note = false;
    int monitoring_format = 0; // md, html, docx, xlsx
    // SWOT tab: the domain shown, one "add" buffer per quadrant, and the item whose source is being picked.
    int64_t swot_theme = 0;
    std::string swot_new[4];
    int64_t swot_citing = 0;
    SwotCiteKind swot_cite_kind = SwotCiteKind::Contribution;
    std::string swot_cite_filter;
    int64_t swot_focus_item = 0; // keep the keyboard on this item after it moved

    // Priorities tab: the round shown, its "add" form, and the ballot being typed for one member.
    int64_t priority_round = 0;
    int64_t priority_member = 0;
    PriorityRound new_round;
    int64_t confirm_delete_round = 0;
    std::map<int64_t, int> ballot;
    int64_t ballot_round = -1, ballot_member = -1; // whose ballot `ballot` holds
    int priority_export_format = 0;                // md, html, docx
};

} // namespace hd
