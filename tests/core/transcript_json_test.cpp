// Transcript exchange: round trip, idempotent import, identity checks, participants, bad inputs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/store/db.h"
#include "core/base/errors.h"
#include "core/transcript/transcript.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
void WriteFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

int64_t Count(PlanStore& store, const char* table) {
    std::string sql = std::string("SELECT count(*) FROM ") + table;
    Statement st(store.Db(), sql.c_str());
    st.Step();
    return st.Int(0);
}

// Everything an import could touch, to prove a refused file changed nothing.
std::vector<int64_t> Snapshot(PlanStore& store) {
    return {Count(store, "note"), Count(store, "note_revision"), Count(store, "participant"), Count(store, "hearing_participant")};
}

std::string ErrorKey(const std::function<void()>& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.Key();
    }
    return "no error";
}

std::string ErrorText(const std::function<void()>& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.what();
    }
    return "no error";
}

// A reporter laptop's plan: same plan and hearing identity as the facilitator's (a copy of the file).
struct TwoLaptops {
    test::MergeFixture facilitator;
    std::unique_ptr<PlanStore> laptop;
    TwoLaptops() {
        // Closing the store checkpoints its write-ahead log, so the copy holds everything.
        std::string path = facilitator.store->Path();
        facilitator.store.reset();
        std::filesystem::copy_file(path, facilitator.dir.File("laptop.hdesk"));
        facilitator.store = PlanStore::Open(path);
        laptop = PlanStore::Open(facilitator.dir.File("laptop.hdesk"));
    }
};
} // namespace

TEST_CASE("transcript round trip: JSON -> store -> JSON keeps notes, history and diacritics", "[transcript]") {
    TwoLaptops t;
    auto& f = t.facilitator;
    Note n1;
    n1.hearing_id = f.hearing;
    n1.reporter = 'B';
    n1.offset_ms = 65000;
    n1.speaker_id = f.vermeersch;
    n1.text = "Eline: \"naïeve\" aanpak; één café, ĳverig — tab\there";
    n1.kind = NoteKind::Problem;
    n1.chain = SafetyChain::Preventive;
    Note stored = t.laptop->AddNote(n1, "Tom");
    t.laptop->EditNote(stored.uuid, "Eline: één café is het knooppunt", NoteKind::Cause, SafetyChain::Reactive, f.vermeersch, "Tom");
    Note n2 = n1;
    n2.offset_ms = 90000;
    n2.speaker_id = 0;
    n2.text = "Wordt geschrapt";
    Note gone = t.laptop->AddNote(n2, "Tom");
    t.laptop->DeleteNote(gone.uuid, "Tom");

    Transcript exported = ExportTranscript(*t.laptop, f.hearing, 'B');
    REQUIRE(exported.notes.size() == 2);
    CHECK(exported.reporter == "B");
    CHECK(exported.reporter_name == "Tom");
    std::string json = WriteTranscriptJson(exported);
    CHECK(json.find("\"format\": \"hearingdesk-transcript\"") != std::string::npos);

    Transcript parsed = ParseTranscriptJson(json, "b.json");
    ImportResult r = ImportTranscript(*f.store, f.hearing, parsed);
    CHECK(r.notes_added == 2);
    CHECK(r.participants_matched == static_cast<int>(parsed.participants.size()));
    CHECK(r.participants_added == 0);

    Transcript again = ExportTranscript(*f.store, f.hearing, 'B');
    again.exported_at_ms = exported.exported_at_ms;
    CHECK(WriteTranscriptJson(again) == json);
    auto note = f.store->GetNote(stored.uuid);
    REQUIRE(note);
    CHECK(note->text == "Eline: één café is het knooppunt");
    CHECK(note->version == 2);
    CHECK(f.store->NoteHistory(stored.uuid).size() == 2);
    CHECK(f.store->NoteHistory(stored.uuid)[0].text == "Eline: \"naïeve\" aanpak; één café, ĳverig — tab\there");
    CHECK(f.store->GetNote(gone.uuid)->deleted);
}

