// Key phrases of groups of notes (cluster labels): 2-5 word spans taken from the notes as written
// ("drugsoverlast in de stationsbuurt", "cijfers per wijk"), scored by how representative they are
// of their group against the other notes. See docs/clustering.md ("Labels") for the rule and where
// it fails. Deterministic: the same texts and groups give the same phrases.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/text_analysis.h"

namespace hd {

struct KeyPhraseOptions {
    size_t min_words = 2, max_words = 5; // words of a phrase, connectors ("in de", "per") included
    size_t count = 3;                    // phrases kept per group
    TextLanguage language = TextLanguage::Unknown; // Unknown: the majority guess over all texts
};

struct KeyPhrase {
    std::string text;               // as written in the notes (accents and case kept)
    std::vector<std::string> stems; // stems of its content words
    float score = 0.0f;
    size_t notes = 0;               // notes of the group that contain it
};

// Key phrases per group: `group[i]` is the group of texts[i] (< 0: in no group, still counted as
// "the rest"). The result has one list per group 0..max(group), best first; a group whose notes
// hold no span of 2+ content words gets an empty list.
std::vector<std::vector<KeyPhrase>> KeyPhrases(const TextAnalyzer& analyzer, const std::vector<std::string>& texts,
                                               const std::vector<int>& group, const KeyPhraseOptions& options = {});

// `text` with its first letter in upper case ("drugsoverlast" -> "Drugsoverlast", "écoles" -> "Écoles").
std::string CapitaliseFirst(std::string_view text);

} // namespace hd
