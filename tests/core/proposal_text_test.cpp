// Readable proposals (issue 12 point 1): key-phrase labels, the safety-chain link from the words
// (the MSOC drop-in is prevention, not aftercare), quotes with their own speaker's discipline, a
// strategic why that does not repeat the problem statement, and dissent between disciplines.
// Every note is written for these tests; every person is fictional.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/base/i18n.h"
#include "core/cluster/chain_cues.h"
#include "core/cluster/cluster_store.h"
#include "core/cluster/dissent.h"
#include "core/cluster/key_phrases.h"
#include "core/cluster/objective_store.h"
#include "core/cluster/proposal_text.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

const char* const kMsocDropIn =
    "MSOC voorstel: een inloopmoment op zaterdag zonder afspraak, en een vaste doorverwijsafspraak met het "
    "straathoekwerk zodat er binnen de week een eerste gesprek is.";

// Three topics: drug nuisance around the station, figures per neighbourhood, cafés at night.
std::vector<std::string> PhraseNotes() {
    return {
        "Bewoners klagen over drugsoverlast in de stationsbuurt, vooral 's avonds.",
        "De drugsoverlast in de stationsbuurt is sinds de camera's verschoven naar de zijstraten.",
        "Handelaars zien klanten wegblijven door drugsoverlast in de stationsbuurt.",
        "Spuiten in de perken aan het station; drugsoverlast in de stationsbuurt neemt toe.",
        "Zijn er cijfers per wijk over inbraken?",
        "De politie heeft cijfers per wijk, maar die tonen vooral waar gecontroleerd wordt.",
        "Cijfers per wijk publiceren zodat bewoners zien wat er gebeurt.",
        "Nachtlawaai aan de cafés in de uitgaansbuurt houdt buren wakker.",
        "Uitbaters van cafés in de uitgaansbuurt willen afspraken over sluitingsuren.",
        "Vechtpartijen bij de cafés in de uitgaansbuurt na sluitingstijd.",
    };
}
} // namespace

TEST_CASE("key phrases are 2 to 5 word spans from the notes, kept as written", "[proposals]") {
    std::vector<std::string> texts = PhraseNotes();
    std::vector<int> group = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
    auto phrases = KeyPhrases(Analyzer(), texts, group);
    REQUIRE(phrases.size() == 3);
    REQUIRE_FALSE(phrases[0].empty());
    CHECK(phrases[0].front().text == "drugsoverlast in de stationsbuurt");
    CHECK(phrases[0].front().notes == 4);
    REQUIRE_FALSE(phrases[1].empty());
    CHECK(phrases[1].front().text == "cijfers per wijk");
    REQUIRE_FALSE(phrases[2].empty());
    CHECK(phrases[2].front().text == "cafés in de uitgaansbuurt"); // the accent stays
    for (const auto& list : phrases)
        for (const KeyPhrase& p : list) {
            size_t words = Tokenize(p.text).size();
            CHECK(words >= 2);
            CHECK(words <= 5);
            // Taken from a note of the group, byte for byte.
            bool found = std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(p.text) != std::string::npos; });
            CHECK(found);
        }
}

TEST_CASE("a phrase never crosses punctuation and never ends on an article", "[proposals]") {
    std::vector<std::string> texts = {"Wijkinspecteur haakt de politie, straathoekwerk zwijgt.",
                                      "Wijkinspecteur haakt de politie, straathoekwerk zwijgt."};
    auto phrases = KeyPhrases(Analyzer(), texts, {0, 0});
    for (const KeyPhrase& p : phrases[0]) {
        CHECK(p.text.find(',') == std::string::npos);
        CHECK(p.text.find("haakt de") == std::string::npos); // a verb before an article is no noun phrase
    }
}

TEST_CASE("cluster labels are key phrases, not comma-joined words", "[proposals]") {
    ClusterOptions o;
    o.k = 3;
    Clustering c = ClusterTexts(Analyzer(), PhraseNotes(), o);
    REQUIRE(c.clusters.size() == 3);
    std::vector<std::string> labels;
    for (const ClusterSummary& s : c.clusters) {
        CHECK(s.label.find(", ") == std::string::npos);
        CHECK(Tokenize(s.label).size() >= 2);
        REQUIRE_FALSE(s.key_phrases.empty());
        CHECK(s.label == s.key_phrases.front());
        labels.push_back(s.label);
    }
    CHECK(std::count(labels.begin(), labels.end(), "drugsoverlast in de stationsbuurt") == 1);
    CHECK(std::count(labels.begin(), labels.end(), "cijfers per wijk") == 1);
}

