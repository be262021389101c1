// How a reporter's typed line is understood before it is stored: an optional "@speaker" prefix and an
// optional kind prefix ("v:" voorstel, "p:" probleem, ...). Keyboard-first capture without leaving
// the input field. The stored text is what follows the prefixes, unchanged.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/store/model.h"

namespace hd {

struct SpeakerCandidate {
    int64_t id = 0;
    std::vector<std::string> labels; // name, surname, discipline key, translated discipline...
};

struct ParsedEntry {
    std::string text;                  // the note text without the recognised prefixes
    std::optional<int64_t> speaker_id; // set when an @prefix matched exactly one candidate
    std::string speaker_query;         // the @prefix as typed (empty when none)
    bool speaker_ambiguous = false;    // the query matched several candidates
    std::optional<NoteKind> kind;      // set when a kind prefix was given
};

// Kind prefixes, case-insensitive, followed by ':' and a space or end:
//   p probleem problem | o oorzaak cause | v voorstel proposal | ? vraag question | c citaat quote | a ander other
ParsedEntry ParseNoteEntry(const std::string& typed, const std::vector<SpeakerCandidate>& candidates);

// Candidates whose label (accent- and case-folded) starts with or contains `query`.
std::vector<int64_t> MatchSpeakers(const std::string& query, const std::vector<SpeakerCandidate>& candidates);

} // namespace hd