TEST_CASE("a note keeps every field through a JSON transcript into another plan file", "[transcript]") {
    // Note -> TranscriptNote -> Note: the edge's one export and one import must lose nothing a
    // reader of the minutes sees (speaker, kind, chain, both clocks, seq, text with ë and ĳ).
    TwoLaptops t;
    auto& f = t.facilitator;
    Note n;
    n.hearing_id = f.hearing;
    n.reporter = 'B';
    n.offset_ms = 3723042;
    n.wall_time_ms = 1774000123456;
    n.speaker_id = f.vermeersch;
    n.text = "Vermeërsch: ĳsbaan en één café — \"naïef\" beleid";
    n.kind = NoteKind::Proposal;
    n.chain = SafetyChain::Aftercare;
    Note sent = t.laptop->AddNote(n, "Tom");

    ImportTranscript(*f.store, f.hearing, ParseTranscriptJson(WriteTranscriptJson(ExportTranscript(*t.laptop, f.hearing, 'B')), "b.json"));
    std::optional<Note> got = f.store->GetNote(sent.uuid);
    REQUIRE(got);
    CHECK(got->hearing_id == f.hearing);
    CHECK(got->reporter == 'B');
    CHECK(got->seq == sent.seq);
    CHECK(got->offset_ms == 3723042);
    CHECK(got->wall_time_ms == sent.wall_time_ms);
    CHECK(got->speaker_id == f.vermeersch);
    CHECK(got->kind == NoteKind::Proposal);
    CHECK(got->chain == SafetyChain::Aftercare);
    CHECK(got->text == "Vermeërsch: ĳsbaan en één café — \"naïef\" beleid");
    CHECK(got->version == 1);
    CHECK_FALSE(got->deleted);
}

TEST_CASE("importing the same transcript twice adds nothing", "[transcript]") {
    TwoLaptops t;
    auto& f = t.facilitator;
    Note n;
    n.hearing_id = f.hearing;
    n.reporter = 'A';
    n.text = "Meer verlichting in het park";
    t.laptop->AddNote(n);
    Transcript tr = ExportTranscript(*t.laptop, f.hearing, 'A');
    CHECK(ImportTranscript(*f.store, f.hearing, tr).notes_added == 1);
    auto before = Snapshot(*f.store);
    ImportResult second = ImportTranscript(*f.store, f.hearing, tr);
    CHECK(second.notes_added == 0);
    CHECK(second.notes_already_present == 1);
    CHECK(Snapshot(*f.store) == before);
}

TEST_CASE("a transcript of another hearing or plan is refused unless attached anyway", "[transcript]") {
    TwoLaptops t;
    auto& f = t.facilitator;
    Note n;
    n.hearing_id = f.other_hearing;
    n.reporter = 'A';
    n.text = "Notitie van een andere hoorzitting";
    t.laptop->AddNote(n);
    Transcript tr = ExportTranscript(*t.laptop, f.other_hearing, 'A');
    auto before = Snapshot(*f.store);
    CHECK(ErrorKey([&] { ImportTranscript(*f.store, f.hearing, tr); }) == "merge.other_hearing");
    CHECK(Snapshot(*f.store) == before);

    test::MergeFixture stranger("stranger.hdesk");
    CHECK(ErrorKey([&] { ImportTranscript(*stranger.store, stranger.hearing, tr); }) == "merge.other_plan");

    ImportOptions anyway;
    anyway.attach_anyway = true;
    CHECK(ImportTranscript(*f.store, f.hearing, tr, anyway).notes_added == 1);
    CHECK(f.store->ListNotes(f.hearing).size() == 1);
}

TEST_CASE("participants unknown to the plan are matched by uuid, then name, else added", "[transcript]") {
    test::MergeFixture f;
    Transcript tr;
    tr.plan_uuid = f.store->GetPlan().uuid;
    tr.hearing_uuid = f.store->GetHearing(f.hearing)->uuid;
    tr.reporter = "A";
    auto people = f.store->ListParticipants();
    tr.participants.push_back({people[0].uuid, "An Peeters", "police", ""});                        // by uuid
    tr.participants.push_back({"0b8f1a2e-3c4d-4e5f-8a6b-7c8d9e0f1a2b", "jan de smet", "", ""});       // by name
    tr.participants.push_back({"1c9a2b3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d", "Ahmed Benali", "youth_work", ""}); // new
    TranscriptNote note;
    note.uuid = "2d0b3c4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
    note.seq = 1;
    note.speaker_uuid = "1c9a2b3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";
    note.text = "Jeugdwerk wil een plek voor jongeren op zaterdagavond";
    tr.notes.push_back(note);
    ImportResult r = ImportTranscript(*f.store, f.hearing, ParseTranscriptJson(WriteTranscriptJson(tr)));
    CHECK(r.participants_matched == 2);
    CHECK(r.participants_added == 1);
    CHECK(f.store->ListParticipants().size() == people.size() + 1);
    auto stored = f.store->GetNote(note.uuid);
    REQUIRE(stored);
    CHECK(f.store->GetParticipant(stored->speaker_id)->name == "Ahmed Benali");
}

