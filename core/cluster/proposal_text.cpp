// [SECTION] index: wording / evidence / sentences / tactical draft / strategic why
#include "core/cluster/proposal_text.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>

#include "core/base/utf8.h"
#include "core/cluster/action_clause.h"
#include "core/cluster/key_phrases.h"

namespace hd {

// [SECTION] Wording
namespace {
// Core runs without a UI (tests, hearingctl before start-up): the assets' translations are loaded
// once when the process-wide translator is still empty.
const Translator& BaseTranslator(const ProposalWording& w) {
    if (w.translator) return *w.translator;
    if (GlobalTranslator().Size() > 0) return GlobalTranslator();
    static Translator loaded;
    static std::once_flag once;
    std::call_once(once, [] { loaded.LoadDirectory(FindAssetsDir() + "/lang"); });
    return loaded;
}

class Words {
public:
    explicit Words(const ProposalWording& w) : m_tr(BaseTranslator(w)) { m_tr.SetLanguage(w.language); }
    std::string operator()(std::string_view key) const { return m_tr.Tr(key); }
    std::string Format(std::string_view key, const std::vector<std::string>& args) const { return m_tr.Format(key, args); }
    std::string Plural(std::string_view key, size_t n, const std::vector<std::string>& args = {}) const {
        return m_tr.Plural(key, static_cast<long long>(n), args);
    }
    std::string Discipline(const std::string& d) const {
        if (d.empty()) return m_tr.Tr("proposal.unknown_speaker");
        std::string key = "discipline." + d;
        return m_tr.Has(key) ? m_tr.Tr(key) : d;
    }

private:
    Translator m_tr;
};

std::string JoinAnd(const std::vector<std::string>& items, const std::string& and_word) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + and_word + " " : ", ";
        out += items[i];
    }
    return out;
}

// A note that is itself a quotation keeps its words, not its quotation marks.
std::string Unquoted(std::string_view text) {
    std::string_view t = Trim(text);
    static const std::string_view marks[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\xE2\x80\x98", "\xE2\x80\x99"};
    for (int round = 0; round < 2; ++round) {
        for (std::string_view m : marks) {
            if (t.size() >= m.size() && t.substr(0, m.size()) == m) t.remove_prefix(m.size());
            if (t.size() >= m.size() && t.substr(t.size() - m.size()) == m) t.remove_suffix(m.size());
        }
    }
    return std::string(Trim(t));
}
} // namespace

Language LanguageOfNotes(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& notes) {
    size_t nl = 0, en = 0;
    for (const Contribution* c : notes) {
        TextLanguage g = analyzer.GuessLanguage(c->text);
        nl += g == TextLanguage::Dutch;
        en += g == TextLanguage::English;
    }
    return en > nl ? Language::English : Language::Dutch;
}

std::string QuoteWithDiscipline(const Contribution& c, const ProposalWording& wording) {
    Words W(wording);
    return "\xE2\x80\x9C" + Unquoted(c.text) + "\xE2\x80\x9D (" + W.Discipline(c.discipline) + ")";
}

// [SECTION] Evidence
ProposalEvidence GatherEvidence(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& notes, bool full) {
    ProposalEvidence e;
    e.contributions = notes.size();
    std::map<std::string, int> count;
    std::set<int64_t> hearings;
    std::vector<DissentNote> dissent_in;
    std::vector<ChainNote> chain_in;
    for (const Contribution* c : notes) {
        if (!c->discipline.empty()) ++count[c->discipline];
        if (c->hearing_id) hearings.insert(c->hearing_id);
        dissent_in.push_back({c->uuid, c->text, c->discipline, c->kind});
        chain_in.push_back({c->text, c->kind, c->chain});
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [d, n] : count) ranked.emplace_back(-n, d);
    std::sort(ranked.begin(), ranked.end());
    for (const auto& r : ranked) e.disciplines.push_back(r.second);
    e.hearing_ids.assign(hearings.begin(), hearings.end());
    if (!full) return e;
    e.dissent = FindDissent(analyzer, dissent_in);
    e.chain = ChainFromContent(analyzer, chain_in);
    return e;
}

// [SECTION] Sentences
namespace {
size_t WordCount(std::string_view s) { return Tokenize(s).size(); }

// A tag before a colon: one or two words ("Nazorg", "Parket"), or up to four with a word that names
// the kind of note ("MSOC voorstel", "Vraag uit de zaal"); "Buurtbemiddeling vroeger inschakelen:"
// is the proposal itself.
bool IsTag(std::string_view head) {
    std::vector<Token> words = Tokenize(head);
    if (words.size() <= 2) return true;
    if (words.size() > 4) return false;
    for (const Token& t : words)
        if (t.folded == "voorstel" || t.folded == "vraag" || t.folded == "citaat" || t.folded == "proposal" ||
            t.folded == "question" || t.folded == "quote")
            return true;
    return false;
}
} // namespace

