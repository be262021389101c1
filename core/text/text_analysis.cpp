// [SECTION] index: character classes / Tokenize / n-grams / TextAnalyzer (stop words, stems, language)
#include "core/text/text_analysis.h"

#include <libstemmer.h>

#include <fstream>

#include "core/base/utf8.h"

namespace hd {

// [SECTION] Character classes
namespace {
bool IsApostrophe(char32_t c) { return c == U'\'' || c == 0x2019; }
bool IsHyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }

struct Decoded {
    char32_t cp;
    size_t begin, end;
};

std::vector<Decoded> DecodeWithOffsets(std::string_view s) {
    std::vector<Decoded> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        char32_t cp;
        size_t len = DecodeAt(s, i, cp);
        out.push_back({cp, i, i + len});
        i += len;
    }
    return out;
}

std::string FoldWord(std::string_view surface) {
    std::string folded = FoldForMatch(surface);
    // "camera's", "auto's", "zo'n": drop a possessive/plural 's and any remaining apostrophes.
    std::string out;
    out.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '\'') continue;
        if (folded.compare(i, 3, "\xE2\x80\x99") == 0) { i += 2; continue; }
        out.push_back(folded[i]);
    }
    size_t apos = folded.rfind('\'');
    if (apos != std::string::npos && apos + 2 == folded.size() && folded.back() == 's') out.pop_back();
    return out;
}
} // namespace

// [SECTION] Tokenize
std::vector<Token> Tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::vector<Decoded> cps = DecodeWithOffsets(text);
    size_t i = 0;
    while (i < cps.size()) {
        if (!IsWordChar(cps[i].cp)) { ++i; continue; }
        size_t j = i;
        while (j < cps.size()) {
            if (IsWordChar(cps[j].cp)) { ++j; continue; }
            // An apostrophe with a letter on both sides belongs to the word.
            if (IsApostrophe(cps[j].cp) && j + 1 < cps.size() && IsWordChar(cps[j + 1].cp)) { j += 2; continue; }
            break;
        }
        Token t;
        t.begin = cps[i].begin;
        t.end = cps[j - 1].end;
        t.surface = std::string(text.substr(t.begin, t.end - t.begin));
        t.folded = FoldWord(t.surface);
        tokens.push_back(std::move(t));
        i = j;
        // A hyphen between two words splits a compound; nothing special to do, the loop resumes.
        if (i < cps.size() && IsHyphen(cps[i].cp)) ++i;
    }
    return tokens;
}

// [SECTION] n-grams
std::vector<std::string> CharNgrams(std::string_view folded_word, int n_min, int n_max) {
    // Built by appends: g++ 12 warns falsely (-Wrestrict) on operator+ chains of strings.
    std::u32string w;
    w.push_back(U'<');
    w.append(DecodeUtf8(folded_word));
    w.push_back(U'>');
    std::vector<std::string> out;
    for (int n = n_min; n <= n_max; ++n) {
        if (static_cast<size_t>(n) > w.size()) break;
        for (size_t i = 0; i + static_cast<size_t>(n) <= w.size(); ++i) out.push_back(EncodeUtf8(w.substr(i, static_cast<size_t>(n))));
    }
    return out;
}

void CharNgramHashes(std::string_view folded_word, int n_min, int n_max, std::vector<uint64_t>& out) {
    // Work on code point boundaries so an n-gram never splits a multi-byte character.
    std::vector<size_t> starts;
    std::string w;
    w.reserve(folded_word.size() + 2);
    w.push_back('<');
    w.append(folded_word);
    w.push_back('>');
    for (size_t i = 0; i < w.size(); ++i)
        if ((static_cast<unsigned char>(w[i]) & 0xC0) != 0x80) starts.push_back(i);
    starts.push_back(w.size());
    size_t ncp = starts.size() - 1;
    for (int n = n_min; n <= n_max; ++n) {
        if (static_cast<size_t>(n) > ncp) break;
        for (size_t i = 0; i + static_cast<size_t>(n) <= ncp; ++i) {
            uint64_t h = 1469598103934665603ull ^ static_cast<uint64_t>(n);
            for (size_t b = starts[i]; b < starts[i + static_cast<size_t>(n)]; ++b) {
                h ^= static_cast<unsigned char>(w[b]);
                h *= 1099511628211ull;
            }
            out.push_back(h);
        }
    }
}

