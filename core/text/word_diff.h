// Word-level difference of two texts (LCS on tokens), for showing what two reporters wrote
// differently. Tokens compare on their folded form (case and accents ignored) so "Politie" and
// "politie" are the same word; ranges index the original texts so a UI can highlight them byte-exact.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

enum class DiffOp { Equal, OnlyA, OnlyB };

// One run of words: Equal runs have both ranges, OnlyA runs only the A range, OnlyB only the B range.
struct DiffSpan {
    DiffOp op = DiffOp::Equal;
    size_t a_begin = 0, a_end = 0; // byte range in text A (empty for OnlyB)
    size_t b_begin = 0, b_end = 0; // byte range in text B (empty for OnlyA)
};

struct WordDiffOptions {
    // Above this many tokens per side the LCS table would be too big; the texts are then reported
    // as one OnlyA and one OnlyB span (a reviewer reads both anyway).
    size_t max_tokens = 3000;
};

// Spans in reading order; consecutive words with the same op are joined into one span.
std::vector<DiffSpan> WordDiff(std::string_view a, std::string_view b, const WordDiffOptions& options = {});

// Same, over words already keyed by the caller (equal keys = same word), e.g. vocabulary ids.
struct DiffWord {
    uint32_t key = 0;
    size_t begin = 0, end = 0; // byte range in the text
};
std::vector<DiffSpan> WordDiffKeys(const std::vector<DiffWord>& a, const std::vector<DiffWord>& b,
                                   const WordDiffOptions& options = {});

// "Same words" share of the diff: 2 * equal words / (words in A + words in B), 1.0 for two empty texts.
double WordDiffSimilarity(std::string_view a, std::string_view b);

// Plain-text rendering for the CLI and markdown: equal words as is, "[-a-]" and "{+b+}" for changes.
std::string FormatWordDiff(std::string_view a, std::string_view b, const std::vector<DiffSpan>& spans);

} // namespace hd
