// The demo plan's operational level and its first yearly follow-up (issue 17): actions under the
// accepted tactical objectives of the domains heard in 2025, and where each objective and action
// stood at the follow-up meeting of 2026-10-05.
//
// The accepted tactical objectives come from the demo's own clustering, so the actions are tied to
// a domain and to the objective's place among that domain's accepted tactical objectives (first,
// second), not to its generated title. Owners and partners are services and organisations of the
// fictional city, never persons.
//
// [SECTION] Table: actions per domain
// [SECTION] Actions
// [SECTION] Follow-up 2026
#include "core/demo/demo_actions.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cluster/objective_store.h"
#include "core/demo/demo_lifecycle.h"
#include "core/lifecycle/monitoring.h"
#include "core/plan/action_store.h"
#include "core/store/store.h"

namespace hd {
namespace {

// [SECTION] Table: actions per domain
struct ActionRow {
    std::string_view domain;
    int objective; // 0: the domain's first accepted tactical objective, 1: its second
    std::string_view description, owner, partners;
    int start_year, end_year;
    int64_t budget_euro; // 0: no amount, see budget_note
    std::string_view budget_note, indicator, target;
    bool quick_win;
    // The follow-up of 2026 (only for actions that ran in 2026): status and the core group's note.
    ActionStatus status_2026;
    std::string_view note_2026;
};

constexpr ActionRow kActions[] = {
    {"Illegale drugs", 0,
     "Afsprakenkader tussen ziekenhuis, gevangenis en Sociaal Huis: wie vrijkomt of ontslagen wordt, krijgt "
     "een vaste contactpersoon vóór de dag van vertrek.",
     "Sociaal Huis Dijlestede", "AZ Dijlestede, justitiehuis, CAW", 2026, 2027, 0, "binnen het werkingsbudget van het Sociaal Huis",
     "Ontslagen personen met een contactpersoon binnen 7 dagen", "80 % in 2027", false, ActionStatus::Running,
     "Afsprakenkader met het ziekenhuis getekend; het overleg met de gevangenis loopt nog."},
    {"Illegale drugs", 0, "Maandelijks casusoverleg drugs met politie, straathoekwerk en het MSOC.", "Dienst Preventie",
     "Politiezone Dijlestede, straathoekwerk, MSOC", 2026, 2031, 0, "", "Besproken dossiers per jaar", "", true,
     ActionStatus::Running, "Sinds april elke maand; vanaf oktober met één aanspreekpunt per dossier."},
    {"Illegale drugs", 1,
     "Protocolakkoord met het parket over praetoriaanse probatie met verplichte begeleiding in plaats van een sepot.",
     "Parket, afdeling Dijlestede", "Justitiehuis, CGG, Dienst Preventie", 2027, 2027, 0, "", "Probatievoorstellen per jaar",
     "30 per jaar", false, ActionStatus::Planned, ""},
    {"Illegale drugs", 1, "Meer begeleidingsplaatsen bij het CGG voor wie een probatievoorstel aanvaardt.", "CGG Dijlestede",
     "Parket, Sociaal Huis", 2027, 2029, 45000, "", "Wachttijd tot het eerste gesprek", "hoogstens 3 weken", false,
     ActionStatus::Planned, ""},
    {"Buurtgerichte veiligheid", 0,
     "Eén meldpunt (telefoon, app en loket) met een dossiernummer waarmee de melder kan volgen wat er met de melding "
     "gebeurt.",
     "Dienst Klantencontact", "Politiezone Dijlestede, stadsdiensten", 2026, 2027, 120000, "",
     "Meldingen met terugkoppeling binnen 10 werkdagen", "90 %", false, ActionStatus::Running,
     "Aanbesteding van de software gegund; het loket start in januari 2027."},
    {"Buurtgerichte veiligheid", 0, "Maandelijks overzicht van de meldingen per wijk voor de wijkinspecteurs.",
     "Dienst Preventie", "Politiezone Dijlestede", 2026, 2026, 0, "", "", "", true, ActionStatus::Done,
     "Elke eerste maandag van de maand verstuurd sinds mei."},
    {"Buurtgerichte veiligheid", 1, "Jaarlijkse buurtwandeling in elke wijk met bewoners, wijkinspecteur en stadsdiensten.",
     "Dienst Wijkwerking", "Politiezone Dijlestede, Dienst Openbaar Domein", 2026, 2031, 0, "werkingsbudget wijkwerking",
     "Wijken met een buurtwandeling dit jaar", "alle 9 wijken", true, ActionStatus::Running,
     "Zes van de negen wijken gedaan; de drie andere in november."},
    {"Ruimtelijke ordening en wonen", 0,
     "Signaalkaart voor wijkinspecteurs die een woning in slechte staat zien, opgevolgd door de woondienst.",
     "Woondienst", "Politiezone Dijlestede", 2027, 2027, 0, "", "Signaalkaarten opgevolgd binnen 30 dagen", "alle",
     false, ActionStatus::Planned, ""},
    {"Ruimtelijke ordening en wonen", 1, "Premie voor eigenaars die een verdieping boven een winkel weer bewoonbaar maken.",
     "Dienst Wonen", "Dienst Economie, handelaarsvereniging", 2027, 2030, 250000, "",
     "Wooneenheden boven winkels weer bewoond", "40 tegen 2030", false, ActionStatus::Planned, ""},
};

// The domain's accepted tactical objectives, in the order the store lists them.
std::vector<int64_t> AcceptedTactical(PlanStore& store, int64_t theme_id) {
    std::vector<int64_t> out;
    for (const Objective& o : ObjectiveStore(store).ListObjectives(theme_id))
        if (o.accepted && o.level == ObjectiveLevel::Tactical) out.push_back(o.id);
    return out;
}

std::optional<int64_t> ObjectiveFor(PlanStore& store, const ActionRow& row) {
    std::optional<int64_t> theme = DemoThemeId(store, row.domain);
    if (!theme) return std::nullopt;
    std::vector<int64_t> tactical = AcceptedTactical(store, *theme);
    if (row.objective >= static_cast<int>(tactical.size())) return std::nullopt;
    return tactical[static_cast<size_t>(row.objective)];
}

// The stored action of a table row: the one with its description under its objective.
std::optional<Action> StoredAction(PlanStore& store, const ActionRow& row) {
    std::optional<int64_t> objective = ObjectiveFor(store, row);
    if (!objective) return std::nullopt;
    for (const Action& a : ActionStore(store).ListActions(*objective))
        if (a.description == row.description) return a;
    return std::nullopt;
}

} // namespace

// [SECTION] Actions
void WriteDemoActions(PlanStore& store, const std::string& by) {
    ActionStore actions(store);
    for (const ActionRow& row : kActions) {
        std::optional<int64_t> objective = ObjectiveFor(store, row);
        if (!objective) continue; // the domain was not heard or has fewer accepted objectives
        Action a;
        a.objective_id = *objective;
        a.description = row.description;
        a.owner = row.owner;
        a.partners = row.partners;
        a.start_year = row.start_year;
        a.end_year = row.end_year;
        if (row.budget_euro > 0) a.budget_euro = row.budget_euro;
        a.budget_note = row.budget_note;
        a.indicator = row.indicator;
        a.target = row.target;
        a.quick_win = row.quick_win;
        actions.Add(a, by);
    }
}

// [SECTION] Follow-up 2026
void WriteDemoFollowUp(PlanStore& store, const std::string& by) {
    constexpr int kYear = 2026;
    ActionStore actions(store);
    MonitoringStore monitoring(store);
    for (const ActionRow& row : kActions) {
        std::optional<Action> a = StoredAction(store, row);
        if (!a || !a->RunsIn(kYear)) continue;
        a->status = row.status_2026;
        actions.Update(*a, by);
        MonitoringEntry e;
        e.year = kYear;
        e.target = MonitoringTarget::Action;
        e.target_id = a->id;
        e.status = row.status_2026 == ActionStatus::Done ? MonitoringStatus::Done : MonitoringStatus::Running;
        e.note = row.note_2026;
        monitoring.Set(e, by);
    }
    // Every accepted objective with an action under way is running; the others wait for 2027.
    std::vector<MonitoringRow> rows = monitoring.Rows(kYear);
    for (const MonitoringRow& r : rows) {
        if (r.target != MonitoringTarget::Objective) continue;
        bool under_way = false;
        for (const MonitoringRow& x : rows)
            if (x.target == MonitoringTarget::Action && x.entry &&
                (x.objective_id == r.target_id || (r.strategic && x.theme_id == r.theme_id)))
                under_way = true;
        MonitoringEntry e;
        e.year = kYear;
        e.target = MonitoringTarget::Objective;
        e.target_id = r.target_id;
        e.status = under_way ? MonitoringStatus::Running : MonitoringStatus::Planned;
        e.note = under_way ? "" : "De acties starten in 2027.";
        monitoring.Set(e, by);
    }
}

} // namespace hd
