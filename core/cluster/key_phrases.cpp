// [SECTION] index: connectors / candidate spans / scoring / choosing
#include "core/cluster/key_phrases.h"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/base/utf8.h"

namespace hd {

// [SECTION] Connectors
namespace {
// Function words allowed inside a phrase (never at its ends): articles and prepositions that join
// nouns into a noun phrase ("cijfers per wijk", "spuiten in de zandbak", "werk en begeleiding").
// Every other stop word (verbs, pronouns, adverbs, negations) ends a phrase.
const std::unordered_set<std::string>& Connectors() {
    static const std::unordered_set<std::string> words = {
        // Dutch
        "de", "het", "een", "van", "in", "op", "per", "voor", "met", "aan", "bij", "uit", "naar", "over", "rond",
        "zonder", "tegen", "tussen", "en", "s", "t",
        // English
        "the", "a", "an", "of", "on", "for", "with", "to", "at", "by", "from", "and", "around", "without"};
    return words;
}

// Words after which a noun (or its adjective) follows: the last word of a phrase that is seen right
// after one of these somewhere in the notes is noun-like ("de wachtlijst", "per wijk").
const std::unordered_set<std::string>& Determiners() {
    static const std::unordered_set<std::string> words = {
        "de", "het", "een", "geen", "per", "elke", "iedere", "deze", "dit", "onze", "hun", "zijn", "haar", "veel",
        "the", "a", "an", "no", "per", "every", "each", "this", "these", "our", "their", "many"};
    return words;
}

// An article right after a content word inside a span ("haakt de politie", "kennen de buren") marks
// that word as a verb or the end of a clause: noun phrases join nouns with prepositions.
bool IsArticle(const std::string& folded) {
    return folded == "de" || folded == "het" || folded == "een" || folded == "the" || folded == "a" || folded == "an";
}
bool IsConjunction(const std::string& folded) { return folded == "en" || folded == "and"; }

// Words after which a verb follows: "te" before an infinitive ("te rollen"), a subject pronoun ("wij
// horen") or a question word ("hoe horen bewoners").
const std::unordered_set<std::string>& VerbBefore() {
    static const std::unordered_set<std::string> words = {
        "te", "we", "wij", "ze", "zij", "ik", "je", "jij", "u", "hij", "men", "hoe", "waarom", "wie", "wanneer", "waar",
        "to", "i", "they", "you", "he", "she", "how", "why", "who", "when", "where"};
    return words;
}

// Quantifiers that read badly at the start of a label ("meeste overlast").
bool BadStart(const std::string& folded) {
    // Also the reporters' tags that open a note ("Vraag uit de zaal: ...", "Samenvatting moderator: ...").
    static const std::unordered_set<std::string> words = {"meeste", "meer", "minder", "veel", "weinig", "andere",
                                                          "vraag", "citaat", "voorstel", "samenvatting", "question",
                                                          "quote", "proposal", "summary",
                                                          "most", "more", "less", "many", "few", "other"};
    return words.count(folded) > 0;
}

bool HasNounSuffix(const std::string& folded) {
    static const char* const suffixes[] = {"heid", "ing", "ingen", "schap", "isme", "teit", "tie", "ties", "sie",
                                           "aar", "eur", "ist", "ment", "ness", "tion", "ity", "plek", "punt",
                                           "dienst", "overleg", "werk", "huis", "park", "buurt", "wijk", "straat"};
    for (const char* s : suffixes) {
        size_t n = std::char_traits<char>::length(s);
        if (folded.size() > n && folded.compare(folded.size() - n, n, s) == 0) return true;
    }
    return false;
}

bool AllDigits(const std::string& folded) {
    return std::all_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// [SECTION] Candidate spans
struct Word {
    std::string folded, stem;
    size_t begin = 0, end = 0;
    bool content = false, connector = false, boundary_before = false;
};

struct Candidate {
    std::string key;                // stems of content words, folded connectors, joined by '|'
    std::vector<std::string> stems; // content stems
    std::string first_folded;
    std::string last_folded;        // the phrase's last word (its head in Dutch and English)
};

// A phrase never crosses punctuation: any character between two words other than spaces, hyphens
// and apostrophes ends the span (",", ".", ":", "(", quotes, "/", "+", "->").
bool BoundaryBetween(std::string_view text, size_t from, size_t to) {
    for (size_t i = from; i < to && i < text.size(); ++i) {
        char c = text[i];
        if (c == ' ' || c == '\t' || c == '-' || c == '\'') continue;
        return true;
    }
    return false;
}

std::vector<Word> Words(const TextAnalyzer& analyzer, std::string_view text, TextLanguage lang) {
    std::vector<Word> out;
    size_t prev_end = 0;
    for (Token& t : analyzer.Analyze(text, lang)) {
        Word w;
        w.boundary_before = out.empty() || BoundaryBetween(text, prev_end, t.begin);
        w.connector = Connectors().count(t.folded) > 0;
        w.content = !t.stop_word && !w.connector && Utf8Length(t.folded) >= 2 && !AllDigits(t.folded);
        w.folded = std::move(t.folded);
        w.stem = std::move(t.stem);
        w.begin = t.begin;
        w.end = t.end;
        prev_end = t.end;
        out.push_back(std::move(w));
    }
    return out;
}

// Every span of min..max words inside one segment that starts and ends with a content word and
// holds only content words and connectors in between.
template <class Visit>
void ForEachSpan(const std::vector<Word>& words, const KeyPhraseOptions& o, Visit visit) {
    for (size_t i = 0; i < words.size(); ++i) {
        if (!words[i].content || BadStart(words[i].folded)) continue;
        for (size_t j = i + 1; j < words.size() && j - i + 1 <= o.max_words; ++j) {
            if (words[j].boundary_before) break;
            if (!words[j].content && !words[j].connector) break;
            if (words[j - 1].content && IsArticle(words[j].folded)) break;
            // "and" only joins two content words ("werk en begeleiding"), never "X en naar de Y".
            if (IsConjunction(words[j - 1].folded) && !words[j].content) break;
            if (!words[j].content || j - i + 1 < o.min_words) continue;
            visit(i, j);
        }
    }
}

Candidate MakeCandidate(const std::vector<Word>& words, size_t i, size_t j) {
    Candidate c;
    for (size_t q = i; q <= j; ++q) {
        if (!c.key.empty()) c.key += '|';
        c.key += words[q].content ? words[q].stem : words[q].folded;
        if (words[q].content) c.stems.push_back(words[q].stem);
    }
    c.first_folded = words[i].folded;
    c.last_folded = words[j].folded;
    return c;
}

// [SECTION] Scoring
struct PhraseStats {
    Candidate candidate;
    std::map<std::string, int> surfaces; // written form -> occurrences
    std::vector<int> docs;               // texts that contain it, ascending, once each
};

TextLanguage MajorityLanguage(const TextAnalyzer& analyzer, const std::vector<std::string>& texts) {
    size_t nl = 0, en = 0;
    for (const std::string& t : texts) {
        TextLanguage g = analyzer.GuessLanguage(t);
        nl += g == TextLanguage::Dutch;
        en += g == TextLanguage::English;
    }
    return en > nl ? TextLanguage::English : TextLanguage::Dutch;
}

// The most frequent written form; on a tie the greater string, which prefers a lowercase start
// (the form inside a sentence over the one that opens it).
std::string BestSurface(const std::map<std::string, int>& surfaces) {
    const std::string* best = nullptr;
    int best_n = 0;
    for (const auto& [s, n] : surfaces)
        if (n >= best_n) { best = &s; best_n = n; }
    return best ? *best : std::string();
}

bool Overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    size_t shared = 0;
    for (const std::string& s : a)
        if (std::find(b.begin(), b.end(), s) != b.end()) ++shared;
    return shared * 2 >= std::min(a.size(), b.size());
}
} // namespace

std::vector<std::vector<KeyPhrase>> KeyPhrases(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                                               const std::vector<int>& group, const KeyPhraseOptions& options) {
    int max_group = -1;
    for (int g : group) max_group = std::max(max_group, g);
    const size_t groups = static_cast<size_t>(max_group + 1);
    std::vector<std::vector<KeyPhrase>> out(groups);
    if (groups == 0) return out;
    TextLanguage lang = options.language != TextLanguage::Unknown ? options.language : MajorityLanguage(analyzer, texts);

    // Pass 1: words, spans, and which words follow a determiner anywhere (noun evidence).
    std::vector<std::vector<Word>> words;
    words.reserve(texts.size());
    std::unordered_set<std::string> after_determiner, after_te; // noun and infinitive evidence
    std::unordered_map<std::string, std::vector<int>> stem_docs; // content stem -> texts, once each
    for (size_t d = 0; d < texts.size(); ++d) {
        words.push_back(Words(analyzer, texts[d], lang));
        const std::vector<Word>& w = words.back();
        for (size_t i = 0; i < w.size(); ++i) {
            // A word after a determiner that ends the noun phrase there (not "een open zicht").
            bool ends_phrase = i + 1 == w.size() || w[i + 1].boundary_before || !w[i + 1].content;
            if (i > 0 && !w[i].boundary_before && ends_phrase && Determiners().count(w[i - 1].folded))
                after_determiner.insert(w[i].folded);
            if (i > 0 && !w[i].boundary_before && VerbBefore().count(w[i - 1].folded)) after_te.insert(w[i].folded);
            if (!w[i].content) continue;
            std::vector<int>& docs = stem_docs[w[i].stem];
            if (docs.empty() || docs.back() != static_cast<int>(d)) docs.push_back(static_cast<int>(d));
        }
    }
    std::map<std::string, PhraseStats> phrases; // ordered: deterministic ties
    for (size_t d = 0; d < texts.size(); ++d) {
        if (d >= group.size() || group[d] < 0) continue;
        ForEachSpan(words[d], options, [&](size_t i, size_t j) {
            Candidate c = MakeCandidate(words[d], i, j);
            PhraseStats& p = phrases[c.key];
            if (p.docs.empty()) p.candidate = std::move(c);
            ++p.surfaces[texts[d].substr(words[d][i].begin, words[d][j].end - words[d][i].begin)];
            if (p.docs.empty() || p.docs.back() != static_cast<int>(d)) p.docs.push_back(static_cast<int>(d));
        });
    }

    // Group sizes for the shares.
    std::vector<size_t> size(groups, 0);
    for (size_t d = 0; d < texts.size() && d < group.size(); ++d)
        if (group[d] >= 0) ++size[static_cast<size_t>(group[d])];
    const double n = static_cast<double>(texts.size());

    // How representative a stem is of group g: the share of the group's notes that hold it minus the
    // share of the other notes, times its idf (a word every note uses says nothing about the group).
    auto stem_weight = [&](const std::string& stem, size_t g) {
        auto it = stem_docs.find(stem);
        if (it == stem_docs.end()) return 0.0;
        size_t in = 0;
        for (int d : it->second)
            if (static_cast<size_t>(d) < group.size() && group[static_cast<size_t>(d)] == static_cast<int>(g)) ++in;
        double df = static_cast<double>(it->second.size());
        double share_in = size[g] ? static_cast<double>(in) / static_cast<double>(size[g]) : 0.0;
        double rest = n - static_cast<double>(size[g]);
        double share_out = rest > 0 ? (df - static_cast<double>(in)) / rest : 0.0;
        double idf = std::log((1.0 + n) / (1.0 + df)) + 1.0;
        return std::max(0.0, share_in - share_out) * idf;
    };

    std::vector<std::vector<std::pair<double, const PhraseStats*>>> ranked(groups);
    for (const auto& [key, p] : phrases) {
        std::map<size_t, size_t> in_group; // group -> notes of that group holding the phrase
        for (int d : p.docs) ++in_group[static_cast<size_t>(group[static_cast<size_t>(d)])];
        const std::string& last = p.candidate.last_folded;
        // A phrase ending in a verb ("cocaïne gebruiken") reads worse than one ending in a noun.
        const std::string& first = p.candidate.first_folded;
        bool noun_like = (after_determiner.count(last) || HasNounSuffix(last)) && !after_te.count(last) &&
                         !after_te.count(first);
        std::set<std::string> distinct(p.candidate.stems.begin(), p.candidate.stems.end());
        if (distinct.size() < p.candidate.stems.size()) continue; // "verloedering trekt verloedering"

        for (const auto& [g, notes] : in_group) {
            double sum = 0.0;
            for (const std::string& s : p.candidate.stems) sum += stem_weight(s, g);
            // The mean weight of its words, a little more for each further word (up to three).
            size_t k = p.candidate.stems.size();
            double score = sum / static_cast<double>(k) * (1.0 + 0.3 * static_cast<double>(std::min<size_t>(k, 3) - 1));
            score *= 1.0 + 0.5 * static_cast<double>(std::min<size_t>(3, notes - 1)); // said more than once
            if (!noun_like) score *= 0.4;
            if (score > 0.0) ranked[g].emplace_back(score, &p);
        }
    }

    // [SECTION] Choosing: best first, skipping a phrase that mostly repeats a chosen one.
    for (size_t g = 0; g < groups; ++g) {
        auto& r = ranked[g];
        std::stable_sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [score, p] : r) {
            if (out[g].size() >= options.count) break;
            const auto& stems = p->candidate.stems; // clang 14 cannot capture a structured binding (the fuzz build)
            bool repeats = std::any_of(out[g].begin(), out[g].end(),
                                       [&](const KeyPhrase& k) { return Overlaps(k.stems, stems); });
            if (repeats) continue;
            size_t notes = 0;
            for (int d : p->docs) notes += group[static_cast<size_t>(d)] == static_cast<int>(g);
            out[g].push_back({BestSurface(p->surfaces), p->candidate.stems, static_cast<float>(score), notes});
        }
    }
    return out;
}

std::string CapitaliseFirst(std::string_view text) {
    if (text.empty()) return {};
    // Dutch spelling: "één" starts a sentence as "Eén", "ijzer" as "IJzer".
    if (text.substr(0, 4) == "\xC3\xA9\xC3\xA9") return "E\xC3\xA9" + std::string(text.substr(4));
    if (text.size() >= 2 && text[0] == 'i' && text[1] == 'j') return "IJ" + std::string(text.substr(2));
    char32_t cp;
    size_t len = DecodeAt(text, 0, cp);
    std::string out;
    AppendUtf8(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))));
    out.append(text.substr(len));
    return out;
}

} // namespace hd
