// Plan cycle, item 2: indicators per domain and year imported from CSV, with a preview that names
// every problem by line and column before anything is stored.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/lifecycle/indicators.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

TEST_CASE("indicator CSV with semicolons and decimal commas previews and imports per domain and year", "[lifecycle][indicators]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    std::string csv = "\xEF\xBB\xBF" "Domein;Indicator;Eenheid;Jaar;Waarde\r\n"
                      "veilig WONEN;Woninginbraken;per 1.000 woningen;2023;4,8\r\n"
                      "Veilig wonen;Woninginbraken;per 1.000 woningen;2024;4,1\r\n"
                      "Jeugd;\"Meldingen overlast; jongeren\";meldingen;2024;312\r\n"
                      ";Inwoners;;2024;41250\r\n";
    IndicatorImport preview = PreviewIndicatorCsv(*plan.store, csv);
    CHECK(preview.separator == ';');
    CHECK(preview.problems.empty());
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.rows[0].theme_id == plan.housing); // case and accents ignored
    CHECK(preview.rows[0].value == Approx(4.8));
    CHECK(preview.rows[2].name == "Meldingen overlast; jongeren");
    CHECK(preview.rows[3].theme_id == 0); // the whole city
    IndicatorStore is(*plan.store);
    CHECK(is.List().empty()); // a preview stores nothing
    CHECK(ApplyIndicatorImport(*plan.store, preview) == 4);
    auto list = is.List();
    REQUIRE(list.size() == 3);
    const Indicator* burglary = nullptr;
    for (const Indicator& i : list)
        if (i.name == "Woninginbraken") burglary = &i;
    REQUIRE(burglary);
    CHECK(burglary->unit == "per 1.000 woningen");
    REQUIRE(burglary->values.size() == 2);
    CHECK(burglary->values[0] == std::make_pair(2023, 4.8));
    // Importing again with one changed value marks it as replacing and updates it.
    std::string again = "domain,indicator,year,value\nVeilig wonen,Woninginbraken,2024,3.9\n";
    IndicatorImport second = PreviewIndicatorCsv(*plan.store, again);
    REQUIRE(second.rows.size() == 1);
    CHECK(second.rows[0].replaces);
    ApplyIndicatorImport(*plan.store, second);
    for (const Indicator& i : is.List())
        if (i.name == "Woninginbraken") CHECK(i.values[1].second == Approx(3.9));
}

TEST_CASE("a bad indicator CSV names each problem by line and column and stores nothing", "[lifecycle][indicators]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    std::string csv = "domain,indicator,year,value\n"
                      "Veilig wonen,Woninginbraken,2024,4.1\n"
                      "Mobiliteit,Ongevallen,2024,12\n"       // unknown domain: line 3, column 1
                      "Jeugd,Overlast,24,12\n"                // bad year: line 4, column 3
                      "Jeugd,Overlast,2024,veel\n"            // bad value: line 5, column 4
                      "Veilig wonen,Woninginbraken,2024,4.0\n" // twice the same year: line 6
                      "Jeugd,\"open quote,2024,1\n";         // line 7
    IndicatorImport preview = PreviewIndicatorCsv(*plan.store, csv);
    REQUIRE(preview.problems.size() == 5);
    CHECK(preview.problems[0].line == 3);
    CHECK(preview.problems[0].column == 1);
    CHECK(preview.problems[0].key == "lifecycle.import.err_domain");
    CHECK(preview.problems[0].args == std::vector<std::string>{"Mobiliteit"});
    CHECK(preview.problems[1].line == 4);
    CHECK(preview.problems[1].column == 3);
    CHECK(preview.problems[2].line == 5);
    CHECK(preview.problems[2].column == 4);
    CHECK(preview.problems[3].key == "lifecycle.import.err_duplicate");
    CHECK(preview.problems[4].line == 7);
    CHECK_THROWS_AS(ApplyIndicatorImport(*plan.store, preview), InputError);
    CHECK(IndicatorStore(*plan.store).List().empty()); // the good line was not stored either
    // Every problem key has a translation that fills its arguments.
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    for (const ImportProblem& p : preview.problems) CHECK(tr.Has(p.key));
    IndicatorImport no_header = PreviewIndicatorCsv(*plan.store, "jaar;waarde\n2024;3\n");
    REQUIRE(no_header.problems.size() == 2);
    CHECK(no_header.problems[0].key == "lifecycle.import.err_header");
}
