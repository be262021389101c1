// UI-only state of the core review screen, a member of AppState. Owned by that feature: selection,
// filters, edit buffers and layout. What it shows is the workspace's (Workspace::CoreReview,
// CoreGroup, PlanDraft), taken at the start of each frame.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/screens/actions_edit_state.h"
#include "core/base/i18n.h"

namespace hd {
// Measured heights of the rows of one minutes table, so rows outside the visible part are replaced
// by placeholder rows of the same height. Valid for one hearing while its revision
// (Workspace::HearingRevision), the language (speaker labels), the width and the font size stay.
struct TableRowLayout {
    uint64_t revision = 0;
    int64_t hearing = -1;
    Language language = Language::Dutch;
    float width = 0, font_size = 0;
    std::vector<float> heights; // per row; < 0 = not measured yet
};

struct CoreReviewUiState {
    int tab = 0;              // 0 minutes, 1 plan overview, 2 core group
    // Target of the comment panel: an entry of the minutes or an objective.
    std::string target_kind;  // "entry" or "objective"
    std::string target_ref;
    std::string target_label; // shown above the comments
    int64_t target_theme_id = 0;
    std::string comment_text;
    bool show_resolved = false;
    std::string approver;     // who approves (defaults to the app's user name)
    // Approving anyway (entries unresolved) and reopening each need a typed reason.
    bool approve_anyway_open = false;
    std::string approve_reason;
    bool reopen_open = false;
    std::string reopen_reason;
    TableRowLayout entry_rows, appendix_rows; // of the minutes tables
    bool clip_rows = true; // false draws every row: only to compare layouts in tests
    // Export bar.
    int export_what = 0;   // 0 minutes, 1 plan, 2 forum, 3 what happened with the hearing's input, 4 yearly action plan
    int export_format = 0; // 0 md, 1 html, 2 docx, 3 csv
    bool export_anonymise = false;
    bool export_show_names = false; // input follow-up: names of participants who consented
    bool export_with_organisation = false;
    bool export_semicolon = true; // Belgian and Dutch Excel read ';'
    int export_year = 0; // the yearly action plan's year; 0: this year (within the plan period)
    std::string export_path;
    bool export_path_edited = false;
    std::string last_export_path;
    // Plan sections (introduction, vision, principles): the one being edited and its buffer.
    std::string section_key;
    std::string section_text;
    // The action being added or edited on the plan overview.
    ActionEditState action_edit;
    // New core-group member.
    std::string member_name, member_organisation;
    int member_role = 0;
};
} // namespace hd
