#pragma once
#include <string>
#include <string_view>

namespace hd {
// A random RFC 4122 version 4 UUID in lowercase hex, e.g. "1b4e28ba-2fa1-41d2-883f-0016d3cca427".
std::string NewUuid();
bool IsUuid(std::string_view s);
} // namespace hd
