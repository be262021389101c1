// Issue 16 point 8 (and the CR-only endings of point 12): `hearingctl capture` stopped at the first bad
// line, so every later note was lost. Now each bad line is named with the reason and the rest stored.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "core/base/errors.h"
#include "core/base/line_reader.h"
#include "core/store/store.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
std::vector<InputLine> ReadAll(const std::string& input, size_t max_bytes) {
    std::istringstream in(input);
    LineReader reader(in, max_bytes);
    std::vector<InputLine> out;
    InputLine line;
    while (reader.Next(line)) out.push_back(line);
    return out;
}

struct CapturePlan {
    std::string path;
    int64_t hearing_id = 0;
};

CapturePlan MakePlan(const std::string& path) {
    Plan plan;
    plan.name = "Invoerplan";
    auto store = PlanStore::Create(path, plan);
    Theme t;
    t.title = "Overlast";
    Hearing h;
    h.theme_id = store->AddTheme(t);
    return {path, store->AddHearing(h)};
}

std::vector<std::string> StoredTexts(const CapturePlan& plan) {
    std::vector<std::string> out;
    for (const Note& n : PlanStore::Open(plan.path)->ListNotes(plan.hearing_id, 'A')) out.push_back(n.text);
    return out;
}

test::ChildResult Capture(const CapturePlan& plan, const std::string& input, std::vector<std::string> env = {}) {
    test::ChildOptions opts;
    opts.stdin_data = input;
    opts.env = std::move(env);
    return test::RunHearingctl({"capture", plan.path, "--hearing", std::to_string(plan.hearing_id), "--reporter", "A"},
                               opts);
}
} // namespace

TEST_CASE("LineReader ends lines at LF, CRLF and a lone CR, and bounds each line", "[capture][hardening]") {
    auto lines = ReadAll("een\ntwee\r\ndrie\rvier\r\rzes", 100);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].text == "een");
    CHECK(lines[1].text == "twee");
    CHECK(lines[2].text == "drie");
    CHECK(lines[3].text == "vier");
    CHECK(lines[4].text.empty()); // "\r\r": an empty line between
    CHECK(lines[5].text == "zes");  // the last line needs no ending
    CHECK(lines[5].number == 6);

    auto bounded = ReadAll("kort\n" + std::string(25, 'x') + "\nnog\n", 10);
    REQUIRE(bounded.size() == 3);
    CHECK_FALSE(bounded[0].too_long);
    CHECK(bounded[1].too_long);
    CHECK(bounded[1].length == 25);
    CHECK(bounded[1].text.size() == 10);
    CHECK(bounded[2].text == "nog"); // the rest of the long line did not leak into the next one
    CHECK(bounded[2].number == 3);

    CHECK(ReadAll("", 10).empty());
    CHECK(ReadAll("\r\n", 10).size() == 1);
}

TEST_CASE("a NUL byte in a note is refused with a message and nothing is stored", "[capture][hardening]") {
    test::TempDir dir;
    CapturePlan plan = MakePlan(dir.File("nul.hdesk"));
    auto store = PlanStore::Open(plan.path);
    Note n;
    n.hearing_id = plan.hearing_id;
    n.text = std::string("voor\0na", 7);
    try {
        store->AddNote(n);
        FAIL("expected err.note_nul");
    } catch (const InputError& e) {
        CHECK(e.Key() == "err.note_nul");
        CHECK(std::string(e.what()).find("byte 4") != std::string::npos);
    }
    CHECK(store->CountNotes(plan.hearing_id) == 0);
}

TEST_CASE("capture names each bad line and stores every good line after it", "[capture][hardening][cli]") {
    test::TempDir dir;
    CapturePlan plan = MakePlan(dir.File("capture.hdesk"));
    std::string input = "eerste notitie\n"
                        "kapotte \xff\xfe tekst\n"
                        "tweede notitie, één keer\n" +
                        std::string((1 << 20) + 500, 'x') + "\n"
                        "derde notitie\n" +
                        std::string("met een \0 erin\n", 15) + "vierde notitie";
    auto r = Capture(plan, input);
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(test::Acknowledged(r.out).size() == 4);
    CHECK(r.err.find("line 2 was not stored: The note text is not valid UTF-8 (at byte 8)") != std::string::npos);
    CHECK(r.err.find("line 4 was not stored: This note is too long (1024 KB") != std::string::npos);
    CHECK(r.err.find("line 6 was not stored: The note contains a NUL character (at byte 8)") != std::string::npos);
    CHECK(r.err.find("3 lines were not stored") != std::string::npos);
    CHECK(StoredTexts(plan) ==
          std::vector<std::string>{"eerste notitie", "tweede notitie, één keer", "derde notitie", "vierde notitie"});

    auto nl = Capture(plan, "goed\n\xc3\n", {"HD_LANG=nl"});
    CHECK(nl.exit_code == 3);
    CHECK(nl.err.find("regel 2 is niet opgeslagen: De tekst van de notitie is geen geldige UTF-8") != std::string::npos);
    CHECK(nl.err.find("1 regel is niet opgeslagen (hierboven genoemd)") != std::string::npos);
}

TEST_CASE("capture splits CR-only and CRLF line endings into separate notes", "[capture][hardening][cli]") {
    test::TempDir dir;
    CapturePlan plan = MakePlan(dir.File("cr.hdesk"));
    auto r = Capture(plan, "een\rtwee\rdrie\r\nvier\r\n");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(StoredTexts(plan) == std::vector<std::string>{"een", "twee", "drie", "vier"});
}
