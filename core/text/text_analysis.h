// Text analysis for Dutch and English notes: tokenising, accent folding (for matching only),
// stop words (assets/stopwords/{nl,en}.txt), Snowball stemming (Debian's libstemmer) and character
// n-grams, so that compounds such as "buurtbemiddeling" still meet "bemiddeling".
// Shared by the merge (similarity of two reporters' notes) and the clustering.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

struct sb_stemmer;

namespace hd {

enum class TextLanguage { Unknown, Dutch, English };

struct Token {
    std::string surface; // as written (original case and accents), e.g. "Camera's"
    std::string folded;  // lowercase, accents removed, apostrophe-s removed: "camera"
    std::string stem;    // Snowball stem of `folded`: "camera"
    size_t begin = 0;    // byte range of `surface` in the analysed text
    size_t end = 0;
    bool stop_word = false;
};

// Splits into words: runs of letters and digits; an apostrophe between letters stays inside the word
// ("camera's", "zo'n"); a hyphen splits a compound into its parts ("café-uitbaters" -> "café",
// "uitbaters"). Byte ranges index the input. Never alters the input.
std::vector<Token> Tokenize(std::string_view text);

// Character n-grams of a folded word, with '<' and '>' marking its start and end, n in [n_min, n_max].
std::vector<std::string> CharNgrams(std::string_view folded_word, int n_min = 3, int n_max = 5);
// Same n-grams as 64-bit hashes (FNV-1a over the bytes), without allocating strings.
void CharNgramHashes(std::string_view folded_word, int n_min, int n_max, std::vector<uint64_t>& out);

class TextAnalyzer {
public:
    // Loads stop-word lists from `assets_dir`/stopwords; missing lists mean no stop words.
    explicit TextAnalyzer(const std::string& assets_dir);
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer&) = delete;
    TextAnalyzer& operator=(const TextAnalyzer&) = delete;

    // Tokens with folded form, stem and stop-word flag. `lang` Unknown guesses per text.
    std::vector<Token> Analyze(std::string_view text, TextLanguage lang = TextLanguage::Unknown) const;
    // Stems of the content words only (stop words dropped): the usual input to similarity measures.
    std::vector<std::string> ContentStems(std::string_view text, TextLanguage lang = TextLanguage::Unknown) const;

    TextLanguage GuessLanguage(std::string_view text) const;
    TextLanguage GuessLanguage(const std::vector<Token>& tokens) const;
    std::string Stem(std::string_view folded_word, TextLanguage lang) const;
    bool IsStopWord(std::string_view folded_word) const; // in either list
    bool IsStopWord(std::string_view folded_word, TextLanguage lang) const;
    size_t StopWordCount(TextLanguage lang) const;

private:
    std::unordered_set<std::string> m_stop_nl, m_stop_en;
    sb_stemmer* m_stem_nl = nullptr;
    sb_stemmer* m_stem_en = nullptr;
    mutable std::mutex m_stem_mutex; // libstemmer objects are not reentrant
};

const char* ToKey(TextLanguage lang); // "nl", "en", ""

} // namespace hd
