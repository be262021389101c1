// An in-app file browser for opening and importing files: a modal with the recent folders (kept in
// the settings) on the left and the shown folder's subfolders and matching files on the right.
// Fully keyboard driven: Up/Down (PgUp/PgDn, Home/End) choose, Enter opens a folder or picks a file,
// Backspace goes to the parent folder, a letter jumps to the next entry starting with it, Esc closes.
// A double click does what Enter does. One browser at a time; the pick goes back only to the caller
// that opened it (its `purpose`).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace hd {
struct AppState;

struct FileBrowserEntry {
    std::string name;
    bool folder = false;
};

struct FileBrowserUiState {
    std::string purpose;                 // who asked, e.g. "home.open"
    std::vector<std::string> extensions; // ".hdesk"; empty: every file
    std::string folder;                  // the folder shown
    std::string listed_folder;           // the folder `entries` were read from
    std::vector<FileBrowserEntry> entries;
    std::string error; // why the folder could not be read (shown instead of entries)
    int selected = 0;
    bool scroll_to_selected = false;
    bool request_open = false;
    std::optional<std::string> picked; // handed to the caller once
};

// Subfolders, then files whose extension is one of `extensions` (case-insensitive; empty: all),
// each sorted by name; names starting with '.' are left out. `error` gets the reason when the
// folder cannot be read (the list is then empty).
std::vector<FileBrowserEntry> ListFolder(const std::string& folder, const std::vector<std::string>& extensions,
                                         std::string* error = nullptr);

// Opens the browser in the folder of `current` (a path typed so far) when it exists, else in the
// most recent folder, else in the home folder.
void OpenFileBrowser(AppState& state, const std::string& purpose, std::vector<std::string> extensions,
                     const std::string& current = {});
// A "Browse…" button that opens the browser; true when clicked.
bool BrowseButton(AppState& state, const std::string& purpose, std::vector<std::string> extensions,
                  const std::string& current = {});
// Draws the browser while open (call every frame, inside the caller's own modal if it has one).
// Returns the picked file's path once, to the caller whose `purpose` opened it; the picked file's
// folder becomes the most recent folder in the settings.
std::optional<std::string> DrawFileBrowser(AppState& state, const std::string& purpose);

} // namespace hd
