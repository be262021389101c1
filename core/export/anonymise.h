// Anonymisation for exports: participants are replaced by their discipline (and organisation when
// asked) in speaker fields, participant lists and inside free text where their name is mentioned
// (full name, surname, or a capitalised first name; accents and case ignored). Participants who did
// not consent to be named are always replaced, even when anonymising is not asked for.
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

struct AnonymiseOptions {
    bool all = false;               // --anonymise: everyone, not only those without consent
    bool with_organisation = false; // "Politie (Politiezone Dijlestede)" instead of "Politie"
    std::function<std::string(const std::string&)> discipline_label; // identity when empty
    std::string unknown_label = "participant"; // for someone without a discipline
};

class Anonymiser {
public:
    Anonymiser(const std::vector<Participant>& participants, const AnonymiseOptions& options);

    bool Hides(int64_t participant_id) const { return m_labels.count(participant_id) > 0; }
    // The replacement shown for a hidden participant ("Politie", or "Politie 2" when several share it).
    std::string Label(int64_t participant_id) const;
    // `text` with every mention of a hidden participant's name replaced by their label.
    std::string Scrub(std::string_view text) const;
    // For names of other people (core group, experts): the label when `name` is exactly a hidden
    // participant's full name, else `name` unchanged (a shared surname is someone else).
    std::string ReplaceIfParticipant(const std::string& name) const;

    void Apply(MinutesDocument& doc) const;
    void Apply(PlanDocument& doc) const;

private:
    struct Pattern {
        std::u32string folded; // folded name form
        int64_t participant_id = 0;
        bool needs_capital = false; // first names: only when written with a capital (fewer false hits)
    };
    std::map<int64_t, std::string> m_labels;
    std::map<std::string, int64_t> m_full_names; // folded full name -> participant
    std::vector<Pattern> m_patterns; // longest first
};

} // namespace hd
