#include <catch2/catch.hpp>

#include <algorithm>

#include "core/base/i18n.h"
#include "core/text/text_analysis.h"
#include "core/text/tfidf.h"
#include "core/base/utf8.h"

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
    CHECK(FoldForMatch("Ærøskøbing Łódź ﬁets") == "aeroskobing lodz fiets");
    // A token keeps the text as written; only its folded form loses case and accents.
    auto tokens = Tokenize("Één Brûlé");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].surface == "Één");
    CHECK(tokens[0].folded == "een");
    CHECK(tokens[1].surface == "Brûlé");
    CHECK(tokens[1].folded == "brule");
}

TEST_CASE("a decomposed accent matches the composed letter", "[text]") {
    const std::string composed = "caf\u00E9 Ren\u00E9e";          // é as one code point
    const std::string decomposed = "cafe\u0301 Rene\u0301e";      // e + COMBINING ACUTE ACCENT
    REQUIRE(composed != decomposed);
    CHECK(FoldForMatch(decomposed) == FoldForMatch(composed));
    CHECK(FoldForMatch(decomposed) == "cafe renee");
    auto a = Tokenize(composed), b = Tokenize(decomposed);
    REQUIRE(a.size() == 2); // the combining accent stays inside its word
    REQUIRE(b.size() == 2);
    CHECK(b[0].surface == "cafe\u0301");
    CHECK(a[0].folded == b[0].folded);
    CHECK(a[1].folded == b[1].folded);
}

TEST_CASE("one decoder: invalid, overlong and surrogate sequences become U+FFFD and the scan moves on", "[text]") {
    CHECK(DecodeUtf8("a\xC3") == U"a\uFFFD");
    CHECK(DecodeUtf8("\xC0\xAF") == U"\uFFFD\uFFFD");   // overlong "/"
    CHECK(DecodeUtf8("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD"); // a UTF-16 surrogate
    CHECK(DecodeUtf8("\xC4\xB3") == U"\u0133");
    CHECK(FindInvalidUtf8("ok \xC4\xB3 \xF4\x90\x80\x80") == 6); // past U+10FFFF
    CHECK(IsValidUtf8("\xF0\x9F\x98\x80"));
    CHECK(IsWordChar(U'\u0301'));
    CHECK_FALSE(IsWordChar(U'\u201C')); // a curly quote is punctuation, not part of a name
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

TEST_CASE("diacritics and the ij ligature fold to the same stem as their plain spelling", "[text]") {
    TextAnalyzer analyzer(FindAssetsDir());
    auto a = analyzer.ContentStems("Coördinatie van ĳverige naïeve café-uitbaters", TextLanguage::Dutch);
    auto b = analyzer.ContentStems("coordinatie van ijverige naieve cafe uitbaters", TextLanguage::Dutch);
    CHECK(a == b);
    CHECK(std::find(a.begin(), a.end(), analyzer.Stem("cafe", TextLanguage::Dutch)) != a.end());
    // The surface text is never altered.
    auto tokens = analyzer.Analyze("Coördinatie ĳverig", TextLanguage::Dutch);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].surface == "Coördinatie");
    CHECK(tokens[1].surface == "ĳverig");
}

TEST_CASE("stop words are dropped and the language of a note is guessed", "[text]") {
    TextAnalyzer analyzer(FindAssetsDir());
    CHECK(analyzer.StopWordCount(TextLanguage::Dutch) > 50);
    CHECK(analyzer.IsStopWord("het", TextLanguage::Dutch));
    CHECK(analyzer.GuessLanguage("De jongeren hangen rond op het plein en er is veel lawaai") == TextLanguage::Dutch);
    CHECK(analyzer.GuessLanguage("The young people hang around on the square and there is a lot of noise") ==
          TextLanguage::English);
    auto stems = analyzer.ContentStems("De jongeren en het plein", TextLanguage::Dutch);
    CHECK(stems.size() == 2);
}

TEST_CASE("Dutch compounds meet their parts in TF-IDF vectors", "[text]") {
    TextAnalyzer analyzer(FindAssetsDir());
    std::vector<std::string> texts = {"Het veiligheidsbeleid van de stad", "Een beleid voor meer veiligheid",
                                      "Buurtbemiddeling bij conflicten", "Bemiddeling in de buurt helpt",
                                      "Fietsers op het kruispunt"};
    TfidfVectorizer with(analyzer);
    auto v = with.FitTransform(texts);
    CHECK(Dot(v[0], v[1]) > 0.3f);
    CHECK(Dot(v[2], v[3]) > 0.2f);
    CHECK(Dot(v[0], v[4]) == Approx(0.0f));
    TfidfOptions off;
    off.compound_weight = 0.0f;
    TfidfVectorizer without(analyzer, off);
    auto w = without.FitTransform(texts);
    CHECK(Dot(w[0], w[1]) == Approx(0.0f)); // without compound parts they share nothing
    CHECK(Dot(w[2], w[3]) == Approx(0.0f));
    // A new note's compound meets the fitted vocabulary too.
    CHECK(Dot(with.Transform("veiligheidsbeleid"), v[1]) > 0.3f);
}
