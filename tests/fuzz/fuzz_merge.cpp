// Fuzzes the merge of two reporters' notes at scale (issue 16 items 5 and 13): up to a few thousand
// notes a side, made from the input's lines, with usable times, no times at all, or all times equal
// (the inputs that made the merge's cost explode). Property: every note of A and of B lands in
// exactly one entry, with its own id, and indexes stay in each reporter's order.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/utf8.h"
#include "core/merge/merge.h"
#include "core/text/text_analysis.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

enum class Times { FromInput, None, AllEqual };

std::vector<hd::MergeNote> Notes(const std::vector<std::string>& lines, size_t count, Times times, int64_t step, char side,
                                 const std::vector<std::string>& speakers) {
    std::vector<hd::MergeNote> out;
    for (size_t i = 0; i < count; ++i) {
        hd::MergeNote n;
        n.id = std::string(1, side) + std::to_string(i);
        n.text = lines[i % lines.size()];
        if (i >= lines.size()) n.text += " " + std::to_string(i / lines.size()); // repeated lines differ a little
        n.time_ms = times == Times::None ? -1 : times == Times::AllEqual ? 60000 : static_cast<int64_t>(i) * step;
        n.speaker = speakers[i % speakers.size()];
        out.push_back(std::move(n));
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const hd::TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    FuzzedDataProvider in(data, size);
    Times times = static_cast<Times>(in.ConsumeIntegralInRange<int>(0, 2));
    size_t count_a = in.ConsumeIntegralInRange<size_t>(0, 2000);
    size_t count_b = in.ConsumeIntegralInRange<size_t>(0, 2000);
    int64_t step_a = in.ConsumeIntegralInRange<int64_t>(0, 120000), step_b = in.ConsumeIntegralInRange<int64_t>(0, 120000);
    std::vector<std::string> speakers = {"", "An Peeters", "Peeters", "politie"};
    std::string rest = in.ConsumeRemainingBytesAsString();
    if (!hd::IsValidUtf8(rest)) return 0; // transcripts are checked for UTF-8 before they reach the merge
    std::vector<std::string> lines;
    for (size_t pos = 0; pos <= rest.size();) {
        size_t end = rest.find('\n', pos);
        if (end == std::string::npos) end = rest.size();
        if (end > pos) lines.push_back(rest.substr(pos, end - pos));
        pos = end + 1;
    }
    if (lines.empty()) lines.push_back("");
    std::vector<std::string> lines_b(lines.rbegin(), lines.rend()); // B in another order than A
    std::vector<hd::MergeNote> a = Notes(lines, count_a, times, step_a, 'a', speakers);
    std::vector<hd::MergeNote> b = Notes(lines.size() % 2 ? lines : lines_b, count_b, times, step_b, 'b', speakers);
    hd::MergeResult r = hd::MergeTranscripts(a, b, analyzer);
    std::vector<int> seen_a(a.size()), seen_b(b.size());
    for (const hd::MergedEntry& e : r.entries) {
        HD_FUZZ_CHECK(e.a.size() == e.a_ids.size() && e.b.size() == e.b_ids.size());
        HD_FUZZ_CHECK(!e.a.empty() || !e.b.empty());
        for (size_t k = 0; k < e.a.size(); ++k) {
            HD_FUZZ_CHECK(e.a[k] < a.size() && e.a_ids[k] == a[e.a[k]].id);
            HD_FUZZ_CHECK(k == 0 || e.a[k - 1] < e.a[k]);
            ++seen_a[e.a[k]];
        }
        for (size_t k = 0; k < e.b.size(); ++k) {
            HD_FUZZ_CHECK(e.b[k] < b.size() && e.b_ids[k] == b[e.b[k]].id);
            HD_FUZZ_CHECK(k == 0 || e.b[k - 1] < e.b[k]);
            ++seen_b[e.b[k]];
        }
    }
    for (int s : seen_a) HD_FUZZ_CHECK(s == 1);
    for (int s : seen_b) HD_FUZZ_CHECK(s == 1);
    return 0;
}
