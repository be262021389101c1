// [SECTION] index: cue table / matching / verdict
#include "core/cluster/chain_cues.h"

#include <algorithm>
#include <map>

#include "core/cluster/objective_store.h"

namespace hd {

// [SECTION] Cue table
namespace {
struct Cue {
    const char* words; // folded; several words must follow each other; a trailing '*' matches a prefix
    SafetyChain link;
    float weight;
};

using enum SafetyChain;
// Dutch and English cues per link. Pro-action removes the conditions for crime (planning, design,
// rules, opportunities); prevention stops concrete problems early (reaching risk groups, low-threshold
// help, harm reduction, supervision, awareness); preparation gets ready to act (protocols, contact
// lists, shared information, monitoring); repression enforces and sanctions; aftercare follows up
// after the fact (reintegration, relapse, victims, repair). A single word weighs 1 to 3 by how
// clearly it belongs to one link.
constexpr Cue kCues[] = {
    // Pro-actie
    {"ontwerp*", ProActive, 2}, {"heraanleg*", ProActive, 2}, {"ruimtelijk*", ProActive, 2},
    {"verkaveling*", ProActive, 2}, {"bouwaanvra*", ProActive, 2}, {"stedenbouw*", ProActive, 2},
    {"vergunning", ProActive, 1.5f}, {"reglement", ProActive, 1.5f}, {"regelgeving", ProActive, 1.5f},
    {"gemengde wijken", ProActive, 2}, {"sociale controle", ProActive, 1.5f}, {"leegstand", ProActive, 1.5f},
    {"inrichten", ProActive, 1}, {"inrichting", ProActive, 1}, {"verlichting", ProActive, 1},
    {"veiligheidsadvies", ProActive, 2}, {"diploma", ProActive, 1}, {"design*", ProActive, 1.5f},
    {"planning", ProActive, 1.5f}, {"zoning", ProActive, 2}, {"regulation*", ProActive, 1.5f},
    // Preventie
    {"preventie*", Preventive, 2}, {"voorkomen", Preventive, 1.5f}, {"vroeg", Preventive, 1}, {"vroeger", Preventive, 1},
    {"vroegtijdig*", Preventive, 1.5f}, {"laagdrempelig*", Preventive, 2.5f}, {"inloop*", Preventive, 2.5f},
    {"zonder afspraak", Preventive, 2}, {"schadebeperking", Preventive, 3}, {"spuitenruil", Preventive, 3},
    {"naaldcontainer", Preventive, 2}, {"sensibiliser*", Preventive, 2}, {"bewustmaking", Preventive, 2},
    {"campagne", Preventive, 1.5f}, {"voorlichting", Preventive, 1.5f}, {"straathoekwerk*", Preventive, 1.5f},
    {"jeugdwerk*", Preventive, 1}, {"jeugdhuis", Preventive, 1}, {"ontmoetingsplek", Preventive, 1.5f},
    {"toezicht", Preventive, 1}, {"gemeenschapswacht*", Preventive, 1}, {"diefstalpreventie*", Preventive, 2},
    {"beveiliging", Preventive, 1.5f}, {"herkennen", Preventive, 1}, {"bereiken", Preventive, 1},
    {"coach", Preventive, 1}, {"stage", Preventive, 1}, {"job", Preventive, 1},
    {"prevent*", Preventive, 2}, {"early", Preventive, 1}, {"drop in", Preventive, 2.5f},
    {"harm reduction", Preventive, 3}, {"outreach", Preventive, 2}, {"awareness", Preventive, 2},
    // Preparatie
    {"voorbereid*", Preparation, 2}, {"noodplan*", Preparation, 2.5f}, {"rampenplan*", Preparation, 2.5f},
    {"draaiboek*", Preparation, 2}, {"protocol*", Preparation, 1.5f}, {"contactlijst*", Preparation, 2},
    {"noodsituatie*", Preparation, 2}, {"crisis*", Preparation, 1.5f}, {"oefening*", Preparation, 1.5f},
    {"informatie delen", Preparation, 1.5f}, {"gedeelde informatie", Preparation, 1.5f},
    {"informatie uitwisseling", Preparation, 1.5f}, {"charter", Preparation, 1}, {"monitor*", Preparation, 1},
    {"drugsmonitor", Preparation, 1.5f}, {"wijkkaart", Preparation, 1}, {"feesten", Preparation, 1},
    {"fuiven", Preparation, 1}, {"evenement*", Preparation, 1}, {"emergency", Preparation, 2},
    {"contingency", Preparation, 2}, {"preparedness", Preparation, 2.5f},
    // Repressie
    {"handhaving", Reactive, 2}, {"handhaven", Reactive, 2}, {"controle", Reactive, 1.5f}, {"controles", Reactive, 1.5f},
    {"gerichte acties", Reactive, 2}, {"sluiting*", Reactive, 2}, {"sluitingsbevel", Reactive, 2.5f},
    {"boete*", Reactive, 2}, {"sanctie*", Reactive, 2}, {"proces verbaal", Reactive, 2}, {"pv", Reactive, 1.5f},
    {"vervolging", Reactive, 2}, {"vervolgen", Reactive, 1.5f}, {"arrestatie*", Reactive, 2}, {"straf", Reactive, 1.5f},
    {"bestraffen", Reactive, 2}, {"probatie", Reactive, 1.5f}, {"sepot", Reactive, 1}, {"inbeslagname", Reactive, 2},
    {"optreden", Reactive, 1}, {"enforcement", Reactive, 2}, {"fine", Reactive, 1.5f}, {"fines", Reactive, 1.5f}, {"sanction*", Reactive, 2},
    {"prosecut*", Reactive, 2}, {"arrest*", Reactive, 2},
    // Nazorg
    {"nazorg", Aftercare, 3}, {"re integratie", Aftercare, 2.5f}, {"reintegratie", Aftercare, 2.5f},
    {"herval*", Aftercare, 2}, {"vrijlating", Aftercare, 2.5f}, {"ontslag", Aftercare, 1.5f},
    {"slachtofferhulp", Aftercare, 2.5f}, {"slachtoffer*", Aftercare, 1.5f}, {"herstelgericht*", Aftercare, 1.5f}, {"herstelbemiddeling", Aftercare, 2},
    {"schadeherstel", Aftercare, 2}, {"opvolging", Aftercare, 1}, {"begeleiding", Aftercare, 0.5f},
    {"gevangenis", Aftercare, 1.5f}, {"aftercare", Aftercare, 3}, {"reintegration", Aftercare, 2.5f},
    {"relapse", Aftercare, 2}, {"victim*", Aftercare, 1.5f}, {"release", Aftercare, 1.5f},
};

size_t LinkIndex(SafetyChain c) {
    for (size_t i = 0; i < std::size(kAllSafetyChains); ++i)
        if (kAllSafetyChains[i] == c) return i;
    return 0;
}

// [SECTION] Matching
struct CueWord {
    std::string_view word;
    std::string stem_nl, stem_en;
};

bool WordMatches(const Token& t, const CueWord& c, TextLanguage lang) {
    std::string_view cue = c.word;
    if (!cue.empty() && cue.back() == '*') {
        cue.remove_suffix(1);
        return t.folded.compare(0, cue.size(), cue) == 0;
    }
    if (t.folded == cue) return true;
    // A Dutch compound ends in its head: "drugspreventie" is prevention, "preventiedienst" is not.
    if (cue.size() >= 6 && t.folded.size() > cue.size() &&
        t.folded.compare(t.folded.size() - cue.size(), cue.size(), cue) == 0)
        return true;
    return t.stem == (lang == TextLanguage::English ? c.stem_en : c.stem_nl);
}

std::vector<std::string_view> SplitWords(std::string_view s) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t sp = s.find(' ', start);
        if (sp == std::string_view::npos) sp = s.size();
        if (sp > start) out.push_back(s.substr(start, sp - start));
        start = sp + 1;
    }
    return out;
}
} // namespace

