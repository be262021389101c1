// Bad input everywhere (issue 6): invalid UTF-8 in notes, names and file paths, 1 MB notes, control
// characters, right-to-left text, SQL- and HTML-looking text, oversized imports, overlong JSON numbers
// (a rapidjson crash found by fuzzing). Each is refused with a clear message, or stored byte-exact.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/base/errors.h"
#include "core/export/export.h"
#include "core/store/note_entry.h"
#include "core/base/settings.h"
#include "core/store/store.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<PlanStore> store;
    int64_t hearing_id = 0;
    int64_t theme_id = 0;
    explicit Fixture(const std::string& file = "bad.hdesk") {
        Plan plan;
        plan.name = "Veiligheidsplan Tienen";
        store = PlanStore::Create(dir.File(file), plan);
        Theme t;
        t.title = "Woninginbraken";
        theme_id = store->AddTheme(t);
        Hearing h;
        h.theme_id = theme_id;
        hearing_id = store->AddHearing(h);
    }
    Note Add(const std::string& text) {
        Note n;
        n.hearing_id = hearing_id;
        n.text = text;
        return store->AddNote(n, "test");
    }
};

// Texts that must survive storage unchanged, byte for byte.
std::vector<std::string> HostileTexts() {
    return {
        std::string("tab\there, CR\rLF\nNUL-free controls \x01\x02\x1b[31mred\x1b[0m \x7f end"),
        "\xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xA7\xD9\x84\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 mixed \xE2\x80\xAE"
        "reversed\xE2\x80\xAC", // RLM, Hebrew, Arabic, RIGHT-TO-LEFT OVERRIDE, POP
        "'; DROP TABLE note; -- \" OR 1=1; SELECT * FROM sqlite_master; /* ?1 ?2 :name @x $y */",
        "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; &lt; <b>vet</b>",
        "Dutch: één, ĳs, café, coördinatie, geïnteresseerd; emoji \xF0\x9F\x98\x80; zero-width\xE2\x80\x8Bjoiner",
        std::string(" leading and trailing spaces   "),
    };
}


} // namespace

TEST_CASE("control characters, right-to-left, SQL and HTML text round-trip byte-exact", "[bad_input]") {
    Fixture f;
    std::vector<std::string> uuids;
    for (const std::string& text : HostileTexts()) uuids.push_back(f.Add(text).uuid);
    Participant p;
    p.name = HostileTexts()[1];
    p.organisation = HostileTexts()[2];
    p.discipline = HostileTexts()[3];
    int64_t pid = f.store->AddParticipant(p);
    f.store.reset();
    auto store = PlanStore::Open(f.dir.File("bad.hdesk"));
    for (size_t i = 0; i < uuids.size(); ++i) {
        auto n = store->GetNote(uuids[i]);
        REQUIRE(n);
        CHECK(n->text == HostileTexts()[i]);
        CHECK(store->NoteHistory(uuids[i]).at(0).text == HostileTexts()[i]);
    }
    auto back = store->GetParticipant(pid);
    REQUIRE(back);
    CHECK(back->name == p.name);
    CHECK(back->organisation == p.organisation);
    CHECK(back->discipline == p.discipline);
    // The SQL-looking note did not drop anything.
    CHECK(store->CountNotes(f.hearing_id) == static_cast<int64_t>(uuids.size()));
    CHECK(store->IntegrityCheck() == "ok");
}

TEST_CASE("hostile texts survive a transcript export and import byte-exact", "[bad_input]") {
    Fixture f;
    for (const std::string& text : HostileTexts()) f.Add(text);
    std::string json = WriteTranscriptJson(ExportTranscript(*f.store, f.hearing_id, 'A'));
    Transcript t = ParseTranscriptJson(json);
    Fixture g("other.hdesk");
    ImportOptions options;
    options.attach_anyway = true;
    ImportTranscript(*g.store, g.hearing_id, t, options);
    auto notes = g.store->ListNotes(g.hearing_id, 'A');
    REQUIRE(notes.size() == HostileTexts().size());
    for (size_t i = 0; i < notes.size(); ++i) CHECK(notes[i].text == HostileTexts()[i]);
}

TEST_CASE("HTML in notes is escaped in the HTML export", "[bad_input][export]") {
    Fixture f;
    f.Add("<script>alert('x')</script> & <b>vet</b>");
    ExportRequest r;
    r.what = ExportWhat::Minutes;
    r.format = ExportFormat::Html;
    r.hearing_id = f.hearing_id;
    std::string html = Export(*f.store, r);
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("<b>vet</b>") == std::string::npos);
}

