// Renderings of a merge result for `hearingctl merge`: the exchange JSON and a markdown review list.
// JSON (one line):
//   {"entries":[{"status":"agreed|differs|only_a|only_b","a":[ids],"b":[ids],"text":"...",
//                "speaker":"...","time":"HH:MM:SS"}]}
// Ids are JSON strings for notes of JSON transcripts (UUIDs) and JSON numbers for notes of plain-text
// transcripts (1-based line numbers). "time" is on reporter A's clock, "" when no time is known.
#pragma once
#include <string>
#include <string_view>

#include "core/merge/merge.h"

namespace hd {

enum class IdStyle { String, Number };

std::string MergeResultJson(const MergeResult& r, IdStyle a_ids, IdStyle b_ids);
std::string MergeResultMarkdown(const MergeResult& r, const std::string& title);

} // namespace hd
