// The stop-word lists in assets/stopwords are data other features load; keep them well-formed.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

#include "core/cluster/clustering.h"
#include "core/base/i18n.h"
#include "core/text/text_analysis.h"
#include "core/base/utf8.h"

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
        // Function words plus the verbs, adverbs and numbers that would otherwise label clusters; a
        // list far longer than this would start to swallow content words.
        CHECK(list.words.size() <= 400);
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

TEST_CASE("words that say nothing about a topic never label a cluster, content words do", "[stopwords]") {
    hd::TextAnalyzer analyzer(hd::FindAssetsDir());
    // Verbs, adverbs and numbers that labelled the demo plan's clusters before they were listed.
    for (const char* w : {"gebeurt", "vooral", "komt", "twee", "steeds", "week", "drie", "zitten"}) {
        INFO(w);
        CHECK(analyzer.IsStopWord(w, hd::TextLanguage::Dutch));
    }
    for (const char* w : {"using", "get", "however", "two", "years"}) {
        INFO(w);
        CHECK(analyzer.IsStopWord(w, hd::TextLanguage::English));
    }
    for (const char* w : {"politie", "overlast", "drugs", "jongeren", "leegstand", "winkeldiefstal"}) {
        INFO(w);
        CHECK_FALSE(analyzer.IsStopWord(w, hd::TextLanguage::Dutch));
    }
    for (const char* w : {"database", "python", "string", "error"}) {
        INFO(w);
        CHECK_FALSE(analyzer.IsStopWord(w, hd::TextLanguage::English));
    }
    // Clustering two topics written with those words: the labels keep only the topic words.
    std::vector<std::string> texts = {
        "Er gebeurt vooral dealen aan het station, twee keer per week",
        "Dealen aan het station komt steeds terug, drie avonden per week",
        "Dealers aan het station, het gebeurt vooral na school",
        "Leegstand van winkels komt steeds vaker voor, al twee jaar",
        "Leegstaande winkels in de straat: het gebeurt vooral in het centrum",
        "Leegstand in de winkelstraat, steeds meer panden, drie jaar al",
    };
    hd::ClusterOptions options;
    options.k = 2;
    hd::Clustering result = hd::ClusterTexts(analyzer, texts, options);
    REQUIRE(result.clusters.size() == 2);
    const std::set<std::string> empty_words = {"gebeurt", "vooral", "komt", "twee", "drie", "steeds", "week", "jaar", "keer"};
    for (const hd::ClusterSummary& c : result.clusters) {
        INFO(c.label);
        CHECK_FALSE(c.label_words.empty());
        for (const std::string& w : c.label_words) CHECK(empty_words.count(hd::FoldForMatch(w)) == 0);
    }
}
