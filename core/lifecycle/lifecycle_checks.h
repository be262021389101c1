// Input checks shared by the plan-cycle stores: each throws InputError naming the field (translated
// key `field_key`), so the GUI and the CLI can say what is wrong in the user's language.
#pragma once
#include <cstdint>
#include <string>

namespace hd {

// Empty, or a real yyyy-mm-dd date.
void RequireIsoDate(const std::string& value, const char* field_key);
bool IsIsoDate(const std::string& value);
// Valid UTF-8 of at most `max_bytes`.
void RequireShortText(const std::string& value, const char* field_key, size_t max_bytes);
// Not empty (after trimming), valid UTF-8, at most `max_bytes`.
void RequireText(const std::string& value, const char* field_key, size_t max_bytes);
// "yyyy-mm-dd HH:MM" (UTC) of a unix time in milliseconds; empty for 0.
std::string FormatWallTime(int64_t ms);

} // namespace hd
