// Anonymisation for exports: participants are replaced by their discipline (and organisation when
// asked) in speaker fields, participant lists and inside free text where their name is mentioned.
// Participants who did not consent to be named are always replaced, even when anonymising is not
// asked for; with anonymising, the hearing's moderator and reporters are replaced too unless the
// user keeps their names.
//
// Names are matched as sequences of words after folding (case, accents, ĳ; apostrophes ' ’ ʼ and
// hyphens separate words), so "ZOË O’BRIEN", "o'brien" and "emile dupre" (for "Émile
// Dupré-Lefèvre") are found. The longest match wins ("Zoë Claeys" is Zoë Claeys even when another
// Zoë is hidden). A first name alone counts only when written with a capital; a name form shared by
// several people (two Zoës, two Peeters) is never replaced by one of their pseudonyms but by a
// neutral label, unless none of them is hidden.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/model.h"

namespace hd {
struct MinutesDocument;
struct PlanDocument;

// Someone named in a document who is not a participant: a hearing's moderator or reporter.
struct StaffName {
    std::string name;
    std::string label; // shown instead when hidden ("moderator", "reporter A")
};

struct AnonymiseOptions {
    bool all = false;               // --anonymise: everyone, not only those without consent
    bool with_organisation = false; // "Politie (Politiezone Dijlestede)" instead of "Politie"
    bool keep_staff_names = false;  // with `all`: moderator and reporters keep their names
    std::vector<StaffName> staff;   // hidden when `all` and not `keep_staff_names`
    std::function<std::string(const std::string&)> discipline_label; // identity when empty
    std::string unknown_label = "participant"; // for someone without a discipline, and for a shared name
};

class Anonymiser {
public:
    Anonymiser(const std::vector<Participant>& participants, const AnonymiseOptions& options);

    bool Hides(int64_t participant_id) const { return m_labels.count(participant_id) > 0; }
    // The replacement shown for a hidden participant ("Politie", or "Politie 2" when several share it).
    std::string Label(int64_t participant_id) const;
    // `text` with every mention of a hidden person's name replaced by their label.
    std::string Scrub(std::string_view text) const;
    // For names of other people (core group, experts): the label when `name` is exactly a hidden
    // person's full name, else `name` unchanged (a shared surname is someone else).
    std::string ReplaceIfParticipant(const std::string& name) const;

    void Apply(MinutesDocument& doc) const;
    void Apply(PlanDocument& doc) const;

    // Folded words of a name or text ("O’Brien" -> "o", "brien"); exposed for tests.
    static std::vector<std::u32string> FoldedWords(std::string_view text);

private:
    struct Pattern {
        std::vector<std::u32string> words; // folded
        bool replace = false;              // false: a name that stays (nobody hidden has it)
        std::string label;
        bool needs_capital = false;        // a first name alone: only when written with a capital
        size_t chars = 0;
    };
    std::map<int64_t, std::string> m_labels;
    std::map<std::u32string, std::string> m_full_names; // folded full name of a hidden person -> label
    std::map<std::u32string, std::vector<Pattern>> m_by_first_word; // longest first
    bool m_hides_anyone = false;
};

} // namespace hd
