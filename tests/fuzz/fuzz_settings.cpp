// Fuzzes the settings file parser (core/settings.h). A damaged settings file must give InputError
// (the app then falls back to defaults), never a crash; whatever parses must survive a round trip.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/base/errors.h"
#include "core/base/settings.h"
#include "core/base/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string json(reinterpret_cast<const char*>(data), size);
    hd::Settings s;
    try {
        s = hd::ParseSettings(json);
    } catch (const hd::InputError& e) {
        HD_FUZZ_CHECK(e.Key() == "err.settings_invalid");
        return 0;
    }
    // What the parser accepted is sane and survives being written and read back.
    HD_FUZZ_CHECK(s.language == "nl" || s.language == "en");
    HD_FUZZ_CHECK(s.reporter == "A" || s.reporter == "B");
    HD_FUZZ_CHECK(s.recent_plans.size() <= hd::Settings::kMaxRecent);
    for (const std::string& p : s.recent_plans) HD_FUZZ_CHECK(!p.empty() && hd::IsValidUtf8(p));
    hd::Settings again = hd::ParseSettings(hd::SerializeSettings(s));
    HD_FUZZ_CHECK(again.language == s.language);
    HD_FUZZ_CHECK(again.reporter == s.reporter);
    HD_FUZZ_CHECK(again.user_name == s.user_name);
    HD_FUZZ_CHECK(again.recent_plans == s.recent_plans);
    return 0;
}
