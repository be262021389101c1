// TF-IDF over the content stems of notes (stop words dropped), optionally with character n-grams of
// long words so that Dutch compounds ("buurtbemiddeling") share features with their parts
// ("bemiddeling"). Vectors are sparse, sublinear in term frequency and l2-normalised, so a dot
// product is the cosine similarity.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text/text_analysis.h"

namespace hd {

// Sorted by feature index; values are l2-normalised (or all zero when the text has no feature).
struct SparseVector {
    std::vector<uint32_t> index;
    std::vector<float> value;
    bool Empty() const { return index.empty(); }
};

float Dot(const SparseVector& a, const SparseVector& b);

struct TfidfOptions {
    TextLanguage language = TextLanguage::Unknown; // Unknown: the majority guess over all texts
    bool sublinear_tf = true;  // 1 + ln(tf): a word repeated in one note does not dominate it
    // Dutch: a long word made of two words of the notes ("veiligheidsbeleid" = "veiligheid" + "beleid")
    // also counts both parts with this weight (0 = off).
    float compound_weight = 0.5f;
    size_t compound_min_word = 8; // code points of the compound
    size_t compound_min_part = 4; // code points of a part
    float ngram_weight = 0.0f; // 0 disables n-gram features; a word's n-grams together weigh this much
    int ngram_min = 4;
    int ngram_max = 5;
    size_t ngram_min_word = 9; // only words with at least this many code points (compounds)
    // Features must occur in at least min_df notes (applied from min_df_from_notes notes on: a
    // feature only one note has cannot link notes, it only dilutes that note's norm).
    int min_df = 2;
    size_t min_df_from_notes = 20;
    float max_df_ratio = 0.5f; // features in more than this share of the notes are dropped
};

class TfidfVectorizer {
public:
    TfidfVectorizer(const TextAnalyzer& analyzer, TfidfOptions options = {});

    // Learns vocabulary and idf from `texts` and returns their vectors.
    std::vector<SparseVector> FitTransform(const std::vector<std::string>& texts);
    // Vector of a new text with the learned vocabulary (unknown words are ignored).
    SparseVector Transform(std::string_view text) const;

    size_t FeatureCount() const { return m_idf.size(); }
    bool IsWordFeature(uint32_t feature) const { return !m_words[feature].empty(); }
    // Stem of a word feature ("" for n-gram features).
    const std::string& StemOf(uint32_t feature) const { return m_words[feature]; }
    // The most frequent written form of a word feature, e.g. "camera's" for stem "camera".
    const std::string& SurfaceOf(uint32_t feature) const { return m_surfaces[feature]; }
    float Idf(uint32_t feature) const { return m_idf[feature]; }
    TextLanguage Language() const { return m_language; }

private:
    struct WordFeature {
        std::string stem;
        std::string surface; // empty for the part of a compound
        float weight = 1.0f;
    };
    struct RawFeatures { // feature keys of one text before the vocabulary is fixed
        std::vector<WordFeature> words;
        std::vector<std::pair<uint64_t, float>> ngrams; // (hash, weight of this occurrence)
    };
    std::vector<Token> ContentTokens(std::string_view text) const;
    RawFeatures Features(std::vector<Token> tokens) const;
    void AddCompoundParts(const Token& t, RawFeatures& raw) const;
    SparseVector Weigh(const RawFeatures& raw) const;

    const TextAnalyzer& m_analyzer;
    TfidfOptions m_options;
    TextLanguage m_language = TextLanguage::Dutch;
    std::unordered_map<std::string, std::string> m_known_words; // folded word -> stem, for compound parts
    std::unordered_map<std::string, uint32_t> m_word_index;
    std::unordered_map<uint64_t, uint32_t> m_ngram_index;
    std::vector<std::string> m_words;    // per feature: stem, empty for n-grams
    std::vector<std::string> m_surfaces; // per feature: shown form, empty for n-grams
    std::vector<float> m_idf;
};

} // namespace hd
