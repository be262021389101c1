// What only one reporter wrote is kept as data beside the proposed text, shown in the minutes as a
// readable note, and never as "[+ …]" in exports, board contributions or proposed objectives (issue 11).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/base/i18n.h"
#include "core/cluster/contribution.h"
#include "core/cluster/objective_store.h"
#include "core/demo/demo_plan.h"
#include "core/export/export.h"
#include "core/merge/merge.h"
#include "core/merge/merge_store.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "core/text/text_analysis.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
const TextAnalyzer& Analyzer() {
    static TextAnalyzer analyzer(FindAssetsDir());
    return analyzer;
}

const Translator& Labels() {
    static Translator tr = [] {
        Translator t;
        t.LoadDirectory(FindAssetsDir() + "/lang");
        return t;
    }();
    return tr;
}

MergeNote Said(const char* id, int64_t seconds, const char* speaker, const char* text) {
    MergeNote n;
    n.id = id;
    n.time_ms = seconds * 1000;
    n.speaker = speaker;
    n.text = text;
    return n;
}

std::string Minutes(PlanStore& store, int64_t hearing_id, ExportFormat format) {
    ExportRequest r;
    r.what = ExportWhat::Minutes;
    r.format = format;
    r.hearing_id = hearing_id;
    r.date = "2025-11-20";
    r.translator = &Labels();
    return Export(store, r);
}
} // namespace

TEST_CASE("the proposal is one reporter's clean text, the other's extra words kept apart", "[merge][clean]") {
    std::vector<MergeNote> a = {
        Said("a1", 60, "Koen Lambrechts",
             "Veel dossiers van kleine dealers eindigen met een sepot, dat geeft het signaal dat er niets gebeurt."),
        Said("a2", 120, "Griet Maes", "Het Sociaal Huis zoekt een vaste contactpersoon voor wie uit een opname komt."),
    };
    std::vector<MergeNote> b = {
        Said("b1", 70, "Koen Lambrechts", "Dossiers kleine dealers eindigen met sepot omdat de hoeveelheden te klein zijn"),
        Said("b2", 125, "Griet Maes", "Sociaal Huis: vaste contactpersoon voor wie uit een opname komt."),
    };
    MergeResult r = MergeTranscripts(a, b, Analyzer());
    bool found_extra = false;
    for (const MergedEntry& e : r.entries) {
        INFO(e.text);
        CHECK(e.text.find("[+") == std::string::npos);
        if (e.also_noted.empty()) continue;
        found_extra = true;
        CHECK((e.also_noted_by == 'A' || e.also_noted_by == 'B'));
        // The extra words come from the reporter whose text is not the proposal.
        const std::string& other = e.also_noted_by == 'A' ? e.a_text : e.b_text;
        CHECK(other.find(e.also_noted.substr(0, e.also_noted.find(" \xE2\x80\xA6 "))) != std::string::npos);
        CHECK(e.text != other);
    }
    CHECK(found_extra); // "omdat de hoeveelheden te klein zijn" is only B's
}

TEST_CASE("no export, contribution or proposed objective of the demo shows a merge mark", "[merge][clean][demo]") {
    test::TempDir dir;
    CreateDemoPlan(dir.File("demo.hdesk"), DemoOptions{&Analyzer()}).reset();
    auto store = PlanStore::Open(dir.File("demo.hdesk"));
    MergeStore merges(*store);
    bool also_noted_shown = false;
    for (const Hearing& h : store->ListHearings()) {
        if (!merges.HasMerge(h.id)) continue;
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Csv}) {
            std::string text = Minutes(*store, h.id, f);
            INFO("hearing " << h.id << " format " << static_cast<int>(f));
            CHECK(text.find("[+") == std::string::npos);
            also_noted_shown |= text.find("noteerde ook") != std::string::npos;
        }
        for (const MinutesEntry& m : merges.MergedMinutes(h.id)) CHECK(m.text.find("[+") == std::string::npos);
    }
    CHECK(also_noted_shown); // what only one reporter wrote is still in the minutes, readably
    for (const Theme& t : store->ListThemes()) {
        for (const Contribution& c : ThemeContributions(*store, t.id)) CHECK(c.text.find("[+") == std::string::npos);
        for (const Objective& o : ObjectiveStore(*store).ListObjectives(t.id)) {
            INFO(o.title);
            for (const std::string* s : {&o.title, &o.why, &o.what, &o.how}) CHECK(s->find("[+") == std::string::npos);
        }
    }
}

TEST_CASE("a plan merged before migration 12 keeps the extra words, moved out of the proposal", "[merge][clean][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v11.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 11);
        db.Exec("INSERT INTO plan(id, uuid, name) VALUES(1, 'p-1', 'Oud plan');"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Drugs');"
                "INSERT INTO hearing(id, uuid, theme_id) VALUES(1, 'h-1', 1);"
                "INSERT INTO merged_entry(hearing_id, position, status, proposed_text) "
                "VALUES(1, 0, 'agreed', 'Kleine dossiers eindigen met een sepot. [+ te kleine hoeveelheden \xE2\x80\xA6 x2]');"
                "INSERT INTO merged_entry(hearing_id, position, status, proposed_text) "
                "VALUES(1, 1, 'agreed', 'Een tekst met [haken] maar zonder merkteken');");
    }
    auto store = PlanStore::Open(path); // migrates to the latest version
    Statement st(store->Db(), "SELECT proposed_text, also_noted FROM merged_entry ORDER BY position");
    REQUIRE(st.Step());
    CHECK(st.Text(0) == "Kleine dossiers eindigen met een sepot.");
    CHECK(st.Text(1) == "te kleine hoeveelheden \xE2\x80\xA6 x2");
    REQUIRE(st.Step());
    CHECK(st.Text(0) == "Een tekst met [haken] maar zonder merkteken");
    CHECK(st.Text(1).empty());
}
