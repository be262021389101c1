#include <catch2/catch.hpp>

#include "core/base/i18n.h"

using namespace hd;

TEST_CASE("every translation has English and Dutch text", "[i18n]") {
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    CHECK(tr.Size() > 50);
    CHECK(tr.IncompleteKeys() == std::vector<std::string>{});
}

TEST_CASE("translator switches language and fills placeholders", "[i18n]") {
    Translator tr;
    REQUIRE(tr.LoadDirectory(FindAssetsDir() + "/lang"));
    tr.SetLanguage(Language::Dutch);
    CHECK(tr.Tr("kind.proposal") == "Voorstel");
    CHECK(tr.Format("err.no_such_plan", {"x.hdesk"}) == "Er is geen planbestand op x.hdesk.");
    tr.SetLanguage(Language::English);
    CHECK(tr.Tr("kind.proposal") == "Proposal");
    CHECK(tr.Tr("no.such.key") == "no.such.key");
}
