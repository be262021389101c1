// [SECTION] index: labels / name patterns / scrubbing text / documents
#include "core/export/anonymise.h"

#include <algorithm>

#include "core/export/plan_document.h"
#include "core/base/utf8.h"

namespace hd {

namespace {
// Folds code point by code point; origin[k] is the original code point the k-th folded one came from
// (a combining mark folds to nothing, "ß" to two).
std::u32string FoldU32(std::u32string_view s, std::vector<size_t>* origin = nullptr) {
    std::u32string out;
    for (size_t i = 0; i < s.size(); ++i) {
        AppendFolded(out, s[i]);
        if (origin) origin->resize(out.size(), i);
    }
    return out;
}

std::vector<std::string> SplitWords(std::string_view name) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : name) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::string Join(const std::vector<std::string>& words, size_t from, size_t to) {
    std::string out;
    for (size_t i = from; i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}
} // namespace

// [SECTION] Labels
Anonymiser::Anonymiser(const std::vector<Participant>& participants, const AnonymiseOptions& options) {
    // Pseudonyms are numbered over every participant of the plan, hidden or not, in the order they
    // were added: the same person keeps the same pseudonym in every export of the plan, whoever else
    // is hidden and whether the organisation is shown ("Politie 2" stays "Politie 2").
    std::vector<const Participant*> all;
    for (const Participant& p : participants) all.push_back(&p);
    std::sort(all.begin(), all.end(), [](const Participant* a, const Participant* b) { return a->id < b->id; });
    auto base_label = [&](const Participant& p) {
        return p.discipline.empty()           ? options.unknown_label
               : options.discipline_label ? options.discipline_label(p.discipline)
                                          : p.discipline;
    };
    std::map<std::string, int> uses;
    for (const Participant* p : all) ++uses[base_label(*p)];
    std::map<std::string, int> seen;
    std::vector<const Participant*> hidden;
    for (const Participant* p : all) {
        std::string label = base_label(*p);
        int number = ++seen[label];
        if (!options.all && p->consent_named) continue;
        hidden.push_back(p);
        if (uses[label] > 1) label += " " + std::to_string(number);
        if (options.with_organisation && !p->organisation.empty()) label += " (" + p->organisation + ")";
        m_labels[p->id] = label;
    }
    // [SECTION] Name patterns: full name, surname (with particles: "Van Ĳzendoorn"), last word, first name.
    for (const Participant* p : hidden) {
        std::vector<std::string> words = SplitWords(p->name);
        if (words.empty()) continue;
        auto add = [&](const std::string& form, bool needs_capital) {
            std::u32string folded = FoldU32(DecodeUtf8(form));
            if (folded.size() < 2) return;
            m_patterns.push_back({folded, p->id, needs_capital});
        };
        add(Join(words, 0, words.size()), false);
        m_full_names[FoldForMatch(Join(words, 0, words.size()))] = p->id;
        if (words.size() >= 2) {
            add(Join(words, 1, words.size()), false);
            if (words.size() >= 3 && Utf8Length(words.back()) >= 4) add(words.back(), false);
            if (Utf8Length(words.front()) >= 3) add(words.front(), true);
        }
    }
    std::stable_sort(m_patterns.begin(), m_patterns.end(),
                     [](const Pattern& a, const Pattern& b) { return a.folded.size() > b.folded.size(); });
}

std::string Anonymiser::Label(int64_t participant_id) const {
    auto it = m_labels.find(participant_id);
    return it == m_labels.end() ? std::string() : it->second;
}

std::string Anonymiser::ReplaceIfParticipant(const std::string& name) const {
    auto it = m_full_names.find(FoldForMatch(Join(SplitWords(name), 0, SplitWords(name).size())));
    return it == m_full_names.end() ? name : Label(it->second);
}

// [SECTION] Scrubbing text
std::string Anonymiser::Scrub(std::string_view text) const {
    if (m_patterns.empty() || text.empty()) return std::string(text);
    std::u32string original = DecodeUtf8(text);
    std::vector<size_t> origin;
    std::u32string folded = FoldU32(original, &origin);
    std::u32string out;
    size_t copied = 0; // original code points already handled
    size_t i = 0;
    while (i < folded.size()) {
        bool boundary = i == 0 || !IsWordChar(folded[i - 1]);
        const Pattern* hit = nullptr;
        if (boundary && origin[i] >= copied) {
            for (const Pattern& pat : m_patterns) {
                size_t n = pat.folded.size();
                if (i + n > folded.size() || folded.compare(i, n, pat.folded) != 0) continue;
                if (i + n < folded.size() && IsWordChar(folded[i + n])) continue;
                char32_t first = original[origin[i]];
                if (pat.needs_capital && !IsUpperCase(first)) continue; // written in lowercase
                hit = &pat;
                break;
            }
        }
        if (!hit) {
            ++i;
            continue;
        }
        size_t start = origin[i];
        size_t end = origin[i + hit->folded.size() - 1] + 1;
        while (end < original.size() && IsWordChar(original[end]) && FoldU32(original.substr(end, 1)).empty())
            ++end; // a decomposed accent on the name's last letter goes with the name
        out.append(original, copied, start - copied);
        out += DecodeUtf8(Label(hit->participant_id));
        copied = end;
        i += hit->folded.size();
    }
    if (copied == 0) return std::string(text);
    out.append(original, copied, std::u32string::npos);
    return EncodeUtf8(out);
}

// [SECTION] Documents: every free-text field is scrubbed, speakers and people are relabelled
namespace {
template <typename F> void ForEachLine(MinutesDocument& doc, F&& f) {
    for (MinutesLine& l : doc.entries) f(l);
    for (MinutesLine& l : doc.appendix) f(l);
}
} // namespace

void Anonymiser::Apply(MinutesDocument& doc) const {
    doc.theme = Scrub(doc.theme);
    doc.location = Scrub(doc.location);
    // The moderator and reporters are named people of their own; a participant's surname they
    // happen to share is not a mention of that participant.
    for (std::string* s : {&doc.moderator, &doc.reporter_a, &doc.reporter_b}) *s = ReplaceIfParticipant(*s);
    for (DisciplineGroup& g : doc.participants)
        for (size_t i = 0; i < g.people.size(); ++i) {
            int64_t id = i < g.participant_ids.size() ? g.participant_ids[i] : 0;
            g.people[i] = Hides(id) ? Label(id) : Scrub(g.people[i]);
        }
    ForEachLine(doc, [&](MinutesLine& l) {
        l.speaker = Hides(l.speaker_id) ? Label(l.speaker_id) : Scrub(l.speaker);
        l.text = Scrub(l.text);
        l.text_a = Scrub(l.text_a);
        l.text_b = Scrub(l.text_b);
    });
}

void Anonymiser::Apply(PlanDocument& doc) const {
    auto objective = [&](PlanObjective& o) {
        for (std::string* s : {&o.title, &o.justification, &o.why, &o.what, &o.how}) *s = Scrub(*s);
    };
    for (DomainDocument& d : doc.domains) {
        d.title = Scrub(d.title);
        d.problem = Scrub(d.problem);
        if (d.strategic) objective(*d.strategic);
        for (PlanObjective& o : d.tactical) objective(o);
        if (d.commentary) {
            d.commentary->text = Scrub(d.commentary->text);
            d.commentary->expert_name = ReplaceIfParticipant(d.commentary->expert_name);
        }
        for (ForumReaction& r : d.reactions) {
            r.text = Scrub(r.text);
            r.author = ReplaceIfParticipant(Scrub(r.author));
        }
    }
    for (CoverageRow& c : doc.coverage) c.domain = Scrub(c.domain);
    for (CoreMember& m : doc.core_group) m.name = ReplaceIfParticipant(m.name);
}

} // namespace hd
