// [SECTION] index: word lists / clauses / action part
#include "core/cluster/action_clause.h"

#include <algorithm>
#include <array>

#include "core/base/utf8.h"
#include "core/text/text_analysis.h"

namespace hd {

// [SECTION] Word lists (folded forms, Dutch and English)
namespace {
template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// Words that open a subject noun phrase: "De wijkinspecteur", "Het parket", "Our officers".
constexpr std::array<std::string_view, 20> kDeterminers = {
    "de", "het", "een", "onze", "ons", "hun", "deze", "die", "dat", "elke", "iedere", "veel",
    "the", "a", "an", "our", "their", "this", "these", "many"};
// A subject of its own: "Wij vragen", "Men ziet", "They want".
constexpr std::array<std::string_view, 14> kPronouns = {"ik", "we", "wij", "ze", "zij", "men", "u", "jullie",
                                                         "i", "they", "he", "she", "it", "you"};
// Wanting, asking, needing, can and must: what follows the verb is what should be done.
constexpr std::array<std::string_view, 29> kWishVerbs = {
    "wil", "willen", "vraagt", "vragen", "wenst", "wensen", "moet", "moeten", "zou", "zouden", "kan", "kunnen",
    "mag", "mogen", "pleit", "pleiten", "want", "wants", "ask", "asks", "wish", "wishes", "need", "needs",
    "should", "must", "could", "can", "would"};
// Finite verbs that describe how things are. Plural forms only where a proposal would hardly start
// with them as an infinitive ("Jongeren zien", not "Cijfers geven").
constexpr std::array<std::string_view, 60> kStateVerbs = {
    "is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden",
    "ziet", "zien", "zag", "zagen", "weet", "weten", "komt", "gaat", "staat", "staan", "blijft", "blijven",
    "zit", "zitten", "ligt", "liggen", "doet", "krijgt", "vindt", "vinden", "kent", "kennen", "hoort", "horen",
    "merkt", "merken", "toont", "tonen", "zegt", "zeggen", "klaagt", "klagen", "loopt", "werkt", "geeft", "maakt", "voelt",
    "are", "were", "has", "have", "sees", "see", "knows", "know", "gets", "finds", "says"};
} // namespace

// [SECTION] Clauses
std::vector<std::string_view> NoteClauses(std::string_view text) {
    // Separators end a clause; a question mark stays with its clause so a question can be told.
    static constexpr std::array<std::string_view, 11> kCuts = {". ", "; ", ": ", " - ", " \xE2\x80\x93 ", "->",
                                                                "\xE2\x86\x92", "\n", "! ", "? ", "?"};
    std::vector<std::string_view> out;
    auto push = [&](std::string_view part) {
        part = Trim(part);
        while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ';' || part.back() == ':' ||
                                 part.back() == '!'))
            part = Trim(part.substr(0, part.size() - 1));
        if (!part.empty()) out.push_back(part);
    };
    size_t start = 0;
    for (size_t i = 0; i < text.size();) {
        std::string_view cut;
        for (std::string_view c : kCuts)
            if (text.compare(i, c.size(), c) == 0) { cut = c; break; }
        if (cut.empty()) { ++i; continue; }
        bool keep_mark = cut[0] == '?';
        push(text.substr(start, i - start + (keep_mark ? 1 : 0)));
        i += cut.size();
        start = i;
    }
    push(text.substr(start));
    return out;
}

// [SECTION] Action part
std::optional<std::string> ActionPart(std::string_view clause) {
    clause = Trim(clause);
    if (clause.empty() || clause.back() == '?') return std::nullopt;
    std::vector<Token> t = Tokenize(clause);
    auto word = [&](size_t i) -> std::string_view { return i < t.size() ? std::string_view(t[i].folded) : std::string_view(); };
    // What follows token i, when it is three words or more.
    auto rest_from = [&](size_t i) -> std::optional<std::string> {
        if (i >= t.size() || t.size() - i < 3) return std::nullopt;
        return std::string(Trim(clause.substr(t[i].begin)));
    };
    if (t.size() < 3) return std::nullopt;
    // A call to act: "laat ons ...", "laten we ...", "let's ...", "we moeten ..." is taken below.
    if ((word(0) == "laat" && word(1) == "ons") || (word(0) == "laten" && (word(1) == "we" || word(1) == "wij")) ||
        (word(0) == "let" && word(1) == "us"))
        return rest_from(2);
    if (word(0) == "let" && t[0].surface.size() > 3) return rest_from(1); // "let's" is one token
    // "Er is ..." describes; "Er moet ... komen" asks.
    if (word(0) == "er" || word(0) == "there") {
        if (In(kStateVerbs, word(1))) return std::nullopt;
        return std::string(clause);
    }
    // The finite verb of a main clause follows its subject: one word or a pronoun ("Handelaars
    // willen", "Wij vragen"), or a determiner with one or two words ("De horeca wil", "De lokale
    // politie kan").
    std::vector<size_t> verb_at = {1};
    if (In(kDeterminers, word(0))) verb_at = {1, 2, 3}; // "Het is", "Die tonen", "De horeca wil"
    for (size_t i : verb_at) {
        if (i >= t.size()) break;
        if (In(kWishVerbs, word(i))) {
            size_t from = i + 1;
            if (word(from) == "to") ++from; // "need to", "want to"
            if (word(from) == "dat" || word(from) == "that") return std::nullopt; // "wil dat ..." reports
            return rest_from(from);
        }
        if (In(kStateVerbs, word(i))) return std::nullopt;
    }
    if (In(kPronouns, word(0))) return std::nullopt; // "Wij doen al ...": a report, not a measure
    return std::string(clause);
}

} // namespace hd
