// [SECTION] index: listing / opening / keys / drawing
#include "app/file_browser.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "app/app_state.h"
#include "app/ui_frame.h"
#include "app/ui_probe.h"
#include "app/ui_widgets.h"
#include "core/base/i18n.h"
#include "core/base/utf8.h"

namespace hd {
namespace fs = std::filesystem;

// [SECTION] Listing
namespace {
bool Wanted(const fs::path& file, const std::vector<std::string>& extensions) {
    if (extensions.empty()) return true;
    std::string ext = FoldForMatch(file.extension().string());
    return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& e) { return FoldForMatch(e) == ext; });
}
} // namespace

std::vector<FileBrowserEntry> ListFolder(const std::string& folder, const std::vector<std::string>& extensions,
                                         std::string* error) {
    std::vector<FileBrowserEntry> folders, files;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.' || !IsValidUtf8(name)) continue;
        std::error_code type_ec;
        if (it->is_directory(type_ec)) folders.push_back({name, true});
        else if (it->is_regular_file(type_ec) && Wanted(it->path(), extensions)) files.push_back({name, false});
    }
    if (ec) {
        if (error) *error = ec.message();
        return {};
    }
    if (error) error->clear();
    auto by_name = [](const FileBrowserEntry& a, const FileBrowserEntry& b) {
        return FoldForMatch(a.name) < FoldForMatch(b.name);
    };
    std::sort(folders.begin(), folders.end(), by_name);
    std::sort(files.begin(), files.end(), by_name);
    folders.insert(folders.end(), files.begin(), files.end());
    return folders;
}

// [SECTION] Opening
namespace {
std::string HomeFolder() {
    const char* home = std::getenv("HOME");
    return home && *home ? home : "/";
}

bool IsFolder(const std::string& path) {
    std::error_code ec;
    return !path.empty() && fs::is_directory(path, ec);
}

void ShowFolder(FileBrowserUiState& fb, const std::string& folder) {
    fb.folder = fs::path(folder).lexically_normal().string();
    if (fb.folder.size() > 1 && fb.folder.back() == '/') fb.folder.pop_back();
    fb.listed_folder.clear(); // read again on the next frame
    fb.selected = 0;
    fb.scroll_to_selected = true;
}
} // namespace

void OpenFileBrowser(AppState& state, const std::string& purpose, std::vector<std::string> extensions,
                     const std::string& current) {
    FileBrowserUiState& fb = state.file_browser;
    fb.purpose = purpose;
    fb.extensions = std::move(extensions);
    fb.picked.reset();
    std::string start;
    if (!current.empty()) start = IsFolder(current) ? current : fs::path(current).parent_path().string();
    if (!IsFolder(start))
        for (const std::string& recent : state.settings.recent_folders)
            if (IsFolder(recent)) {
                start = recent;
                break;
            }
    if (!IsFolder(start)) start = HomeFolder();
    ShowFolder(fb, start);
    fb.request_open = true;
}

bool BrowseButton(AppState& state, const std::string& purpose, std::vector<std::string> extensions,
                  const std::string& current) {
    bool clicked = ImGui::Button(Tr("files.browse").c_str());
    ProbeItem("files.browse." + purpose);
    if (clicked) OpenFileBrowser(state, purpose, std::move(extensions), current);
    return clicked;
}

// [SECTION] Keys
namespace {
// Enter or a double click on the selected entry: a folder opens, a file is picked.
void Activate(AppState& state, FileBrowserUiState& fb) {
    if (fb.selected < 0 || fb.selected >= static_cast<int>(fb.entries.size())) return;
    const FileBrowserEntry& e = fb.entries[static_cast<size_t>(fb.selected)];
    std::string path = (fs::path(fb.folder) / e.name).string();
    if (e.folder) {
        ShowFolder(fb, path);
        return;
    }
    fb.picked = path;
    AddRecentFolder(state.settings, fb.folder);
    SaveSettingsNow(state);
    ImGui::CloseCurrentPopup();
}

void GoUp(FileBrowserUiState& fb) {
    fs::path parent = fs::path(fb.folder).parent_path();
    if (parent.empty() || parent.string() == fb.folder) return;
    std::string child = fs::path(fb.folder).filename().string();
    ShowFolder(fb, parent.string());
    fb.entries = ListFolder(fb.folder, fb.extensions, &fb.error);
    fb.listed_folder = fb.folder;
    for (size_t i = 0; i < fb.entries.size(); ++i)
        if (fb.entries[i].folder && fb.entries[i].name == child) fb.selected = static_cast<int>(i); // where we came from
}

// The next entry after the selected one whose name starts with `c` (case-insensitive).
void JumpTo(FileBrowserUiState& fb, ImWchar c) {
    std::string letter = FoldForMatch(std::string(1, static_cast<char>(c)));
    int n = static_cast<int>(fb.entries.size());
    for (int step = 1; step <= n; ++step) {
        int i = (fb.selected + step) % n;
        if (FoldForMatch(fb.entries[static_cast<size_t>(i)].name).rfind(letter, 0) == 0) {
            fb.selected = i;
            fb.scroll_to_selected = true;
            return;
        }
    }
}

void HandleKeys(AppState& state, FileBrowserUiState& fb) {
    ImGuiIO& io = ImGui::GetIO();
    int n = static_cast<int>(fb.entries.size());
    int before = fb.selected;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) ++fb.selected;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) --fb.selected;
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_DOWN)) fb.selected += 10;
    if (ImGui::IsKeyPressed(GLFW_KEY_PAGE_UP)) fb.selected -= 10;
    if (ImGui::IsKeyPressed(GLFW_KEY_HOME, false)) fb.selected = 0;
    if (ImGui::IsKeyPressed(GLFW_KEY_END, false)) fb.selected = n - 1;
    fb.selected = std::clamp(fb.selected, 0, std::max(0, n - 1));
    if (fb.selected != before) fb.scroll_to_selected = true;
    for (ImWchar c : io.InputQueueCharacters)
        if (c < 128 && std::isalnum(static_cast<int>(c)) && n > 0) JumpTo(fb, c);
    if (ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false)) Activate(state, fb);
    else if (ImGui::IsKeyPressed(GLFW_KEY_BACKSPACE)) GoUp(fb);
    else if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false)) ImGui::CloseCurrentPopup();
}

