// Fuzzes the anonymiser through every export format (issue 16 items 6 and 13). Participants get
// names built from the input (first names and surnames from separate pools of name parts, with
// accents, ĳ, apostrophes and hyphens); notes mention them in forms the input picks (upper or lower
// case, accents dropped, ' ’ ʼ for the apostrophe, a space for the hyphen) amid text from the input.
// Property: after an anonymised export, no participant's full name and no surname is found in the
// output as a sequence of folded words, in Markdown, HTML, DOCX or CSV.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/base/errors.h"
#include "core/base/utf8.h"
#include "core/export/anonymise.h"
#include "core/export/export.h"
#include "tests/fuzz/fuzz_support.h"
#include "tests/support/zip_read.h"

namespace {

// Parts no export's own words contain (no Dutch or English word of a heading or label).
const char* kFirstParts[] = {"Zoë", "Émi", "Anaïs", "Ĳs", "Noor", "Jef", "Lotje", "Bavo", "Fenne", "Quirijn"};
const char* kLastParts[] = {"O'Br", "Dupré", "Lefè", "Öztü", "D'Hon", "Nkosi", "Vercam", "Ĳzer", "Brouckë", "Kwiat"};

std::string Surname(FuzzedDataProvider& in) {
    std::string s = kLastParts[in.ConsumeIntegralInRange<int>(0, 9)];
    s += hd::FoldForMatch(kLastParts[in.ConsumeIntegralInRange<int>(0, 9)]); // "O'Brdupre", "Nkosilefe"
    if (in.ConsumeBool()) s += std::string("-") + kLastParts[in.ConsumeIntegralInRange<int>(0, 9)];
    return s;
}

// A way a reporter might write `name`.
std::string Variant(const std::string& name, FuzzedDataProvider& in) {
    int casing = in.ConsumeIntegralInRange<int>(0, 2);
    bool drop_accents = in.ConsumeBool();
    const char* apostrophes[] = {"'", "’", "ʼ"};
    std::u32string out;
    for (char32_t cp : hd::DecodeUtf8(name)) {
        if (cp == U'\'') {
            out += hd::DecodeUtf8(apostrophes[in.ConsumeIntegralInRange<int>(0, 2)]);
        } else if (cp == U'-') {
            out += in.ConsumeBool() ? U'-' : U' ';
        } else if (drop_accents && cp >= 0x80) {
            hd::AppendFolded(out, cp);
        } else if (casing == 0 && cp < 0x80) {
            out += static_cast<char32_t>(std::toupper(static_cast<int>(cp)));
        } else if (casing == 1 && cp < 0x80) {
            out += static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
        } else {
            out += cp;
        }
    }
    return hd::EncodeUtf8(out);
}

// Entities back to characters, so that "O&#39;Brien" is read as the words it shows.
std::string Unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        size_t semi = s.find(';', i);
        if (semi == std::string::npos || semi - i > 10) {
            out += s[i];
            continue;
        }
        std::string e = s.substr(i + 1, semi - i - 1);
        if (e == "amp") out += '&';
        else if (e == "lt") out += '<';
        else if (e == "gt") out += '>';
        else if (e == "quot") out += '"';
        else if (e == "apos") out += '\'';
        else if (e.size() > 1 && e[0] == '#') out += hd::EncodeUtf8(std::u32string(1, static_cast<char32_t>(
                                                       e[1] == 'x' ? std::strtoul(e.c_str() + 2, nullptr, 16) : std::strtoul(e.c_str() + 1, nullptr, 10))));
        else out += s.substr(i, semi - i + 1);
        i = semi;
    }
    return out;
}

bool ContainsWords(const std::vector<std::u32string>& hay, const std::vector<std::u32string>& needle) {
    return !needle.empty() && std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static hd::fuzz::ScratchPlan scratch("anonymise", 1);
    FuzzedDataProvider in(data, size);
    hd::PlanStore& store = scratch.Store();
    struct Person {
        std::string name, surname;
    };
    std::vector<Person> people;
    std::vector<int64_t> ids;
    int count = in.ConsumeIntegralInRange<int>(1, 5);
    for (int k = 0; k < count; ++k) {
        Person p;
        p.surname = Surname(in);
        p.name = std::string(kFirstParts[in.ConsumeIntegralInRange<int>(0, 9)]) + " " + p.surname;
        hd::Participant part;
        part.name = p.name;
        part.discipline = in.ConsumeBool() ? "police" : "residents";
        part.consent_named = in.ConsumeBool();
        ids.push_back(store.AddParticipant(part));
        people.push_back(p);
    }
    int notes = in.ConsumeIntegralInRange<int>(1, 30);
    for (int i = 0; i < notes && in.remaining_bytes() > 0; ++i) {
        const Person& who = people[in.ConsumeIntegralInRange<size_t>(0, people.size() - 1)];
        std::string around = in.ConsumeRandomLengthString(80);
        if (!hd::IsValidUtf8(around)) around = "zegt";
        hd::Note n;
        n.hearing_id = scratch.HearingId();
        n.reporter = in.ConsumeBool() ? 'A' : 'B';
        n.offset_ms = i * 20000;
        n.speaker_id = ids[in.ConsumeIntegralInRange<size_t>(0, ids.size() - 1)];
        n.text = around + " " + Variant(in.ConsumeBool() ? who.name : who.surname, in) + " " + around;
        try {
            store.AddNote(n, "fuzz");
        } catch (const hd::UserError&) {
        }
    }
    const hd::ExportFormat formats[] = {hd::ExportFormat::Markdown, hd::ExportFormat::Html, hd::ExportFormat::Docx,
                                        hd::ExportFormat::Csv};
    for (hd::ExportFormat f : formats) {
        hd::ExportRequest r;
        r.what = hd::ExportWhat::Minutes;
        r.format = f;
        r.hearing_id = scratch.HearingId();
        r.date = "2026-04-01";
        r.anonymise = true;
        std::string out;
        try {
            out = hd::Export(store, r);
        } catch (const hd::UserError&) {
            continue;
        }
        if (f == hd::ExportFormat::Docx) {
            auto parts = hd::test::Unzip(out);
            HD_FUZZ_CHECK(parts.count("word/document.xml") == 1);
            out = parts["word/document.xml"];
        }
        std::vector<std::u32string> words = hd::Anonymiser::FoldedWords(Unescape(out));
        for (const Person& p : people) {
            bool leak = ContainsWords(words, hd::Anonymiser::FoldedWords(p.name)) ||
                        ContainsWords(words, hd::Anonymiser::FoldedWords(p.surname));
            if (leak) std::fprintf(stderr, "format %d leaks %s\n", static_cast<int>(f), p.name.c_str());
            HD_FUZZ_CHECK(!leak);
        }
    }
    return 0;
}
