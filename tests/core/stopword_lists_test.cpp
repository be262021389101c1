// The stop-word lists in assets/stopwords are data other features load; keep them well-formed.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

#include "core/utf8.h"

namespace {
struct WordList {
    bool opened = false;
    bool has_comment_header = false;
    std::vector<std::string> words;
};

WordList ReadList(const std::string& name) {
    WordList list;
    std::ifstream in(std::string(HD_SOURCE_ASSETS_DIR) + "/stopwords/" + name, std::ios::binary);
    list.opened = static_cast<bool>(in);
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        if (first) list.has_comment_header = !line.empty() && line[0] == '#';
        first = false;
        if (line.empty() || line[0] == '#') continue;
        list.words.push_back(line);
    }
    return list;
}
} // namespace

TEST_CASE("stop-word lists are lowercase, unique, UTF-8 and of a useful size", "[stopwords]") {
    for (const char* name : {"nl.txt", "en.txt"}) {
        INFO(name);
        WordList list = ReadList(name);
        REQUIRE(list.opened);
        CHECK(list.has_comment_header);
        CHECK(list.words.size() >= 150);
        CHECK(list.words.size() <= 250);
        std::set<std::string> seen;
        for (const std::string& w : list.words) {
            INFO(w);
            CHECK(hd::IsValidUtf8(w));
            CHECK(w.find_first_of(" \t\r") == std::string::npos);
            CHECK(w.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
            CHECK(seen.insert(w).second);
        }
    }
}

TEST_CASE("Dutch stop words keep their diacritics", "[stopwords]") {
    WordList nl = ReadList("nl.txt");
    std::set<std::string> words(nl.words.begin(), nl.words.end());
    CHECK(words.count("\xC3\xA9\xC3\xA9n") == 1); // één
    CHECK(words.count("h\xC3\xA9") == 1);          // hé
    CHECK(words.count("de") == 1);
    CHECK(words.count("politie") == 0); // content words stay searchable
    CHECK(words.count("veiligheid") == 0);
}
