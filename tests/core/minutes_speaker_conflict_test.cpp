// Speakers are facts, not votes (issue 11 point 3): an entry whose reporters name different people
// shows both names, marked as an open conflict, in every minutes format until someone decides; then
// only the chosen speaker remains.
#include <catch2/catch.hpp>

#include <string>

#include "core/base/i18n.h"
#include "core/export/export.h"
#include "core/merge/merge_store.h"
#include "core/text/text_analysis.h"
#include "tests/support/merge_fixture.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(HD_SOURCE_ASSETS_DIR);
    return analyzer;
}

const Translator& Labels() {
    static Translator tr = [] {
        Translator t;
        t.LoadDirectory(std::string(HD_SOURCE_ASSETS_DIR) + "/lang");
        return t;
    }();
    return tr;
}

constexpr const char* kSaid = "De politie ziet 's avonds meer overlast aan het station door groepjes jongeren.";
constexpr const char* kOther = "De huisvestingsmaatschappij wil camera's in de parkeergarage van de Kazernestraat.";

// Both reporters wrote the same sentence, A gives it to An Peeters, B to Jan De Smet; a second
// sentence both give to Eline Vermeërsch.
struct ConflictPlan {
    test::MergeFixture f;
    int64_t conflict_entry = 0;
    ConflictPlan() {
        for (Participant person : f.store->ListParticipants()) { // named in the minutes: they consented
            person.consent_named = true;
            f.store->UpdateParticipant(person);
        }
        f.Add('A', 60, f.peeters, kSaid);
        f.Add('B', 62, f.de_smet, kSaid);
        f.Add('A', 150, f.vermeersch, kOther);
        f.Add('B', 151, f.vermeersch, kOther);
        MergeStore merges(*f.store);
        merges.RunMerge(f.hearing, Analyzer(), {}, "facilitator");
        for (const StoredEntry& e : merges.ListEntries(f.hearing))
            if (e.text == kSaid) conflict_entry = e.id;
    }
};

std::string Export(PlanStore& store, int64_t hearing, ExportFormat format, bool anonymise = false) {
    ExportRequest r;
    r.what = ExportWhat::Minutes;
    r.format = format;
    r.hearing_id = hearing;
    r.date = "2025-11-20";
    r.anonymise = anonymise;
    r.translator = &Labels();
    std::string out = hd::Export(store, r);
    if (format != ExportFormat::Docx) return out;
    return test::Unzip(out)["word/document.xml"];
}

// The part of an export that shows one entry: its line (md, html, csv) or its paragraph (docx).
std::string EntryAround(const std::string& doc, const std::string& needle, ExportFormat format) {
    size_t at = doc.find(needle);
    if (at == std::string::npos) return {};
    if (format == ExportFormat::Docx) {
        size_t begin = doc.rfind("<w:p>", at), begin2 = doc.rfind("<w:p ", at);
        if (begin == std::string::npos || (begin2 != std::string::npos && begin2 > begin)) begin = begin2;
        size_t end = doc.find("</w:p>", at);
        return doc.substr(begin, end - begin);
    }
    size_t begin = doc.rfind('\n', at);
    begin = begin == std::string::npos ? 0 : begin + 1;
    return doc.substr(begin, doc.find('\n', at) - begin);
}

const char* Name(ExportFormat f) {
    switch (f) {
    case ExportFormat::Markdown: return "md";
    case ExportFormat::Html: return "html";
    case ExportFormat::Docx: return "docx";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::Xlsx: return "xlsx"; // not a minutes format: Export refuses it
    }
    return "?";
}

constexpr ExportFormat kFormats[] = {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Csv};
} // namespace