// [SECTION] Verdict
ChainVerdict ChainFromContent(const TextAnalyzer& analyzer, const std::vector<ChainNote>& notes) {
    ChainVerdict v;
    std::array<std::vector<std::string>, 5> found;
    std::vector<SafetyChain> tags;
    // Each cue's words with their stems in both languages, computed once.
    std::vector<std::vector<CueWord>> cue_words;
    for (const Cue& cue : kCues) {
        std::vector<CueWord> words;
        for (std::string_view w : SplitWords(cue.words))
            words.push_back({w, analyzer.Stem(w, TextLanguage::Dutch), analyzer.Stem(w, TextLanguage::English)});
        cue_words.push_back(std::move(words));
    }
    for (const ChainNote& n : notes) {
        tags.push_back(n.tag);
        std::vector<Token> tokens = analyzer.Analyze(n.text);
        TextLanguage lang = analyzer.GuessLanguage(tokens);
        if (lang == TextLanguage::Unknown) lang = TextLanguage::Dutch;
        const float note_weight = n.kind == NoteKind::Proposal ? 2.0f : 1.0f;
        for (size_t c = 0; c < std::size(kCues); ++c) {
            const Cue& cue = kCues[c];
            const std::vector<CueWord>& words = cue_words[c];
            for (size_t i = 0; i + words.size() <= tokens.size(); ++i) {
                bool all = true;
                for (size_t w = 0; w < words.size() && all; ++w) all = WordMatches(tokens[i + w], words[w], lang);
                if (!all) continue;
                size_t link = LinkIndex(cue.link);
                v.scores[link] += cue.weight * note_weight;
                std::string shown = n.text.substr(tokens[i].begin, tokens[i + words.size() - 1].end - tokens[i].begin);
                if (std::find(found[link].begin(), found[link].end(), shown) == found[link].end())
                    found[link].push_back(shown);
                break; // a cue counts once per note
            }
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < v.scores.size(); ++i)
        if (v.scores[i] > v.scores[best] + 1e-6f) best = i;
    if (v.scores[best] > 0.0f) {
        v.link = kAllSafetyChains[best];
        v.cues = found[best];
    } else {
        v.link = MajorityChain(tags);
        v.from_tags = v.link != SafetyChain::None;
    }
    return v;
}

} // namespace hd
