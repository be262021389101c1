// Checks on JSON text from outside (settings, transcripts) before it reaches rapidjson, which
// cereal's JSON archive and the transcript reader use.
// - Debian 12's rapidjson 1.1.0, in full-precision mode, reads out of bounds on a number literal
//   with hundreds of digits ("0.000...0" crashes in StrtodDiyFp); found by fuzzing
//   (tests/fuzz/fuzz_settings.cpp). No file of ours needs such a number, so it is refused.
// - rapidjson's reader is recursive: 200,000 nested '[' overflow the stack (issue 16). Our files
//   nest a handful of levels, so anything deeper than kMaxJsonDepth is refused before parsing.
#pragma once
#include <cstddef>
#include <string_view>

namespace hd {

// Longest number literal accepted; a double needs at most about 25 characters.
inline constexpr size_t kMaxJsonNumberChars = 64;
// Deepest nesting of arrays and objects accepted; a transcript needs 5 (top, notes, note, history,
// entry), settings 2.
inline constexpr size_t kMaxJsonDepth = 32;

// Byte offset of the first number literal (outside strings) longer than `max_chars`, or npos.
size_t FindOverlongJsonNumber(std::string_view json, size_t max_chars = kMaxJsonNumberChars);

// Byte offset of the first '[' or '{' (outside strings) that opens level `max_depth + 1`, or npos.
size_t FindExcessiveJsonNesting(std::string_view json, size_t max_depth = kMaxJsonDepth);

} // namespace hd
