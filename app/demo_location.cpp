#include "app/demo_location.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/base/atomic_file.h"
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

// The edition (kDemoEdition) of the demo at `path`, from the small file beside it; 0 when there is
// none (a demo made before editions were written down).
int EditionOf(const std::string& path) {
    std::ifstream in(path + ".edition");
    int edition = 0;
    return in >> edition ? edition : 0;
}

std::string UnusedName(const std::string& base) {
    std::error_code ec;
    std::string name = base + ".old";
    for (int i = 2; std::filesystem::exists(name, ec); ++i) name = base + "-" + std::to_string(i) + ".old";
    return name;
}

// A demo made by an older build lacks what later builds show (a newer schema, or a newer edition of
// the demo's content), so it is made again; the old file is kept beside it, with whatever the user
// changed, under a name no earlier old demo has.
void SetAsideOldDemo(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return;
    int version = SchemaVersionOf(path);
    if (version >= LatestSchemaVersion() && EditionOf(path) >= kDemoEdition) return;
    std::string old = UnusedName(path + ".v" + std::to_string(version));
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
        WriteFileAtomically(path + ".edition", std::to_string(kDemoEdition) + "\n");
    }
    return path;
}

} // namespace hd
