// Small input-hardening defects of issue 16 point 12: time stamps that are none, a time without
// text, old Mac line ends, control characters echoed to a terminal.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <fstream>

#include "core/base/csv.h"
#include "core/base/terminal_text.h"
#include "core/lifecycle/indicators.h"
#include "core/transcript/text_import_stream.h"
#include "core/transcript/transcript_text.h"
#include "tests/support/child_process.h"
#include "tests/support/lifecycle_plan.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
void WriteFile(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}
} // namespace

TEST_CASE("a bracket that looks like a time but is none stays in the note's text and is flagged", "[transcript][text][issue16]") {
    test::MergeFixture f;
    TextTranscript t = ParseTextTranscript("[1:2:3:4] Meer licht\n"
                                           "[00:75] Te laat\n"
                                           "[1:2:3:4] An Peeters: Vooral 's avonds\n"
                                           "[01:02:03] Wel een tijd\n"
                                           "[12] geen tijdsvorm\n",
                                           HearingParticipants(*f.store, f.hearing));
    REQUIRE(t.lines.size() == 5);
    CHECK_FALSE(t.lines[0].has_time); // was read as 01:02:03
    CHECK(t.lines[0].time_ms == -1);
    CHECK(t.lines[0].problem == LineProblem::NotATime);
    CHECK(t.lines[0].bad_time == "[1:2:3:4]");
    CHECK(t.lines[0].text == "[1:2:3:4] Meer licht"); // nothing lost
    CHECK_FALSE(t.lines[1].has_time);
    CHECK(t.lines[1].problem == LineProblem::NotATime);
    CHECK(t.lines[1].text == "[00:75] Te laat");
    CHECK(t.lines[2].speaker_id == f.peeters); // the speaker after it is still read
    CHECK(t.lines[2].text == "[1:2:3:4] Vooral 's avonds");
    CHECK(t.lines[3].has_time);
    CHECK(t.lines[3].time_ms == 3723000);
    CHECK(t.lines[3].problem == LineProblem::None);
    CHECK(t.lines[4].problem == LineProblem::None); // not shaped like a time: plain text
    CHECK(t.lines[4].text == "[12] geen tijdsvorm");
}

TEST_CASE("a time without text is skipped and shown but never stored as an empty note", "[transcript][text][issue16]") {
    test::MergeFixture f;
    std::string content = "[00:00:01]\n[00:00:02] Eerste punt\n  [00:00:03]   \n[00:00:04] Tweede punt\n";
    TextTranscript t = ParseTextTranscript(content);
    REQUIRE(t.lines.size() == 2);
    REQUIRE(t.skipped.size() == 2);
    CHECK(t.skipped[0].line_number == 1);
    CHECK(t.skipped[0].problem == LineProblem::TimeWithoutText);
    CHECK(t.skipped[1].line_number == 3);

    std::string path = f.dir.File("t.txt");
    WriteFile(path, content);
    TextFilePreview p = PreviewTextTranscriptFile(path, {});
    CHECK(p.first_lines.lines.size() == 2);
    CHECK(p.first_lines.skipped.size() == 2);
    TextFileImportResult r = ImportTextTranscriptFile(*f.store, f.hearing, 'A', path);
    CHECK(r.notes_added == 2);
    CHECK(r.lines_skipped == 2);
    for (const Note& n : f.store->ListNotes(f.hearing, 'A')) CHECK_FALSE(n.text.empty());
    CHECK(f.store->CountNotes(f.hearing, 'A') == 2);

    TextImportResult whole = ImportTextTranscript(*f.store, f.other_hearing, 'B', t);
    CHECK(whole.notes_added == 2);
}

TEST_CASE("old Mac line ends (CR only) give one note per line", "[transcript][text][issue16]") {
    test::MergeFixture f;
    std::string path = f.dir.File("mac.txt");
    WriteFile(path, "[00:01] een\r[00:02] twee\r\r[00:03] drie\r\n[00:04] vier\r");
    TextFileImportResult r = ImportTextTranscriptFile(*f.store, f.hearing, 'A', path);
    CHECK(r.notes_added == 4);
    std::vector<Note> notes = f.store->ListNotes(f.hearing, 'A');
    REQUIRE(notes.size() == 4);
    CHECK(notes[3].text == "vier");
    test::ShellRun shown = test::RunHearingctlShell("import " + f.store->Path() + " --hearing " + std::to_string(f.hearing) +
                                                    " --preview " + path);
    CHECK(shown.out.find("line 4: [00:00:03]") != std::string::npos); // the empty line between counts
    CHECK(shown.out.find("line 5: [00:00:04]") != std::string::npos);
}

