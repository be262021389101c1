// AppState: every piece of UI-only state (current screen, selection, filters, open panels, pending
// choices, text being typed). One plain struct; draw code keeps no static locals. Data lives in the
// Workspace; each feature screen keeps its own sub-struct in app/screens/<screen>_state.h.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/file_browser.h"
#include "app/screens/board_state.h"
#include "app/screens/core_review_state.h"
#include "app/screens/forum_state.h"
#include "app/screens/lifecycle_state.h"
#include "app/screens/live_state.h"
#include "app/screens/review_state.h"
#include "core/cluster/cluster_store.h"
#include "core/base/i18n.h"
#include "core/store/indicator_store.h"
#include "core/store/model.h"
#include "core/base/settings.h"

namespace hd {

enum class Screen { Home, Setup, Reporter, Projection, Review, Board, CoreReview, Forum, Lifecycle, Count };

// Stable names used on the command line: --screen reporter
const char* ScreenKey(Screen s);
bool ScreenFromKey(const std::string& key, Screen& out);

struct HomeUiState {
    std::string open_path;
    std::string new_path;
    std::string new_name;
    std::string new_city;
};

struct ReporterUiState {
    std::string input;             // the note being typed (also saved as the draft)
    int64_t speaker_id = 0;        // chosen speaker for the next note, 0 = unknown
    NoteKind kind = NoteKind::Other;
    SafetyChain chain = SafetyChain::None;
    std::string saved_draft;       // what the store holds as draft, to save only on change
    bool cursor_to_end = false;    // a restored draft: put the text cursor after its last character
    std::string resolve_query;     // "@name" that matched nobody or several people: asked before saving
    int64_t draft_saved_at_ms = 0;
    int64_t draft_loaded_for = -1; // hearing whose draft was loaded into `input`
    std::string last_saved_uuid;   // the note the "saved" label refers to
    int64_t last_saved_at_ms = 0;
    std::string edit_uuid;         // note being edited, empty when none
    std::string edit_text;
    NoteKind edit_kind = NoteKind::Other;
    SafetyChain edit_chain = SafetyChain::None;
    int64_t edit_speaker_id = 0;
    std::string confirm_delete_uuid;
    std::string history_uuid;      // note whose history popup is open
    bool scroll_to_bottom = true;
    // Row heights of the note list (layout), so only visible rows are drawn (10,000 notes stay cheap);
    // measured at the hearing's revision (Workspace::HearingRevision), width and the row being edited.
    std::vector<float> row_heights;
    float row_heights_width = 0;
    uint64_t row_heights_revision = 0;
    int64_t row_heights_hearing = 0;
    std::string row_heights_edit; // edit_uuid when measured: the edited row is taller
    int64_t last_hearing_id = 0;
};

struct ProjectionUiState {
    float font_scale = 1.0f; // multiplies the projection fonts; + and - change it
    float view_scale = 1.0f; // in effect last frame: font_scale, lowered so the whole view fits
    int chart_columns = 1;   // discipline chart layout chosen last frame (1 to 3 columns)
    bool audience = false;   // the main window shows only what the room sees (V, or full screen)
    bool audience_window = false; // the platform shows the audience view in a window of its own
    int contributions_shown = 20; // at most; as many as fit are drawn
    // The domain's figures (F): trend charts of its indicators instead of the contributions.
    bool show_figures = false;
    int figures_shown = 0; // charts drawn last frame
    int groups_shown = 5;       // at most; as many as fit are drawn
    // What is shown is computed data, the workspace's: DisciplineBars, Groups, the wall's moderation
    // (Wall: hidden contributions and the spotlight, as stored in the plan) and the domain's Figures.
};

struct SetupUiState {
    int tab = 0;                  // tab shown last frame (0 plan, 1 themes, 2 participants, 3 hearings)
    int open_tab = -1;            // request: select this tab on the next frame
    int64_t selected_theme_id = 0;
    std::string new_question;
    int new_question_budget = 15;
    int64_t confirm_delete_question_id = 0;
    std::string new_sub_theme;
    int64_t confirm_delete_sub_theme_id = 0;
    int64_t confirm_delete_theme_id = 0;
    std::string new_theme_title;
    Participant new_participant;
    int64_t new_hearing_theme_id = 0;
    std::string new_hearing_date;
    // Edit buffers of in-place table fields, keyed by the widget's ImGui id. A field's text lives here
    // while it is being edited and is saved when the field is left; there is one entry per active field.
    std::map<unsigned int, std::string> edit_text;
    std::map<unsigned int, int> edit_int;
    unsigned int open_field = 0;   // long text shown as an editor instead of its wrapped preview
    bool focus_open_field = false; // put the keyboard in that editor on the next frame
};

struct Toast {
    std::string text;
    int64_t until_ms = 0;
};

struct AppState {
    Screen screen = Screen::Home;
    char reporter = 'A';      // which reporter this laptop is
    std::string user_name;    // recorded as "by" on edits and decisions (Settings menu)
    std::string user_name_edit; // the Settings menu's field while it is being typed in
    int64_t theme_id = 0;     // selected theme
    int64_t hearing_id = 0;   // selected hearing
    int64_t now_ms = 0;       // wall time of this frame (set by the frame loop; tests set it)
    bool fullscreen = false;  // requested by the projection screen; the platform layer applies it
    bool quit = false;

    Settings settings;        // remembered preferences (language, recent plans), saved on change

    std::string error_message; // shown in a modal until dismissed (already translated)
    std::vector<Toast> toasts;

    HomeUiState home;
    FileBrowserUiState file_browser; // the one file browser (open, import)
    SetupUiState setup;
    ReporterUiState reporter_ui;
    ProjectionUiState projection;
    ReviewUiState review;
    BoardUiState board;
    CoreReviewUiState core_review;
    ForumUiState forum;
    LifecycleUiState lifecycle;
    LiveUiState live;
};

} // namespace hd