TEST_CASE("the MSOC drop-in is prevention, not aftercare, whatever its tag", "[proposals]") {
    ChainVerdict alone = ChainFromContent(Analyzer(), {{kMsocDropIn, NoteKind::Proposal, SafetyChain::Aftercare}});
    CHECK(alone.link == SafetyChain::Preventive);
    CHECK_FALSE(alone.from_tags);
    CHECK(std::find(alone.cues.begin(), alone.cues.end(), "zonder afspraak") != alone.cues.end());
    // In its cluster, beside problem notes tagged aftercare, the proposal still decides.
    std::vector<ChainNote> cluster = {
        {"Gebruikers komen pas naar het MSOC als het echt niet meer gaat: schulden, geen woning.", NoteKind::Problem,
         SafetyChain::Aftercare},
        {"De wachtlijsten in de ambulante hulp zijn drie tot vier maanden.", NoteKind::Cause, SafetyChain::Aftercare},
        {kMsocDropIn, NoteKind::Proposal, SafetyChain::Aftercare},
    };
    CHECK(ChainFromContent(Analyzer(), cluster).link == SafetyChain::Preventive);
}

TEST_CASE("the chain link follows the words of each link", "[proposals]") {
    auto link = [](const char* text) {
        return ChainFromContent(Analyzer(), {{text, NoteKind::Proposal, SafetyChain::None}}).link;
    };
    CHECK(link("Bij vrijlating uit de gevangenis een vaste contactpersoon die nazorg en woning regelt.") == SafetyChain::Aftercare);
    CHECK(link("Gerichte acties in de zijstraten en een sluitingsbevel voor panden waar gedeald wordt.") == SafetyChain::Reactive);
    CHECK(link("Een veiligheidsadvies verplicht maken bij bouwaanvragen voor grote projecten.") == SafetyChain::ProActive);
    CHECK(link("Een gedeelde contactlijst van bedrijven en een draaiboek voor noodsituaties.") == SafetyChain::Preparation);
    CHECK(link("Eén preventieprogramma voor alle secundaire scholen.") == SafetyChain::Preventive);
    // No cue at all: the reporters' tags decide, and the verdict says so.
    ChainVerdict none = ChainFromContent(Analyzer(), {{"Dat vinden we allemaal belangrijk.", NoteKind::Other, SafetyChain::Reactive}});
    CHECK(none.link == SafetyChain::Reactive);
    CHECK(none.from_tags);
}

TEST_CASE("an objective sentence comes from the first clause of a proposal", "[proposals]") {
    CHECK(ObjectiveSentence(kMsocDropIn) == "Een inloopmoment op zaterdag zonder afspraak");
    CHECK(ObjectiveSentence("Jongeren die in het dealen dreigen te rollen een job of stage via de stad aanbieden, met "
                            "een coach die hen opvolgt.") ==
          "Jongeren die in het dealen dreigen te rollen een job of stage via de stad aanbieden");
    CHECK(ObjectiveSentence("Buurtbemiddeling vroeger inschakelen: bij de eerste klacht al een brief.") ==
          "Buurtbemiddeling vroeger inschakelen");
    CHECK(ObjectiveSentence("één meldpunt voor de hele stad.") == "Eén meldpunt voor de hele stad");
}

TEST_CASE("dissent: opposing stances of two disciplines on sharing information", "[proposals]") {
    std::vector<DissentNote> notes = {
        {"p", "De politie wil dat straathoekwerkers signalen over dealers sneller doorgeven.", "police", NoteKind::Proposal},
        {"s", "Straathoekwerk doet mee, maar niet als informant: het vertrouwen van de jongeren gaat voor.", "street_work",
         NoteKind::Other},
        {"w", "Het Sociaal Huis wil ook signalen over dealers krijgen.", "welfare", NoteKind::Proposal},
    };
    std::vector<Dissent> d = FindDissent(Analyzer(), notes);
    REQUIRE_FALSE(d.empty());
    CHECK(d.front().discipline_b == "street_work");
    CHECK(d.front().opposition == "sharing_confidentiality");
    CHECK(std::find(d.front().words_b.begin(), d.front().words_b.end(), "vertrouwen") != d.front().words_b.end());
    // Police and welfare argue for the same thing: no dissent between them.
    for (const Dissent& x : d) CHECK_FALSE(((x.discipline_a == "police" && x.discipline_b == "welfare") ||
                                            (x.discipline_a == "welfare" && x.discipline_b == "police")));
}

