// The xlsx progress report is byte-stable like the other exports: libxlsxwriter would write the
// moment of writing into docProps/core.xml, so the report takes its created time from --date. Two
// exports of the same data and date, written more than a second apart, give the same bytes; another
// date gives another core.xml.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#include "core/lifecycle/monitoring.h"
#include "core/store/indicator_store.h"
#include "tests/support/child_process.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
std::string ExportProgressXlsx(const std::string& plan, const std::string& out, const std::string& date) {
    auto r = test::RunHearingctl({"export", plan, "--what", "progress", "--year", "2027", "--format", "xlsx", "-o", out, "--date", date});
    REQUIRE(r.exit_code == 0);
    std::ifstream in(out, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace

TEST_CASE("two xlsx progress reports of the same data and date are byte-identical", "[monitoring][export][xlsx]") {
    test::TempDir dir;
    std::string path = dir.File("p.hdesk");
    {
        test::LifecyclePlan plan(path);
        IndicatorStore(*plan.store).SetValue(plan.housing, "Leegstaande woningen", 2026, 341);
        MonitoringEntry e;
        e.year = 2027;
        e.target_id = plan.housing_tactical;
        e.status = MonitoringStatus::Running;
        e.note = "Eerste 40 panden bezocht";
        MonitoringStore(*plan.store).Set(e, "Ella Verbeke");
    }
    std::string first = ExportProgressXlsx(path, dir.File("a.xlsx"), "2027-12-15");
    std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // a clock-based time would differ now
    std::string second = ExportProgressXlsx(path, dir.File("b.xlsx"), "2027-12-15");
    REQUIRE_FALSE(first.empty());
    CHECK(first == second);
    auto parts = test::Unzip(first);
    CHECK(parts["docProps/core.xml"].find("2027-12-15T12:00:00Z") != std::string::npos);
    std::string other = ExportProgressXlsx(path, dir.File("c.xlsx"), "2028-01-10");
    CHECK(other != first);
    CHECK(test::Unzip(other)["docProps/core.xml"].find("2028-01-10T12:00:00Z") != std::string::npos);
}
