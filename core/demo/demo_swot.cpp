// The demo plan's SWOT (issue 13, point 3): what the core group wrote per domain after the diagnosis
// and the first hearings, each item citing an indicator, a related plan's priority, a document or a
// contribution from the merged minutes where it has one. Written before the adoption, so the adopted
// version holds it. Invented for the fictional city.
#include "core/demo/demo_swot.h"

#include <map>
#include <string>
#include <vector>
#include <string_view>

#include "core/lifecycle/priorities.h"
#include "core/lifecycle/swot_citations.h"
#include "core/review/review_store.h"
#include "core/store/store.h"
#include "core/store/swot_store.h"

namespace hd {
namespace {

struct SwotRow {
    std::string_view theme;
    SwotQuadrant quadrant;
    std::string_view text;
    SwotCiteKind cite;       // None: no source
    std::string_view source; // a word in the cited label (the first choice containing it)
};

constexpr SwotRow kSwot[] = {
    {"Illegale drugs", SwotQuadrant::Strength, "Straathoekwerk en MSOC kennen de gebruikers bij naam", SwotCiteKind::None, ""},
    {"Illegale drugs", SwotQuadrant::Strength, "Het parket volgt drughandel als prioriteit mee op", SwotCiteKind::Priority,
     "Dijlestede: Drughandel"},
    {"Illegale drugs", SwotQuadrant::Weakness, "Spuiten in de publieke ruimte blijven toenemen", SwotCiteKind::Indicator,
     "spuiten"},
    {"Illegale drugs", SwotQuadrant::Weakness, "Geen vast overleg tussen politie en hulpverlening", SwotCiteKind::None, ""},
    {"Illegale drugs", SwotQuadrant::Opportunity, "Het zonaal veiligheidsplan zet in op drugsoverlast",
     SwotCiteKind::Priority, "drugsoverlast"},
    {"Illegale drugs", SwotQuadrant::Threat, "Steeds meer processen-verbaal voor drugsdelicten", SwotCiteKind::Indicator,
     "drugsdelicten"},
    {"Illegale drugs", SwotQuadrant::Threat, "Het dealen verschuift naar de zijstraten en het Kloosterpark",
     SwotCiteKind::Contribution, "Kloosterpark"},
    {"Buurtgerichte veiligheid", SwotQuadrant::Strength, "Wijkagenten en buurtwerkers werken al samen", SwotCiteKind::None, ""},
    {"Buurtgerichte veiligheid", SwotQuadrant::Weakness, "Sluikstort stijgt in de dichtbebouwde wijken",
     SwotCiteKind::Indicator, "sluikstort"},
    {"Buurtgerichte veiligheid", SwotQuadrant::Opportunity, "Het bestuursakkoord wil een aanspreekpunt in elke wijk",
     SwotCiteKind::Priority, "aanspreekpunt"},
    {"Buurtgerichte veiligheid", SwotQuadrant::Threat, "Het onveiligheidsgevoel stijgt sinds 2017", SwotCiteKind::Indicator,
     "onveilig"},
    {"Ruimtelijke ordening en wonen", SwotQuadrant::Strength, "Woninginbraken dalen sinds 2019", SwotCiteKind::Indicator,
     "Woninginbraken"},
    {"Ruimtelijke ordening en wonen", SwotQuadrant::Weakness, "Het leegstandsregister groeit elk jaar",
     SwotCiteKind::Indicator, "leegstand"},
    {"Ruimtelijke ordening en wonen", SwotQuadrant::Opportunity, "De evaluatie van het vorige plan raadt een woonzorgmeldpunt aan",
     SwotCiteKind::Document, "Evaluatie"},
    {"Ruimtelijke ordening en wonen", SwotQuadrant::Threat, "Verkrotting bij private verhuur blijft onder de radar",
     SwotCiteKind::None, ""},
};

const SwotCitation* Pick(const SwotCitationChoices& choices, SwotCiteKind kind, std::string_view word) {
    for (const SwotCitation& c : choices.Of(kind))
        if (word.empty() || c.label.find(word) != std::string::npos) return &c;
    return nullptr;
}

// The core group's dot voting on the domains after the diagnosis (5 dots each) and its ranking of the
// drug domain's objectives. Each row is one member's ballot, by member order; for the dots the domains
// in plan order, for the ranking the objectives in board order (0: not ranked).
constexpr int kDots[][7] = {{3, 1, 1, 0, 0, 0, 0}, {2, 0, 2, 0, 0, 1, 0}, {1, 2, 0, 1, 0, 1, 0}, {2, 1, 1, 0, 1, 0, 0},
                            {1, 1, 2, 0, 0, 1, 0}, {2, 2, 0, 0, 0, 1, 0}, {0, 1, 1, 2, 0, 1, 0}, {3, 0, 1, 0, 0, 1, 0}};
constexpr int kRanks[][4] = {{1, 2, 3, 4}, {2, 1, 3, 4}, {1, 3, 2, 4}, {1, 2, 4, 3}, {2, 1, 3, 0}, {1, 2, 3, 4}};

void WriteDemoPriorities(PlanStore& store) {
    std::vector<CoreMember> members = ReviewStore(store).ListMembers();
    std::vector<Theme> themes = store.ListThemes();
    if (members.empty() || themes.empty()) return;
    PriorityStore priorities(store);
    PriorityRound dots;
    dots.title = "Welke domeinen eerst? (na de veiligheidsdiagnose)";
    dots.dots_per_member = 5;
    int64_t round = priorities.AddRound(dots);
    std::vector<PriorityOption> options = priorities.Options(*priorities.GetRound(round));
    for (size_t m = 0; m < members.size() && m < std::size(kDots); ++m) {
        std::map<int64_t, int> ballot;
        for (size_t i = 0; i < options.size() && i < 7; ++i) ballot[options[i].id] = kDots[m][i];
        priorities.SetBallot(round, members[m].id, ballot);
    }
    PriorityRound rank;
    rank.title = "Doelstellingen Illegale drugs in volgorde";
    rank.method = PriorityMethod::Rank;
    rank.target = PriorityTarget::Objective;
    rank.theme_id = themes.front().id;
    round = priorities.AddRound(rank);
    options = priorities.Options(*priorities.GetRound(round));
    for (size_t m = 0; m < members.size() && m < std::size(kRanks); ++m) {
        std::map<int64_t, int> ballot;
        for (size_t i = 0; i < options.size() && i < 4; ++i)
            if (kRanks[m][i] <= static_cast<int>(options.size())) ballot[options[i].id] = kRanks[m][i];
        priorities.SetBallot(round, members[m].id, ballot);
    }
}

} // namespace

void WriteDemoSwot(PlanStore& store) {
    SwotStore swot(store);
    for (const Theme& t : store.ListThemes()) {
        SwotCitationChoices choices;
        bool read = false;
        for (const SwotRow& row : kSwot) {
            if (row.theme != t.title) continue;
            if (!read) choices = ListSwotCitationChoices(store, t.id);
            read = true;
            SwotCitation cite;
            if (row.cite != SwotCiteKind::None)
                if (const SwotCitation* c = Pick(choices, row.cite, row.source)) cite = *c;
            swot.Add(t.id, row.quadrant, std::string(row.text), cite);
        }
    }
    WriteDemoPriorities(store);
}

} // namespace hd
