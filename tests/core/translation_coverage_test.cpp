// Every user-facing message in both languages (issue 16 item 11): the sources are scanned for the
// translation keys they use, each must have English and Dutch text; no error is thrown with English
// text and no key; and the pieces that used to stay English inside a Dutch message (field
// problems, JSON parser errors, operating system errors, "Wrote FILE", sizes) are translated.
#include <catch2/catch.hpp>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "core/base/error_detail.h"
#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/transcript/transcript.h"
#include "tests/support/child_process.h"
#include "tests/support/temp_dir.h"

using namespace hd;
namespace fs = std::filesystem;

namespace {

const std::string kSourceRoot = fs::path(HD_TESTS_DIR).parent_path().string();

struct SourceFile {
    std::string path, text;
};

std::vector<SourceFile> Sources() {
    std::vector<SourceFile> out;
    for (const char* dir : {"core", "app"})
        for (const auto& entry : fs::recursive_directory_iterator(kSourceRoot + "/" + dir)) {
            std::string ext = entry.path().extension().string();
            if (ext != ".cpp" && ext != ".h") continue;
            std::ifstream in(entry.path());
            std::stringstream ss;
            ss << in.rdbuf();
            out.push_back({fs::relative(entry.path(), kSourceRoot).string(), ss.str()});
        }
    return out;
}

// Every key line of assets/lang/*.tsv: key -> (English, Dutch), and keys defined more than once.
struct Table {
    std::map<std::string, std::pair<std::string, std::string>> keys;
    std::vector<std::string> duplicates;
};

Table ReadTable() {
    Table t;
    for (const auto& entry : fs::directory_iterator(kSourceRoot + "/assets/lang")) {
        if (entry.path().extension() != ".tsv") continue;
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            size_t a = line.find('\t');
            size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
            std::string key = line.substr(0, a);
            std::string en = a == std::string::npos ? "" : line.substr(a + 1, b == std::string::npos ? b : b - a - 1);
            std::string nl = b == std::string::npos ? "" : line.substr(b + 1);
            if (!t.keys.emplace(key, std::make_pair(en, nl)).second) t.duplicates.push_back(key);
        }
    }
    return t;
}

// "notes.csv" in an option's help is a file name, not a key.
bool IsFileName(const std::string& s) {
    static const std::regex ext(R"re(\.(csv|json|txt|md|html|docx|hdesk|tsv|png)$)re");
    return std::regex_search(s, ext);
}

// Keys named by a literal where a translation is looked up: Tr("k"), Format("k", …), TrArg("k"),
// UserError/InputError/StoreError/UsageError("k", …), and tables of {"k", "English"} pairs
// (problems, errno names). A literal ending in '.' is a prefix completed at run time.
std::set<std::string> KeysUsed(const std::vector<SourceFile>& sources, std::map<std::string, std::string>& where) {
    static const std::regex call(
        R"re(\b(?:Tr|Format|TrArg|UserError|InputError|StoreError|UsageError|ErrorKey)\s*\(\s*"([a-z_]+(?:\.[a-z0-9_]+)+)")re");
    static const std::regex pair(R"re([{,]\s*"([a-z_]+(?:\.[a-z0-9_]+)+)"\s*,\s*(?:"[A-Za-z]|english\b))re");
    std::set<std::string> out;
    for (const SourceFile& f : sources)
        for (const std::regex* re : {&call, &pair})
            for (auto it = std::sregex_iterator(f.text.begin(), f.text.end(), *re); it != std::sregex_iterator(); ++it) {
                if (IsFileName((*it)[1])) continue;
                out.insert((*it)[1]);
                where.emplace((*it)[1], f.path);
            }
    return out;
}

} // namespace

