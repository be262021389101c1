#include <catch2/catch.hpp>

#include "core/base/i18n.h"

#include <atomic>
#include <string>
#include <thread>

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

TEST_CASE("the translator may be read on one thread while the language changes on another", "[i18n]") {
    // A background job (the board's clustering) reads messages while the user switches language:
    // the missing-key table grows from both threads, which corrupted it before it had a lock.
    hd::Translator tr;
    tr.LoadDirectory(hd::FindAssetsDir() + "/lang");
    std::atomic<bool> stop{false};
    std::thread ui([&] {
        for (int i = 0; !stop; ++i) {
            tr.SetLanguage(i % 2 ? hd::Language::Dutch : hd::Language::English);
            (void)tr.Tr("ui.missing." + std::to_string(i));
        }
    });
    bool all_found = true;
    for (int i = 0; i < 20000; ++i) {
        std::string key = "job.missing." + std::to_string(i);
        all_found = all_found && tr.Tr(key) == key;
        const std::string& known = tr.Tr("cli.unknown_option");
        all_found = all_found && (known == "Unknown option {0}." || known == "Onbekende optie {0}.");
    }
    stop = true;
    ui.join();
    CHECK(all_found);
}
