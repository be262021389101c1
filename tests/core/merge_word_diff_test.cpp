#include <catch2/catch.hpp>

#include "core/text/word_diff.h"

using namespace hd;

TEST_CASE("word diff marks changed words and keeps byte ranges", "[merge][diff]") {
    std::string a = "De politie ziet meer overlast aan het station";
    std::string b = "Politie ziet veel overlast aan het station 's nachts";
    auto spans = WordDiff(a, b);
    CHECK(FormatWordDiff(a, b, spans) == "[-De-] politie ziet [-meer-] {+veel+} overlast aan het station {+s nachts+}");
    // (a leading apostrophe is not part of a word, as in hd::Tokenize)
    // Equal spans cover the same words on both sides (case ignored), ranges index the originals.
    for (const DiffSpan& s : spans) {
        if (s.op == DiffOp::Equal) CHECK(a.substr(s.a_begin, s.a_end - s.a_begin).size() > 0);
        if (s.op == DiffOp::OnlyB) CHECK(s.a_begin == s.a_end);
    }
    CHECK(WordDiff("", "").empty());
    CHECK(WordDiffSimilarity("één café", "Eén Cafe") == 1.0);
    CHECK(WordDiffSimilarity("a b c d", "x y") == 0.0);
}