// [SECTION] TextAnalyzer
namespace {
void LoadStopWords(const std::string& path, std::unordered_set<std::string>& out) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        std::string_view w = Trim(line);
        if (w.empty() || w[0] == '#') continue;
        out.insert(FoldWord(w));
    }
}
} // namespace

TextAnalyzer::TextAnalyzer(const std::string& assets_dir) {
    LoadStopWords(assets_dir + "/stopwords/nl.txt", m_stop_nl);
    LoadStopWords(assets_dir + "/stopwords/en.txt", m_stop_en);
    m_stem_nl = sb_stemmer_new("dutch", "UTF_8");
    m_stem_en = sb_stemmer_new("english", "UTF_8");
}

TextAnalyzer::~TextAnalyzer() {
    if (m_stem_nl) sb_stemmer_delete(m_stem_nl);
    if (m_stem_en) sb_stemmer_delete(m_stem_en);
}

const char* ToKey(TextLanguage lang) {
    switch (lang) {
    case TextLanguage::Dutch: return "nl";
    case TextLanguage::English: return "en";
    default: return "";
    }
}

bool TextAnalyzer::IsStopWord(std::string_view w) const {
    std::string key(w);
    return m_stop_nl.count(key) > 0 || m_stop_en.count(key) > 0;
}

bool TextAnalyzer::IsStopWord(std::string_view w, TextLanguage lang) const {
    std::string key(w);
    if (lang == TextLanguage::Dutch) return m_stop_nl.count(key) > 0;
    if (lang == TextLanguage::English) return m_stop_en.count(key) > 0;
    return IsStopWord(w);
}

size_t TextAnalyzer::StopWordCount(TextLanguage lang) const {
    return lang == TextLanguage::Dutch ? m_stop_nl.size() : lang == TextLanguage::English ? m_stop_en.size() : 0;
}

TextLanguage TextAnalyzer::GuessLanguage(const std::vector<Token>& tokens) const {
    // Stop words are the most frequent words of a language, so their hits decide; Dutch letter
    // pairs break ties for short notes with few function words.
    int nl = 0, en = 0;
    for (const Token& t : tokens) {
        if (m_stop_nl.count(t.folded)) ++nl;
        if (m_stop_en.count(t.folded)) ++en;
        if (t.folded.find("ij") != std::string::npos || t.folded.find("sch") != std::string::npos ||
            t.folded.find("oe") != std::string::npos || t.folded.find("aa") != std::string::npos)
            nl += 1;
        if (t.folded.find("th") != std::string::npos || t.folded.find("wh") != std::string::npos ||
            (t.folded.size() > 3 && t.folded.compare(t.folded.size() - 3, 3, "ing") == 0))
            en += 1;
    }
    if (nl == 0 && en == 0) return TextLanguage::Unknown;
    return nl >= en ? TextLanguage::Dutch : TextLanguage::English;
}

TextLanguage TextAnalyzer::GuessLanguage(std::string_view text) const { return GuessLanguage(Tokenize(text)); }

std::string TextAnalyzer::Stem(std::string_view folded, TextLanguage lang) const {
    sb_stemmer* st = lang == TextLanguage::English ? m_stem_en : m_stem_nl;
    if (!st || folded.empty()) return std::string(folded);
    std::lock_guard<std::mutex> lock(m_stem_mutex);
    const sb_symbol* out = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(folded.data()),
                                           static_cast<int>(folded.size()));
    if (!out) return std::string(folded);
    return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(st)));
}

std::vector<Token> TextAnalyzer::Analyze(std::string_view text, TextLanguage lang) const {
    std::vector<Token> tokens = Tokenize(text);
    if (lang == TextLanguage::Unknown) lang = GuessLanguage(tokens);
    if (lang == TextLanguage::Unknown) lang = TextLanguage::Dutch; // our users' default
    for (Token& t : tokens) {
        t.stop_word = IsStopWord(t.folded, lang);
        t.stem = Stem(t.folded, lang);
    }
    return tokens;
}

std::vector<std::string> TextAnalyzer::ContentStems(std::string_view text, TextLanguage lang) const {
    std::vector<std::string> out;
    for (Token& t : Analyze(text, lang))
        if (!t.stop_word) out.push_back(std::move(t.stem));
    return out;
}

} // namespace hd
