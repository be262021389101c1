// User settings (language, recent plans, this laptop's reporter letter), stored as a small JSON file
// in the user's config folder. A damaged file never stops the app: defaults are used and reported.
#pragma once
#include <string>
#include <vector>

namespace hd {

struct Settings {
    std::string language = "nl"; // "nl" or "en"
    std::vector<std::string> recent_plans; // newest first, at most kMaxRecent
    std::string reporter = "A";
    std::string user_name;
    std::vector<std::string> recent_folders; // where files were last picked (file browser), newest first
    static constexpr size_t kMaxRecent = 8;
};

// Parses settings JSON. Throws InputError (key err.settings_invalid) naming the problem.
Settings ParseSettings(const std::string& json);
std::string SerializeSettings(const Settings& s);

// $XDG_CONFIG_HOME/hearingdesk/settings.json or ~/.config/hearingdesk/settings.json;
// $HD_SETTINGS overrides (tests point it at a temporary file).
std::string DefaultSettingsPath();
// Loads; a missing file gives defaults; a damaged one gives defaults, sets `problem` (a short reason)
// and is renamed to PATH.damaged (or .damaged-N), whose name goes to `kept_as`.
Settings LoadSettings(const std::string& path, std::string* problem = nullptr, std::string* kept_as = nullptr);
// Writes atomically (temporary file + rename). Returns false on failure.
bool SaveSettings(const std::string& path, const Settings& s);
void AddRecentPlan(Settings& s, const std::string& path);
void AddRecentFolder(Settings& s, const std::string& folder);

} // namespace hd
