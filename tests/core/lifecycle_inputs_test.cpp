// Plan cycle, item 1: related plans with their cycle and priorities, objectives linked to the
// priorities they serve (the facet view, with the priorities no objective answers), documents.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/lifecycle/inputs.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
RelatedPlan ZonalPlan() {
    RelatedPlan p;
    p.title = "Zonaal veiligheidsplan";
    p.owner = "Zonale veiligheidsraad";
    p.cycle_start = 2026;
    p.cycle_end = 2031;
    return p;
}

std::string ErrorKey(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.Key();
    }
    return "";
}
} // namespace

TEST_CASE("related plans keep their owner, cycle and priorities in order", "[lifecycle][inputs]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    InputStore in(*plan.store);
    int64_t zonal = in.AddPlan(ZonalPlan());
    RelatedPlan parket;
    parket.title = "Parketbeleidsplan";
    parket.owner = "Procureur des Konings";
    int64_t prosecutor = in.AddPlan(parket);
    in.AddPriority(zonal, "Drugs: productie en handel");
    int64_t burglary = in.AddPriority(zonal, "Woninginbraken");
    auto plans = in.ListPlans();
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].id == zonal);
    CHECK(plans[0].cycle_end == 2031);
    REQUIRE(plans[0].priorities.size() == 2);
    CHECK(plans[0].priorities[1].id == burglary);
    CHECK(plans[1].id == prosecutor);
    in.UpdatePriority(burglary, "Woninginbraken en diefstal uit voertuigen");
    CHECK(in.GetPlan(zonal)->priorities[1].title == "Woninginbraken en diefstal uit voertuigen");
    // Bad input is refused, naming what is wrong; nothing changes.
    RelatedPlan backwards = ZonalPlan();
    backwards.cycle_end = 2020;
    CHECK(ErrorKey([&] { in.AddPlan(backwards); }) == "lifecycle.err_cycle");
    RelatedPlan untitled = ZonalPlan();
    untitled.title = "  ";
    CHECK(ErrorKey([&] { in.AddPlan(untitled); }) == "lifecycle.err_empty");
    RelatedPlan typo = ZonalPlan();
    typo.cycle_start = 226;
    CHECK(ErrorKey([&] { in.AddPlan(typo); }) == "lifecycle.err_year");
    CHECK(in.ListPlans().size() == 2);
    in.DeletePlan(zonal);
    CHECK(in.ListPlans().size() == 1);
}

TEST_CASE("the facet view shows which objectives answer each priority and which priorities none does", "[lifecycle][inputs]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    InputStore in(*plan.store);
    int64_t zonal = in.AddPlan(ZonalPlan());
    int64_t drugs = in.AddPriority(zonal, "Drugs");
    int64_t burglary = in.AddPriority(zonal, "Woninginbraken");
    int64_t youth = in.AddPriority(zonal, "Jeugdcriminaliteit");
    in.SetLink(plan.housing_tactical, burglary, true);
    in.SetLink(plan.housing_strategic, burglary, true);
    in.SetLink(plan.youth_tactical, youth, true);
    in.SetLink(plan.youth_tactical, youth, true); // twice is once
    in.SetLink(plan.proposal, drugs, true);       // a proposal is not in the plan yet
    auto facets = in.Facets();
    REQUIRE(facets.size() == 3);
    CHECK(facets[0].priority.id == drugs);
    CHECK(facets[0].answers.empty()); // nobody answers it: the proposal does not count
    CHECK(facets[0].plan_title == "Zonaal veiligheidsplan");
    REQUIRE(facets[1].answers.size() == 2);
    CHECK(facets[1].answers[0].objective_id == plan.housing_strategic); // strategic before tactical
    CHECK(facets[1].answers[1].objective_id == plan.housing_tactical);
    REQUIRE(facets[2].answers.size() == 1);
    CHECK(in.PrioritiesOf(plan.youth_tactical) == std::vector<int64_t>{youth});
    in.SetLink(plan.youth_tactical, youth, false);
    CHECK(in.Facets()[2].answers.empty());
    // Deleting a priority removes its links; deleting an objective too.
    in.DeletePriority(burglary);
    CHECK(in.PrioritiesOf(plan.housing_tactical).empty());
}

TEST_CASE("documents are referenced by title, date and link or path", "[lifecycle][inputs]") {
    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    InputStore in(*plan.store);
    InputDocument d;
    d.title = "Beleidsakkoord 2025–2030";
    d.date = "2025-01-06";
    d.location = "https://example.org/beleidsakkoord.pdf";
    int64_t id = in.AddDocument(d);
    InputDocument bad = d;
    bad.date = "6 januari";
    CHECK(ErrorKey([&] { in.AddDocument(bad); }) == "lifecycle.err_date");
    auto docs = in.ListDocuments();
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].id == id);
    CHECK(docs[0].location == "https://example.org/beleidsakkoord.pdf");
    docs[0].location = "/gedeeld/plannen/ZVP 2026-2031.pdf";
    docs[0].related_plan_id = in.AddPlan(ZonalPlan());
    in.UpdateDocument(docs[0]);
    CHECK(in.ListDocuments()[0].related_plan_id == docs[0].related_plan_id);
    in.DeletePlan(docs[0].related_plan_id); // the document stays, unlinked
    REQUIRE(in.ListDocuments().size() == 1);
    CHECK(in.ListDocuments()[0].related_plan_id == 0);
}
