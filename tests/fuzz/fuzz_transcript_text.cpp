// Fuzzes the plain-text transcript import (core/transcript_text.h): "[HH:MM:SS] Name: text" lines,
// speakers matched to participants, then imported into a scratch plan. Content reaches the parser
// only as valid UTF-8 (ReadImportFile refuses the rest), so other inputs go to that check instead.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/errors.h"
#include "core/transcript/transcript.h"
#include "core/transcript/transcript_text.h"
#include "core/base/utf8.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static hd::fuzz::ScratchPlan scratch("transcript-text");
    std::string_view content(reinterpret_cast<const char*>(data), size);
    if (!hd::IsValidUtf8(content)) return 0;
    hd::PlanStore& store = scratch.Store();
    std::vector<hd::Participant> participants = hd::HearingParticipants(store, scratch.HearingId());
    hd::TextTranscript t = hd::ParseTextTranscript(content, participants);

    int last_line = 0;
    for (const hd::TextLine& line : t.lines) {
        HD_FUZZ_CHECK(line.line_number > last_line);
        last_line = line.line_number;
        HD_FUZZ_CHECK(!line.raw.empty());
        HD_FUZZ_CHECK(!line.text.empty()); // no empty note (issue 16: "[00:00:01]" alone is skipped)
        HD_FUZZ_CHECK(hd::IsValidUtf8(line.text) && hd::IsValidUtf8(line.speaker_name));
        if (line.has_time) HD_FUZZ_CHECK(line.time_ms >= 0);
        if (line.speaker_id != 0) {
            bool known = false;
            for (const hd::Participant& p : participants) known = known || p.id == line.speaker_id;
            HD_FUZZ_CHECK(known);
        }
    }
    for (const hd::TextLine& line : t.skipped) HD_FUZZ_CHECK(line.problem == hd::LineProblem::TimeWithoutText);
    HD_FUZZ_CHECK(hd::ToMergeNotes(t).size() == t.lines.size());
    try {
        hd::TextImportResult r = hd::ImportTextTranscript(store, scratch.HearingId(), 'B', t, "fuzz");
        HD_FUZZ_CHECK(r.notes_added + r.notes_already_present == static_cast<int>(t.lines.size()));
    } catch (const hd::UserError&) {
        // e.g. a line longer than a note may be: refused with a message, nothing stored.
    }
    return 0;
}
