// The anonymiser against what an attack run leaked (issue 16): names as word sequences after full
// folding, the longest match first, shared first names, the moderator and reporters; and a property
// test over generated names and mentions in every export format.
#include <catch2/catch.hpp>

#include <random>

#include "core/base/utf8.h"
#include "core/export/anonymise.h"
#include "core/export/export.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/zip_read.h"

using namespace hd;

namespace {
std::vector<Participant> IssuePeople() {
    std::vector<Participant> people(3);
    people[0] = {};
    people[0].id = 1;
    people[0].name = "Zoë O'Brien";
    people[0].discipline = "police";
    people[1].id = 2;
    people[1].name = "Zoë Claeys";
    people[1].discipline = "youth_work";
    people[1].consent_named = true;
    people[2].id = 3;
    people[2].name = "Émile Dupré-Lefèvre";
    people[2].discipline = "prosecutor";
    return people;
}
} // namespace

TEST_CASE("names match as folded word sequences: case, accents, apostrophes and hyphens", "[anonymise][hardening]") {
    AnonymiseOptions o;
    o.all = true;
    Anonymiser a(IssuePeople(), o);
    std::string obrien = a.Label(1), claeys = a.Label(2), emile = a.Label(3);
    CHECK(a.Scrub("ZOË O’BRIEN vraagt meer licht") == obrien + " vraagt meer licht");
    CHECK(a.Scrub("zoe oʼbrien vraagt") == obrien + " vraagt");
    CHECK(a.Scrub("Volgens O-Brien en o'brien") == "Volgens " + obrien + " en " + obrien);
    CHECK(a.Scrub("emile dupre is het eens") == emile + " is het eens");
    CHECK(a.Scrub("EMILE DUPRÉ-LEFÈVRE, Dupre Lefevre en lefèvre") == emile + ", " + emile + " en " + emile);
    CHECK(a.Scrub("Zoë Claeys knikt") == claeys + " knikt");
    // The longest match wins: "Zoë Claeys" is one person, not a shared first name and a surname.
    CHECK(a.Scrub("Zoë Claeys en Zoë O'Brien") == claeys + " en " + obrien);
    // Words of one name are joined by spaces, apostrophes and hyphens only.
    CHECK(a.Scrub("Zoë, O'Brien") != obrien);
}

TEST_CASE("a first name two participants share is never replaced by one's pseudonym", "[anonymise][hardening]") {
    AnonymiseOptions o;
    o.all = true;
    o.unknown_label = "deelnemer";
    Anonymiser a(IssuePeople(), o);
    CHECK(a.Scrub("Zoë zegt dat het plein donker is") == "deelnemer zegt dat het plein donker is");
    // Without --anonymise only O'Brien is hidden; a bare "Zoë" may still be her, so it goes too,
    // while Zoë Claeys, who consented, keeps her name.
    AnonymiseOptions consent;
    consent.unknown_label = "deelnemer";
    Anonymiser c(IssuePeople(), consent);
    CHECK_FALSE(c.Hides(2));
    CHECK(c.Scrub("Zoë Claeys en ZOË O’BRIEN; Zoë knikt") == "Zoë Claeys en " + c.Label(1) + "; deelnemer knikt");
}

TEST_CASE("moderator and reporters are anonymised too unless their names are kept", "[anonymise][hardening]") {
    AnonymiseOptions o;
    o.all = true;
    o.staff = {{"Karel Moens", "moderator"}, {"Sofie Claes", "reporter A"}, {"Wout Maes", "reporter B"}};
    Anonymiser a(IssuePeople(), o);
    CHECK(a.Scrub("Karel Moens vat samen; Sofie noteert, MAES ook") == "moderator vat samen; reporter A noteert, reporter B ook");
    CHECK(a.ReplaceIfParticipant("Karel Moens") == "moderator");
    o.keep_staff_names = true;
    Anonymiser keep(IssuePeople(), o);
    CHECK(keep.Scrub("Karel Moens vat samen") == "Karel Moens vat samen");
    CHECK(keep.ReplaceIfParticipant("Sofie Claes") == "Sofie Claes");
    // Without --anonymise staff keep their names.
    AnonymiseOptions consent;
    consent.staff = o.staff;
    CHECK(Anonymiser(IssuePeople(), consent).Scrub("Karel Moens") == "Karel Moens");
}

