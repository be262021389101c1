#include "app/demo_location.h"

#include <cstdlib>
#include <filesystem>

#include "core/demo_plan.h"

namespace hd {

std::string EnsureDemoPlan() {
    std::string path;
    if (const char* p = std::getenv("HD_DEMO_PLAN"); p && *p) path = p;
    else if (const char* home = std::getenv("HOME"); home && *home) path = std::string(home) + "/.local/share/hearingdesk/demo.hdesk";
    else path = "demo.hdesk";
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    if (!std::filesystem::exists(path, ec)) CreateDemoPlan(path).reset();
    return path;
}

} // namespace hd
