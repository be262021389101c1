// A check on JSON text from outside (settings, transcripts) before it reaches cereal's JSON archive.
// Debian 12's rapidjson 1.1.0, which cereal uses in full-precision mode, reads out of bounds on a
// number literal with hundreds of digits ("0.000...0" crashes in StrtodDiyFp); found by fuzzing
// (tests/fuzz/fuzz_settings.cpp). No file of ours needs such a number, so it is refused as malformed.
#pragma once
#include <cstddef>
#include <string_view>

namespace hd {

// Longest number literal accepted; a double needs at most about 25 characters.
inline constexpr size_t kMaxJsonNumberChars = 64;

// Byte offset of the first number literal (outside strings) longer than `max_chars`, or npos.
size_t FindOverlongJsonNumber(std::string_view json, size_t max_chars = kMaxJsonNumberChars);

} // namespace hd
