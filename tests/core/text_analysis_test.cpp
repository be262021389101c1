#include <catch2/catch.hpp>

#include <algorithm>

#include "core/i18n.h"
#include "core/text_analysis.h"
#include "core/utf8.h"

using namespace hd;

namespace {
std::vector<std::string> Surfaces(const std::vector<Token>& tokens) {
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(t.surface);
    return out;
}
} // namespace

TEST_CASE("tokenizer keeps diacritics, apostrophe forms and splits hyphenated compounds", "[text]") {
    std::string text = "De café-uitbaters plaatsen camera's; zo'n ĳverige naïeve Coördinator!";
    auto tokens = Tokenize(text);
    CHECK(Surfaces(tokens) == std::vector<std::string>{"De", "café", "uitbaters", "plaatsen", "camera's", "zo'n",
                                                       "ĳverige", "naïeve", "Coördinator"});
    CHECK(tokens[4].folded == "camera");
    CHECK(tokens[5].folded == "zon");
    CHECK(tokens[6].folded == "ijverige");
    CHECK(tokens[8].folded == "coordinator");
    for (const Token& t : tokens) CHECK(text.substr(t.begin, t.end - t.begin) == t.surface);
}

TEST_CASE("tokenizer survives invalid UTF-8 and symbols", "[text]") {
    std::string text = std::string("caf\xC3 goed \xF0\x9F\x98\x80 ok", 18);
    auto tokens = Tokenize(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].surface == "goed");
    CHECK(tokens[2].surface == "ok");
}

TEST_CASE("accent folding is for matching only", "[text]") {
    CHECK(FoldForMatch("Één Ĳzeren Brûlé Straße") == "een ijzeren brule strasse");
    std::string original = "Één";
    FoldForMatch(original);
    CHECK(original == "Één");
}

TEST_CASE("Snowball stems Dutch and English words", "[text]") {
    TextAnalyzer analyzer(FindAssetsDir());
    CHECK(analyzer.Stem("jongeren", TextLanguage::Dutch) == analyzer.Stem("jongere", TextLanguage::Dutch));
    CHECK(analyzer.Stem("bemiddelingen", TextLanguage::Dutch) == analyzer.Stem("bemiddeling", TextLanguage::Dutch));
    CHECK(analyzer.Stem("neighbourhoods", TextLanguage::English) == "neighbourhood");
    CHECK(analyzer.Stem("policing", TextLanguage::English) == "polic");
}

TEST_CASE("character n-grams let a compound meet its parts", "[text]") {
    auto whole = CharNgrams("buurtbemiddeling");
    auto part = CharNgrams("bemiddeling");
    size_t shared = 0;
    for (const auto& g : part) shared += std::count(whole.begin(), whole.end(), g) > 0;
    CHECK(shared * 10 >= part.size() * 7); // most of the part's n-grams occur in the compound
    auto gram = CharNgrams("ĳs", 3, 3);
    for (const auto& g : gram) CHECK(IsValidUtf8(g));
    std::vector<uint64_t> a, b;
    CharNgramHashes("veiligheidsbeleid", 3, 5, a);
    CharNgramHashes("veiligheidsbeleid", 3, 5, b);
    CHECK(a == b);
    CHECK(a.size() == CharNgrams("veiligheidsbeleid").size());
}
