// Pieces of messages that come from outside our own texts, made translatable: an operating system
// error (errno) becomes a translated sentence with the system's raw text kept after it, and a file
// size is shown with enough precision that "too big" never reads as "200 MB; at most 200 MB".
#pragma once
#include <cstdint>
#include <string>
#include <system_error>

namespace hd {

// A message argument (TrArg) for an errno value: "the disk is full (No space left on device)" in
// the user's language, the raw system text in brackets for whoever has to look it up.
std::string OsErrorArg(int err);
std::string OsErrorArg(const std::error_code& ec);
// The English of the same, for what().
std::string OsErrorEnglish(int err);

// Mebibytes with one decimal, rounded up (a size that is over a limit never shows as the limit).
std::string MegabytesRoundedUp(uint64_t bytes);
// Mebibytes with one decimal at most, rounded down (a limit never shows larger than it is).
std::string MegabytesRoundedDown(uint64_t bytes);

} // namespace hd
