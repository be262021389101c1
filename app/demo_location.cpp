#include "app/demo_location.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/base/i18n.h"
#include "core/demo/demo_plan.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/text/text_analysis.h"

namespace hd {
namespace {

// The schema version a plan file was written with, 0 when it cannot be read as one.
int SchemaVersionOf(const std::string& path) {
    try {
        Database db(path, Database::Mode::ReadOnly);
        return db.UserVersion();
    } catch (const std::exception&) {
        return 0;
    }
}

// A demo made by an older build lacks what later builds show (a new schema version comes with each
// new feature), so it is made again; the old file is kept beside it, with whatever the user changed.
void SetAsideOldDemo(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return;
    int version = SchemaVersionOf(path);
    if (version >= LatestSchemaVersion()) return;
    std::string old = path + ".v" + std::to_string(version) + ".old";
    std::filesystem::rename(path, old, ec);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(path + suffix, ec);
    if (!ec) std::fprintf(stderr, "%s\n", GlobalTranslator().Format("demo.old_set_aside", {old}).c_str());
}

} // namespace

std::string EnsureDemoPlan() {
    std::string path;
    if (const char* p = std::getenv("HD_DEMO_PLAN"); p && *p) path = p;
    else if (const char* home = std::getenv("HOME"); home && *home) path = std::string(home) + "/.local/share/hearingdesk/demo.hdesk";
    else path = "demo.hdesk";
    std::error_code ec;
    std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    // The demo is created once; afterwards the user's changes to it are kept, until a newer build
    // brings a newer demo.
    SetAsideOldDemo(path);
    if (!std::filesystem::exists(path, ec)) {
        TextAnalyzer analyzer(FindAssetsDir());
        CreateDemoPlan(path, DemoOptions{&analyzer});
    }
    return path;
}

} // namespace hd
