// Streaming import of plain-text transcripts (issue 16 item 5): read in chunks, checked whole before
// anything is stored, stored in batches; cancel keeps lines 1..N and a second import adds the rest.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/base/errors.h"
#include "core/transcript/text_import_stream.h"
#include "core/transcript/transcript_text.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
void WriteFile(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

std::string ManyLines(int n) {
    std::string out;
    for (int i = 1; i <= n; ++i)
        out += "[00:" + std::to_string(10 + i / 60 % 50) + ":" + std::to_string(10 + i % 50) + "] An Peeters: punt " +
               std::to_string(i) + " over de parking aan de Vaartkom\n";
    return out;
}

struct Lines {
    std::vector<std::pair<int, std::string>> all;
    void operator()(std::string_view line, int number, bool overlong) {
        all.emplace_back(number, std::string(line) + (overlong ? "|cut" : ""));
    }
};
} // namespace

TEST_CASE("lines split the same however the text arrives in chunks", "[transcript][text][stream][issue16]") {
    std::string text = "een\r\ntwee\rdrie\n\nvier\r\r\nvijf zonder einde";
    Lines whole, bytewise;
    TextLineSplitter a, b;
    a.Feed(text, std::ref(whole));
    a.Finish(std::ref(whole));
    for (char c : text) b.Feed(std::string_view(&c, 1), std::ref(bytewise));
    b.Finish(std::ref(bytewise));
    CHECK(whole.all == bytewise.all);
    // LF, CRLF and a lone CR each end one line; a CRLF split between chunks is one break.
    std::vector<std::pair<int, std::string>> expected = {{1, "een"}, {2, "twee"}, {3, "drie"}, {4, ""},
                                                         {5, "vier"}, {6, ""},    {7, "vijf zonder einde"}};
    CHECK(whole.all == expected);
    Lines cut;
    TextLineSplitter small(4);
    small.Feed("abcdefgh\nab", std::ref(cut));
    small.Feed("cdefg\nxy\n", std::ref(cut));
    CHECK(cut.all == std::vector<std::pair<int, std::string>>{{1, "abcd|cut"}, {2, "abcd|cut"}, {3, "xy"}});
}

TEST_CASE("a streamed text import stores what the whole-file import stores", "[transcript][text][stream][issue16]") {
    test::MergeFixture f;
    std::string content = "[00:01:10] An Peeters: Meer blauw op straat.\r\n\n  [01:30] peeters: Vooral 's avonds.\r"
                          "Straathoekwerk: Jongeren vinden geen plek.\n" + ManyLines(2500);
    std::string path = f.dir.File("b.txt");
    WriteFile(path, "\xEF\xBB\xBF" + content);
    TextFileImportOptions o;
    o.batch_lines = 300;
    o.by = "Tom";
    TextFileImportResult r = ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
    CHECK_FALSE(r.cancelled);
    CHECK(r.notes_added == 2503);
    CHECK(r.lines == 2503);
    // The whole-file path recognises every note as the same one: same ids, same texts, same speakers.
    TextImportResult again = ImportTextTranscript(*f.store, f.hearing, 'B',
                                                  ParseTextTranscript(content, HearingParticipants(*f.store, f.hearing)), "Tom");
    CHECK(again.notes_added == 0);
    CHECK(again.notes_already_present == 2503);
    std::vector<Note> notes = f.store->ListNotes(f.hearing, 'B');
    REQUIRE(notes.size() == 2503);
    std::sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    CHECK(notes[0].text == "Meer blauw op straat.");
    CHECK(notes[0].speaker_id == f.peeters);
    CHECK(notes[1].offset_ms == 90000);
    CHECK(notes[2].speaker_id == f.de_smet);
    CHECK(notes[2].offset_ms == 90000); // no time: the last time seen
}

