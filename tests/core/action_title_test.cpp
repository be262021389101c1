// Proposed objective titles say what to do (issue 12): the first clause of a proposal that is an
// action, not an observation or a wish's subject; "Aanpak van <phrase>" when no proposal of the
// cluster says what to do. Every note is written for these tests; every person is fictional.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/cluster/action_clause.h"
#include "core/cluster/proposal_text.h"
#include "core/text/text_analysis.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

Contribution Contrib(const char* uuid, const char* text, NoteKind kind, const char* discipline = "police") {
    Contribution c;
    c.uuid = uuid;
    c.text = text;
    c.kind = kind;
    c.discipline = discipline;
    c.hearing_id = 1;
    return c;
}
} // namespace

TEST_CASE("a note is cut into clauses at sentence ends, semicolons, dashes and arrows", "[proposals]") {
    auto clauses = NoteClauses("Premie voor eigenaars -> ook meer leven 's avonds. Wie betaalt? Niemand; echt niet");
    REQUIRE(clauses.size() == 5);
    CHECK(clauses[0] == "Premie voor eigenaars");
    CHECK(clauses[1] == "ook meer leven 's avonds");
    CHECK(clauses[2] == "Wie betaalt?"); // the question mark stays, so a question can be told
    CHECK(clauses[3] == "Niemand");
    CHECK(clauses[4] == "echt niet");
    CHECK(NoteClauses("").empty());
    CHECK(NoteClauses("Meldpunt \xE2\x86\x92 terugkoppeling").size() == 2);
}

TEST_CASE("observations, questions and reports are no action, measures and infinitive clauses are", "[proposals]") {
    CHECK_FALSE(ActionPart("De wijkinspecteur ziet veel woningen van binnen"));
    CHECK_FALSE(ActionPart("De politie heeft cijfers per wijk"));
    CHECK_FALSE(ActionPart("Er is geen speelruimte in de verkaveling"));
    CHECK_FALSE(ActionPart("Hoe lang duurt een procedure tegen een huisjesmelker?"));
    CHECK_FALSE(ActionPart("Wij doen al huisbezoeken"));
    CHECK_FALSE(ActionPart("The police sees many homes from inside"));
    CHECK_FALSE(ActionPart("Nazorg regelen")); // two words: too short for a title
    CHECK(ActionPart("Buurtbemiddeling vroeger inschakelen bij burenruzies") == std::string("Buurtbemiddeling vroeger inschakelen bij burenruzies"));
    CHECK(ActionPart("Eén meldpunt voor de hele stad") == std::string("Eén meldpunt voor de hele stad"));
    CHECK(ActionPart("De werkuren van de gemeenschapswachten naar de avond verschuiven"));
    CHECK(ActionPart("Er moet een vast aanspreekpunt komen"));
    // A call to act or a wish: what follows is the thing to do.
    CHECK(ActionPart("laat ons signalen over slechte woningen doorgeven") == std::string("signalen over slechte woningen doorgeven"));
    CHECK(ActionPart("De horeca wil een gezamenlijke cursus voor portiers") == std::string("een gezamenlijke cursus voor portiers"));
    CHECK(ActionPart("Shopkeepers want a shared messaging group for the street") == std::string("a shared messaging group for the street"));
    CHECK(ActionPart("We need to open the youth centre more often") == std::string("open the youth centre more often"));
    CHECK_FALSE(ActionPart("Bewoners willen dat het stopt")); // "wil dat ..." reports a wish, names no measure
}

TEST_CASE("an objective sentence is the proposal's first clause that says what to do", "[proposals]") {
    const char* observed_first =
        "De wijkinspecteur ziet veel woningen van binnen; laat ons signalen over slechte woningen met één formulier aan "
        "de dienst Wonen doorgeven.";
    CHECK(ObjectiveSentence(observed_first) == "Signalen over slechte woningen met één formulier aan de dienst Wonen doorgeven");
    CHECK(ObjectiveSentence("Premie voor eigenaars die de verdieping boven hun winkel terug bewoonbaar maken -> ook meer "
                            "leven 's avonds") ==
          "Premie voor eigenaars die de verdieping boven hun winkel terug bewoonbaar maken");
    CHECK(ObjectiveSentence("De horeca wil een gezamenlijke cursus voor portiers en personeel over omgaan met agressie.") ==
          "Een gezamenlijke cursus voor portiers en personeel over omgaan met agressie");
    // Nothing to do in it: the first clause, as before, and ActionSentence says so.
    CHECK_FALSE(ActionSentence("De politie heeft cijfers per wijk. Die tonen vooral waar gecontroleerd wordt."));
    CHECK(ObjectiveSentence("De politie heeft cijfers per wijk. Die tonen vooral waar gecontroleerd wordt.") ==
          "De politie heeft cijfers per wijk");
}

TEST_CASE("the title comes from the most representative proposal that says what to do", "[proposals]") {
    Contribution problem = Contrib("a", "Huurders durven niet te klagen over slechte woningen.", NoteKind::Problem, "housing");
    Contribution observation = Contrib("b", "De wijkinspecteur ziet veel slechte woningen van binnen.", NoteKind::Proposal);
    Contribution action = Contrib("c", "Een actieve woningcontrole, straat per straat, in de stationswijk.", NoteKind::Proposal, "housing");
    std::vector<const Contribution*> members = {&problem, &observation, &action};
    // The observation is the most representative proposal; it is skipped for the title, kept in how.
    TacticalDraft d = DraftTactical(Analyzer(), members, {0.9f, 0.8f, 0.5f}, {"slechte woningen", "woningcontrole"}, {});
    CHECK(d.title == "Een actieve woningcontrole, straat per straat, in de stationswijk");
    CHECK(d.representative == &action);
    CHECK_FALSE(d.title_from_phrase);
    CHECK(d.how.find("De wijkinspecteur ziet") != std::string::npos);
}

TEST_CASE("without a proposal that says what to do the title is 'Aanpak van' one key phrase", "[proposals]") {
    Contribution problem = Contrib("a", "Gangen en bergingen in de hoogbouw zijn slecht verlicht.", NoteKind::Problem);
    Contribution observation = Contrib("b", "De politie heeft cijfers per gebouw.", NoteKind::Proposal);
    Contribution question = Contrib("c", "Wie herstelt de deuren van de bergingen?", NoteKind::Proposal, "housing");
    std::vector<const Contribution*> members = {&problem, &observation, &question};
    TacticalDraft nl = DraftTactical(Analyzer(), members, {0.9f, 0.8f, 0.5f}, {"gangen en bergingen", "trekt verloedering"}, {});
    CHECK(nl.title == "Aanpak van gangen en bergingen"); // one phrase, never two run together
    CHECK(nl.title_from_phrase);
    ProposalWording english;
    english.language = Language::English;
    TacticalDraft en = DraftTactical(Analyzer(), members, {0.9f, 0.8f, 0.5f}, {"corridors and storage rooms"}, english);
    CHECK(en.title == "Tackle corridors and storage rooms");
}