TEST_CASE("every translation key the sources use has English and Dutch text", "[i18n][issue16]") {
    std::vector<SourceFile> sources = Sources();
    REQUIRE(sources.size() > 100);
    Table table = ReadTable();
    std::map<std::string, std::string> where;
    std::set<std::string> used = KeysUsed(sources, where);
    // The scan finds the keys: a fixed sample must be among them, or the patterns above are broken.
    for (const char* known : {"merge.json_field", "merge.field.expected_whole_number", "cli.wrote", "os.err.disk_full",
                              "json.err.miss_quote", "err.db_busy", "cli.live_not_acknowledged"})
        CHECK(used.count(known) == 1);
    std::vector<std::string> missing, one_language;
    for (const std::string& key : used) {
        auto it = table.keys.find(key);
        if (it == table.keys.end()) missing.push_back(key + " (" + where[key] + ")");
        else if (it->second.first.empty() || it->second.second.empty()) one_language.push_back(key);
    }
    CHECK(missing == std::vector<std::string>{});
    CHECK(one_language == std::vector<std::string>{});
    // A key in both tables after a union merge would make one of its texts silently lose.
    CHECK(table.duplicates == std::vector<std::string>{});
    for (const auto& [key, texts] : table.keys)
        if (texts.first.empty() || texts.second.empty()) one_language.push_back(key);
    CHECK(one_language == std::vector<std::string>{});
}

TEST_CASE("no error is thrown with English text instead of a translation key", "[i18n][issue16]") {
    // The first argument of every user-facing error is a key (a literal without spaces) or a
    // variable holding one; English first would be shown untranslated.
    static const std::regex english_first(R"re(\b(?:UserError|InputError|StoreError|UsageError)\s*\(\s*"([^"]*\s[^"]*)")re");
    std::vector<std::string> found;
    for (const SourceFile& f : Sources())
        for (auto it = std::sregex_iterator(f.text.begin(), f.text.end(), english_first); it != std::sregex_iterator(); ++it)
            found.push_back(f.path + ": " + std::string((*it)[1]));
    CHECK(found == std::vector<std::string>{});
    // Status lines of hearingctl on stderr go through the translator too (they said "Wrote FILE").
    static const std::regex cerr_english(R"re(std::cerr\s*<<\s*"(?!hearingctl)([A-Za-z][a-z]+ [^"]*)")re");
    std::vector<std::string> cerr;
    for (const SourceFile& f : Sources())
        if (f.path.rfind("app/cli/", 0) == 0)
            for (auto it = std::sregex_iterator(f.text.begin(), f.text.end(), cerr_english); it != std::sregex_iterator(); ++it)
                cerr.push_back(f.path + ": " + std::string((*it)[1]));
    CHECK(cerr == std::vector<std::string>{});
}

namespace {
std::string DutchMessageOf(const std::function<void()>& f) {
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    tr.SetLanguage(Language::Dutch);
    try {
        f();
    } catch (const UserError& e) {
        return tr.Message(e);
    }
    return "(no error)";
}

const char* kMinimal = R"({"format":"hearingdesk-transcript","version":1,"exported_at_ms":0,
"plan":{"uuid":"3f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b","name":"P"},
"hearing":{"uuid":"4f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b","theme_title":"T","date":"2026-10-01"},
"reporter":{"letter":"A","name":"Lien"},"participants":[],"notes":[]})";
} // namespace

TEST_CASE("a bad transcript field is named entirely in Dutch", "[i18n][issue16]") {
    std::string bad = kMinimal;
    bad.replace(bad.find("\"exported_at_ms\":0"), 18, "\"exported_at_ms\":\"gisteren\"");
    std::string msg = DutchMessageOf([&] { ParseTranscriptJson(bad, "a.json"); });
    CHECK(msg == "Het verslag a.json heeft een fout veld exported_at_ms: geheel getal verwacht. Er is niets geïmporteerd.");
    std::string kind = kMinimal;
    kind.replace(kind.find("\"notes\":[]"), 10,
                 R"("notes":[{"uuid":"5f2a3c1e-6b1d-4c1e-9a51-6a9e0f1d2c3b","seq":1,"offset_ms":0,"wall_time_ms":0,)"
                 R"("speaker_uuid":"","kind":"grap","chain":"","text":"x","deleted":false,"version":1,"history":[]}])");
    msg = DutchMessageOf([&] { ParseTranscriptJson(kind, "a.json"); });
    CHECK(msg.find("onbekende soort 'grap'") != std::string::npos);
    CHECK(msg.find("unknown") == std::string::npos);
    // English stays English.
    try {
        ParseTranscriptJson(bad, "a.json");
        FAIL("no error");
    } catch (const UserError& e) {
        CHECK(std::string(e.what()).find("expected whole number") != std::string::npos);
    }
}

