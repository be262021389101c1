// [SECTION] index: Dot / feature extraction / fitting (vocabulary, df pruning, idf) / weighting
#include "core/text/tfidf.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/base/utf8.h"

namespace hd {

float Dot(const SparseVector& a, const SparseVector& b) {
    float sum = 0.0f;
    size_t i = 0, j = 0;
    while (i < a.index.size() && j < b.index.size()) {
        if (a.index[i] < b.index[j]) ++i;
        else if (a.index[i] > b.index[j]) ++j;
        else sum += a.value[i++] * b.value[j++];
    }
    return sum;
}

TfidfVectorizer::TfidfVectorizer(const TextAnalyzer& analyzer, TfidfOptions options)
    : m_analyzer(analyzer), m_options(options) {}

// [SECTION] Feature extraction
std::vector<Token> TfidfVectorizer::ContentTokens(std::string_view text) const {
    std::vector<Token> out;
    for (Token& t : m_analyzer.Analyze(text, m_language))
        if (!t.stop_word && Utf8Length(t.folded) >= 2) out.push_back(std::move(t)); // single letters carry no topic
    return out;
}

void TfidfVectorizer::AddCompoundParts(const Token& t, RawFeatures& raw) const {
    // A compound is two words of the notes written together, possibly joined by the Dutch linking
    // "s" or "e" ("veiligheid|s|beleid", "buurt|bemiddeling"). Requiring both parts to be known
    // words keeps false splits rare; the longest head wins. Cuts fall on code point boundaries.
    const std::string& w = t.folded;
    std::vector<size_t> cuts;
    for (size_t i = 1; i < w.size(); ++i)
        if ((static_cast<unsigned char>(w[i]) & 0xC0) != 0x80) cuts.push_back(i);
    const size_t min_part = m_options.compound_min_part;
    for (size_t c = cuts.size(); c-- > 0;) {
        size_t head_len = c + 1, tail_len = cuts.size() - c;
        if (head_len < min_part || tail_len < min_part) continue;
        auto head = m_known_words.find(w.substr(0, cuts[c]));
        if (head == m_known_words.end()) continue;
        std::string_view tail(w);
        tail.remove_prefix(cuts[c]);
        auto found = m_known_words.find(std::string(tail));
        if (found == m_known_words.end() && (tail[0] == 's' || tail[0] == 'e') && tail_len - 1 >= min_part)
            found = m_known_words.find(std::string(tail.substr(1)));
        if (found == m_known_words.end()) continue;
        for (const std::string* part : {&head->second, &found->second})
            if (*part != t.stem) raw.words.push_back({*part, std::string(), m_options.compound_weight});
        return;
    }
}

TfidfVectorizer::RawFeatures TfidfVectorizer::Features(std::vector<Token> tokens) const {
    RawFeatures raw;
    std::vector<uint64_t> grams;
    for (Token& t : tokens) {
        size_t length = Utf8Length(t.folded);
        // Closed compounds are a Dutch habit; in English they are rare and splits mostly false.
        if (m_options.compound_weight > 0.0f && m_language == TextLanguage::Dutch && length >= m_options.compound_min_word)
            AddCompoundParts(t, raw);
        if (m_options.ngram_weight > 0.0f && length >= m_options.ngram_min_word) {
            // The n-grams of one word share its weight, so a long word does not outweigh its stem.
            grams.clear();
            CharNgramHashes(t.folded, m_options.ngram_min, m_options.ngram_max, grams);
            float w = m_options.ngram_weight / std::sqrt(static_cast<float>(grams.size()));
            for (uint64_t g : grams) raw.ngrams.emplace_back(g, w);
        }
        raw.words.push_back({std::move(t.stem), std::move(t.surface), 1.0f});
    }
    return raw;
}

// [SECTION] Fitting
std::vector<SparseVector> TfidfVectorizer::FitTransform(const std::vector<std::string>& texts) {
    m_language = m_options.language;
    if (m_language == TextLanguage::Unknown) {
        // One language for the whole set: per-note guesses on short notes are noisy, and a word
        // must get the same stem in every note to be one feature.
        size_t nl = 0, en = 0;
        for (const std::string& text : texts) {
            TextLanguage g = m_analyzer.GuessLanguage(text);
            nl += g == TextLanguage::Dutch;
            en += g == TextLanguage::English;
        }
        m_language = en > nl ? TextLanguage::English : TextLanguage::Dutch;
    }
    std::vector<std::vector<Token>> tokens;
    tokens.reserve(texts.size());
    m_known_words.clear();
    for (const std::string& text : texts) {
        tokens.push_back(ContentTokens(text));
        for (const Token& t : tokens.back())
            if (Utf8Length(t.folded) >= m_options.compound_min_part) m_known_words.emplace(t.folded, t.stem);
    }
    std::vector<RawFeatures> raws;
    raws.reserve(texts.size());
    for (std::vector<Token>& t : tokens) raws.push_back(Features(std::move(t)));

    // Document frequencies, keyed in order of first appearance so feature numbers are deterministic.
    std::unordered_map<std::string, uint32_t> word_id;
    std::unordered_map<uint64_t, uint32_t> ngram_id;
    std::vector<std::string> cand_words;
    std::vector<uint64_t> cand_ngrams;
    std::vector<int> df;
    std::vector<std::map<std::string, int>> surface_counts;
    std::vector<uint32_t> seen_in_doc; // last doc (1-based) that counted the feature
    for (size_t d = 0; d < raws.size(); ++d) {
        auto count = [&](uint32_t id) {
            if (seen_in_doc[id] != d + 1) { seen_in_doc[id] = static_cast<uint32_t>(d + 1); ++df[id]; }
        };
        for (const WordFeature& word : raws[d].words) {
            const std::string& stem = word.stem;
            auto [it, added] = word_id.emplace(stem, static_cast<uint32_t>(df.size()));
            if (added) {
                cand_words.push_back(stem);
                cand_ngrams.push_back(0);
                df.push_back(0);
                seen_in_doc.push_back(0);
                surface_counts.emplace_back();
            }
            if (!word.surface.empty()) ++surface_counts[it->second][word.surface];
            count(it->second);
        }
        for (const auto& [g, w] : raws[d].ngrams) {
            auto [it, added] = ngram_id.emplace(g, static_cast<uint32_t>(df.size()));
            if (added) {
                cand_words.emplace_back();
                cand_ngrams.push_back(g);
                df.push_back(0);
                seen_in_doc.push_back(0);
                surface_counts.emplace_back();
            }
            count(it->second);
        }
    }

    // Keep features within the df bounds, renumbered in order of first appearance.
    const double n = static_cast<double>(texts.size());
    const int min_df = texts.size() >= m_options.min_df_from_notes ? m_options.min_df : 1;
    const double max_df = std::max(2.0, m_options.max_df_ratio * n);
    m_word_index.clear();
    m_ngram_index.clear();
    m_words.clear();
    m_surfaces.clear();
    m_idf.clear();
    for (size_t id = 0; id < df.size(); ++id) {
        if (df[id] < min_df || df[id] > max_df) continue;
        auto feature = static_cast<uint32_t>(m_idf.size());
        m_idf.push_back(static_cast<float>(std::log((1.0 + n) / (1.0 + df[id])) + 1.0));
        if (!cand_words[id].empty()) {
            m_word_index.emplace(cand_words[id], feature);
            m_words.push_back(cand_words[id]);
            // Most frequent written form; on a tie the greater string, which prefers lowercase.
            const std::string* best = nullptr;
            int best_count = 0;
            for (const auto& [surface, c] : surface_counts[id])
                if (c >= best_count) { best = &surface; best_count = c; }
            m_surfaces.push_back(best ? *best : cand_words[id]);
        } else {
            m_ngram_index.emplace(cand_ngrams[id], feature);
            m_words.emplace_back();
            m_surfaces.emplace_back();
        }
    }

    std::vector<SparseVector> out;
    out.reserve(raws.size());
    for (const RawFeatures& raw : raws) out.push_back(Weigh(raw));
    return out;
}

SparseVector TfidfVectorizer::Transform(std::string_view text) const { return Weigh(Features(ContentTokens(text))); }

// [SECTION] Weighting
SparseVector TfidfVectorizer::Weigh(const RawFeatures& raw) const {
    std::vector<std::pair<uint32_t, float>> counts; // (feature, weight of one occurrence)
    counts.reserve(raw.words.size() + raw.ngrams.size());
    for (const WordFeature& word : raw.words)
        if (auto it = m_word_index.find(word.stem); it != m_word_index.end()) counts.emplace_back(it->second, word.weight);
    for (const auto& [g, w] : raw.ngrams)
        if (auto it = m_ngram_index.find(g); it != m_ngram_index.end()) counts.emplace_back(it->second, w);
    std::sort(counts.begin(), counts.end());
    SparseVector v;
    double norm2 = 0.0;
    for (size_t i = 0; i < counts.size();) {
        size_t j = i;
        while (j < counts.size() && counts[j].first == counts[i].first) ++j;
        // Occurrences of a word count 1 each, n-grams their share: tf is the summed weight.
        float tf = 0.0f;
        for (size_t q = i; q < j; ++q) tf += counts[q].second;
        float scale = counts[i].second;
        float w = (m_options.sublinear_tf ? scale * (1.0f + std::log(tf / scale)) : tf) * m_idf[counts[i].first];
        v.index.push_back(counts[i].first);
        v.value.push_back(w);
        norm2 += static_cast<double>(w) * w;
        i = j;
    }
    if (norm2 > 0.0) {
        auto inv = static_cast<float>(1.0 / std::sqrt(norm2));
        for (float& w : v.value) w *= inv;
    }
    return v;
}

} // namespace hd
