// Issue 16: what an attack run broke. Each test failed (or crashed) before its fix.
// [SECTION] index: deep JSON nesting / characters in HTML, DOCX and CSV / standard output /
// re-import of an updated transcript
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/base/errors.h"
#include "core/base/json_guard.h"
#include "core/base/settings.h"
#include "core/base/utf8.h"
#include "core/export/export.h"
#include "core/export/markup_text.h"
#include "core/store/store.h"
#include "core/transcript/transcript.h"
#include "tests/support/child_process.h"
#include "tests/support/export_fixture.h"
#include "tests/support/temp_dir.h"
#include "tests/support/xml_check.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}
void WriteFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}
// The attack's transcript: a valid header, then `levels` nested lists (400 KB for 200,000).
std::string DeepTranscript(size_t levels) {
    return "{\"format\":\"hearingdesk-transcript\",\"version\":1,\"x\":" + std::string(levels, '[') + std::string(levels, ']') +
           "}";
}
template <class F> std::string ErrorKey(F&& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e.Key();
    }
    return "";
}
} // namespace

// [SECTION] Deep JSON nesting
TEST_CASE("JSON nested 200,000 levels deep is refused before parsing, not a stack overflow", "[hardening][json]") {
    CHECK(FindExcessiveJsonNesting("{\"a\":[{\"b\":[1,2]}]}") == std::string::npos);
    CHECK(FindExcessiveJsonNesting("[[[", 2) == 2);
    CHECK(FindExcessiveJsonNesting("[\"[[[[\"]", 2) == std::string::npos); // brackets inside strings do not count
    CHECK(FindExcessiveJsonNesting("[\"\\\"[[[[\"]", 2) == std::string::npos);

    CHECK(ErrorKey([] { ParseTranscriptJson(DeepTranscript(200000), "deep.json"); }) == "merge.json_too_deep");
    try {
        ParseTranscriptJson(DeepTranscript(200000), "deep.json");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("deep.json") != std::string::npos);
        CHECK(std::string(e.what()).find("Nothing was imported") != std::string::npos);
    }
    std::string deep_settings = "{\"language\":\"en\",\"x\":" + std::string(300000, '[') + std::string(300000, ']') + "}";
    CHECK(ErrorKey([&] { ParseSettings(deep_settings); }) == "err.settings_invalid");
}

TEST_CASE("import and merge refuse a deeply nested transcript with a message and exit 1", "[hardening][json][cli]") {
    test::TempDir dir;
    std::string plan = dir.File("p.hdesk");
    REQUIRE(test::RunHearingctl({"demo", plan}).exit_code == 0);
    std::string deep = dir.File("deep.json");
    WriteFile(deep, DeepTranscript(200000));
    auto before = ReadFile(plan);
    auto imp = test::RunHearingctl({"import", plan, "--hearing", "1", deep});
    CHECK(imp.signal == 0);
    CHECK(imp.exit_code == 1);
    CHECK(imp.err.find("levels deep") != std::string::npos);
    auto merge = test::RunHearingctl({"merge", deep, deep});
    CHECK(merge.signal == 0);
    CHECK(merge.exit_code == 1);
    CHECK(merge.err.find("levels deep") != std::string::npos);
}

TEST_CASE("a damaged settings file is set aside and defaults are used", "[hardening][json][settings]") {
    test::TempDir dir;
    std::string path = dir.File("settings.json");
    std::string deep = "{\"language\":\"en\",\"x\":" + std::string(300000, '{') + "}";
    WriteFile(path, deep);
    std::string problem, kept_as;
    Settings s = LoadSettings(path, &problem, &kept_as);
    CHECK(s.language == Settings{}.language);
    CHECK_FALSE(problem.empty());
    CHECK(kept_as == path + ".damaged");
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(ReadFile(kept_as) == deep); // kept byte-identical for whoever wants it back

    // A second damaged file does not overwrite the first one set aside.
    WriteFile(path, "{not json");
    kept_as.clear();
    LoadSettings(path, &problem, &kept_as);
    CHECK(kept_as == path + ".damaged-2");
    CHECK(ReadFile(path + ".damaged") == deep);

    // A good file stays where it is.
    Settings good;
    good.language = "en";
    REQUIRE(SaveSettings(path, good));
    kept_as.clear();
    problem.clear();
    CHECK(LoadSettings(path, &problem, &kept_as).language == "en");
    CHECK(problem.empty());
    CHECK(kept_as.empty());
}