TEST_CASE("merged minutes mark an open speaker conflict with both speakers", "[minutes][speaker]") {
    ConflictPlan p;
    REQUIRE(p.conflict_entry != 0);
    MergeStore merges(*p.f.store);
    auto minutes = merges.MergedMinutes(p.f.hearing);
    REQUIRE(minutes.size() == 2);
    CHECK(minutes[0].speaker_conflict);
    CHECK(minutes[0].speaker_a_id == p.f.peeters);
    CHECK(minutes[0].speaker_b_id == p.f.de_smet);
    CHECK(minutes[0].speaker_a == "An Peeters");
    CHECK(minutes[0].speaker_b == "Jan De Smet");
    CHECK_FALSE(minutes[1].speaker_conflict);
    CHECK(minutes[1].speaker_id == p.f.vermeersch);

    SECTION("accept B: B's speaker") {
        merges.RecordDecision(p.conflict_entry, ReviewDecision::AcceptB, {}, "kerngroep");
        minutes = merges.MergedMinutes(p.f.hearing);
        CHECK_FALSE(minutes[0].speaker_conflict);
        CHECK(minutes[0].speaker_id == p.f.de_smet);
        CHECK(minutes[0].speaker == "Jan De Smet");
    }
    SECTION("accept A: A's speaker") {
        merges.RecordDecision(p.conflict_entry, ReviewDecision::AcceptA, {}, "kerngroep");
        minutes = merges.MergedMinutes(p.f.hearing);
        CHECK_FALSE(minutes[0].speaker_conflict);
        CHECK(minutes[0].speaker_id == p.f.peeters);
        CHECK(minutes[0].speaker == "An Peeters");
    }
    SECTION("keep both: each reporter's text with its own speaker") {
        merges.RecordDecision(p.conflict_entry, ReviewDecision::KeepBoth, {}, "kerngroep");
        minutes = merges.MergedMinutes(p.f.hearing);
        REQUIRE(minutes.size() == 3);
        CHECK(minutes[0].speaker_id == p.f.peeters);
        CHECK(minutes[1].speaker_id == p.f.de_smet);
        CHECK(minutes[0].text == kSaid);
        CHECK(minutes[1].text == kSaid);
        CHECK_FALSE(minutes[0].speaker_conflict);
        CHECK_FALSE(minutes[1].speaker_conflict);
    }
}

TEST_CASE("every minutes format shows an open speaker conflict until it is decided", "[minutes][speaker][export]") {
    ConflictPlan p;
    REQUIRE(p.conflict_entry != 0);
    for (ExportFormat f : kFormats) {
        INFO("format " << Name(f));
        std::string doc = Export(*p.f.store, p.f.hearing, f);
        std::string line = EntryAround(doc, "overlast aan het station", f);
        INFO(line);
        CHECK(line.find("open sprekersconflict") != std::string::npos);
        CHECK(line.find("An Peeters") != std::string::npos);
        CHECK(line.find("Jan De Smet") != std::string::npos);
        std::string agreed = EntryAround(doc, "parkeergarage", f);
        CHECK_FALSE(agreed.empty());
        CHECK(agreed.find("sprekersconflict") == std::string::npos);
    }
    MergeStore(*p.f.store).RecordDecision(p.conflict_entry, ReviewDecision::AcceptB, {}, "kerngroep");
    for (ExportFormat f : kFormats) {
        INFO("format " << Name(f) << " after accepting B");
        std::string doc = Export(*p.f.store, p.f.hearing, f);
        CHECK(doc.find("sprekersconflict") == std::string::npos);
        std::string line = EntryAround(doc, "overlast aan het station", f);
        INFO(line);
        CHECK(line.find("Jan De Smet") != std::string::npos);
        CHECK(line.find("An Peeters") == std::string::npos);
    }
}

TEST_CASE("an anonymised export keeps the open conflict but not the names", "[minutes][speaker][export][anonymise]") {
    ConflictPlan p;
    for (ExportFormat f : kFormats) {
        INFO("format " << Name(f));
        std::string doc = Export(*p.f.store, p.f.hearing, f, true);
        std::string line = EntryAround(doc, "overlast aan het station", f);
        INFO(line);
        CHECK(line.find("open sprekersconflict") != std::string::npos);
        CHECK(doc.find("An Peeters") == std::string::npos);
        CHECK(doc.find("Jan De Smet") == std::string::npos);
    }
}
