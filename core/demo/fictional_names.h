// Every person's name in the demo plan comes from this one table: participants, moderators,
// reporters, core group members and forum experts. All of them are invented. A test checks that the
// demo uses no other name and that none of them is a real public figure.
#pragma once
#include <span>
#include <string_view>

namespace hd::demo {

std::span<const std::string_view> FictionalNames();

// True when `name` is in the table (exact spelling).
bool IsFictionalName(std::string_view name);

} // namespace hd::demo
