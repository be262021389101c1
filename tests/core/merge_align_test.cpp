// The alignment: statuses, groupings, clock skew, wrong speakers, and properties on generated pairs.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>

#include "core/merge/merge.h"
#include "core/text/text_analysis.h"
#include "tests/bench/reporter_pairs.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    return analyzer;
}

MergeNote N(const std::string& id, int64_t seconds, const std::string& speaker, const std::string& text) {
    return {id, seconds * 1000, speaker, text};
}

// "a3" and the like, built by appends (g++ 12 warns falsely on operator+ chains of strings).
std::string Id(char prefix, size_t i) {
    std::string s(1, prefix);
    s.append(std::to_string(i));
    return s;
}

// Every note of both inputs exactly once, each reporter's order kept.
void CheckPartition(const MergeResult& r, size_t na, size_t nb) {
    std::vector<size_t> seen_a, seen_b;
    for (const MergedEntry& e : r.entries) {
        REQUIRE((!e.a.empty() || !e.b.empty()));
        seen_a.insert(seen_a.end(), e.a.begin(), e.a.end());
        seen_b.insert(seen_b.end(), e.b.begin(), e.b.end());
        if (e.status == MergeStatus::OnlyA) REQUIRE((e.b.empty() && !e.a.empty()));
        if (e.status == MergeStatus::OnlyB) REQUIRE((e.a.empty() && !e.b.empty()));
        if (e.status == MergeStatus::Agreed || e.status == MergeStatus::Differs) REQUIRE((!e.a.empty() && !e.b.empty()));
    }
    REQUIRE(seen_a.size() == na);
    REQUIRE(seen_b.size() == nb);
    for (size_t i = 0; i < na; ++i) REQUIRE(seen_a[i] == i);
    for (size_t j = 0; j < nb; ++j) REQUIRE(seen_b[j] == j);
}
} // namespace

TEST_CASE("merge gives agreed, differs, only_a and only_b", "[merge]") {
    std::vector<MergeNote> a = {
        N("a1", 60, "An Peeters", "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren."),
        N("a2", 150, "Jan De Smet", "Straathoekwerkers moeten vroeger betrokken worden bij het buurtoverleg."),
        N("a3", 240, "Eline Vermeërsch", "De sociale huisvestingsmaatschappij wil camera's in de parkeergarage."),
    };
    std::vector<MergeNote> b = {
        N("b1", 62, "An Peeters", "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren."),
        N("b2", 155, "Jan De Smet", "Straathoekwerkers vroeger betrekken bij buurtoverleg, nu pas achteraf gevraagd; budget ontbreekt."),
        N("b4", 330, "Koen Claes", "Handelaars klagen over zwerfvuil rond de markt op zaterdag."),
    };
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    CheckPartition(r, a.size(), b.size());
    REQUIRE(r.entries.size() == 4);
    CHECK(r.entries[0].status == MergeStatus::Agreed);
    CHECK(r.entries[0].text == a[0].text);
    CHECK(r.entries[1].status == MergeStatus::Differs);
    CHECK(r.entries[1].a_ids == std::vector<std::string>{"a2"});
    CHECK(r.entries[1].b_ids == std::vector<std::string>{"b2"});
    CHECK_FALSE(r.entries[1].diff.empty());
    // The proposed text keeps what only B wrote.
    CHECK(r.entries[1].text.find("budget ontbreekt") != std::string::npos);
    CHECK(r.entries[2].status == MergeStatus::OnlyA);
    CHECK(r.entries[2].a_ids == std::vector<std::string>{"a3"});
    CHECK(r.entries[2].text == a[2].text); // byte-exact, diacritics included
    CHECK(r.entries[3].status == MergeStatus::OnlyB);
    CHECK(r.entries[3].b_ids == std::vector<std::string>{"b4"});
}

TEST_CASE("merge groups one long note with two short ones (1:2 and 2:1)", "[merge]") {
    std::vector<MergeNote> a = {
        N("a1", 100, "An Peeters", "De politie vraagt meer camera's aan het station en een betere verlichting in de fietsenstalling."),
        N("a2", 400, "Jan De Smet", "Jongeren hangen rond bij de sporthal."),
        N("a3", 420, "Jan De Smet", "Het jeugdhuis sluit te vroeg op vrijdag."),
    };
    std::vector<MergeNote> b = {
        N("b1", 105, "An Peeters", "Politie vraagt meer camera's aan het station."),
        N("b2", 118, "An Peeters", "Ook betere verlichting in de fietsenstalling gevraagd."),
        N("b3", 410, "Jan De Smet", "Jongeren hangen rond bij de sporthal, want het jeugdhuis sluit te vroeg op vrijdag."),
    };
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    CheckPartition(r, a.size(), b.size());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].a_ids == std::vector<std::string>{"a1"});
    CHECK(r.entries[0].b_ids == std::vector<std::string>{"b1", "b2"});
    CHECK(r.entries[1].a_ids == std::vector<std::string>{"a2", "a3"});
    CHECK(r.entries[1].b_ids == std::vector<std::string>{"b3"});
}