TEST_CASE("a JSON syntax error is explained in Dutch", "[i18n][issue16]") {
    std::string cut = kMinimal;
    cut.resize(cut.find("\"theme_title\"") + 8); // inside a string
    std::string msg = DutchMessageOf([&] { ParseTranscriptJson(cut, "a.json"); });
    CHECK(msg.find("Het verslag a.json is geen geldige JSON: een tekst heeft geen sluitend aanhalingsteken (regel 3") == 0);
    std::string comma = kMinimal;
    comma.replace(comma.find(",\"notes\""), 1, " ");
    msg = DutchMessageOf([&] { ParseTranscriptJson(comma, "a.json"); });
    CHECK(msg.find("een komma of '}' ontbreekt") != std::string::npos);
    CHECK(msg.find("Missing") == std::string::npos);
}

TEST_CASE("an operating system error is a translated sentence with the raw detail", "[i18n][issue16]") {
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Format("export.err_write", {"/x/y.docx", OsErrorArg(ENOSPC)}) ==
          "Kon /x/y.docx niet schrijven: de schijf is vol (No space left on device)");
    CHECK(tr.Format("export.err_write", {"/x", OsErrorArg(EACCES)}) == "Kon /x niet schrijven: geen toestemming (Permission denied)");
    CHECK(tr.Format("export.err_write", {"/x", OsErrorArg(EXDEV)}).find("systeemfout (") != std::string::npos);
    tr.SetLanguage(Language::English);
    CHECK(tr.Format("export.err_write", {"/x", OsErrorArg(ENOSPC)}) == "Could not write /x: the disk is full (No space left on device)");
    CHECK(OsErrorEnglish(ENOSPC) == "the disk is full (No space left on device)");
    // The translator is the only reader of the encoding: a message built in English has none of it.
    test::TempDir dir;
    std::string msg = DutchMessageOf([&] { ReadImportFile(dir.File("nothing-here.txt")); });
    CHECK(msg.find('\x1b') == std::string::npos);
}

TEST_CASE("a file just over the size limit never reads as the limit itself", "[i18n][issue16]") {
    CHECK(MegabytesRoundedUp(200ull * 1024 * 1024) == "200");
    CHECK(MegabytesRoundedUp(200ull * 1024 * 1024 + 1049) == "200.1"); // 200.001 MiB
    CHECK(MegabytesRoundedUp(1) == "0.1");
    CHECK(MegabytesRoundedDown(200ull * 1024 * 1024 + 1049) == "200");
    test::TempDir dir;
    std::string path = dir.File("big.txt");
    { std::ofstream(path) << ""; }
    fs::resize_file(path, 200ull * 1024 * 1024 + 1049); // sparse: nothing is written, the size check comes first
    std::string msg = DutchMessageOf([&] { ReadImportFile(path); });
    CHECK(msg.find("(200.1 MB; maximaal 200 MB)") != std::string::npos);
}

TEST_CASE("hearingctl says what it wrote in Dutch", "[i18n][issue16][cli]") {
    test::TempDir dir;
    std::string plan = dir.File("p.hdesk");
    REQUIRE(test::RunChild(HD_HEARINGCTL, {"demo", plan}).exit_code == 0);
    test::ChildOptions nl;
    nl.env = {"HD_LANG=nl"};
    test::ChildResult r = test::RunChild(HD_HEARINGCTL, {"export", plan, "--what", "plan", "--format", "md", "-o", dir.File("p.md")}, nl);
    CHECK(r.exit_code == 0);
    CHECK(r.err == dir.File("p.md") + " geschreven\n");
    r = test::RunChild(HD_HEARINGCTL, {"export", plan, "--what", "plan", "--format", "md", "-o", dir.File("q.md")});
    CHECK(r.err == "Wrote " + dir.File("q.md") + "\n");
}
