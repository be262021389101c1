// hearingctl merge / import / export-transcript end to end.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/merge/merge_store.h"
#include "core/transcript/transcript.h"
#include "tests/support/merge_fixture.h"

using namespace hd;

namespace {
void WriteFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs hearingctl with `args` (already quoted); returns the exit code, stdout and stderr in files.
int Run(const test::TempDir& dir, const std::string& args) {
    std::string cmd = std::string("HD_LANG=en ") + HD_HEARINGCTL + " " + args + " > " + dir.File("out.txt") + " 2> " +
                      dir.File("err.txt");
    int rc = std::system(cmd.c_str());
    return WEXITSTATUS(rc);
}
} // namespace

TEST_CASE("hearingctl merge writes exactly the exchange JSON, escaped", "[merge][cli]") {
    test::TempDir dir;
    WriteFile(dir.File("a.txt"),
              "[00:01:00] An Peeters: De politie vraagt \"meer\" camera's aan het station.\n"
              "[00:03:00] Jan De Smet: Jeugdhuis sluit te vroeg\\ op vrijdag.\n");
    WriteFile(dir.File("b.txt"),
              "[00:01:05] Peeters: De politie vraagt \"meer\" camera's aan het station.\n"
              "\n"
              "[00:05:00] Koen: Iets heel anders over parkeren.\n");
    REQUIRE(Run(dir, "merge " + dir.File("a.txt") + " " + dir.File("b.txt") + " -o " + dir.File("m.json")) == 0);
    std::string json = ReadFile(dir.File("m.json"));
    CHECK(json ==
          "{\"entries\":["
          "{\"status\":\"agreed\",\"a\":[1],\"b\":[1],\"text\":\"De politie vraagt \\\"meer\\\" camera's aan het station.\","
          "\"speaker\":\"An Peeters\",\"time\":\"00:01:00\"},"
          "{\"status\":\"only_a\",\"a\":[2],\"b\":[],\"text\":\"Jeugdhuis sluit te vroeg\\\\ op vrijdag.\","
          "\"speaker\":\"Jan De Smet\",\"time\":\"00:03:00\"},"
          "{\"status\":\"only_b\",\"a\":[],\"b\":[3],\"text\":\"Iets heel anders over parkeren.\",\"speaker\":\"Koen\","
          "\"time\":\"00:04:55\"}]}\n");
    REQUIRE(Run(dir, "merge " + dir.File("a.txt") + " " + dir.File("b.txt") + " --format md") == 0);
    CHECK(ReadFile(dir.File("out.txt")).find("## 1. 00:01:00 An Peeters (agreed)") != std::string::npos);
    CHECK(Run(dir, "merge " + dir.File("a.txt") + " " + dir.File("b.txt") + " --format xml") == 1);
    CHECK(ReadFile(dir.File("err.txt")).find("--format must be json or md") != std::string::npos);
}

TEST_CASE("hearingctl export-transcript, import and merge a stored hearing", "[merge][cli]") {
    test::MergeFixture f;
    f.Add('A', 60, f.peeters, "Meer blauw op straat in de uitgaansbuurt.");
    f.Add('B', 61, f.peeters, "Meer blauw op straat, uitgaansbuurt.");
    std::string plan = f.store->Path();
    f.store.reset(); // let hearingctl own the file
    std::string hearing = std::to_string(f.hearing);
    REQUIRE(Run(f.dir, "export-transcript " + plan + " --hearing " + hearing + " --reporter A -o " + f.dir.File("a.json")) == 0);
    Transcript t = LoadTranscriptFile(f.dir.File("a.json"));
    REQUIRE(t.notes.size() == 1);
    CHECK(t.notes[0].text == "Meer blauw op straat in de uitgaansbuurt.");

    // The same file again adds nothing; another hearing is refused without --attach-anyway.
    REQUIRE(Run(f.dir, "import " + plan + " --hearing " + hearing + " " + f.dir.File("a.json")) == 0);
    CHECK(ReadFile(f.dir.File("out.txt")).find("imported 0 notes of reporter A (1 already present, 0 updated)") != std::string::npos);
    std::string other = std::to_string(f.other_hearing);
    CHECK(Run(f.dir, "import " + plan + " --hearing " + other + " " + f.dir.File("a.json")) == 1);
    CHECK(ReadFile(f.dir.File("err.txt")).find("belongs to another hearing") != std::string::npos);

    WriteFile(f.dir.File("late.txt"), "[00:10:00] De Smet: Jeugdhuis langer open op vrijdag.\n");
    CHECK(Run(f.dir, "import " + plan + " --hearing " + hearing + " " + f.dir.File("late.txt")) == 1);
    CHECK(ReadFile(f.dir.File("err.txt")).find("--reporter A or --reporter B") != std::string::npos);
    REQUIRE(Run(f.dir, "import " + plan + " --hearing " + hearing + " " + f.dir.File("late.txt") + " --preview") == 0);
    CHECK(ReadFile(f.dir.File("out.txt")).find("line 1: [00:10:00] (Jan De Smet, by surname) Jeugdhuis langer open op vrijdag.") !=
          std::string::npos);
    // Standalone merge of a JSON transcript with a text file: UUID strings and line numbers.
    REQUIRE(Run(f.dir, "merge " + f.dir.File("a.json") + " " + f.dir.File("late.txt")) == 0);
    std::string mixed = ReadFile(f.dir.File("out.txt"));
    CHECK(mixed.find("\"a\":[\"" + t.notes[0].uuid + "\"],\"b\":[]") != std::string::npos);
    CHECK(mixed.find("\"a\":[],\"b\":[1]") != std::string::npos);
    REQUIRE(Run(f.dir, "import " + plan + " --hearing " + hearing + " --reporter B " + f.dir.File("late.txt")) == 0);
    REQUIRE(Run(f.dir, "merge " + plan + " --hearing " + hearing) == 0);
    CHECK(ReadFile(f.dir.File("out.txt")).find("merged into 2 entries") != std::string::npos);
    auto store = PlanStore::Open(plan);
    MergeStore merges(*store);
    CHECK(merges.MergedMinutes(f.hearing).size() == 2);
}
