// [SECTION] index: words / labels / name patterns / scrubbing text / documents
#include "core/export/anonymise.h"

#include <algorithm>
#include <set>

#include "core/export/plan_document.h"
#include "core/base/utf8.h"

namespace hd {

// [SECTION] Words
namespace {
// What may stand between two words of one name: spaces, apostrophes and hyphens of every kind.
bool IsNameJoiner(char32_t c) {
    switch (c) {
    case ' ': case '\t': case 0x00A0: case 0x202F:                         // spaces
    case '\'': case '`': case 0x00B4: case 0x2018: case 0x2019: case 0x02BC: // apostrophes
    case '-': case 0x00AD: case 0x2010: case 0x2011: case 0x2012: case 0x2013: // hyphens
        return true;
    default: return false;
    }
}

struct Word {
    size_t begin = 0, end = 0; // code points of the original text
    std::u32string folded;
};

// Maximal runs of word characters (letters, marks, digits), each folded; runs that fold to nothing
// (a lone combining mark) are dropped.
std::vector<Word> Words(const std::u32string& text) {
    std::vector<Word> out;
    size_t i = 0;
    while (i < text.size()) {
        // U+02BC (ʼ) is a letter to Unicode but an apostrophe in "Oʼbrien".
        if (!IsWordChar(text[i]) || IsNameJoiner(text[i])) {
            ++i;
            continue;
        }
        Word w;
        w.begin = i;
        while (i < text.size() && IsWordChar(text[i]) && !IsNameJoiner(text[i])) AppendFolded(w.folded, text[i++]);
        w.end = i;
        if (!w.folded.empty()) out.push_back(std::move(w));
    }
    return out;
}

// Name particles never identify anyone alone ("van den" is not a name).
bool IsParticle(const std::u32string& w) {
    static const std::set<std::u32string> kParticles = {U"van", U"de", U"den", U"der", U"het", U"ter", U"ten", U"te",
                                                         U"la",  U"le", U"du",  U"des", U"del", U"di",  U"da",  U"von",
                                                         U"zu",  U"op", U"in",  U"mc",  U"mac", U"el",  U"al"};
    return w.size() < 2 || kParticles.count(w) > 0;
}

std::u32string Key(const std::vector<std::u32string>& words, size_t from, size_t to) {
    std::u32string key;
    for (size_t i = from; i < to; ++i) {
        if (i > from) key += U' ';
        key += words[i];
    }
    return key;
}

struct NameForm {
    size_t from, to;
    bool needs_capital;
};

// The forms of a name people write: the full name, the first name with part of the surname
// ("emile dupre"), the surname or part of it ("Dupré-Lefèvre", "Lefèvre", "O'Brien"), and the first
// name alone (only with a capital).
std::vector<NameForm> FormsOf(const std::vector<std::u32string>& w) {
    size_t n = w.size();
    std::vector<NameForm> forms;
    if (n == 0) return forms;
    forms.push_back({0, n, false});
    if (n == 1) return forms;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 2; j <= n; ++j) {
            if (i == 0 && j == n) continue;
            bool significant = false;
            for (size_t k = i; k < j; ++k) significant = significant || !IsParticle(w[k]);
            if (significant) forms.push_back({i, j, false});
        }
    for (size_t k = 1; k < n; ++k)
        if (n == 2 ? w[k].size() >= 2 : (!IsParticle(w[k]) && w[k].size() >= 4)) forms.push_back({k, k + 1, false});
    if (w[0].size() >= 3) forms.push_back({0, 1, true});
    return forms;
}
} // namespace