TEST_CASE("no dissent between agreeing notes, nor within one discipline, nor for 'niet alleen ... maar ook'", "[proposals]") {
    std::vector<DissentNote> agree = {
        {"a", "Meer verlichting in de steegjes rond de kerk.", "residents", NoteKind::Proposal},
        {"b", "Niet alleen verlichting in de steegjes, maar ook een buurtwandeling.", "city_services", NoteKind::Proposal},
        // A problem says what is missing with "niet" and "geen"; that is no objection to a proposal.
        {"c", "De verlichting in de steegjes is niet genoeg en er is geen toezicht.", "welfare", NoteKind::Problem},
    };
    CHECK(FindDissent(Analyzer(), agree).empty());
}

namespace {
struct SpeakerPlan {
    std::unique_ptr<PlanStore> store;
    int64_t theme_id = 0;
    std::map<std::string, int64_t> speaker; // discipline -> participant
    explicit SpeakerPlan(const std::string& path) {
        Plan plan;
        plan.name = "Integraal Veiligheidsplan Zandhoven";
        store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Illegale drugs";
        t.problem_statement = "Rond het station wordt openlijk gedeald en hulp komt te laat.";
        theme_id = store->AddTheme(t);
        for (const char* d : {"police", "street_work", "health"}) {
            Participant p;
            p.name = std::string("Fictief ") + d;
            p.discipline = d;
            speaker[d] = store->AddParticipant(p);
        }
        Hearing h;
        h.theme_id = theme_id;
        h.date = "2026-10-13";
        hearing = store->AddHearing(h);
    }
    int64_t hearing = 0;
    std::string Add(const std::string& text, NoteKind kind, const char* discipline, SafetyChain tag = SafetyChain::None) {
        Note n;
        n.hearing_id = hearing;
        n.reporter = 'A';
        n.text = text;
        n.kind = kind;
        n.chain = tag;
        n.speaker_id = speaker.at(discipline);
        n.offset_ms = ++offset * 1000;
        return store->AddNote(n).uuid;
    }
    int64_t offset = 0;
};
} // namespace

TEST_CASE("why quotes each note with its own speaker's discipline, and the strategic why is no copy", "[proposals]") {
    test::TempDir dir;
    SpeakerPlan plan(dir.File("p.hdesk"));
    plan.Add("Gebruikers komen pas naar het MSOC als het echt niet meer gaat.", NoteKind::Problem, "health", SafetyChain::Aftercare);
    plan.Add("\"Wat moet ik anders doen, niemand neemt me aan.\"", NoteKind::Quote, "street_work");
    plan.Add("Jongere gebruikers van het MSOC zwijgen in de week over hun gebruik.", NoteKind::Problem, "street_work");
    plan.Add("Meldingen over dealen aan de voordeur bij het MSOC zijn moeilijk te bewijzen.", NoteKind::Cause, "police");
    plan.Add(kMsocDropIn, NoteKind::Proposal, "health", SafetyChain::Aftercare);
    ClusterStore cs(*plan.store, Analyzer());
    ReclusterOptions one;
    one.k = 1;
    cs.Recluster(plan.theme_id, one);
    ObjectiveStore os(*plan.store);
    os.ProposeObjectives(plan.theme_id, Analyzer());
    auto objectives = os.ListObjectives(plan.theme_id);
    REQUIRE(objectives.size() == 2);
    const Objective& tactical = objectives[1];
    CHECK(tactical.title == "Een inloopmoment op zaterdag zonder afspraak");
    CHECK(tactical.chain == SafetyChain::Preventive);
    // Every quoted line names the discipline of the person who said it.
    const std::map<std::string, std::string> label = {{"health", "(Gezondheidszorg)"}, {"street_work", "(Straathoekwerk)"},
                                                      {"police", "(Politie)"}};
    size_t quoted = 0;
    for (const Note& n : plan.store->ListNotes(plan.hearing)) {
        size_t at = tactical.why.find(n.text);
        if (at == std::string::npos) continue;
        ++quoted;
        std::string discipline;
        for (const auto& [d, id] : plan.speaker)
            if (id == n.speaker_id) discipline = d;
        size_t line_end = tactical.why.find('\n', at);
        std::string line = tactical.why.substr(at, line_end == std::string::npos ? std::string::npos : line_end - at);
        CHECK(line.find(label.at(discipline)) != std::string::npos);
        for (const auto& [d, l] : label)
            if (d != discipline) CHECK(line.find(l) == std::string::npos);
    }
    CHECK(quoted >= 2);
    CHECK(quoted <= 3);
    CHECK(tactical.how.find("(Gezondheidszorg)") != std::string::npos);
    const Objective& strategic = objectives[0];
    auto theme = plan.store->GetTheme(plan.theme_id);
    CHECK(strategic.why.find(theme->problem_statement) == std::string::npos);
    CHECK(strategic.why.find("5 bijdragen") != std::string::npos);
}
