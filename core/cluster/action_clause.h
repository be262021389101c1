// Which clause of a proposal note says what to do (docs/clustering.md, "Proposed objectives"). A
// participant often opens a proposal with an observation ("De wijkinspecteur ziet veel woningen van
// binnen; laat ons signalen ... doorgeven") or phrases it as someone's wish ("De horeca wil een
// cursus voor portiers"). An objective's title must be the thing to do, so each clause is read as:
// - an observation: a subject of one to three words followed by a finite verb ("ziet", "kan",
//   "heeft", "is"), or a question: not a title;
// - a wish: the subject wants or asks for something ("wil", "vragen") followed by what is asked for
//   ("een cursus ..."): the title is what is asked for;
// - a call to act ("laat ons", "laten we", "let's"): the title is what follows;
// - anything else of three words or more is action-like: an infinitive clause ("Buurtbemiddeling
//   vroeger inschakelen") or a named measure ("Eén meldpunt voor de hele stad").
// No part-of-speech tagger: short word lists in Dutch and English, so it can misread (see the docs).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hd {

// The clauses of a note: cut at sentence ends, semicolons, colons, dashes and arrows ("->", "→"),
// trimmed, empty ones dropped. A leading tag ("MSOC voorstel:") is not a clause of its own.
std::vector<std::string_view> NoteClauses(std::string_view text);

// The clause as something to do (an opening call to act or a wisher removed), or nothing when it is
// an observation, a question or shorter than three words.
std::optional<std::string> ActionPart(std::string_view clause);

} // namespace hd