std::vector<std::u32string> Anonymiser::FoldedWords(std::string_view text) {
    std::vector<std::u32string> out;
    for (Word& w : Words(DecodeUtf8(text))) out.push_back(std::move(w.folded));
    return out;
}

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
    // Everyone whose name can appear, hidden (with a label) or not: participants, then staff.
    struct Person {
        std::string name;
        bool hidden = false;
        std::string label;
    };
    std::vector<Person> people;
    for (const Participant* p : all) {
        std::string label = base_label(*p);
        int number = ++seen[label];
        bool hidden = options.all || !p->consent_named;
        if (hidden) {
            if (uses[label] > 1) label += " " + std::to_string(number);
            if (options.with_organisation && !p->organisation.empty()) label += " (" + p->organisation + ")";
            m_labels[p->id] = label;
        }
        people.push_back({p->name, hidden, hidden ? label : std::string()});
    }
    for (const StaffName& s : options.staff)
        people.push_back({s.name, options.all && !options.keep_staff_names, s.label});

    // [SECTION] Name patterns: every form of every name, then who shares which form.
    struct Use {
        std::set<std::u32string> people; // folded full names: one person may be listed twice (staff too)
        std::string label;               // of the first hidden person with this form
        bool any_hidden = false;
        bool needs_capital = true;
        std::vector<std::u32string> words;
    };
    std::map<std::u32string, Use> forms;
    for (const Person& person : people) {
        std::vector<std::u32string> words = FoldedWords(person.name);
        if (words.empty()) continue;
        std::u32string full = Key(words, 0, words.size());
        if (person.hidden && !m_full_names.count(full)) m_full_names[full] = person.label;
        for (const NameForm& f : FormsOf(words)) {
            Use& u = forms[Key(words, f.from, f.to)];
            if (u.words.empty()) u.words.assign(words.begin() + static_cast<std::ptrdiff_t>(f.from), words.begin() + static_cast<std::ptrdiff_t>(f.to));
            u.people.insert(full);
            u.needs_capital = u.needs_capital && f.needs_capital;
            if (person.hidden && !u.any_hidden) u.label = person.label;
            u.any_hidden = u.any_hidden || person.hidden;
        }
    }
    for (auto& [key, u] : forms) {
        Pattern p;
        p.words = std::move(u.words);
        p.replace = u.any_hidden;
        // A form several people share is nobody's in particular: never one person's pseudonym.
        p.label = u.people.size() > 1 ? options.unknown_label : u.label;
        p.needs_capital = u.needs_capital;
        p.chars = key.size();
        m_hides_anyone = m_hides_anyone || p.replace;
        m_by_first_word[p.words.front()].push_back(std::move(p));
    }
    for (auto& [first, list] : m_by_first_word)
        std::stable_sort(list.begin(), list.end(), [](const Pattern& a, const Pattern& b) {
            return a.words.size() != b.words.size() ? a.words.size() > b.words.size() : a.chars > b.chars;
        });
}

std::string Anonymiser::Label(int64_t participant_id) const {
    auto it = m_labels.find(participant_id);
    return it == m_labels.end() ? std::string() : it->second;
}

std::string Anonymiser::ReplaceIfParticipant(const std::string& name) const {
    std::vector<std::u32string> words = FoldedWords(name);
    auto it = m_full_names.find(Key(words, 0, words.size()));
    return it == m_full_names.end() ? name : it->second;
}

