// Counts read as words (issue 12): "1 bijdrage, hoorzitting van ..." and "3 bijdragen, hoorzittingen
// van ...", never "bijdragen(en)" or "hoorzitting(en)", in Dutch and English, in the plan's evidence
// lines and the strategic objective's why.
#include <catch2/catch.hpp>

#include "core/base/i18n.h"
#include "core/cluster/contribution.h"
#include "core/cluster/proposal_text.h"

using namespace hd;

namespace {
const Translator& Loaded() {
    static Translator tr = [] {
        Translator t;
        t.LoadDirectory(FindAssetsDir() + "/lang");
        return t;
    }();
    return tr;
}
} // namespace

TEST_CASE("Plural takes the singular for exactly one and the plural otherwise, in both languages", "[i18n]") {
    Translator tr(Loaded());
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Plural("count.contributions", 1) == "1 bijdrage");
    CHECK(tr.Plural("count.contributions", 0) == "0 bijdragen");
    CHECK(tr.Plural("count.contributions", 12) == "12 bijdragen");
    CHECK(tr.Plural("count.hearings_of", 1, {"2026-10-13"}) == "hoorzitting van 2026-10-13");
    CHECK(tr.Plural("count.hearings_of", 2, {"2026-10-13, 2026-11-02"}) == "hoorzittingen van 2026-10-13, 2026-11-02");
    tr.SetLanguage(Language::English);
    CHECK(tr.Plural("count.contributions", 1) == "1 contribution");
    CHECK(tr.Plural("count.disciplines", 3) == "3 disciplines");
    CHECK(tr.Plural("count.hearings", 1) == "1 hearing");
    // A key without forms shows the key, as any missing translation does, never a wrong form.
    CHECK(tr.Plural("count.no_such_noun", 2) == "count.no_such_noun.other");
}

TEST_CASE("every counted phrase has a singular and a plural form", "[i18n]") {
    Translator tr(Loaded());
    for (const char* key : {"count.contributions", "count.disciplines", "count.hearings", "count.hearings_of",
                            "proposal.strategic_why"}) {
        INFO(key);
        CHECK(tr.Has(std::string(key) + ".one"));
        CHECK(tr.Has(std::string(key) + ".other"));
    }
    // The old forms with "(en)" and "(s)" are gone from the lines that now count.
    for (const char* key : {"board.evidence", "export.evidence_line"}) {
        for (Language lang : {Language::Dutch, Language::English}) {
            tr.SetLanguage(lang);
            CHECK(tr.Tr(key).find("(en)") == std::string::npos);
            CHECK(tr.Tr(key).find("(s)") == std::string::npos);
        }
    }
}

TEST_CASE("the strategic why agrees with its counts", "[i18n][proposals]") {
    Contribution one;
    one.uuid = "a";
    one.text = "Rond het station wordt openlijk gedeald.";
    one.kind = NoteKind::Problem;
    one.discipline = "police";
    one.hearing_id = 1;
    ProposalWording nl;
    nl.translator = &Loaded();
    std::string single = DraftStrategicWhy({&one}, {"dealen aan het station"}, nullptr, nl);
    CHECK(single.find("1 bijdrage van 1 discipline in 1 hoorzitting") != std::string::npos);
    CHECK(single.find("wijst vooral op") != std::string::npos);
    Contribution two = one;
    two.uuid = "b";
    two.discipline = "street_work";
    two.hearing_id = 2;
    std::string plural = DraftStrategicWhy({&one, &two}, {"dealen aan het station"}, nullptr, nl);
    CHECK(plural.find("2 bijdragen van 2 disciplines in 2 hoorzittingen") != std::string::npos);
    CHECK(plural.find("wijzen vooral op") != std::string::npos);
    ProposalWording en = nl;
    en.language = Language::English;
    CHECK(DraftStrategicWhy({&one}, {"dealing at the station"}, nullptr, en).find("1 contribution from 1 discipline in 1 hearing") !=
          std::string::npos);
}
