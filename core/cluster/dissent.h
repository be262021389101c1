// Where disciplines disagree inside a cluster: pairs of notes from two disciplines that take
// opposing stances, found by a simple rule that can be read back (docs/clustering.md, "Dissent"):
// one note argues for something, the other objects (a negation or condition marker) and they share
// the subject, or the two use opposite sides of a known opposition (sharing information versus
// confidentiality, enforcement versus care, ...).
#pragma once
#include <string>
#include <vector>

#include "core/store/model.h"
#include "core/text/text_analysis.h"

namespace hd {

struct DissentNote {
    std::string uuid;
    std::string text;
    std::string discipline; // key; notes without a discipline never take part
    NoteKind kind = NoteKind::Other;
};

struct Dissent {
    std::string discipline_a, discipline_b; // a argues for, b objects (or the two sides of an opposition)
    std::string uuid_a, uuid_b;
    std::vector<std::string> words_a, words_b; // what each side says about it, as written (for the reader)
    std::string opposition;                   // key of the opposition ("sharing_confidentiality"), empty for a plain objection
    float strength = 0.0f;
};

// At most `max_pairs` pairs, strongest first, one per pair of disciplines.
std::vector<Dissent> FindDissent(const TextAnalyzer& analyzer, const std::vector<DissentNote>& notes, size_t max_pairs = 3);

} // namespace hd