TEST_CASE("invalid UTF-8 in notes and names is refused with a message and nothing is stored", "[bad_input]") {
    Fixture f;
    const std::string bad = std::string("caf\xC3\x28 \xFF\xFE overlong \xC0\xAF surrogate \xED\xA0\x80");
    Note n;
    n.hearing_id = f.hearing_id;
    n.text = bad;
    try {
        f.store->AddNote(n);
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "err.invalid_utf8_at");
        CHECK(std::string(e.what()).find("byte 3") != std::string::npos);
    }
    Participant p;
    p.name = bad;
    CHECK_THROWS_AS(f.store->AddParticipant(p), InputError);
    Theme t;
    t.title = bad;
    CHECK_THROWS_AS(f.store->AddTheme(t), InputError);
    auto h = *f.store->GetHearing(f.hearing_id);
    h.location = bad;
    CHECK_THROWS_AS(f.store->UpdateHearing(h), InputError);
    Note ok = f.Add("geldig");
    CHECK_THROWS_AS(f.store->EditNote(ok.uuid, bad, NoteKind::Other, SafetyChain::None, 0), InputError);
    CHECK(f.store->GetNote(ok.uuid)->text == "geldig");
    CHECK(f.store->NoteHistory(ok.uuid).size() == 1);
    CHECK(f.store->CountNotes(f.hearing_id) == 1);
    CHECK(f.store->ListParticipants().empty());
    CHECK(f.store->ListThemes().size() == 1);
}

TEST_CASE("a note of exactly 1 MB is stored byte-exact and one byte more is refused", "[bad_input]") {
    Fixture f;
    std::string big;
    big.reserve(kMaxNoteBytes);
    while (big.size() + 2 <= kMaxNoteBytes) big += "\xC3\xAB"; // ë
    while (big.size() < kMaxNoteBytes) big += 'x';
    Note stored = f.Add(big);
    CHECK(f.store->GetNote(stored.uuid)->text == big);
    try {
        f.Add(big + "y");
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "err.note_too_long");
    }
    CHECK(f.store->CountNotes(f.hearing_id) == 1);
    // A draft that is too long is cut at a character boundary, not refused: typing is never lost.
    f.store->SaveDraft(f.hearing_id, 'A', {big + "\xC3\xAB", 0, NoteKind::Other, 1});
    CHECK(f.store->LoadDraft(f.hearing_id, 'A')->text == big);
}

TEST_CASE("capture stores a 1 MB line byte-exact, refuses an invalid one with a message and goes on", "[bad_input][cli]") {
    Fixture f;
    std::string path = f.dir.File("bad.hdesk");
    f.store.reset();
    std::string big(kMaxNoteBytes - 10, 'z');
    test::ChildOptions opts;
    opts.stdin_data = "eerste notitie\n" + big + "\n" + std::string("ongeldig \xFF\xFE\n") + "daarna toch gelezen\n";
    auto r = test::RunHearingctl({"capture", path, "--hearing", std::to_string(f.hearing_id), "--reporter", "A"}, opts);
    CHECK(r.exit_code == 3); // some line was not stored (issue 16: it used to stop there with exit 1)
    CHECK(r.err.find("line 3 was not stored: The note text is not valid UTF-8") != std::string::npos);
    CHECK(test::Acknowledged(r.out).size() == 3);
    auto store = PlanStore::Open(path);
    auto notes = store->ListNotes(f.hearing_id);
    REQUIRE(notes.size() == 3);
    CHECK(notes[0].text == "eerste notitie");
    CHECK(notes[1].text == big);
    CHECK(notes[2].text == "daarna toch gelezen");
}

TEST_CASE("plan and import paths that are not UTF-8 still work", "[bad_input]") {
    test::TempDir dir;
    std::string path = dir.File("plan-\xFF\xFE-caf\xE9.hdesk"); // Latin-1 bytes in a file name
    Plan plan;
    plan.name = "Pad";
    {
        auto store = PlanStore::Create(path, plan);
        Theme t;
        t.title = "Jeugd";
        Hearing h;
        h.theme_id = store->AddTheme(t);
        Note n;
        n.hearing_id = store->AddHearing(h);
        n.text = "opgeslagen";
        store->AddNote(n);
    }
    auto store = PlanStore::Open(path);
    CHECK(store->CountNotes() == 1);
    try {
        PlanStore::Open(dir.File("missing-\xFF.hdesk"));
        FAIL("expected err.no_such_plan");
    } catch (const StoreError& e) {
        CHECK(e.Key() == "err.no_such_plan");
    }
    std::string txt = dir.File("transcript-\xE9.txt");
    std::ofstream(txt) << "[00:00:05] Iemand: tekst\n";
    CHECK(ParseTextTranscript(ReadImportFile(txt)).lines.size() == 1);
}

