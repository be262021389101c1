#include <catch2/catch.hpp>

#include "core/store/note_entry.h"

using namespace hd;

namespace {
std::vector<SpeakerCandidate> Candidates() {
    return {{1, {"Jan Vermeersch", "police", "politie"}},
            {2, {"Eline Peeters", "youth_work", "jeugdwerk"}},
            {3, {"", "shopkeepers", "handelaars"}},
            {4, {"Özlem Çelik", "street_work", "straathoekwerk"}}};
}
} // namespace

TEST_CASE("speaker and kind prefixes are understood and removed from the text", "[entry]") {
    auto e = ParseNoteEntry("@ver v: Meer blauw op straat in de stationsbuurt", Candidates());
    REQUIRE(e.speaker_id);
    CHECK(*e.speaker_id == 1);
    REQUIRE(e.kind);
    CHECK(*e.kind == NoteKind::Proposal);
    CHECK(e.text == "Meer blauw op straat in de stationsbuurt");

    auto q = ParseNoteEntry("?: @jeugd Wie betaalt de jeugdwerkers?", Candidates());
    CHECK(*q.kind == NoteKind::Question);
    CHECK(*q.speaker_id == 2);
    CHECK(q.text == "Wie betaalt de jeugdwerkers?");
}

TEST_CASE("speaker matching ignores accents and case and reports ambiguity", "[entry]") {
    CHECK(MatchSpeakers("ozlem", Candidates()) == std::vector<int64_t>{4});
    CHECK(MatchSpeakers("HANDEL", Candidates()) == std::vector<int64_t>{3});
    auto e = ParseNoteEntry("@e tekst", Candidates()); // Eline, Özlem Çelik? only word prefixes count
    CHECK(e.speaker_ambiguous == (MatchSpeakers("e", Candidates()).size() > 1));
    CHECK_FALSE(ParseNoteEntry("@niemand tekst", Candidates()).speaker_id);
}

TEST_CASE("text without prefixes is kept exactly, including colons later on", "[entry]") {
    auto e = ParseNoteEntry("Tijdstip: 22u, plaats: Grote Markt", Candidates());
    CHECK_FALSE(e.kind);
    CHECK(e.text == "Tijdstip: 22u, plaats: Grote Markt");
    CHECK(ParseNoteEntry("ĳs: glad", Candidates()).text == "ĳs: glad");
}
