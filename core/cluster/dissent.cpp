// [SECTION] index: markers and oppositions / reading a note / pairs
#include "core/cluster/dissent.h"

#include <algorithm>
#include <map>
#include <set>

namespace hd {

// [SECTION] Markers and oppositions
namespace {
// Folded word sequences; a trailing '*' matches a prefix. Strong markers object in any note; weak
// ones (a bare "niet", "geen", "maar") only outside problem and cause notes, which describe what is
// missing with exactly those words ("er is geen woning").
constexpr const char* kStrongObjection[] = {
    "maar niet", "niet als", "zolang", "tenzij", "alleen als", "enkel als", "op voorwaarde", "let op", "pas op",
    "mag geen", "mogen geen", "haakt", "haken", "afhaken", "weiger*", "bezwaar*", "in plaats van",
    "but not", "not as", "as long as", "unless", "only if", "provided that", "beware", "refuse*", "object*",
    "instead of"};
constexpr const char* kWeakObjection[] = {"niet", "geen", "nooit", "maar", "not", "no", "never", "but"};
constexpr const char* kAdvocacy[] = {"moet", "moeten", "wil", "willen", "nodig", "vraag*", "should", "must", "want*", "need*"};

struct Opposition {
    const char* key;
    std::vector<const char*> side_a, side_b;
};
const std::vector<Opposition>& Oppositions() {
    static const std::vector<Opposition> list = {
        {"sharing_confidentiality",
         {"delen", "gedeeld*", "doorgeven", "doorgeeft", "uitwissel*", "informatie", "signalen", "melden", "inkijken",
          "share*", "sharing", "information"},
         {"vertrouwen", "beroepsgeheim", "privacy", "informant*", "anoniem*", "geheim*", "confidential*", "trust",
          "secrecy"}},
        {"enforcement_care",
         {"handhav*", "boete*", "sanctie*", "straf*", "sluiting*", "repressie*", "controle*", "enforcement", "sanction*",
          "punish*"},
         {"hulp", "hulpverlening", "begeleiding", "zorg", "bemiddel*", "care", "support", "mediation"}},
        {"surveillance_design", {"camera*", "surveillance"}, {"ontwerp*", "pleister", "design*"}},
        {"mandatory_voluntary", {"verplicht*", "mandatory", "compulsory"}, {"vrijwillig*", "voluntary"}},
    };
    return list;
}

bool Matches(const std::string& folded, std::string_view pattern) {
    if (!pattern.empty() && pattern.back() == '*') {
        pattern.remove_suffix(1);
        return folded.compare(0, pattern.size(), pattern) == 0;
    }
    return folded == pattern;
}

// [SECTION] Reading a note
struct Reading {
    std::set<std::string> stems;          // content stems (3+ letters)
    std::map<std::string, std::string> surface_of; // stem -> as written
    std::vector<std::string> objections;  // markers found, as written
    bool strong = false, advocates = false;
    std::vector<std::vector<std::string>> sides_a, sides_b; // per opposition: words found, as written
};

// The markers of `patterns` found in the tokens (a phrase of several words must follow in order).
std::vector<std::string> FindMarkers(const std::vector<Token>& t, std::string_view text, const char* const* patterns,
                                     size_t count) {
    std::vector<std::string> out;
    for (size_t p = 0; p < count; ++p) {
        std::vector<std::string> words;
        std::string_view s = patterns[p];
        for (size_t start = 0; start <= s.size();) {
            size_t sp = std::min(s.find(' ', start), s.size());
            words.emplace_back(s.substr(start, sp - start));
            start = sp + 1;
        }
        for (size_t i = 0; i + words.size() <= t.size(); ++i) {
            bool all = true;
            for (size_t w = 0; w < words.size() && all; ++w) all = Matches(t[i + w].folded, words[w]);
            // "niet alleen ... maar ook" adds, it does not object.
            if (all && words.size() == 1 && (words[0] == "niet" || words[0] == "not") && i + 1 < t.size() &&
                (t[i + 1].folded == "alleen" || t[i + 1].folded == "enkel" || t[i + 1].folded == "only"))
                all = false;
            if (!all) continue;
            out.emplace_back(text.substr(t[i].begin, t[i + words.size() - 1].end - t[i].begin));
            break;
        }
    }
    return out;
}

Reading Read(const TextAnalyzer& analyzer, const DissentNote& n) {
    Reading r;
    std::vector<Token> t = analyzer.Analyze(n.text);
    for (const Token& tok : t)
        if (!tok.stop_word && tok.folded.size() >= 3) {
            r.stems.insert(tok.stem);
            r.surface_of.emplace(tok.stem, tok.surface);
        }
    r.objections = FindMarkers(t, n.text, kStrongObjection, std::size(kStrongObjection));
    r.strong = !r.objections.empty();
    bool describes = n.kind == NoteKind::Problem || n.kind == NoteKind::Cause;
    if (!describes && !r.strong) r.objections = FindMarkers(t, n.text, kWeakObjection, std::size(kWeakObjection));
    // "niet alleen ... maar ook" adds to what was said: neither its "niet" nor its "maar" objects.
    for (size_t i = 0; i + 1 < t.size(); ++i)
        if ((t[i].folded == "niet" || t[i].folded == "not") &&
            (t[i + 1].folded == "alleen" || t[i + 1].folded == "enkel" || t[i + 1].folded == "only")) {
            if (!r.strong) r.objections.clear();
            break;
        }
    r.advocates = n.kind == NoteKind::Proposal || !FindMarkers(t, n.text, kAdvocacy, std::size(kAdvocacy)).empty();
    for (const Opposition& o : Oppositions()) {
        r.sides_a.push_back(FindMarkers(t, n.text, o.side_a.data(), o.side_a.size()));
        r.sides_b.push_back(FindMarkers(t, n.text, o.side_b.data(), o.side_b.size()));
    }
    return r;
}

std::vector<std::string> Shared(const Reading& a, const Reading& b) {
    std::vector<std::string> out;
    for (const std::string& s : a.stems)
        if (b.stems.count(s)) out.push_back(a.surface_of.at(s));
    return out;
}

// [SECTION] Pairs
// a argues for something and b objects to it, or they stand on opposite sides of an opposition.
bool Pair(const Reading& ra, const Reading& rb, Dissent& d) {
    std::vector<std::string> shared = Shared(ra, rb);
    const bool objects = !rb.objections.empty();
    for (size_t o = 0; o < Oppositions().size(); ++o) {
        if (ra.sides_a[o].empty() || rb.sides_b[o].empty() || !ra.sides_b[o].empty()) continue;
        if (!objects && ra.objections.empty()) continue;
        d.opposition = Oppositions()[o].key;
        d.words_a = ra.sides_a[o];
        d.words_b = rb.sides_b[o];
        for (const std::string& m : rb.objections)
            if (std::find(d.words_b.begin(), d.words_b.end(), m) == d.words_b.end()) d.words_b.insert(d.words_b.begin(), m);
        d.strength = 2.0f + static_cast<float>(shared.size()) + (rb.strong ? 1.0f : 0.0f);
        return true;
    }
    if (!ra.advocates || !objects || ra.objections.size() > 0) return false;
    if (shared.size() < (rb.strong ? 1u : 2u)) return false;
    d.words_a = shared;
    d.words_b = rb.objections;
    d.strength = static_cast<float>(shared.size()) + (rb.strong ? 1.0f : 0.0f);
    return true;
}
} // namespace

std::vector<Dissent> FindDissent(const TextAnalyzer& analyzer, const std::vector<DissentNote>& notes, size_t max_pairs) {
    std::vector<Reading> readings;
    readings.reserve(notes.size());
    for (const DissentNote& n : notes) readings.push_back(Read(analyzer, n));
    std::map<std::pair<std::string, std::string>, Dissent> best; // per unordered pair of disciplines
    for (size_t a = 0; a < notes.size(); ++a)
        for (size_t b = 0; b < notes.size(); ++b) {
            if (a == b || notes[a].discipline.empty() || notes[b].discipline.empty()) continue;
            if (notes[a].discipline == notes[b].discipline) continue;
            Dissent d;
            if (!Pair(readings[a], readings[b], d)) continue;
            d.discipline_a = notes[a].discipline;
            d.discipline_b = notes[b].discipline;
            d.uuid_a = notes[a].uuid;
            d.uuid_b = notes[b].uuid;
            auto key = std::minmax(d.discipline_a, d.discipline_b);
            auto it = best.find({key.first, key.second});
            if (it == best.end() || d.strength > it->second.strength + 1e-6f) best[{key.first, key.second}] = std::move(d);
        }
    std::vector<Dissent> out;
    for (auto& [key, d] : best) out.push_back(std::move(d));
    std::stable_sort(out.begin(), out.end(), [](const Dissent& x, const Dissent& y) { return x.strength > y.strength; });
    if (out.size() > max_pairs) out.resize(max_pairs);
    return out;
}

} // namespace hd