namespace {
// Long: cut at the last comma before the 18th word when that leaves a clause of 6+ words; a
// sentence of up to 28 words without such a comma stays whole; longer ones end after 18 words.
std::string Shortened(std::string_view s) {
    s = Trim(s);
    std::vector<Token> words = Tokenize(s);
    bool cut_short = false;
    if (words.size() > 18) {
        size_t limit = words[17].end;
        size_t comma = s.substr(0, limit).rfind(',');
        if (comma != std::string_view::npos && WordCount(s.substr(0, comma)) >= 6) s = s.substr(0, comma);
        else if (words.size() > 28) { s = s.substr(0, limit); cut_short = true; }
    }
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ' ')) s.remove_suffix(1);
    return CapitaliseFirst(s) + (cut_short ? "\xE2\x80\xA6" : "");
}

std::string_view WithoutTag(std::string_view proposal) {
    std::string_view s = Trim(proposal);
    // A short tag before a colon names the speaker or the kind ("MSOC voorstel:", "Nazorg:").
    size_t colon = s.find(':');
    if (colon != std::string_view::npos && colon + 1 < s.size() && IsTag(s.substr(0, colon))) s = Trim(s.substr(colon + 1));
    return s;
}
} // namespace

std::optional<std::string> ActionSentence(std::string_view proposal) {
    for (std::string_view clause : NoteClauses(WithoutTag(proposal)))
        if (std::optional<std::string> action = ActionPart(clause)) return Shortened(*action);
    return std::nullopt;
}

std::string ObjectiveSentence(std::string_view proposal) {
    if (std::optional<std::string> action = ActionSentence(proposal)) return *action;
    std::vector<std::string_view> clauses = NoteClauses(WithoutTag(proposal));
    return Shortened(clauses.empty() ? WithoutTag(proposal) : clauses.front());
}

// [SECTION] Tactical draft
TacticalDraft DraftTactical(const TextAnalyzer& analyzer, const std::vector<const Contribution*>& members,
                            const std::vector<float>& representativeness, const std::vector<std::string>& phrases,
                            const ProposalWording& wording) {
    Words W(wording);
    TacticalDraft d;
    // Members from most to least representative (the order of the notes on a tie).
    std::vector<size_t> order(members.size());
    std::iota(order.begin(), order.end(), size_t{0});
    auto rep = [&](size_t i) { return i < representativeness.size() ? representativeness[i] : 0.0f; };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rep(a) > rep(b); });
    std::vector<const Contribution*> proposals;
    for (size_t i : order) {
        const Contribution* c = members[i];
        if (c->kind == NoteKind::Proposal) proposals.push_back(c);
        else if ((c->kind == NoteKind::Problem || c->kind == NoteKind::Cause) && d.why_notes.size() < 3)
            d.why_notes.push_back(c);
    }
    std::vector<std::string> shown_phrases(phrases.begin(), phrases.begin() + static_cast<long>(std::min<size_t>(2, phrases.size())));
    std::string topic = JoinAnd(shown_phrases, W("proposal.and"));
    // The title is the most representative proposal that says what to do; a proposal that only
    // observes or asks ("De wijkinspecteur ziet veel woningen van binnen") is no title.
    for (const Contribution* p : proposals) {
        if (std::optional<std::string> action = ActionSentence(p->text)) {
            d.representative = p;
            d.title = *action;
            break;
        }
    }
    if (!d.representative && !members.empty()) {
        d.representative = members[order.front()];
        // One phrase: "Aanpak van gangen en bergingen", never two phrases run together.
        d.title = phrases.empty() ? ObjectiveSentence(d.representative->text) : W.Format("proposal.title_topic", {phrases.front()});
        d.title_from_phrase = !phrases.empty();
    }
    if (!topic.empty() && d.representative)
        d.what = W.Format(d.title_from_phrase ? "proposal.what_topic" : "proposal.what", {topic, d.title});
    else if (d.representative)
        d.what = d.title + ".";
    for (const Contribution* c : d.why_notes) d.why += (d.why.empty() ? "- " : "\n- ") + QuoteWithDiscipline(*c, wording);
    for (const Contribution* c : proposals)
        d.how += (d.how.empty() ? "- " : "\n- ") + Unquoted(c->text) + " (" + W.Discipline(c->discipline) + ")";
    std::vector<ChainNote> chain_in;
    for (const Contribution* c : members) chain_in.push_back({c->text, c->kind, c->chain});
    d.chain = ChainFromContent(analyzer, chain_in).link;
    return d;
}

// [SECTION] Strategic why
std::string DraftStrategicWhy(const std::vector<const Contribution*>& notes, const std::vector<std::string>& topics,
                              const Contribution* key_problem, const ProposalWording& wording) {
    Words W(wording);
    std::set<std::string> disciplines;
    std::set<int64_t> hearings;
    for (const Contribution* c : notes) {
        if (!c->discipline.empty()) disciplines.insert(c->discipline);
        hearings.insert(c->hearing_id);
    }
    std::vector<std::string> names;
    for (const std::string& d : disciplines) names.push_back(W.Discipline(d));
    // "1 bijdrage ... wijst", "5 bijdragen ... wijzen": the sentence follows the count of contributions.
    std::string why = W.Plural("proposal.strategic_why", notes.size(),
                               {W.Plural("count.disciplines", disciplines.size()), W.Plural("count.hearings", hearings.size()),
                                JoinAnd(names, W("proposal.and")), JoinAnd(topics, W("proposal.and"))});
    if (key_problem) why += "\n- " + QuoteWithDiscipline(*key_problem, wording);
    return why;
}

} // namespace hd