// [SECTION] Drawing
void DrawPlaces(AppState& state, FileBrowserUiState& fb) {
    ImGui::TextDisabled("%s", Tr("files.recent").c_str());
    std::string chosen;
    for (const std::string& recent : state.settings.recent_folders) {
        std::string name = fs::path(recent).filename().string();
        std::string shown = FitLabel(name.empty() ? recent : name, ImGui::GetContentRegionAvail().x);
        ImGui::PushID(recent.c_str());
        if (ImGui::Selectable(shown.c_str(), recent == fb.folder)) chosen = recent;
        ProbeItem("files.recent." + recent);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", recent.c_str());
    }
    if (state.settings.recent_folders.empty()) ImGui::TextDisabled("-");
    ImGui::Separator();
    if (ImGui::Selectable(Tr("files.home").c_str(), fb.folder == HomeFolder())) chosen = HomeFolder();
    if (!chosen.empty()) ShowFolder(fb, chosen);
}

void DrawEntries(AppState& state, FileBrowserUiState& fb) {
    if (!fb.error.empty()) {
        ImGui::TextWrapped("%s", GlobalTranslator().Format("files.cannot_read", {fb.error}).c_str());
        return;
    }
    if (fb.entries.empty()) ImGui::TextDisabled("%s", Tr("files.empty").c_str());
    int activate = -1;
    for (size_t i = 0; i < fb.entries.size(); ++i) {
        const FileBrowserEntry& e = fb.entries[i];
        std::string label = (e.folder ? "[" + e.name + "]" : e.name) + "##" + std::to_string(i);
        bool selected = static_cast<int>(i) == fb.selected;
        if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
            fb.selected = static_cast<int>(i);
            if (ImGui::IsMouseDoubleClicked(0)) activate = static_cast<int>(i);
        }
        ProbeItem("files.entry." + e.name);
        if (selected && fb.scroll_to_selected) {
            ImGui::SetScrollHereY(0.5f);
            fb.scroll_to_selected = false;
        }
    }
    if (activate >= 0) Activate(state, fb);
}
} // namespace

std::optional<std::string> DrawFileBrowser(AppState& state, const std::string& purpose) {
    FileBrowserUiState& fb = state.file_browser;
    if (fb.purpose != purpose) return std::nullopt;
    if (fb.picked) {
        std::optional<std::string> out = std::move(fb.picked);
        fb.picked.reset();
        fb.purpose.clear();
        return out;
    }
    const std::string title = Tr("files.title") + "###file_browser";
    if (fb.request_open) {
        ImGui::OpenPopup(title.c_str());
        fb.request_open = false;
    }
    ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowSize(ImVec2(std::min(960.0f, display.x * 0.9f), std::min(620.0f, display.y * 0.85f)));
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        if (!fb.request_open) fb.purpose.clear(); // closed (Esc or Cancel) without a pick
        return std::nullopt;
    }
    if (fb.listed_folder != fb.folder) {
        fb.entries = ListFolder(fb.folder, fb.extensions, &fb.error);
        fb.listed_folder = fb.folder;
        fb.selected = std::clamp(fb.selected, 0, std::max(0, static_cast<int>(fb.entries.size()) - 1));
    }
    if (!ImGui::IsAnyItemActive()) HandleKeys(state, fb);
    if (ImGui::Button(Tr("files.up").c_str())) GoUp(fb);
    ProbeItem("files.up");
    ImGui::SameLine();
    TextFitted(fb.folder);
    ProbeItem("files.folder");
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2 + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("##places", ImVec2(240, -footer), true);
    DrawPlaces(state, fb);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##entries", ImVec2(0, -footer), true);
    DrawEntries(state, fb);
    ImGui::EndChild();
    std::string filter;
    for (const std::string& e : fb.extensions) filter += (filter.empty() ? "" : ", ") + e;
    TextFitted(Tr("files.keys") + (filter.empty() ? "" : " · " + filter), 0, /*disabled=*/true);
    bool file_selected = fb.selected < static_cast<int>(fb.entries.size()) && !fb.entries[static_cast<size_t>(fb.selected)].folder;
    ImGui::BeginDisabled(fb.entries.empty());
    if (ImGui::Button(Tr(file_selected ? "files.pick" : "files.open_folder").c_str())) Activate(state, fb);
    ProbeItem("files.pick");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(Tr("action.cancel").c_str())) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return std::nullopt;
}

} // namespace hd