TEST_CASE("merge tolerates a clock skew of two minutes", "[merge]") {
    // B's laptop runs 110 s ahead; notes are 40 s apart, so without the offset estimate each B note
    // would sit closest in time to the wrong A note.
    std::vector<std::string> texts = {
        "Er is te weinig toezicht in het park na zonsondergang.",
        "Buurtbewoners willen een vast aanspreekpunt bij de wijkagent.",
        "De drugsdealers verplaatsen zich naar de zijstraten van de markt.",
        "Het OCMW ziet meer daklozen in de stationshal tijdens de winter.",
        "Scholen vragen een veilige fietsroute langs de ring.",
        "Café-uitbaters melden vechtpartijen na sluitingstijd.",
    };
    std::vector<MergeNote> a, b;
    for (size_t i = 0; i < texts.size(); ++i) {
        a.push_back(N(Id('a', i), 40 * static_cast<int64_t>(i), "", texts[i]));
        b.push_back(N(Id('b', i), 40 * static_cast<int64_t>(i) + 110, "", texts[i]));
    }
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    CheckPartition(r, a.size(), b.size());
    REQUIRE(r.entries.size() == texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        CHECK(r.entries[i].status == MergeStatus::Agreed);
        CHECK(r.entries[i].b_ids == std::vector<std::string>{Id('b', i)});
    }
    CHECK(std::llabs(r.clock_offset_ms - 110000) <= 1000);
}

TEST_CASE("merge matches notes despite wrong or surname-only speakers", "[merge]") {
    std::vector<MergeNote> a = {
        N("a1", 10, "An Peeters", "Meer blauw op straat tijdens het weekend in de uitgaansbuurt."),
        N("a2", 70, "Jan De Smet", "Preventiewerkers hebben te weinig middelen voor nachtwerk."),
    };
    std::vector<MergeNote> b = {
        N("b1", 12, "Peeters", "Meer blauw op straat in het weekend, uitgaansbuurt."),
        N("b2", 72, "Eline Vermeërsch", "Preventiewerkers te weinig middelen voor nachtwerk."),
    };
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    CheckPartition(r, a.size(), b.size());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].b_ids == std::vector<std::string>{"b1"});
    CHECK(r.entries[0].speaker == "An Peeters"); // the surname form joins the full name
    CHECK(r.entries[1].b_ids == std::vector<std::string>{"b2"});
    CHECK(r.entries[1].speaker == "Jan De Smet / Eline Vermeërsch"); // disagreement kept visible
    CHECK(SpeakersMatch("De Smet", "Jan de Smet"));
    CHECK(SpeakersMatch("PEETERS", "An Peeters"));
    CHECK_FALSE(SpeakersMatch("An Peeters", "Jan Peeters"));
}

TEST_CASE("merge handles empty sides and notes without times", "[merge]") {
    std::vector<MergeNote> a = {{"1", -1, "", "Eerste punt over verkeersveiligheid aan de school."},
                                {"2", -1, "", "Tweede punt over parkeren op het voetpad."}};
    MergeResult only_a = MergeTranscripts(a, {}, Analyzer());
    CheckPartition(only_a, 2, 0);
    CHECK(only_a.entries.size() == 2);
    CHECK(only_a.entries[0].time_ms == -1);
    MergeResult none = MergeTranscripts({}, {}, Analyzer());
    CHECK(none.entries.empty());
    std::vector<MergeNote> b = {{"1", -1, "", "Parkeren op het voetpad, tweede punt."}};
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    CheckPartition(r, 2, 1);
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[1].b_ids == std::vector<std::string>{"1"});
}

TEST_CASE("merge properties on generated reporter pairs: every id once, order kept, pairs mostly right", "[merge][property]") {
    std::string tsv = std::string(HD_SHARED_DATA_DIR) + "/sib200_nl_en.tsv";
    std::vector<std::string> sentences = bench::LoadDutchSentences(tsv);
    if (sentences.empty()) {
        // Without the shared data: synthetic sentences from a small Dutch vocabulary.
        std::vector<std::string> words = {"politie", "buurt", "jongeren", "overlast", "station", "camera", "fietsen", "nacht",
                                          "school", "verlichting", "markt", "preventie", "wijkagent", "park", "drugs", "cafe"};
        std::mt19937 rng(5);
        for (int s = 0; s < 400; ++s) {
            std::string text;
            for (int w = 0; w < 12; ++w) {
                if (w) text += ' ';
                text += words[rng() % words.size()];
                text += std::to_string(rng() % 50);
            }
            sentences.push_back(text);
        }
    }
    bench::PairScore score;
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        bench::PairGenerator gen(sentences, seed);
        bench::PairOptions po;
        po.utterances = 60 + 20 * seed;
        bench::ReporterPair pair = gen.Generate(po);
        MergeResult r = MergeTranscripts(bench::ReporterPair::Notes(pair.a), bench::ReporterPair::Notes(pair.b), Analyzer());
        CheckPartition(r, pair.a.size(), pair.b.size());
        score.Add(bench::PredictedPairs(r), pair.TruthPairs());
    }
    CHECK(score.F1() >= 0.9);
}

TEST_CASE("a dropped negation or a different number makes an entry differ", "[merge]") {
    std::vector<MergeNote> a = {N("a1", 10, "", "Hangjongeren zijn niet altijd een probleem in de buurt van het station."),
                                N("a2", 90, "", "De klachten over lawaai zijn op twee jaar verdubbeld tot 40 meldingen.")};
    std::vector<MergeNote> b = {N("b1", 12, "", "Hangjongeren zijn altijd een probleem in de buurt van het station."),
                                N("b2", 92, "", "De klachten over lawaai zijn op twee jaar verdubbeld tot 48 meldingen.")};
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].status == MergeStatus::Differs);
    CHECK(r.entries[1].status == MergeStatus::Differs);
    MergeResult same = MergeTranscripts(a, a, Analyzer());
    CHECK(same.entries[0].status == MergeStatus::Agreed);
    CHECK(same.entries[1].status == MergeStatus::Agreed);
}
