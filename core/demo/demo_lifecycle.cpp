// The demo plan's life around the hearings (issue 17): the inputs the city started from (related
// plans with their priorities, referenced documents), the local safety diagnosis (indicators per
// domain and year), which accepted objectives answer which priorities, and the political decisions
// that adopted the plan, followed by the first revision of the yearly follow-up.
//
// The demo's story: Dijlestede held its first three hearings in autumn 2025, wrote the draft, held the
// forum in January 2026 and adopted the plan in March 2026. The remaining domains get their hearings
// in autumn 2026, during the first yearly follow-up; one of them is running now. Every figure is
// invented for the fictional city; every name comes from fictional_names.cpp.
//
// [SECTION] Tables: related plans, documents, indicators, decisions
// [SECTION] Inputs
// [SECTION] Diagnosis
// [SECTION] Decisions, adoption and the first revision
#include "core/demo/demo_lifecycle.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cluster/objective_store.h"
#include "core/demo/demo_actions.h"
#include "core/lifecycle/decisions.h"
#include "core/lifecycle/indicators.h"
#include "core/lifecycle/inputs.h"
#include "core/store/store.h"

namespace hd {
namespace {

// [SECTION] Tables: related plans, documents, indicators, decisions
struct RelatedPlanRow {
    std::string_view title, owner;
    int start, end;
    std::string_view note;
    std::string_view priorities[5];
};
constexpr RelatedPlanRow kRelatedPlans[] = {
    {"Zonaal veiligheidsplan 2026–2031", "Zonale veiligheidsraad Dijlestede", 2026, 2031,
     "Vastgesteld door de zonale veiligheidsraad; de politiezone stemt haar prioriteiten af op dit plan.",
     {"Drughandel en drugsoverlast", "Woninginbraken", "Verkeersveiligheid", "Intrafamiliaal geweld",
      "Overlast in de stationsomgeving"}},
    {"Beleidsplan van de procureur des Konings, afdeling Dijlestede", "Parket, afdeling Dijlestede", 2025, 2027,
     "", {"Drughandel", "Snelle en herstelgerichte afhandeling van jeugdfeiten", "Intrafamiliaal geweld", "", ""}},
    {"Bestuursakkoord 2025–2030", "Gemeentebestuur Dijlestede", 2025, 2030,
     "Het akkoord van de meerderheid; de impulsen van de burgemeester staan in hoofdstuk 3.",
     {"Een veilige en propere stationsbuurt", "Zichtbaar aanspreekpunt in elke wijk", "Jongeren een plek en een stem",
      "Handelaars en horeca als partners", ""}},
    {"Integraal veiligheidsplan 2020–2025", "Stad Dijlestede", 2020, 2025,
     "Het vorige plan; de evaluatie ervan is een van de documenten hieronder.", {"", "", "", "", ""}},
};

struct DocumentRow {
    std::string_view title, date, location, note;
    int related_plan; // index in kRelatedPlans, -1: none
};
// example.invalid: these addresses can never point at a real site.
constexpr DocumentRow kDocuments[] = {
    {"Zonaal veiligheidsplan 2026–2031 (goedgekeurde versie)", "2025-12-18",
     "https://politie-dijlestede.example.invalid/zvp-2026-2031.pdf", "", 0},
    {"Evaluatie van het integraal veiligheidsplan 2020–2025", "2025-06-30",
     "Documenten/Evaluatie IVP 2020-2025.docx", "Besproken in het college van 7 juli 2025.", 3},
    {"Impulsen van de burgemeester voor het nieuwe plan", "2025-09-04", "Documenten/Impulsnota burgemeester.pdf",
     "", 2},
    {"Stadsmonitor Dijlestede 2023: veiligheid en leefbaarheid", "2024-02-15",
     "https://dijlestede.example.invalid/stadsmonitor-2023", "Bron van het onveiligheidsgevoel per wijk.", -1},
};

// Which accepted objectives serve which priorities: by the domain the objective belongs to.
struct LinkRow {
    std::string_view theme, plan, priority;
};
constexpr LinkRow kLinks[] = {
    {"Illegale drugs", "Zonaal veiligheidsplan 2026–2031", "Drughandel en drugsoverlast"},
    {"Illegale drugs", "Zonaal veiligheidsplan 2026–2031", "Overlast in de stationsomgeving"},
    {"Illegale drugs", "Beleidsplan van de procureur des Konings, afdeling Dijlestede", "Drughandel"},
    {"Illegale drugs", "Bestuursakkoord 2025–2030", "Een veilige en propere stationsbuurt"},
    {"Buurtgerichte veiligheid", "Bestuursakkoord 2025–2030", "Zichtbaar aanspreekpunt in elke wijk"},
    {"Ruimtelijke ordening en wonen", "Zonaal veiligheidsplan 2026–2031", "Woninginbraken"},
};

struct IndicatorRow {
    std::string_view theme; // empty: the whole city
    std::string_view name, unit;
    int first_year;
    double values[7]; // from first_year on; a negative value: not measured that year
};
// Invented figures with the ups and downs real series have (a dip in the covid years, a survey that
// runs only every three years), for a city of about 68,000 inhabitants.
constexpr IndicatorRow kIndicators[] = {
    {"", "Geregistreerde misdrijven per 1 000 inwoners", "per 1 000 inwoners", 2019,
     {71.4, 63.2, 65.8, 69.9, 70.3, 68.1, 66.7}},
    {"", "Inwoners die zich soms of vaak onveilig voelen", "%", 2017, {14, -1, -1, 17, -1, -1, 19}},
    {"Illegale drugs", "Processen-verbaal voor drugsdelicten", "aantal", 2019, {212, 198, 245, 268, 281, 302, 295}},
    {"Illegale drugs", "Meldingen van spuiten in de publieke ruimte", "aantal", 2019, {34, 41, 38, 52, 61, 58, 66}},
    {"Buurtgerichte veiligheid", "Meldingen van sluikstort", "aantal", 2019, {412, 455, 498, 471, 520, 544, 509}},
    {"Buurtgerichte veiligheid", "Overlastmeldingen bij de politie", "aantal", 2019,
     {1186, 1412, 1350, 1244, 1301, 1278, 1320}},
    {"Ruimtelijke ordening en wonen", "Woninginbraken per 1 000 woningen", "per 1 000 woningen", 2019,
     {4.8, 4.1, 3.2, 3.6, 3.9, 3.4, 3.1}},
    {"Ruimtelijke ordening en wonen", "Woningen in het leegstandsregister", "aantal", 2019,
     {298, 305, 322, 341, 356, 349, 362}},
    {"Veilig ondernemen", "Processen-verbaal voor winkeldiefstal", "aantal", 2019, {388, 251, 302, 377, 429, 466, 451}},
    {"Veilig ondernemen", "Inbraken in bedrijfsgebouwen", "aantal", 2019, {57, 49, 62, 71, 66, 80, 74}},
    {"Herstelgerichte aanpak van overlast", "Opgestarte bemiddelingen bij GAS-overtredingen", "aantal", 2019,
     {23, 12, 19, 27, 31, 29, 36}},
    {"Jongeren", "Minderjarigen als verdachte in een proces-verbaal", "aantal", 2019, {164, 139, 150, 171, 183, 176, 190}},
    {"Jongeren", "Vroegtijdige schoolverlaters", "%", 2019, {9.8, 9.1, 10.4, 10.9, 11.3, 10.8, 11.0}},
};

struct DecisionRow {
    std::string_view date;
    DecisionBody body;
    DecisionOutcome outcome;
    std::string_view reference, note;
};
constexpr DecisionRow kDecisions[] = {
    {"2026-02-23", DecisionBody::College, DecisionOutcome::Approved, "CBS/2026/0412",
     "Ontwerp goedgekeurd en voorgelegd aan de gemeenteraad."},
    {"2026-03-10", DecisionBody::CouncilCommittee, DecisionOutcome::Noted, "COM-VEIL/2026/03",
     "Toelichting door de coördinator integrale veiligheid; vragen over de cijfers per wijk."},
    {"2026-03-24", DecisionBody::Council, DecisionOutcome::Amended, "GR/2026/0077",
     "Goedgekeurd met een amendement: jaarlijkse rapportering aan de raadscommissie."},
};
constexpr size_t kAdoptingDecision = 2; // the council's
constexpr std::string_view kCoordinator = "Liesbeth Cuypers";

// [SECTION] Inputs
void WriteInputs(PlanStore& store) {
    InputStore inputs(store);
    std::vector<int64_t> plan_ids;
    for (const RelatedPlanRow& row : kRelatedPlans) {
        RelatedPlan p;
        p.title = row.title;
        p.owner = row.owner;
        p.cycle_start = row.start;
        p.cycle_end = row.end;
        p.note = row.note;
        int64_t id = inputs.AddPlan(p);
        plan_ids.push_back(id);
        for (std::string_view priority : row.priorities)
            if (!priority.empty()) inputs.AddPriority(id, std::string(priority));
    }
    for (const DocumentRow& row : kDocuments) {
        InputDocument d;
        d.title = row.title;
        d.date = row.date;
        d.location = row.location;
        d.note = row.note;
        d.related_plan_id = row.related_plan >= 0 ? plan_ids[static_cast<size_t>(row.related_plan)] : 0;
        inputs.AddDocument(d);
    }
}

// Links each accepted strategic objective of a domain to the priorities its domain serves. Priorities
// no row names stay unanswered on purpose: the facet view then shows real gaps (traffic, domestic
// violence), as a plan that chose its domains would have.
void WriteFacetLinks(PlanStore& store) {
    InputStore inputs(store);
    ObjectiveStore objectives(store);
    std::vector<RelatedPlan> plans = inputs.ListPlans();
    for (const LinkRow& link : kLinks) {
        std::optional<int64_t> theme = DemoThemeId(store, link.theme);
        if (!theme) continue;
        for (const RelatedPlan& p : plans) {
            if (p.title != link.plan) continue;
            for (const RelatedPriority& priority : p.priorities) {
                if (priority.title != link.priority) continue;
                for (const Objective& o : objectives.ListObjectives(*theme))
                    if (o.accepted && o.level == ObjectiveLevel::Strategic) inputs.SetLink(o.id, priority.id, true);
            }
        }
    }
}

// [SECTION] Diagnosis
void WriteIndicators(PlanStore& store) {
    IndicatorStore indicators(store);
    for (const IndicatorRow& row : kIndicators) {
        int64_t theme_id = 0;
        if (!row.theme.empty()) {
            std::optional<int64_t> id = DemoThemeId(store, row.theme);
            if (!id) continue;
            theme_id = *id;
        }
        for (int i = 0; i < 7; ++i)
            if (row.values[i] >= 0)
                indicators.SetValue(theme_id, std::string(row.name), row.first_year + i, row.values[i],
                                    std::string(row.unit));
    }
}

// [SECTION] Decisions, adoption and the first revision
// The first round's phases are all done once the plan is adopted; the hearings of the follow-up are
// shown as hearings, not as a phase of the first round.
void MarkPhasesDone(PlanStore& store) {
    Plan plan = store.GetPlan();
    for (Phase& p : plan.phases) p.status = PhaseStatus::Done;
    store.UpdatePlan(plan);
}

// After a year the core group sharpens one accepted tactical objective of the first domain; the
// change is recorded as a revision of the adopted version, with its reason.
void WriteFirstRevision(PlanStore& store, DecisionStore& decisions) {
    // The follow-up meeting: 2026-10-05 at 09:00 Brussels time.
    ScopedSteppedClock clock(1'791'183'600'000, 60'000);
    ObjectiveStore objectives(store);
    std::vector<Theme> themes = store.ListThemes();
    if (themes.empty()) return;
    for (Objective o : objectives.ListObjectives(themes.front().id)) {
        if (!o.accepted || o.level != ObjectiveLevel::Tactical) continue;
        o.how += (o.how.empty() ? "" : " ") +
                 std::string("Bijgestuurd na de eerste opvolging: een maandelijks casusoverleg met politie, "
                             "straathoekwerk en het MSOC, met één aanspreekpunt per dossier.");
        objectives.Edit(o, std::string(kCoordinator));
        WriteDemoFollowUp(store, std::string(kCoordinator));
        decisions.RecordRevision("Jaarlijkse opvolging 2026: de aanpak van het eerste tactische doel bijgestuurd "
                                 "na de evaluatie met de partners; de stand van de acties bijgewerkt.",
                                 std::string(kCoordinator));
        return;
    }
}

void WriteDecisionsAndAdoption(PlanStore& store) {
    DecisionStore decisions(store);
    std::vector<int64_t> ids;
    for (const DecisionRow& row : kDecisions) {
        Decision d;
        d.date = row.date;
        d.body = row.body;
        d.outcome = row.outcome;
        d.reference = row.reference;
        d.note = row.note;
        ids.push_back(decisions.AddDecision(d, std::string(kCoordinator)));
    }
    MarkPhasesDone(store);
    decisions.Adopt(ids[kAdoptingDecision], std::string(kCoordinator));
    WriteFirstRevision(store, decisions);
}

} // namespace

void WriteDemoInputs(PlanStore& store) {
    WriteInputs(store);
    WriteIndicators(store);
}

void WriteDemoAdoption(PlanStore& store) {
    WriteFacetLinks(store);
    WriteDecisionsAndAdoption(store);
}

std::optional<int64_t> DemoThemeId(PlanStore& store, std::string_view title) {
    for (const Theme& t : store.ListThemes())
        if (t.title == title) return t.id;
    return std::nullopt;
}

} // namespace hd