// [SECTION] Characters in HTML, DOCX and CSV
namespace {
// Code points XML 1.0 forbids, or that reorder what follows them on screen.
bool ForbiddenOrOverride(char32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF ||
           (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}
bool HasForbidden(std::string_view s) {
    for (char32_t cp : DecodeUtf8(s))
        if (ForbiddenOrOverride(cp)) return true;
    return false;
}
} // namespace

TEST_CASE("U+FFFF, U+FFFE, C0 controls and bidi overrides never reach HTML or DOCX", "[hardening][export]") {
    CHECK(MarkupSafeText("Zoë \uFFFF\uFFFEen\x01\x1F\t \u202Etxt.exe") == "Zoë en\t txt.exe");
    CHECK(MarkupSafeText("lone \xED\xA0\x80 surrogate") == "lone \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD surrogate");
    CHECK(MarkupSafeText("\u2066isolate\u2069 \u0633\u0644\u0627\u0645") ==
          "isolate \u0633\u0644\u0627\u0645"); // Arabic letters stay
    CHECK(MarkupSafeText("gewone tekst, één ĳs") == "gewone tekst, één ĳs");

    test::TempDir dir;
    test::ExportFixture fx(dir.File("plan.hdesk"));
    fx.AddNote('A', 5, 320000, 0, "Kruispunt\uFFFF gevaarlijk\uFFFE \u202Enietsvermoedend\x0B einde",
               NoteKind::Problem, SafetyChain::None);
    for (ExportFormat f : {ExportFormat::Html, ExportFormat::Docx}) {
        ExportRequest r = fx.Request(ExportWhat::Minutes, f);
        std::string out = Export(*fx.store, r);
        if (f == ExportFormat::Docx) {
            auto parts = test::Unzip(out);
            REQUIRE(parts.count("word/document.xml") == 1);
            out = parts["word/document.xml"];
            CHECK(test::CheckXmlWellFormed(out).empty());
        }
        INFO("format " << static_cast<int>(f));
        CHECK(IsValidUtf8(out));
        CHECK_FALSE(HasForbidden(out));
        CHECK(out.find("Kruispunt gevaarlijk nietsvermoedend einde") != std::string::npos);
    }
}

TEST_CASE("a CSV cell with spaces before a formula is kept text", "[hardening][export][csv]") {
    CHECK(SpreadsheetText(" =1+2") == "' =1+2");
    CHECK(SpreadsheetText("   @SUM(A1)") == "'   @SUM(A1)");
    CHECK(SpreadsheetText("\n=1+2") == "'\n=1+2");
    CHECK(SpreadsheetText(" a = b") == " a = b");
    CHECK(SpreadsheetText("   ") == "   ");
}

// [SECTION] Standard output
namespace {
test::ChildResult RunShell(const std::string& command, const test::ChildOptions& options = {}) {
    return test::RunChild("/bin/sh", {"-c", command}, options);
}
} // namespace

TEST_CASE("writing to a full standard output fails with the disk-full message", "[hardening][cli][stdout]") {
    test::TempDir dir;
    std::string plan = dir.File("p.hdesk");
    REQUIRE(test::RunHearingctl({"demo", plan}).exit_code == 0);
    std::string ctl = HD_HEARINGCTL;
    std::string a = dir.File("a.json"), b = dir.File("b.json");
    REQUIRE(test::RunHearingctl({"export-transcript", plan, "--hearing", "1", "--reporter", "A", "-o", a}).exit_code == 0);
    REQUIRE(test::RunHearingctl({"export-transcript", plan, "--hearing", "1", "--reporter", "B", "-o", b}).exit_code == 0);

    auto merge = RunShell(ctl + " merge " + a + " " + b + " > /dev/full");
    CHECK(merge.exit_code == 1);
    CHECK(merge.err.find("disk is full") != std::string::npos);
    auto exp = RunShell(ctl + " export-transcript " + plan + " --hearing 1 --reporter A > /dev/full");
    CHECK(exp.exit_code == 1);
    CHECK(exp.err.find("disk is full") != std::string::npos);
    auto info = RunShell(ctl + " info " + plan + " > /dev/full");
    CHECK(info.exit_code == 1);

    // A file that cannot grow past 2 KB stands in for a full disk behind "> file" (merge of two
    // files opens no plan, whose own files would hit the limit first).
    test::ChildOptions small;
    small.file_size_limit = 2048;
    auto cut = RunShell(ctl + " merge " + a + " " + b + " > " + dir.File("m.json"), small);
    CHECK(cut.exit_code == 1);
    CHECK(cut.err.find("disk is full") != std::string::npos);
    // Dutch too.
    test::ChildOptions nl;
    nl.env = {"HD_LANG=nl"};
    auto dutch = RunShell(ctl + " merge " + a + " " + b + " > /dev/full", nl);
    CHECK(dutch.exit_code == 1);
    CHECK(dutch.err.find("De schijf is vol") != std::string::npos);
    // And when all is well, exit 0.
    CHECK(RunShell(ctl + " merge " + a + " " + b + " > /dev/null").exit_code == 0);
}

// [SECTION] Re-import of an updated transcript
namespace {
// A reporter's plan with three notes and an empty facilitator's plan for the same hearing.
struct TwoPlans {
    test::TempDir dir;
    std::unique_ptr<PlanStore> reporter, facilitator;
    int64_t hearing_r = 0, hearing_f = 0;
    std::vector<std::string> uuids;
    TwoPlans() {
        reporter = Make("reporter.hdesk", hearing_r);
        facilitator = Make("facilitator.hdesk", hearing_f);
        for (const char* text : {"Te weinig verlichting aan het station", "Fietsen worden gestolen", "Meer toezicht 's nachts"}) {
            Note n;
            n.hearing_id = hearing_r;
            n.reporter = 'A';
            n.text = text;
            uuids.push_back(reporter->AddNote(n, "Sofie Claes").uuid);
        }
    }
    std::unique_ptr<PlanStore> Make(const std::string& name, int64_t& hearing) {
        Plan plan;
        plan.name = "Veiligheidsplan Lier";
        auto store = PlanStore::Create(dir.File(name), plan);
        Theme t;
        t.title = "Fietsdiefstal";
        Hearing h;
        h.theme_id = store->AddTheme(t);
        hearing = store->AddHearing(h);
        return store;
    }
    ImportResult Import(const Transcript& t) {
        ImportOptions o;
        o.attach_anyway = true;
        return ImportTranscript(*facilitator, hearing_f, ParseTranscriptJson(WriteTranscriptJson(t), "a.json"), o);
    }
};
} // namespace

TEST_CASE("re-importing an updated transcript brings edits and deletions with their history", "[hardening][import]") {
    TwoPlans p;
    Transcript first = ExportTranscript(*p.reporter, p.hearing_r, 'A');
    ImportResult r1 = p.Import(first);
    CHECK(r1.notes_added == 3);

    p.reporter->EditNote(p.uuids[0], "Te weinig verlichting aan het station en in de tunnel", NoteKind::Problem,
                         SafetyChain::Preventive, 0, "Sofie Claes");
    p.reporter->DeleteNote(p.uuids[1], "Sofie Claes");
    Transcript second = ExportTranscript(*p.reporter, p.hearing_r, 'A');
    ImportResult r2 = p.Import(second);
    CHECK(r2.notes_added == 0);
    CHECK(r2.notes_updated == 2);
    CHECK(r2.notes_already_present == 1);
    auto edited = p.facilitator->GetNote(p.uuids[0]);
    REQUIRE(edited);
    CHECK(edited->text == "Te weinig verlichting aan het station en in de tunnel");
    CHECK(edited->kind == NoteKind::Problem);
    CHECK(edited->version == 2);
    auto history = p.facilitator->NoteHistory(p.uuids[0]);
    REQUIRE(history.size() == 2);
    CHECK(history[0].text == "Te weinig verlichting aan het station");
    CHECK(history[1].text == edited->text);
    auto deleted = p.facilitator->GetNote(p.uuids[1]);
    REQUIRE(deleted);
    CHECK(deleted->deleted);
    CHECK(p.facilitator->NoteHistory(p.uuids[1]).size() == 2);

    // The older file again changes nothing.
    ImportResult r3 = p.Import(first);
    CHECK(r3.notes_updated == 0);
    CHECK(r3.notes_older_kept == 2);
    CHECK(p.facilitator->GetNote(p.uuids[0])->text == "Te weinig verlichting aan het station en in de tunnel");
    CHECK(p.facilitator->GetNote(p.uuids[1])->deleted);
    // And the same file twice adds nothing.
    ImportResult r4 = p.Import(second);
    CHECK(r4.notes_updated == 0);
    CHECK(r4.notes_already_present == 3);
}

TEST_CASE("a note edited differently on both sides is a conflict: nothing is imported", "[hardening][import]") {
    TwoPlans p;
    p.Import(ExportTranscript(*p.reporter, p.hearing_r, 'A'));
    p.facilitator->EditNote(p.uuids[2], "Meer toezicht 's nachts en in het weekend", NoteKind::Proposal, SafetyChain::None, 0,
                            "Karel Moens");
    p.reporter->EditNote(p.uuids[2], "Meer politietoezicht 's nachts", NoteKind::Proposal, SafetyChain::None, 0, "Sofie Claes");
    p.reporter->EditNote(p.uuids[0], "Te weinig licht aan het station", NoteKind::Problem, SafetyChain::None, 0, "Sofie Claes");
    Transcript t = ExportTranscript(*p.reporter, p.hearing_r, 'A');
    try {
        p.Import(t);
        FAIL("expected a conflict");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.import_conflict");
        CHECK(std::string(e.what()).find("Meer toezicht 's nachts en in het weekend") != std::string::npos);
    }
    // One transaction: the other, harmless edit was not imported either.
    CHECK(p.facilitator->GetNote(p.uuids[0])->text == "Te weinig verlichting aan het station");
    CHECK(p.facilitator->GetNote(p.uuids[2])->text == "Meer toezicht 's nachts en in het weekend");
}

TEST_CASE("hearingctl import reports updated notes", "[hardening][import][cli]") {
    TwoPlans p;
    std::string file = p.dir.File("a.json");
    WriteFile(file, WriteTranscriptJson(ExportTranscript(*p.reporter, p.hearing_r, 'A')));
    std::string plan = p.dir.File("facilitator.hdesk");
    std::vector<std::string> args = {"import", plan, "--hearing", std::to_string(p.hearing_f), "--attach-anyway", file};
    p.facilitator.reset();
    REQUIRE(test::RunHearingctl(args).exit_code == 0);
    p.reporter->EditNote(p.uuids[1], "Fietsen worden gestolen aan de school", NoteKind::Problem, SafetyChain::None, 0, "Sofie Claes");
    WriteFile(file, WriteTranscriptJson(ExportTranscript(*p.reporter, p.hearing_r, 'A')));
    auto r = test::RunHearingctl(args);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("1 updated") != std::string::npos);
}