// [SECTION] Scrubbing text
std::string Anonymiser::Scrub(std::string_view text) const {
    if (!m_hides_anyone || text.empty()) return std::string(text);
    std::u32string original = DecodeUtf8(text);
    std::vector<Word> words = Words(original);
    // Words i and i+1 belong to one name only when nothing but spaces, apostrophes or hyphens (at
    // most three) stand between them: "Zoë, O'Brien" is two mentions, "ZOË O’BRIEN" one.
    auto joined = [&](size_t i) {
        size_t gap = words[i + 1].begin - words[i].end;
        if (gap == 0 || gap > 3) return false;
        for (size_t k = words[i].end; k < words[i + 1].begin; ++k)
            if (!IsNameJoiner(original[k])) return false;
        return true;
    };
    std::u32string out;
    size_t copied = 0; // original code points already handled
    size_t i = 0;
    while (i < words.size()) {
        auto it = m_by_first_word.find(words[i].folded);
        const Pattern* hit = nullptr;
        if (it != m_by_first_word.end())
            for (const Pattern& p : it->second) {
                size_t m = p.words.size();
                if (i + m > words.size()) continue;
                bool match = true;
                for (size_t k = 1; match && k < m; ++k) match = words[i + k].folded == p.words[k] && joined(i + k - 1);
                if (!match) continue;
                if (p.needs_capital && !IsUpperCase(original[words[i].begin])) continue; // written in lowercase
                hit = &p;
                break;
            }
        if (!hit) {
            ++i;
            continue;
        }
        size_t m = hit->words.size();
        if (hit->replace) {
            out.append(original, copied, words[i].begin - copied);
            out += DecodeUtf8(hit->label);
            copied = words[i + m - 1].end;
        }
        i += m;
    }
    if (copied == 0) return std::string(text);
    out.append(original, copied, std::u32string::npos);
    return EncodeUtf8(out);
}

// [SECTION] Documents: every free-text field is scrubbed, speakers and people are relabelled
namespace {
template <typename F> void ForEachLine(MinutesDocument& doc, F&& f) {
    for (MinutesEntry& l : doc.entries) f(l);
    for (MinutesEntry& l : doc.appendix) f(l);
}
} // namespace

void Anonymiser::Apply(MinutesDocument& doc) const {
    doc.theme = Scrub(doc.theme);
    doc.location = Scrub(doc.location);
    // The moderator and reporters are named people of their own (hidden when anonymising, unless the
    // user keeps their names); a participant's surname they
    // happen to share is not a mention of that participant.
    for (std::string* s : {&doc.moderator, &doc.reporter_a, &doc.reporter_b}) *s = ReplaceIfParticipant(*s);
    for (DisciplineGroup& g : doc.participants)
        for (size_t i = 0; i < g.people.size(); ++i) {
            int64_t id = i < g.participant_ids.size() ? g.participant_ids[i] : 0;
            g.people[i] = Hides(id) ? Label(id) : Scrub(g.people[i]);
        }
    ForEachLine(doc, [&](MinutesEntry& l) {
        l.speaker = Hides(l.speaker_id) ? Label(l.speaker_id) : Scrub(l.speaker);
        l.speaker_a = Hides(l.speaker_a_id) ? Label(l.speaker_a_id) : Scrub(l.speaker_a);
        l.speaker_b = Hides(l.speaker_b_id) ? Label(l.speaker_b_id) : Scrub(l.speaker_b);
        l.text = Scrub(l.text);
        l.text_a = Scrub(l.text_a);
        l.text_b = Scrub(l.text_b);
        l.also_noted = Scrub(l.also_noted);
    });
}

void Anonymiser::Apply(PlanDocument& doc) const {
    auto objective = [&](PlanObjective& o) {
        for (std::string* s : {&o.title, &o.justification, &o.why, &o.what, &o.how}) *s = Scrub(*s);
        for (ObjectiveDissent& d : o.dissent)
            for (auto* words : {&d.words_a, &d.words_b})
                for (std::string& w : *words) w = Scrub(w);
        // An action's owner or partners may be a participant by name.
        for (Action& a : o.actions)
            for (std::string* s : {&a.description, &a.owner, &a.partners, &a.budget_note, &a.indicator, &a.target})
                *s = Scrub(*s);
    };
    for (DomainDocument& d : doc.domains) {
        d.title = Scrub(d.title);
        d.problem = Scrub(d.problem);
        d.context = Scrub(d.context);
        for (SubTheme& st : d.sub_themes) {
            st.title = Scrub(st.title);
            st.justification = Scrub(st.justification);
        }
        for (PlanObjective& o : d.strategic) objective(o);
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
    for (PlanSection& section : doc.sections) section.text = Scrub(section.text);
    for (CoreMember& m : doc.core_group) m.name = ReplaceIfParticipant(m.name);
}

} // namespace hd
