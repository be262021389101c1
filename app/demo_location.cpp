#include "app/demo_location.h"

#include <cstdlib>
#include <filesystem>

#include "core/base/i18n.h"
#include "core/demo/demo_plan.h"
#include "core/text/text_analysis.h"

namespace hd {

std::string EnsureDemoPlan() {
    std::string path;
    if (const char* p = std::getenv("HD_DEMO_PLAN"); p && *p) path = p;
    else if (const char* home = std::getenv("HOME"); home && *home) path = std::string(home) + "/.local/share/hearingdesk/demo.hdesk";
    else path = "demo.hdesk";
    std::error_code ec;
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    // The demo is created once; afterwards the user's changes to it are kept.
    if (!std::filesystem::exists(path, ec)) {
        TextAnalyzer analyzer(FindAssetsDir());
        CreateDemoPlan(path, DemoOptions{&analyzer});
    }
    return path;
}

} // namespace hd
