// UI-only state of the review screen, a member of AppState. Owned by the merge feature.
#pragma once
#include <cstdint>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "app/wrapped_input.h"
#include "core/merge/merge_store.h"
#include "core/workspace/hearing_review.h"
#include "core/base/errors.h"
#include "core/transcript/text_import_stream.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"

namespace hd {
struct ReviewImportUiState {
    bool open = false;           // the import dialog is shown
    bool request_open = false;   // open the popup next frame
    bool preview_on_open = false; // and preview `path` at once (hearingdesk --import FILE)
    std::string path;
    char reporter = 'B';         // for text files
    bool attach_anyway = false;
    bool previewed = false;      // the file was read and is shown below
    bool is_json = false;
    std::string preview_error;   // translated message when the file cannot be read
    Transcript json;             // a previewed JSON transcript
    TextTranscript text;         // a previewed text file, line by line (its first lines)
    bool text_more = false;      // the text file has more lines than the preview shows
    size_t batch_lines = 5000;   // lines per transaction of a text import
    bool close_requested = false; // the job finished: close the dialog next frame
};

struct ReviewUiState {
    // The workspace's entries of the shown hearing (Workspace::Review), held for the frame being drawn.
    int64_t loaded_hearing = -1;
    std::shared_ptr<const HearingReview> shown;
    int64_t auto_merged_hearing = 0; // merged on opening once both reporters' notes were in
    std::vector<float> row_heights; // per entry, for drawing only the visible rows
    float row_heights_width = 0;

    int64_t selected_id = 0;     // selected entry
    bool scroll_to_selected = false;
    int status_filter = -1;      // -1 all, else static_cast<int>(MergeStatus)
    std::string speaker_filter;
    bool unresolved_only = false;

    bool editing = false;        // the edit box for the selected entry is open
    bool focus_edit = false;
    std::string edit_text;
    WrappedInputState edit_wrap; // the edit box wraps long text

    // Undo (U, Ctrl+Z) and redo (R, Ctrl+Y) live in the plan file (ReviewHistory), not here.

    ReviewImportUiState import;
};
} // namespace hd
