// Plain-text transcripts: line parsing, speaker matching, idempotent import.
#include <catch2/catch.hpp>

#include "core/transcript/transcript_text.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

TEST_CASE("text lines: time and speaker optional, how each line was understood", "[transcript][text]") {
    test::MergeFixture f;
    auto people = HearingParticipants(*f.store, f.hearing);
    REQUIRE(people.size() == 3);
    std::string content =
        "[00:01:10] An Peeters: Meer blauw op straat.\n"
        "\n"
        "  [01:30] peeters: Vooral 's avonds.\r\n"
        "Straathoekwerk: Jongeren vinden geen plek.\n"
        "ELINE VERMEERSCH: Huisvesting is een probleem\n"
        "[00:05:00] Koen Claes: Hij was niet uitgenodigd.\n"
        "Gewoon een zin zonder spreker, met een komma: en een dubbelpunt.\n"
        "[2:03:04] Politie: laatste woord";
    TextTranscript t = ParseTextTranscript(content, people);
    REQUIRE(t.lines.size() == 7);
    CHECK(t.lines[0].line_number == 1);
    CHECK(t.lines[0].time_ms == 70000);
    CHECK(t.lines[0].match == SpeakerMatch::FullName);
    CHECK(t.lines[0].speaker_id == f.peeters);
    CHECK(t.lines[0].text == "Meer blauw op straat.");
    CHECK(t.lines[1].line_number == 3); // the empty line still counts
    CHECK(t.lines[1].time_ms == 90000);
    CHECK(t.lines[1].match == SpeakerMatch::Surname);
    CHECK(t.lines[1].speaker_id == f.peeters);
    CHECK(t.lines[1].text == "Vooral 's avonds.");
    CHECK_FALSE(t.lines[2].has_time);
    CHECK(t.lines[2].match == SpeakerMatch::Discipline);
    CHECK(t.lines[2].speaker_id == f.de_smet);
    CHECK(t.lines[3].match == SpeakerMatch::FullName); // accents and case ignored
    CHECK(t.lines[3].speaker_id == f.vermeersch);
    CHECK(t.lines[3].speaker_name == "Eline Vermeërsch");
    CHECK(t.lines[4].match == SpeakerMatch::Unmatched);
    CHECK(t.lines[4].speaker_id == 0);
    CHECK(t.lines[4].text == "Koen Claes: Hij was niet uitgenodigd."); // nothing lost
    CHECK(t.lines[5].match == SpeakerMatch::None);
    CHECK(t.lines[5].text == "Gewoon een zin zonder spreker, met een komma: en een dubbelpunt.");
    CHECK(t.lines[6].time_ms == (2 * 3600 + 3 * 60 + 4) * 1000);
    CHECK(t.lines[6].match == SpeakerMatch::Discipline);
    CHECK(t.lines[6].speaker_id == f.peeters);

    auto notes = ToMergeNotes(t);
    REQUIRE(notes.size() == 7);
    CHECK(notes[1].id == "3");
    CHECK(notes[2].time_ms == -1);
}

TEST_CASE("a surname shared by two participants is not guessed", "[transcript][text]") {
    std::vector<Participant> people(2);
    people[0].id = 1, people[0].name = "An Peeters";
    people[1].id = 2, people[1].name = "Jan Peeters";
    int64_t id = 0;
    CHECK(MatchSpeaker("Peeters", people, id) == SpeakerMatch::Unmatched);
    CHECK(id == 0);
    CHECK(MatchSpeaker("jan peeters", people, id) == SpeakerMatch::FullName);
    CHECK(id == 2);
}

TEST_CASE("importing a text transcript twice adds nothing", "[transcript][text]") {
    test::MergeFixture f;
    std::string content = "[00:00:30] An Peeters: Eerste punt\nTweede punt zonder tijd\n[00:02:00] De Smet: Derde punt\n";
    TextTranscript t = ParseTextTranscript(content, HearingParticipants(*f.store, f.hearing));
    TextImportResult first = ImportTextTranscript(*f.store, f.hearing, 'B', t, "Tom");
    CHECK(first.notes_added == 3);
    TextImportResult second = ImportTextTranscript(*f.store, f.hearing, 'B', t, "Tom");
    CHECK(second.notes_added == 0);
    CHECK(second.notes_already_present == 3);
    auto notes = f.store->ListNotes(f.hearing, 'B');
    REQUIRE(notes.size() == 3);
    CHECK(notes[0].text == "Eerste punt");
    CHECK(notes[0].speaker_id == f.peeters);
    CHECK(notes[1].offset_ms == 30000); // no time: the last time seen keeps the order
    CHECK(notes[2].speaker_id == f.de_smet);
    CHECK(notes[2].seq == 3);
}

TEST_CASE("a title before the name still gives the speaker (dhr., mevr., mr., mw., Dr.)", "[transcript][text]") {
    test::MergeFixture f;
    auto people = HearingParticipants(*f.store, f.hearing);
    std::string content =
        "[10:02] dhr. Peeters: Meer blauw op straat.\n"
        "mevr. Vermeersch: Huisvesting is een probleem.\n"
        "[10:04] Mr. De Smet: Jongeren vinden geen plek.\n"
        "mw Peeters: Vooral 's avonds.\n"
        "Dr. An Peeters: Een laatste woord.\n"
        "de heer De Smet: Ik sluit me aan.\n"
        "dhr. Onbekend: Iemand die niet op de lijst staat.\n"
        "Dr.: geen naam na de titel\n";
    TextTranscript t = ParseTextTranscript(content, people);
    REQUIRE(t.lines.size() == 8);
    CHECK(t.lines[0].time_ms == (10 * 60 + 2) * 1000);
    CHECK(t.lines[0].match == SpeakerMatch::Surname);
    CHECK(t.lines[0].speaker_id == f.peeters);
    CHECK(t.lines[0].speaker_written == "dhr. Peeters");
    CHECK(t.lines[0].text == "Meer blauw op straat.");
    CHECK(t.lines[1].speaker_id == f.vermeersch);
    CHECK(t.lines[1].text == "Huisvesting is een probleem.");
    CHECK(t.lines[2].speaker_id == f.de_smet);
    CHECK(t.lines[3].speaker_id == f.peeters);
    CHECK(t.lines[4].match == SpeakerMatch::FullName);
    CHECK(t.lines[4].speaker_id == f.peeters);
    CHECK(t.lines[5].speaker_id == f.de_smet);
    CHECK(t.lines[5].text == "Ik sluit me aan.");
    CHECK(t.lines[6].match == SpeakerMatch::Unmatched); // not invented, and nothing lost
    CHECK(t.lines[6].text == "dhr. Onbekend: Iemand die niet op de lijst staat.");
    CHECK(t.lines[7].speaker_id == 0);
    CHECK(t.lines[7].text == "Dr.: geen naam na de titel");
}