TEST_CASE("an import file above 200 MB is refused before it is read", "[bad_input][import]") {
    test::TempDir dir;
    std::string path = dir.File("huge.json");
    {
        std::ofstream(path) << "{";
    }
    std::filesystem::resize_file(path, kMaxTranscriptBytes + 1); // sparse: no disk used
    try {
        ReadImportFile(path);
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.file_too_big");
    }
}

TEST_CASE("an overlong JSON number is refused, not a crash in rapidjson", "[bad_input][fuzz]") {
    std::string zeros(400, '0');
    try {
        ParseSettings("{\"language\": 0." + zeros + "}");
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "err.settings_invalid");
    }
    try {
        ParseTranscriptJson("{\"format\": \"hearingdesk-transcript\", \"version\": 1,\n \"exported_at_ms\": 0." + zeros + "}",
                            "t.json");
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.json_syntax");
        CHECK(std::string(e.what()).find("line 2") != std::string::npos);
    }
    // A short number at the edge of double's range (the fuzzer's crash in rapidjson's strtod).
    try {
        ParseSettings("[\r 99.003784197337e-337]");
        FAIL("expected a refusal");
    } catch (const InputError& e) {
        CHECK(e.Key() == "err.settings_invalid");
    }
    // Ordinary numbers, and long digit runs inside strings, are untouched.
    CHECK_NOTHROW(ParseSettings("{\"language\": \"en\", \"recent_plans\": [], \"reporter\": \"A\", \"user_name\": \"" + zeros +
                                "\"}"));
}

TEST_CASE("a settings file with an escaped lone surrogate gives a valid UTF-8 user name", "[bad_input][fuzz]") {
    Settings s = ParseSettings(
        "{\"language\": \"en\", \"recent_plans\": [], \"reporter\": \"B\", \"user_name\": \"An \\udc00 Peeters\"}");
    CHECK(s.user_name.empty());
    CHECK(s.language == "en");
    CHECK(s.reporter == "B");
}

TEST_CASE("a second @speaker prefix replaces the first completely", "[bad_input][fuzz][entry]") {
    std::vector<SpeakerCandidate> people = {{1, {"Mieke Peeters"}}, {2, {"Jan Peeters"}}, {3, {"Ahmed"}}};
    ParsedEntry e = ParseNoteEntry("@ahmed @peeters text", people);
    CHECK(e.speaker_query == "peeters");
    CHECK(e.speaker_ambiguous);
    CHECK_FALSE(e.speaker_id.has_value());
    CHECK(e.text == "text");
}

TEST_CASE("export names: data never chooses where a file goes, and a bad target is a clear error", "[bad_input][export]") {
    Fixture f;
    Theme t = *f.store->GetTheme(f.theme_id);
    t.title = "../../../tmp/evil";
    f.store->UpdateTheme(t);
    Plan plan = f.store->GetPlan();
    plan.name = "/etc/passwd";
    f.store->UpdatePlan(plan);
    f.Add("../../escape");
    std::filesystem::path out_dir = f.dir.Path() / "out";
    std::filesystem::create_directories(out_dir);
    ExportRequest r;
    r.what = ExportWhat::Minutes;
    r.format = ExportFormat::Docx;
    r.hearing_id = f.hearing_id;
    ExportToFile(*f.store, r, (out_dir / "verslag.docx").string());
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(out_dir)) names.push_back(e.path().filename().string());
    CHECK(names == std::vector<std::string>{"verslag.docx"});
    try {
        ExportToFile(*f.store, r, (out_dir / "missing-dir" / "x.docx").string());
        FAIL("expected a write error");
    } catch (const UserError& e) {
        CHECK(e.Key() == "export.err_write");
    }
    try {
        ExportToFile(*f.store, r, out_dir.string());
        FAIL("expected a refusal to write over a directory");
    } catch (const UserError& e) {
        CHECK(e.Key() == "export.err_write");
    }
    CHECK(std::filesystem::is_directory(out_dir));
}