TEST_CASE("a bad line anywhere in a big text file stores nothing", "[transcript][text][stream][issue16]") {
    test::MergeFixture f;
    std::string path = f.dir.File("b.txt");
    std::string tail_bad = ManyLines(3000) + "kapotte \xC3 tekst\n";
    WriteFile(path, tail_bad);
    TextFileImportOptions o;
    o.batch_lines = 100; // the bad line comes thirty batches after the first
    try {
        ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.invalid_utf8_line");
        CHECK(e.Args().at(1) == "3001");
        CHECK(e.Args().at(2) == "9");
    }
    CHECK(f.store->CountNotes(f.hearing) == 0);
    std::string with_nul = ManyLines(2000) + std::string("nul\0byte\n", 9);
    WriteFile(path, with_nul);
    try {
        ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.binary_file");
        CHECK(e.Args().at(1) == "2001");
    }
    WriteFile(path, ManyLines(10) + "[00:00:01] " + std::string(kMaxNoteBytes + 10, 'x') + "\n");
    try {
        ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.Key() == "merge.text_line_too_long");
        CHECK(e.Args().at(0) == "11");
    }
    CHECK(f.store->CountNotes(f.hearing) == 0);
    // Just under the limit once the time is taken off: stored whole.
    WriteFile(path, "[00:00:01] " + std::string(kMaxNoteBytes, 'y') + "\n");
    CHECK(ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o).notes_added == 1);
}

TEST_CASE("a cancelled text import keeps lines 1..N and a second import adds the rest", "[transcript][text][stream][issue16]") {
    test::MergeFixture f;
    std::string path = f.dir.File("b.txt");
    WriteFile(path, ManyLines(5000));
    std::atomic<bool> cancel{false};
    TextFileImportOptions o;
    o.batch_lines = 250;
    o.cancel = &cancel;
    bool saw_checking = false;
    float last_fraction = 0;
    bool fractions_grow = true;
    o.progress = [&](const TextImportProgress& p) {
        saw_checking = saw_checking || p.phase == TextImportProgress::Phase::Checking;
        fractions_grow = fractions_grow && p.Fraction() >= last_fraction;
        last_fraction = p.Fraction();
        if (p.phase == TextImportProgress::Phase::Storing && p.notes_added >= 1000) cancel = true;
    };
    TextFileImportResult r = ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
    CHECK(r.cancelled);
    CHECK(saw_checking);
    CHECK(fractions_grow);
    CHECK(r.notes_added == 1000); // cancelled at the first line after the batch that reached 1000
    std::vector<Note> notes = f.store->ListNotes(f.hearing, 'B');
    REQUIRE(notes.size() == 1000);
    std::sort(notes.begin(), notes.end(), [](const Note& x, const Note& y) { return x.seq < y.seq; });
    for (size_t i = 0; i < notes.size(); ++i) // a prefix: exactly the first lines, in order, each with its history
        if (notes[i].text != "punt " + std::to_string(i + 1) + " over de parking aan de Vaartkom") FAIL("not a prefix at " << i);
    CHECK(f.store->NoteHistory(notes.back().uuid).size() == 1);
    cancel = false;
    o.progress = nullptr;
    TextFileImportResult rest = ImportTextTranscriptFile(*f.store, f.hearing, 'B', path, o);
    CHECK_FALSE(rest.cancelled);
    CHECK(rest.notes_already_present == 1000);
    CHECK(rest.notes_added == 4000);
    CHECK(f.store->CountNotes(f.hearing, 'B') == 5000);
}

TEST_CASE("the preview of a text file reads only its first lines", "[transcript][text][stream][issue16]") {
    test::MergeFixture f;
    std::string path = f.dir.File("b.txt");
    WriteFile(path, ManyLines(1000) + "kapotte \xC3 tekst\n");
    TextFilePreview p = PreviewTextTranscriptFile(path, HearingParticipants(*f.store, f.hearing), 50);
    CHECK(p.more);
    REQUIRE(p.first_lines.lines.size() == 50);
    CHECK(p.first_lines.lines[49].line_number == 50);
    CHECK(p.first_lines.lines[0].speaker_id == f.peeters);
    WriteFile(path, "een\ntwee\n");
    p = PreviewTextTranscriptFile(path, {}, 50);
    CHECK_FALSE(p.more);
    CHECK(p.first_lines.lines.size() == 2);
}
