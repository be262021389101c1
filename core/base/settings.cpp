#include "core/base/settings.h"

#include "core/base/json_writer.h"

#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/base/errors.h"
#include "core/base/json_guard.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
constexpr size_t kMaxSettingsBytes = 1 << 20;
}

Settings ParseSettings(const std::string& json) {
    if (json.size() > kMaxSettingsBytes)
        throw InputError("err.settings_invalid", "The settings file is too large.", {"size"});
    if (!IsValidUtf8(json))
        throw InputError("err.settings_invalid", "The settings file is not valid UTF-8.", {"utf-8"});
    if (FindOverlongJsonNumber(json) != std::string::npos)
        throw InputError("err.settings_invalid", "The settings file is damaged: a number is far too long.", {"number"});
    if (FindExcessiveJsonNesting(json) != std::string::npos)
        throw InputError("err.settings_invalid",
                         "The settings file is damaged: nested more than " + std::to_string(kMaxJsonDepth) + " levels deep.",
                         {"nesting > " + std::to_string(kMaxJsonDepth)});
    Settings s;
    try {
        std::istringstream in(json);
        cereal::JSONInputArchive ar(in);
        ar(cereal::make_nvp("language", s.language), cereal::make_nvp("recent_plans", s.recent_plans),
           cereal::make_nvp("reporter", s.reporter), cereal::make_nvp("user_name", s.user_name));
    } catch (const std::exception& e) {
        throw InputError("err.settings_invalid", std::string("The settings file is damaged: ") + e.what(), {e.what()});
    }
    try {
        // Added later: a file written before has none, which is no damage.
        std::istringstream in(json);
        cereal::JSONInputArchive ar(in);
        ar(cereal::make_nvp("recent_folders", s.recent_folders));
    } catch (const std::exception&) {
        s.recent_folders.clear();
    }
    std::erase_if(s.recent_folders, [](const std::string& p) { return p.empty() || !IsValidUtf8(p); });
    if (s.recent_folders.size() > Settings::kMaxRecent) s.recent_folders.resize(Settings::kMaxRecent);
    if (s.language != "nl" && s.language != "en") s.language = "nl";
    if (s.reporter != "A" && s.reporter != "B") s.reporter = "A";
    // The file text is valid UTF-8, but a \u escape of a lone surrogate decodes to bytes that are not.
    if (!IsValidUtf8(s.user_name)) s.user_name.clear();
    std::erase_if(s.recent_plans, [](const std::string& p) { return p.empty() || !IsValidUtf8(p); });
    if (s.recent_plans.size() > Settings::kMaxRecent) s.recent_plans.resize(Settings::kMaxRecent);
    return s;
}

std::string SerializeSettings(const Settings& s) {
    JsonWriter w(JsonWriter::Layout::Indented);
    w.BeginObject().Member("language", s.language).Member("recent_plans", s.recent_plans);
    w.Member("reporter", s.reporter).Member("user_name", s.user_name).Member("recent_folders", s.recent_folders);
    w.EndObject();
    return w.Text();
}

std::string DefaultSettingsPath() {
    if (const char* p = std::getenv("HD_SETTINGS"); p && *p) return p;
    std::string base;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) base = x;
    else if (const char* h = std::getenv("HOME"); h && *h) base = std::string(h) + "/.config";
    else base = ".";
    return base + "/hearingdesk/settings.json";
}

Settings LoadSettings(const std::string& path, std::string* problem, std::string* kept_as) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Settings{};
    std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    try {
        return ParseSettings(json);
    } catch (const InputError& e) {
        if (problem) *problem = e.Args().empty() ? std::string(e.what()) : e.Args().front();
        // Set the damaged file aside (never delete what a user may want back) so that the next
        // start reads defaults instead of failing on it again, and the next save does not hide it.
        std::string aside = path + ".damaged";
        for (int n = 2; std::filesystem::exists(aside) && n < 1000; ++n) aside = path + ".damaged-" + std::to_string(n);
        std::error_code ec;
        std::filesystem::rename(path, aside, ec);
        if (!ec && kept_as) *kept_as = aside;
        return Settings{};
    }
}

bool SaveSettings(const std::string& path, const Settings& s) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << SerializeSettings(s);
        if (!out.flush()) return false;
    }
    std::filesystem::rename(tmp, path, ec);
    return !ec;
}

void AddRecentPlan(Settings& s, const std::string& path) {
    std::erase(s.recent_plans, path);
    s.recent_plans.insert(s.recent_plans.begin(), path);
    if (s.recent_plans.size() > Settings::kMaxRecent) s.recent_plans.resize(Settings::kMaxRecent);
}

void AddRecentFolder(Settings& s, const std::string& folder) {
    std::erase(s.recent_folders, folder);
    s.recent_folders.insert(s.recent_folders.begin(), folder);
    if (s.recent_folders.size() > Settings::kMaxRecent) s.recent_folders.resize(Settings::kMaxRecent);
}

} // namespace hd
