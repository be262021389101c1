// Plan cycle, item 2: figures typed by hand on the Diagnosis tab. The text is checked before anything
// is written: a year 1900..2200, a number with a decimal point or a Dutch decimal comma; a refused
// figure throws a translated InputError and leaves the plan file as it was.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/indicator_edit.h"
#include "core/lifecycle/monitoring.h"
#include "core/store/indicator_store.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::string RefusalKey(PlanStore& store, const IndicatorValueText& input) {
    try {
        SetIndicatorValueFromText(store, input);
    } catch (const InputError& e) {
        return e.Key();
    }
    return "";
}
} // namespace

TEST_CASE("typed indicator values accept a decimal comma or point and Dutch thousands", "[lifecycle][indicators]") {
    CHECK(ParseIndicatorValue("3,1") == Approx(3.1));
    CHECK(ParseIndicatorValue(" 3.1 ") == Approx(3.1));
    CHECK(ParseIndicatorValue("-2") == Approx(-2));
    CHECK(ParseIndicatorValue("1.234,5") == Approx(1234.5));
    CHECK(ParseIndicatorValue("1,234.5") == Approx(1234.5));
    CHECK(ParseIndicatorValue("41250") == Approx(41250));
    for (const char* bad : {"", "abc", "3,1,2", "1.2,3", "inf", "nan", "1e5", "0x10", "3,1 %", "--1", ",", "1.23.4,5"}) {
        INFO(bad);
        CHECK_THROWS_AS(ParseIndicatorValue(bad), InputError);
    }
    CHECK(ParseIndicatorYear("2024") == 2024);
    CHECK(ParseIndicatorYear("1900") == 1900);
    CHECK(ParseIndicatorYear("2200") == 2200);
    for (const char* bad : {"1899", "2201", "24", "20245", "twee", "", "2024.0"}) {
        INFO(bad);
        CHECK_THROWS_AS(ParseIndicatorYear(bad), InputError);
    }
}

TEST_CASE("a typed figure creates the indicator, replaces a year and refuses bad text without storing", "[lifecycle][indicators]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    IndicatorStore is(*plan.store);
    SetIndicatorValueFromText(*plan.store, {plan.housing, "  Woninginbraken ", "per 1.000 woningen", "2023", "4,8"});
    SetIndicatorValueFromText(*plan.store, {plan.housing, "Woninginbraken", "", "2024", "4.1"});
    auto list = is.List();
    REQUIRE(list.size() == 1);
    CHECK(list[0].name == "Woninginbraken");
    CHECK(list[0].unit == "per 1.000 woningen"); // an empty unit keeps the stored one
    REQUIRE(list[0].values.size() == 2);
    CHECK(list[0].values[0] == std::make_pair(2023, 4.8));
    // Changing a year replaces its value.
    SetIndicatorValueFromText(*plan.store, {plan.housing, "Woninginbraken", "", "2023", "5,0"});
    CHECK(is.List()[0].values[0] == std::make_pair(2023, 5.0));

    auto before = is.List();
    CHECK(RefusalKey(*plan.store, {plan.housing, "Woninginbraken", "", "2023", "veel"}) == "lifecycle.edit.err_value");
    CHECK(RefusalKey(*plan.store, {plan.housing, "Woninginbraken", "", "1850", "3"}) == "lifecycle.edit.err_year");
    CHECK(RefusalKey(*plan.store, {plan.housing, "Woninginbraken", "", "2300", "3"}) == "lifecycle.edit.err_year");
    CHECK(RefusalKey(*plan.store, {plan.housing, "   ", "", "2024", "3"}) == "lifecycle.edit.err_name");
    CHECK(RefusalKey(*plan.store, {987654, "Nieuw", "", "2024", "3"}) == "lifecycle.edit.err_domain");
    CHECK(RefusalKey(*plan.store, {plan.housing, "Nieuwe indicator", "", "2024", "x"}) == "lifecycle.edit.err_value");
    auto after = is.List();
    REQUIRE(after.size() == before.size()); // the refused new indicator was not created either
    CHECK(after[0].values == before[0].values);

    // Deleting a year keeps the indicator and its other years.
    is.DeleteValue(after[0].id, 2023);
    REQUIRE(is.List().size() == 1);
    CHECK(is.List()[0].values == std::vector<std::pair<int, double>>{{2024, 4.1}});
}

TEST_CASE("a refused typed figure is told in Dutch and English", "[lifecycle][indicators][i18n]") {
    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    try {
        ParseIndicatorValue("drie");
        FAIL("accepted");
    } catch (const InputError& e) {
        tr.SetLanguage(Language::Dutch);
        CHECK(tr.Message(e) == "'drie' is geen getal (bv. 3,1 of 3.1).");
        tr.SetLanguage(Language::English);
        CHECK(tr.Message(e) == "'drie' is not a number (e.g. 3,1 or 3.1).");
    }
    try {
        ParseIndicatorYear("1800");
        FAIL("accepted");
    } catch (const InputError& e) {
        tr.SetLanguage(Language::Dutch);
        CHECK(tr.Message(e) == "'1800' is geen jaartal tussen 1900 en 2200.");
    }
}

TEST_CASE("an indicator is deleted with its years unless the follow-up holds a figure of it", "[lifecycle][indicators]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    IndicatorStore is(*plan.store);
    SetIndicatorValueFromText(*plan.store, {plan.housing, "Woninginbraken", "", "2023", "4,8"});
    SetIndicatorValueFromText(*plan.store, {plan.housing, "Leegstand", "", "2023", "298"});
    auto list = is.List();
    REQUIRE(list.size() == 2);
    int64_t burglaries = list[0].name == "Woninginbraken" ? list[0].id : list[1].id;
    int64_t vacancy = list[0].name == "Leegstand" ? list[0].id : list[1].id;

    // The follow-up of 2027 records a figure of the burglaries: that one stays, with a reason.
    MonitoringEntry e;
    e.year = 2027;
    e.target = MonitoringTarget::Objective;
    e.target_id = plan.housing_tactical;
    e.status = MonitoringStatus::Running;
    e.indicator_id = burglaries;
    e.indicator_value = 4.2;
    MonitoringStore(*plan.store).Set(e, "Sara");
    try {
        DeleteIndicatorIfUnused(*plan.store, burglaries);
        FAIL("deleted an indicator the follow-up uses");
    } catch (const InputError& err) {
        CHECK(err.Key() == "lifecycle.edit.err_in_use");
        Translator tr;
        tr.LoadDirectory(FindAssetsDir() + "/lang");
        tr.SetLanguage(Language::Dutch);
        CHECK(tr.Message(err).find("opvolging van 2027") != std::string::npos);
    }
    CHECK(is.List().size() == 2);

    // The other goes, with its years.
    DeleteIndicatorIfUnused(*plan.store, vacancy);
    list = is.List();
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == burglaries);
    Statement left(plan.store->Db(), "SELECT COUNT(*) FROM indicator_value WHERE indicator_id = ?");
    left.Bind(1, vacancy);
    REQUIRE(left.Step());
    CHECK(left.Int(0) == 0);
}
