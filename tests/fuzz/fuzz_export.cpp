// Fuzzes every export format (Markdown, HTML, DOCX, CSV) of the minutes, the plan document and the
// forum (issue 16 item 13): notes, names and titles come from the input, anonymised or not. Each
// export must succeed or refuse with a UserError, and:
//   - every XML part of a DOCX is well-formed and holds no code point XML 1.0 forbids (U+FFFE and
//     U+FFFF in a note made document.xml invalid, issue 16);
//   - no bidi override or isolate reaches HTML or DOCX (they reorder what a reader sees);
//   - HTML holds no '<' of a note's own text unescaped (a note "<b" never opens a tag).
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/export/export.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/xml_check.h"
#include "tests/support/zip_read.h"

namespace {

// A code point XML 1.0 forbids, or a bidi control that must have been dropped.
bool Forbidden(char32_t cp) {
    if (cp < 0x20) return cp != 0x09 && cp != 0x0A && cp != 0x0D;
    if (cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return true;
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void CheckNoForbidden(const std::string& text) {
    HD_FUZZ_CHECK(hd::IsValidUtf8(text));
    for (char32_t cp : hd::DecodeUtf8(text)) HD_FUZZ_CHECK(!Forbidden(cp));
}

std::string Utf8Or(std::string s, const char* fallback) {
    return hd::IsValidUtf8(s) ? s : std::string(fallback);
}

void CheckExport(const std::string& out, hd::ExportFormat f) {
    if (f == hd::ExportFormat::Docx) {
        auto parts = hd::test::Unzip(out);
        HD_FUZZ_CHECK(parts.count("word/document.xml") == 1);
        for (const auto& [name, content] : parts) {
            if (name.size() < 4 || (name.compare(name.size() - 4, 4, ".xml") != 0 && name.compare(name.size() - 5, 5, ".rels") != 0))
                continue;
            std::string problem = hd::test::CheckXmlWellFormed(content);
            if (!problem.empty()) std::fprintf(stderr, "%s: %s\n", name.c_str(), problem.c_str());
            HD_FUZZ_CHECK(problem.empty());
            CheckNoForbidden(content);
        }
    } else if (f == hd::ExportFormat::Html) {
        CheckNoForbidden(out);
        HD_FUZZ_CHECK(out.find("<fuzz") == std::string::npos); // the notes below start with "<fuzz"
    } else {
        HD_FUZZ_CHECK(hd::IsValidUtf8(out));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static hd::fuzz::ScratchPlan scratch("export", 1); // a fresh plan per input: exports stay small
    FuzzedDataProvider in(data, size);
    hd::PlanStore& store = scratch.Store();
    bool anonymise = in.ConsumeBool();
    try {
        hd::Participant p;
        p.name = Utf8Or(in.ConsumeRandomLengthString(60), "Fien Wuyts");
        p.discipline = in.ConsumeBool() ? "police" : Utf8Or(in.ConsumeRandomLengthString(20), "residents");
        p.consent_named = in.ConsumeBool();
        int64_t speaker = store.AddParticipant(p);
        int notes = in.ConsumeIntegralInRange<int>(0, 40);
        for (int i = 0; i < notes && in.remaining_bytes() > 0; ++i) {
            hd::Note n;
            n.hearing_id = scratch.HearingId();
            n.reporter = in.ConsumeBool() ? 'A' : 'B';
            n.offset_ms = in.ConsumeIntegralInRange<int64_t>(0, 4 * 3600 * 1000);
            n.speaker_id = in.ConsumeBool() ? speaker : 0;
            std::string text = in.ConsumeRandomLengthString(400);
            n.text = (i % 3 == 0 ? "<fuzz " : "") + text; // HTML must escape a note's '<'
            try {
                store.AddNote(n, "fuzz");
            } catch (const hd::UserError&) {
                // invalid UTF-8, a NUL byte, an empty note: refused with a message, nothing stored
            }
        }
    } catch (const hd::UserError&) {
        return 0;
    }
    const hd::ExportWhat whats[] = {hd::ExportWhat::Minutes, hd::ExportWhat::Plan, hd::ExportWhat::Forum};
    const hd::ExportFormat formats[] = {hd::ExportFormat::Markdown, hd::ExportFormat::Html, hd::ExportFormat::Docx,
                                        hd::ExportFormat::Csv};
    for (hd::ExportWhat what : whats)
        for (hd::ExportFormat f : formats) {
            hd::ExportRequest r;
            r.what = what;
            r.format = f;
            r.hearing_id = scratch.HearingId();
            r.date = "2026-04-01";
            r.anonymise = anonymise;
            r.csv_separator = anonymise ? ';' : ',';
            std::string out;
            try {
                out = hd::Export(store, r);
            } catch (const hd::UserError&) {
                continue;
            }
            CheckExport(out, f);
        }
    return 0;
}
