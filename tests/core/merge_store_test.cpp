// Stored merges: decisions with who and when, kept across re-runs; filters; merged minutes.
#include <catch2/catch.hpp>

#include "core/merge/merge_store.h"
#include "core/text/text_analysis.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    return analyzer;
}

const StoredEntry* Find(const std::vector<StoredEntry>& entries, MergeStatus status) {
    for (const StoredEntry& e : entries)
        if (e.status == status) return &e;
    return nullptr;
}
} // namespace

TEST_CASE("minutes without a merge fall back to one reporter's notes", "[merge][store]") {
    test::MergeFixture f;
    MergeStore merges(*f.store);
    f.Add('B', 10, f.peeters, "Alleen B schreef dit");
    auto minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 1);
    CHECK(minutes[0].source == 'B');
    CHECK(minutes[0].speaker == "An Peeters");
    f.Add('A', 12, f.peeters, "A schreef dit");
    minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 1);
    CHECK(minutes[0].source == 'A');
    CHECK_FALSE(merges.HasMerge(f.hearing));
}

TEST_CASE("stored merge records decisions and keeps them when merged again", "[merge][store]") {
    test::MergeFixture f;
    MergeStore merges(*f.store);
    f.Add('A', 60, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    f.Add('B', 63, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    Note a2 = f.Add('A', 150, f.de_smet, "Straathoekwerkers moeten vroeger betrokken worden bij het buurtoverleg.");
    Note b2 = f.Add('B', 152, f.de_smet, "Straathoekwerkers vroeger betrekken bij buurtoverleg; budget ontbreekt volgens de stad.");
    f.Add('A', 240, f.vermeersch, "De huisvestingsmaatschappij wil camera's in de parkeergarage.");

    MergeRunResult run = merges.RunMerge(f.hearing, Analyzer(), {}, "facilitator");
    CHECK(run.entries == 3);
    auto entries = merges.ListEntries(f.hearing);
    REQUIRE(entries.size() == 3);
    const StoredEntry* differs = Find(entries, MergeStatus::Differs);
    REQUIRE(differs);
    CHECK(differs->a_ids == std::vector<std::string>{a2.uuid});
    CHECK(differs->b_ids == std::vector<std::string>{b2.uuid});
    CHECK(differs->b_text == b2.text);
    CHECK_FALSE(differs->Resolved());
    MergeProgress progress = merges.Progress(f.hearing);
    CHECK(progress.total == 3);
    CHECK(progress.resolved == 2);

    merges.RecordDecision(differs->id, ReviewDecision::Edited, "Straathoekwerk vroeger betrekken; budget ontbreekt.", "Sara");
    auto decided = merges.GetEntry(differs->id);
    REQUIRE(decided);
    CHECK(decided->decision == ReviewDecision::Edited);
    CHECK(decided->decided_by == "Sara");
    CHECK(decided->decided_at_ms > 0);
    CHECK(merges.Progress(f.hearing).resolved == 3);
    const StoredEntry* only_a = Find(entries, MergeStatus::OnlyA);
    REQUIRE(only_a);
    merges.RecordDecision(only_a->id, ReviewDecision::AcceptB, {}, "Sara"); // drops it from the minutes

    // Filters.
    EntryFilter by_status;
    by_status.status = MergeStatus::Agreed;
    CHECK(merges.ListEntries(f.hearing, by_status).size() == 1);
    EntryFilter by_speaker;
    by_speaker.speaker = "smet";
    CHECK(merges.ListEntries(f.hearing, by_speaker).size() == 1);

    // Another import adds a late B note; the merge runs again and decisions stay.
    f.Add('B', 500, f.vermeersch, "Laat toegevoegd: buurtbewoners vragen een vast aanspreekpunt.");
    MergeRunResult again = merges.RunMerge(f.hearing, Analyzer(), {}, "facilitator");
    CHECK(again.decisions_kept == 2);
    CHECK(again.decisions_dropped == 0);
    entries = merges.ListEntries(f.hearing);
    REQUIRE(entries.size() == 4);
    differs = Find(entries, MergeStatus::Differs);
    REQUIRE(differs);
    CHECK(differs->decision == ReviewDecision::Edited);
    CHECK(differs->edited_text == "Straathoekwerk vroeger betrekken; budget ontbreekt.");
    CHECK(differs->decided_by == "Sara");

    auto minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 3); // the entry decided "accept B" with no B text is dropped
    CHECK(minutes[0].text == "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    CHECK(minutes[0].speaker_id == f.peeters);
    CHECK(minutes[1].text == "Straathoekwerk vroeger betrekken; budget ontbreekt.");
    CHECK(minutes[2].text == "Laat toegevoegd: buurtbewoners vragen een vast aanspreekpunt.");

    // Clearing a decision makes the entry unresolved again.
    merges.RecordDecision(differs->id, ReviewDecision::None);
    EntryFilter open;
    open.unresolved_only = true;
    CHECK(merges.ListEntries(f.hearing, open).size() == 1);
}

TEST_CASE("a decision whose notes changed is dropped on re-merge", "[merge][store]") {
    test::MergeFixture f;
    MergeStore merges(*f.store);
    Note a1 = f.Add('A', 60, f.peeters, "Meer camera's aan het station en betere verlichting in de fietsenstalling.");
    f.Add('B', 62, f.peeters, "Meer camera's aan het station.");
    merges.RunMerge(f.hearing, Analyzer());
    auto entries = merges.ListEntries(f.hearing);
    REQUIRE(entries.size() == 1);
    merges.RecordDecision(entries[0].id, ReviewDecision::AcceptA, {}, "Sara");
    // B's second half arrives late: the entry now holds three notes, the old decision no longer fits.
    f.Add('B', 70, f.peeters, "Ook betere verlichting in de fietsenstalling.");
    MergeRunResult again = merges.RunMerge(f.hearing, Analyzer());
    CHECK(again.decisions_kept == 0);
    CHECK(again.decisions_dropped == 1);
    entries = merges.ListEntries(f.hearing);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].b_ids.size() == 2);
    CHECK(entries[0].a_ids == std::vector<std::string>{a1.uuid});
    CHECK(entries[0].decision == ReviewDecision::None);
}

