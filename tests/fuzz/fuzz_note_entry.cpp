// Fuzzes the reporter's entry line parser (core/note_entry.h): "@speaker", kind prefixes, then text.
// The input is split into speaker labels and the typed line, so matching sees odd names too.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/store/note_entry.h"
#include "core/base/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    std::vector<hd::SpeakerCandidate> candidates;
    int count = in.ConsumeIntegralInRange<int>(0, 6);
    for (int i = 0; i < count; ++i) {
        hd::SpeakerCandidate c;
        c.id = i + 1;
        int labels = in.ConsumeIntegralInRange<int>(0, 3);
        for (int l = 0; l < labels; ++l) c.labels.push_back(in.ConsumeRandomLengthString(64));
        candidates.push_back(std::move(c));
    }
    std::string typed = in.ConsumeRemainingBytesAsString();
    hd::ParsedEntry e = hd::ParseNoteEntry(typed, candidates);

    // The stored text is an unchanged piece of what was typed (only prefixes and outer blanks go).
    HD_FUZZ_CHECK(e.text.size() <= typed.size());
    HD_FUZZ_CHECK(typed.find(e.text) != std::string::npos);
    if (hd::IsValidUtf8(typed)) HD_FUZZ_CHECK(hd::IsValidUtf8(e.text));
    if (e.speaker_id) {
        HD_FUZZ_CHECK(*e.speaker_id >= 1 && *e.speaker_id <= count);
        HD_FUZZ_CHECK(!e.speaker_ambiguous);
    }
    for (int64_t id : hd::MatchSpeakers(e.speaker_query, candidates)) HD_FUZZ_CHECK(id >= 1 && id <= count);
    return 0;
}