// [SECTION] Property: no name survives in any folded form in any export format
namespace {
const char* kFirst[] = {"Zoë", "Émile", "Anaïs", "Ĳsbrand", "Noor", "Jef", "Zoë", "Lotte"};
const char* kLast[] = {"O'Brien", "Dupré-Lefèvre", "Van den Brouckë", "Ĳzerman", "Öztürk", "D'Hondt", "Vanderstraeten-Nkosi",
                       "Goossens"};
const char* kApostrophes[] = {"'", "’", "ʼ"};

// One way a note might write `name`: case changed, accents dropped, apostrophes and hyphens varied.
std::string Variant(const std::string& name, std::mt19937& rng) {
    std::string folded_or_not = rng() % 2 ? name : std::string();
    std::u32string out;
    int casing = static_cast<int>(rng() % 3);
    for (char32_t cp : DecodeUtf8(name)) {
        if (cp == U'\'') {
            std::u32string ap = DecodeUtf8(kApostrophes[rng() % 3]);
            out += ap;
            continue;
        }
        if (cp == U'-') {
            out += rng() % 2 ? U'-' : U' ';
            continue;
        }
        if (folded_or_not.empty() && cp >= 0x80) { // drop the accent: the fold of the letter
            std::u32string f;
            AppendFolded(f, cp);
            if (IsUpperCase(cp) && !f.empty() && f[0] < 0x80) f[0] = static_cast<char32_t>(std::toupper(static_cast<int>(f[0])));
            out += f;
            continue;
        }
        if (casing == 0 && cp < 0x80) cp = static_cast<char32_t>(std::toupper(static_cast<int>(cp)));
        if (casing == 1 && cp < 0x80) cp = static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
        out += cp;
    }
    return EncodeUtf8(out);
}

bool ContainsWords(const std::vector<std::u32string>& hay, const std::vector<std::u32string>& needle) {
    if (needle.empty()) return false;
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}
} // namespace

TEST_CASE("property: no participant's full name or surname survives anonymising in any export format",
          "[anonymise][hardening][property]") {
    std::mt19937 rng(20260412);
    for (int round = 0; round < 6; ++round) {
        test::TempDir dir;
        Plan plan;
        plan.name = "Veiligheidsplan Mol";
        auto store = PlanStore::Create(dir.File("p.hdesk"), plan);
        Theme t;
        t.title = "Verkeer";
        Hearing h;
        h.theme_id = store->AddTheme(t);
        std::vector<Participant> people;
        for (int k = 0; k < 4; ++k) {
            Participant p;
            p.name = std::string(kFirst[rng() % 8]) + " " + kLast[(round + k) % 8];
            p.discipline = k % 2 ? "police" : "residents";
            p.consent_named = k == 0;
            p.id = store->AddParticipant(p);
            h.participant_ids.push_back(p.id);
            people.push_back(p);
        }
        int64_t hearing = store->AddHearing(h);
        for (int n = 0; n < 12; ++n) {
            const Participant& who = people[rng() % people.size()];
            std::string surname = who.name.substr(who.name.find(' ') + 1);
            std::string mention = rng() % 2 ? who.name : surname;
            Note note;
            note.hearing_id = hearing;
            note.reporter = rng() % 2 ? 'A' : 'B';
            note.offset_ms = n * 30000;
            note.speaker_id = people[rng() % people.size()].id;
            note.text = "Volgens " + Variant(mention, rng) + " moet het kruispunt veiliger; " + Variant(who.name, rng) + " knikt.";
            store->AddNote(note, "test");
        }
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Docx, ExportFormat::Csv}) {
            ExportRequest r;
            r.what = ExportWhat::Minutes;
            r.format = f;
            r.hearing_id = hearing;
            r.date = "2026-04-01";
            r.anonymise = true;
            std::string out = Export(*store, r);
            if (f == ExportFormat::Docx) {
                auto parts = test::Unzip(out);
                REQUIRE_FALSE(parts.empty());
                out = parts["word/document.xml"];
            }
            std::vector<std::u32string> words = Anonymiser::FoldedWords(out);
            for (const Participant& p : people) {
                std::string surname = p.name.substr(p.name.find(' ') + 1);
                INFO("round " << round << ", format " << static_cast<int>(f) << ", " << p.name);
                CHECK_FALSE(ContainsWords(words, Anonymiser::FoldedWords(p.name)));
                CHECK_FALSE(ContainsWords(words, Anonymiser::FoldedWords(surname)));
                for (const std::u32string& w : Anonymiser::FoldedWords(surname))
                    if (w.size() >= 4) CHECK_FALSE(ContainsWords(words, {w}));
            }
        }
    }
}