TEST_CASE("a note deleted after the merge leaves the minutes", "[merge][store]") {
    test::MergeFixture f;
    MergeStore merges(*f.store);
    f.Add('A', 60, f.peeters, "Meer blauw op straat in de uitgaansbuurt tijdens het weekend.");
    Note b = f.Add('B', 61, f.peeters, "Meer blauw op straat, uitgaansbuurt, weekend; ook op maandag.");
    Note only = f.Add('A', 300, f.de_smet, "Jeugdhuis langer open op vrijdag.");
    merges.RunMerge(f.hearing, Analyzer());
    f.store->DeleteNote(b.uuid, "Tom");
    f.store->DeleteNote(only.uuid, "Sara");
    auto minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 1);
    CHECK(minutes[0].text == "Meer blauw op straat in de uitgaansbuurt tijdens het weekend.");
}

TEST_CASE("merged minutes say on whose word each line stands and show both wordings of an undecided difference", "[merge][store]") {
    // The minutes document takes these lines as they are: provenance, ref and A/B wording come from
    // MergedMinutes, not from a second read of the entries.
    test::MergeFixture f;
    MergeStore merges(*f.store);
    f.Add('A', 60, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    f.Add('B', 63, f.peeters, "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.");
    Note a2 = f.Add('A', 150, f.de_smet, "Straathoekwerkers moeten vroeger betrokken worden bij het buurtoverleg.");
    Note b2 = f.Add('B', 152, f.de_smet, "Straathoekwerkers vroeger betrekken bij buurtoverleg; budget ontbreekt volgens de stad.");
    Note lone = f.Add('A', 240, f.vermeersch, "De huisvestingsmaatschappij wil camera's in de parkeergarage.");
    merges.RunMerge(f.hearing, Analyzer(), {}, "facilitator");
    Note late = f.Add('B', 500, f.vermeersch, "Laat toegevoegd: buurtbewoners vragen een vast aanspreekpunt.");

    auto entries = merges.ListEntries(f.hearing);
    const StoredEntry* differs = Find(entries, MergeStatus::Differs);
    REQUIRE(differs);
    auto minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 4);
    CHECK(minutes[0].provenance == MergeStatus::Agreed);
    CHECK(minutes[0].text_a.empty());
    CHECK(minutes[1].provenance == MergeStatus::Differs);
    CHECK(minutes[1].ref == "entry:" + std::to_string(differs->id));
    CHECK(minutes[1].text_a == a2.text);
    CHECK(minutes[1].text_b == b2.text);
    CHECK(minutes[2].provenance == MergeStatus::OnlyA);
    CHECK(minutes[2].offset_ms == lone.offset_ms);
    // A note imported after the merge stands on its reporter's word, and comments point at the note.
    CHECK(minutes[3].provenance == MergeStatus::OnlyB);
    CHECK(minutes[3].source == 'B');
    CHECK(minutes[3].ref == late.uuid);
    CHECK(minutes[3].entry_id == 0);

    // Once decided, the difference is settled: one wording.
    merges.RecordDecision(differs->id, ReviewDecision::AcceptA, {}, "Sara");
    minutes = merges.MergedMinutes(f.hearing);
    REQUIRE(minutes.size() == 4);
    CHECK(minutes[1].provenance == MergeStatus::Differs);
    CHECK(minutes[1].text == a2.text);
    CHECK(minutes[1].text_a.empty());
    CHECK(minutes[1].text_b.empty());
}
