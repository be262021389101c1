// Fuzzes the transcript JSON import (core/transcript.h): parse, write back, merge with itself and
// import into a scratch plan. A bad file gives InputError naming the field or line, never a crash;
// what parses must survive a round trip.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/errors.h"
#include "core/merge/merge.h"
#include "core/text/text_analysis.h"
#include "core/transcript/transcript.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const hd::TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    static hd::fuzz::ScratchPlan scratch("transcript-json");
    std::string_view json(reinterpret_cast<const char*>(data), size);
    hd::Transcript t;
    try {
        t = hd::ParseTranscriptJson(json, "fuzz.json");
    } catch (const hd::InputError&) {
        return 0;
    }
    hd::Transcript again = hd::ParseTranscriptJson(hd::WriteTranscriptJson(t), "again.json");
    HD_FUZZ_CHECK(again.notes.size() == t.notes.size());
    for (size_t i = 0; i < t.notes.size(); ++i) {
        HD_FUZZ_CHECK(again.notes[i].text == t.notes[i].text);
        HD_FUZZ_CHECK(again.notes[i].uuid == t.notes[i].uuid);
        HD_FUZZ_CHECK(again.notes[i].history.size() == t.notes[i].history.size());
    }
    HD_FUZZ_CHECK(again.participants.size() == t.participants.size());

    auto notes = hd::ToMergeNotes(t);
    if (notes.size() <= 64) {
        hd::MergeResult merged = hd::MergeTranscripts(notes, notes, analyzer);
        HD_FUZZ_CHECK(merged.entries.size() <= 2 * notes.size());
    }
    try {
        hd::ImportOptions options;
        options.attach_anyway = true;
        hd::ImportResult r = hd::ImportTranscript(scratch.Store(), scratch.HearingId(), t, options);
        HD_FUZZ_CHECK(r.notes_added + r.notes_already_present <= static_cast<int>(t.notes.size()));
    } catch (const hd::UserError&) {
        // e.g. a note uuid already used by another hearing: refused with a message, nothing stored.
    }
    return 0;
}