TEST_CASE("control characters are shown and not obeyed when printed to a terminal", "[cli][issue16]") {
    CHECK(TerminalSafe("Zoë\x1b]0;pwned\x07 ĳs\ttab") == "Zoë\\x1b]0;pwned\\x07 ĳs\ttab");
    CHECK(TerminalSafe("a\nb\rc\x7f") == "a\\x0ab\\x0dc\\x7f");
    CHECK(TerminalSafe("a\nb", {true}) == "a\nb");
    CHECK(TerminalSafe("csi \xC2\x9B" "2J en \x9B" "2J") == "csi \\u009b2J en \\x9b2J"); // C1, and a lone 8-bit CSI byte
    CHECK(TerminalSafe("abc\xE2\x80\xAEtxt.exe") == "abc\\u202etxt.exe");
    CHECK(TerminalSafe("gewoon: é ï ĳ 🙂") == "gewoon: é ï ĳ 🙂");

    test::MergeFixture f;
    std::string path = f.dir.File("esc.txt");
    WriteFile(path, "[00:01] \x1b[2J\x1b]0;titel\x07Straat: \x1b[31mrood\n[00:00:02]\n[1:2:3:4] x\n");
    std::string args = "import " + f.store->Path() + " --hearing " + std::to_string(f.hearing) + " --preview " + path;
    test::ShellRun r = test::RunHearingctlShell(args);
    CHECK(WIFEXITED(r.status));
    CHECK(WEXITSTATUS(r.status) == 0);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find('\x07') == std::string::npos);
    CHECK(r.out.find("\\x1b[31mrood") != std::string::npos);
    CHECK(r.out.find("skipped: a time without text") != std::string::npos);
    CHECK(r.out.find("not a time: [1:2:3:4]") != std::string::npos);
    r = test::RunHearingctlShell(args, "HD_LANG=nl");
    CHECK(r.out.find("overgeslagen: een tijd zonder tekst") != std::string::npos);
    CHECK(r.out.find("geen tijd: [1:2:3:4]") != std::string::npos);
}

TEST_CASE("merging two text files says how many lines had a time without text", "[transcript][cli][issue16]") {
    test::TempDir dir;
    std::string a = dir.File("a.txt"), b = dir.File("b.txt");
    WriteFile(a, "[00:00:10] Meer verlichting op het plein\n[00:00:20]\n");
    WriteFile(b, "[00:00:11] Meer verlichting op het plein\n");
    test::ShellRun r = test::RunHearingctlShell("merge " + a + " " + b + " --format md");
    CHECK(WEXITSTATUS(r.status) == 0);
    CHECK(r.out.find("a.txt: Lines skipped (a time without text, no empty note stored): 1") != std::string::npos);
    CHECK(r.out.find("b.txt:") == std::string::npos);
}

TEST_CASE("CSV files with old Mac line ends (CR only) give one row per line", "[csv][issue16]") {
    CsvTable t = ParseCsvTable("id,text\r1,Meer verlichting\r\r2,\"Zoë zei \"\"genoeg\"\"\"\r3,laatste\r\n4,Coördinatie\r");
    REQUIRE(t.header == std::vector<std::string>{"id", "text"});
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].fields[1] == "Meer verlichting");
    CHECK(t.rows[1].fields[1] == "Zoë zei \"genoeg\"");
    CHECK(t.rows[1].line == 4); // the empty line counts
    CHECK(t.rows[2].fields[1] == "laatste");
    CHECK(t.rows[3].line == 6);
    CHECK(t.rows[3].fields[1] == "Coördinatie");

    test::TempDir dir;
    test::LifecyclePlan plan(dir.File("p.hdesk"));
    IndicatorImport preview =
        PreviewIndicatorCsv(*plan.store, "Domein;Indicator;Jaar;Waarde\rVeilig wonen;Woninginbraken;2023;4,8\rJeugd;Meldingen;2024;312\r");
    CHECK(preview.separator == ';');
    CHECK(preview.problems.empty());
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows[1].line == 3);
    CHECK(preview.rows[1].value == Approx(312));
}