TEST_CASE("bad transcript files get a clear message and store nothing", "[transcript]") {
    TwoLaptops t;
    auto& f = t.facilitator;
    Note n;
    n.hearing_id = f.hearing;
    n.reporter = 'A';
    n.text = "Een geldige notitie";
    t.laptop->AddNote(n);
    std::string good = WriteTranscriptJson(ExportTranscript(*t.laptop, f.hearing, 'A'));
    auto before = Snapshot(*f.store);
    auto import_file = [&](const std::string& name, const std::string& content, uint64_t cap = kMaxTranscriptBytes) {
        std::string path = f.dir.File(name);
        WriteFile(path, content);
        ReadFileOptions o;
        o.max_bytes = cap;
        return [&f, path, o] { ImportTranscript(*f.store, f.hearing, LoadTranscriptFile(path, o)); };
    };

    SECTION("malformed JSON names line and column") {
        std::string broken = good;
        broken.insert(broken.find("\"notes\""), "oops ");
        auto run = import_file("broken.json", broken);
        CHECK(ErrorKey(run) == "merge.json_syntax");
        std::string text = ErrorText(run);
        CHECK(text.find("line ") != std::string::npos);
        CHECK(text.find("column ") != std::string::npos);
        LineColumn lc = LineColumnAt(broken, broken.find("oops"));
        CHECK(text.find("line " + std::to_string(lc.line) + ",") != std::string::npos);
    }
    SECTION("a newer format version") {
        std::string newer = good;
        newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 7");
        auto run = import_file("newer.json", newer);
        CHECK(ErrorKey(run) == "merge.newer_version");
        CHECK(ErrorText(run).find("version 7") != std::string::npos);
    }
    SECTION("a missing or mistyped field is named") {
        std::string typed = good;
        typed.replace(typed.find("\"seq\": 1"), 8, "\"seq\": \"1\"");
        auto run = import_file("typed.json", typed);
        CHECK(ErrorKey(run) == "merge.json_field");
        CHECK(ErrorText(run).find("notes[0].seq") != std::string::npos);
        std::string unknown_kind = good;
        unknown_kind.replace(unknown_kind.find("\"kind\": \"other\""), 15, "\"kind\": \"gossip\"");
        CHECK(ErrorText(import_file("kind.json", unknown_kind)).find("notes[0].kind") != std::string::npos);
    }
    SECTION("invalid UTF-8 names the line") {
        std::string bad = good;
        size_t at = bad.find("Een geldige");
        bad.replace(at, 3, "E\xC3\x28");
        auto run = import_file("latin1.json", bad);
        CHECK(ErrorKey(run) == "merge.invalid_utf8_line");
        CHECK(ErrorText(run).find("line " + std::to_string(LineColumnAt(bad, at).line)) != std::string::npos);
    }
    SECTION("a binary file") {
        std::string binary = "PK\x03\x04";
        binary.push_back('\0');
        binary += "\x14\x00rest";
        CHECK(ErrorKey(import_file("archive.json", binary)) == "merge.binary_file");
    }
    SECTION("an oversized file is refused before reading it") {
        // A sparse 201 MB file costs no disk and proves the default cap; a lowered cap proves the check.
        std::string path = f.dir.File("huge.json");
        { std::ofstream out(path, std::ios::binary); }
        std::filesystem::resize_file(path, kMaxTranscriptBytes + 1024 * 1024);
        CHECK(ErrorKey([&] { LoadTranscriptFile(path); }) == "merge.file_too_big");
        CHECK(ErrorKey(import_file("small_cap.json", good, 100)) == "merge.file_too_big");
    }
    SECTION("JSON that is not a transcript") {
        CHECK(ErrorKey(import_file("other.json", "{\"entries\": []}")) == "merge.not_a_transcript");
    }
    CHECK(Snapshot(*f.store) == before);
}

TEST_CASE("a transcript's live notes become merge input in the reporter's order", "[transcript]") {
    Transcript tr;
    tr.participants.push_back({"0b8f1a2e-3c4d-4e5f-8a6b-7c8d9e0f1a2b", "An Peeters", "police", ""});
    TranscriptNote n;
    n.uuid = "u2", n.seq = 2, n.offset_ms = 5000, n.text = "tweede";
    tr.notes.push_back(n);
    n.uuid = "u1", n.seq = 1, n.offset_ms = 1000, n.text = "eerste", n.speaker_uuid = "0b8f1a2e-3c4d-4e5f-8a6b-7c8d9e0f1a2b";
    tr.notes.push_back(n);
    n.uuid = "u3", n.seq = 3, n.deleted = true;
    tr.notes.push_back(n);
    auto notes = ToMergeNotes(tr);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].id == "u1");
    CHECK(notes[0].speaker == "An Peeters");
    CHECK(notes[1].id == "u2");
}
