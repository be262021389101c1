// Carries the demo plan through its phases, the way a city and its core group would: the inputs and
// the diagnosis (demo_lifecycle.cpp), the minutes of the held hearings merged and reviewed (most
// entries decided, a few left open), the first hearings' minutes approved, a core group by
// organisation, clusters with accepted and proposed objectives, the forum's expert commentary with
// audience reactions, and the decisions that adopted the plan. Every name comes from
// fictional_names.cpp.
//
// [SECTION] Tables: core group, forum
// [SECTION] Minutes: merge, decisions, approval
// [SECTION] Objectives
// [SECTION] Forum
#include "core/demo/demo_process.h"

#include <string>
#include <string_view>
#include <vector>

#include "core/cluster/cluster_store.h"
#include "core/cluster/objective_store.h"
#include "core/demo/demo_actions.h"
#include "core/demo/demo_lifecycle.h"
#include "core/demo/demo_swot.h"
#include "core/demo/demo_plan_data.h"
#include "core/merge/merge_store.h"
#include "core/review/review_store.h"
#include "core/store/store.h"

namespace hd {
namespace {

// [SECTION] Tables: core group, forum
struct MemberRow {
    std::string_view name, organisation, role;
};
constexpr MemberRow kMembers[] = {
    {"Karolien Vercammen", "Stad Dijlestede, burgemeester", "mayor"},
    {"Jeroen Bollaert", "Stad Dijlestede, schepen van veiligheid en preventie", "alderman"},
    {"Hanne De Clercq", "Politiezone Dijlestede, korpschef", "police_chief"},
    {"Annick Moens", "Parket, afdeling Dijlestede", "prosecutor"},
    {"Yusuf Demir", "Sociaal Huis Dijlestede, algemeen directeur", "welfare_director"},
    {"Stijn Van Hoof", "Preventiedienst stad Dijlestede", "prevention_officer"},
    {"Liesbeth Cuypers", "Stad Dijlestede, coördinator integrale veiligheid", "coordinator"},
};
constexpr std::string_view kCoordinator = "Liesbeth Cuypers";

struct ForumRow {
    std::string_view expert, function, commentary;
    std::string_view reactions[3]; // "author|text", author may be empty
};
// One row per theme, in the order of demo::Themes().
constexpr ForumRow kForum[] = {
    {"Margot Deprez", "Docent drugbeleid, Hogeschool Dijleland",
     "De hoorzitting legt terecht de nadruk op vroege hulp: wie pas in crisis bij het MSOC aanklopt, heeft "
     "meestal al jaren signalen gegeven. Zorg dat het gedeelde overleg niet alleen over handhaving gaat, maar "
     "ook over wie het dossier opvolgt na een interventie.",
     {"|Wordt de buurt rond het station betrokken bij het overleg?", "Frieda Willems|Graag ook aandacht voor "
      "ouders: zij merken het vaak als eersten.", "|Hoe meten jullie of de wachttijd korter wordt?"}},
    {"Arnout Wyckaert", "Onderzoeker buurtwerking, Kenniscentrum Veiligheid Dijleland",
     "Opvallend is hoeveel problemen tussen de diensten blijven liggen. Een vast aanspreekpunt per buurt en "
     "een korte terugkoppeling aan wie een melding deed, doen meer voor het veiligheidsgevoel dan extra "
     "patrouilles.",
     {"Kobe Dierckx|Wij melden sluikstort al maanden, zonder antwoord.", "|Kunnen gemeenschapswachten ook 's "
      "avonds langskomen?", ""}},
    {"Yasmina Ouali", "Stedenbouwkundige, Studiebureau Ruimte & Zorg",
     "Leefbaarheid begint bij het ontwerp: verlichting, zicht op gangen en bergingen, en beheer dat vooraf "
     "is afgesproken. Neem de veiligheidstoets op in elk bouwdossier van enige omvang.",
     {"|Wie is verantwoordelijk voor de bergingen in Ter Linden?", "", ""}},
    {"Geert-Jan Lemmens", "Adviseur ondernemersveiligheid, Handelskamer Dijleland",
     "Ondernemers vragen vooral snelheid: één kanaal om informatie te delen en binnen de dag een antwoord. "
     "De afspraken voor feesten en de uitgaanszone verdienen een vaste evaluatie na elk seizoen.",
     {"|Komt er een WhatsApp-groep voor de handelaars?", "Frieda Willems|Ook de markt op zaterdag meenemen.",
      ""}},
    {"Saar Heylen", "Bemiddelaar en lector herstelrecht, Hogeschool Dijleland",
     "Herstel werkt het best snel en dichtbij: een bemiddeling binnen enkele weken na de feiten, met de buurt "
     "erbij. Leg vast wie het slachtoffer informeert, anders valt dat tussen twee stoelen.",
     {"|Kunnen jongeren zelf een bemiddeling vragen?", "", ""}},
    {"Ilse Van Damme", "Coördinator jeugdhulp, Jeugdwelzijn Dijleland",
     "Jongeren die rondhangen zijn niet vanzelf een veiligheidsprobleem. Geef hen plekken en een stem, en "
     "hou de aanpak voor de kleine groep die afglijdt apart, met één begeleider die school, thuis en buurt "
     "samen ziet.",
     {"Kobe Dierckx|Mijn zoon vraagt al jaren een overdekte plek om te sporten.", "", ""}},
    {"Jonas Verbeke", "Communicatieadviseur lokale besturen, Kenniscentrum Veiligheid Dijleland",
     "Het beeld van veiligheid maakt mee hoe veilig mensen zich voelen. Leg uit wat de stad doet, met "
     "cijfers per wijk, en hou de lokale regels zo kort dat iedereen ze kent.",
     {"|Komen de cijfers per wijk online?", "", ""}},
};

// [SECTION] Minutes: merge, decisions, approval
// A reviewer's choice for a "differs" entry, spread deterministically over the kinds of decision.
ReviewDecision DecisionFor(size_t i, const StoredEntry& e) {
    if (i % 6 == 2) return ReviewDecision::KeepBoth;
    if (e.b_text.size() > e.a_text.size() + 20) return ReviewDecision::AcceptB;
    return ReviewDecision::AcceptA;
}

// Decides every entry that needs it, except the last `leave_open` of them.
void DecideEntries(MergeStore& merges, int64_t hearing_id, size_t leave_open, const std::string& by) {
    std::vector<StoredEntry> open;
    for (StoredEntry& e : merges.ListEntries(hearing_id))
        if (!e.Resolved()) open.push_back(std::move(e));
    size_t decide = open.size() > leave_open ? open.size() - leave_open : 0;
    for (size_t i = 0; i < decide; ++i) {
        const StoredEntry& e = open[i];
        if (i == 1) { // one reviewer rewrote an entry in full words
            merges.RecordDecision(e.id, ReviewDecision::Edited, e.a_text.empty() ? e.b_text : e.a_text, by);
            continue;
        }
        merges.RecordDecision(e.id, DecisionFor(i, e), {}, by);
    }
}

void WriteMinutes(PlanStore& store, const TextAnalyzer& analyzer, int64_t at_ms) {
    MergeStore merges(store);
    ReviewStore reviews(store);
    std::vector<Hearing> hearings = store.ListHearings();
    for (size_t i = 0; i < hearings.size(); ++i) {
        const Hearing& h = hearings[i];
        if (h.status == HearingStatus::Planned || store.ListNotes(h.id).empty()) continue;
        merges.RunMerge(h.id, analyzer, {}, std::string(kCoordinator));
        // The first two hearings are reviewed and approved; the third is under review with a few
        // entries left open; the running hearing is merged but not reviewed yet.
        if (h.status != HearingStatus::Closed) continue;
        bool approve = i < 2;
        DecideEntries(merges, h.id, approve ? 0 : 3, std::string(kCoordinator));
        int64_t when = at_ms + static_cast<int64_t>(i) * 60'000;
        // Every entry of an approved hearing was decided above, so the approval is a clean one.
        if (approve) reviews.Approve(h.id, std::string(kCoordinator), when);
        else reviews.SetReviewState(h.id, ReviewState::UnderReview, std::string(kCoordinator), when);
    }
}

void WriteCoreGroup(PlanStore& store) {
    ReviewStore reviews(store);
    for (const MemberRow& row : kMembers) {
        CoreMember m;
        m.name = row.name;
        m.organisation = row.organisation;
        m.role = row.role;
        reviews.AddMember(m);
    }
}

// [SECTION] Objectives
// Clusters each theme that has merged minutes and proposes objectives. Where the theme's hearings are
// all closed, the core group accepted the strategic one and the first two tactical ones, so the board
// and the plan show both accepted objectives and proposals; the running hearing's domain has
// proposals only (its hearing belongs to the follow-up after adoption).
void WriteObjectives(PlanStore& store, const TextAnalyzer& analyzer) {
    MergeStore merges(store);
    ClusterStore clusters(store, analyzer);
    ObjectiveStore objectives(store);
    for (const Theme& theme : store.ListThemes()) {
        bool has_minutes = false, all_closed = true;
        for (const Hearing& h : store.ListHearings()) {
            if (h.theme_id != theme.id) continue;
            has_minutes |= merges.HasMerge(h.id);
            all_closed &= h.status == HearingStatus::Closed;
        }
        if (!has_minutes) continue;
        clusters.Recluster(theme.id);
        objectives.ProposeObjectives(theme.id);
        if (!all_closed) continue;
        int tactical_accepted = 0;
        for (const Objective& o : objectives.ListObjectives(theme.id)) {
            bool strategic = o.level == ObjectiveLevel::Strategic;
            if (!strategic && tactical_accepted >= 2) continue;
            objectives.Accept(o.id);
            tactical_accepted += strategic ? 0 : 1;
        }
    }
}

// [SECTION] Forum
void WriteForum(PlanStore& store, int64_t at_ms) {
    ReviewStore reviews(store);
    std::vector<Theme> themes = store.ListThemes();
    for (size_t i = 0; i < themes.size() && i < std::size(kForum); ++i) {
        const ForumRow& row = kForum[i];
        ForumCommentary c;
        c.theme_id = themes[i].id;
        c.expert_name = row.expert;
        c.expert_function = row.function;
        c.text = row.commentary;
        c.changed_by = kCoordinator;
        c.changed_at_ms = at_ms;
        reviews.SaveCommentary(c);
        int64_t t = at_ms;
        for (std::string_view reaction : row.reactions) {
            if (reaction.empty()) continue;
            size_t bar = reaction.find('|');
            reviews.AddReaction(themes[i].id, std::string(reaction.substr(bar + 1)), std::string(reaction.substr(0, bar)),
                                t += 90'000);
        }
    }
}

} // namespace

void WriteDemoProcess(PlanStore& store, const TextAnalyzer& analyzer) {
    // Fixed dates, so the same demo gives the same dates whenever it is created: the core group
    // reviews on 2025-11-20 at 10:00 Brussels time, the forum is on 2026-01-28 at 19:00.
    constexpr int64_t kReviewAtMs = 1'763'629'200'000;
    constexpr int64_t kForumAtMs = 1'769'623'200'000;
    // Decisions and other stamps the stores take from the clock: one every few seconds that day.
    ScopedSteppedClock clock(kReviewAtMs, 7'000);
    WriteDemoInputs(store);
    WriteCoreGroup(store);
    WriteMinutes(store, analyzer, kReviewAtMs);
    WriteObjectives(store, analyzer);
    WriteForum(store, kForumAtMs);
    WriteDemoSwot(store);
    WriteDemoActions(store, std::string(kCoordinator));
    // The council adopts the plan on 2026-03-24 at 19:00 Brussels time; the follow-up comes later.
    ScopedSteppedClock council_clock(1'774'375'200'000, 60'000);
    WriteDemoAdoption(store);
}

} // namespace hd
