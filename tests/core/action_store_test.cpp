// Actions under tactical objectives (migration 14, core/plan): checks with translated messages,
// order, audit trail, years, euro amounts, and old plans migrating.
#include <catch2/catch.hpp>

#include "core/base/errors.h"
#include "core/base/i18n.h"
#include "core/cluster/objective_store.h"
#include "core/plan/action_audit.h"
#include "core/plan/action_store.h"
#include "core/review/review_store.h"
#include "core/store/db.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"

using namespace hd;

namespace {
struct ActionPlan {
    test::TempDir dir;
    std::unique_ptr<PlanStore> store;
    int64_t theme = 0, tactical = 0, strategic = 0, proposal = 0;

    ActionPlan() {
        Plan plan;
        plan.name = "Integraal veiligheidsplan";
        plan.period_start = 2026;
        plan.period_end = 2031;
        store = PlanStore::Create(dir.File("plan.hdesk"), plan);
        Theme t;
        t.title = "Jongeren en drugs";
        theme = store->AddTheme(t);
        ObjectiveStore objectives(*store);
        Objective o;
        o.theme_id = theme;
        o.title = "Jongeren vroeg bereiken";
        tactical = objectives.Add(o, "Karel");
        o.level = ObjectiveLevel::Strategic;
        o.title = "Minder jongeren in het dealen";
        strategic = objectives.Add(o, "Karel");
        o.level = ObjectiveLevel::Tactical;
        o.title = "Nog een voorstel";
        proposal = objectives.Add(o, "Karel");
        objectives.Accept(proposal, false);
    }

    Action Make(const std::string& description) const {
        Action a;
        a.objective_id = tactical;
        a.description = description;
        return a;
    }
};

std::string MessageOf(const UserError& e, Language lang) {
    Translator tr;
    tr.LoadDirectory(FindAssetsDir() + "/lang");
    tr.SetLanguage(lang);
    return tr.Message(e);
}

template <typename F>
UserError Refusal(F&& f) {
    try {
        f();
    } catch (const UserError& e) {
        return e;
    }
    FAIL("no error");
    throw std::logic_error("unreachable");
}
} // namespace

TEST_CASE("an action keeps every field, UTF-8 included", "[actions]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    Action a = p.Make("Werkplekleren voor jongeren uit de Zuidwijk met coaching");
    a.owner = "Preventiedienst (Zoë Geërts)";
    a.partners = "straathoekwerk, OCMW, VDAB";
    a.start_year = 2027;
    a.end_year = 2029;
    a.budget_euro = 45000;
    a.budget_note = "deels subsidie <&>";
    a.indicator = "aantal jongeren in een traject";
    a.target = "30 per jaar";
    a.status = ActionStatus::Running;
    a.quick_win = true;
    int64_t id = actions.Add(a, "Karel");
    auto back = actions.GetAction(id);
    REQUIRE(back);
    CHECK(back->description == a.description);
    CHECK(back->owner == a.owner);
    CHECK(back->partners == a.partners);
    CHECK(back->start_year == 2027);
    CHECK(back->end_year == 2029);
    CHECK(back->budget_euro == 45000);
    CHECK(back->budget_note == "deels subsidie <&>");
    CHECK(back->indicator == a.indicator);
    CHECK(back->target == "30 per jaar");
    CHECK(back->status == ActionStatus::Running);
    CHECK(back->quick_win);
    CHECK(back->position == 1);

    Action one = p.Make("Infoavond");
    one.start_year = 2028; // no end year: a one-year action
    int64_t info = actions.Add(one, "Karel");
    CHECK(actions.GetAction(info)->end_year == 2028);
    CHECK_FALSE(actions.GetAction(info)->budget_euro);
    CHECK(FormatYears(*actions.GetAction(info)) == "2028");
    CHECK(FormatYears(*back) == "2027–2029");
}

TEST_CASE("bad actions are refused with a message in the user's language and nothing stored", "[actions]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    Action ok = p.Make("Bestaande actie");
    int64_t id = actions.Add(ok, "Karel");

    Action late = p.Make("Te laat");
    late.start_year = 2030;
    late.end_year = 2033;
    UserError e = Refusal([&] { actions.Add(late, "Karel"); });
    CHECK(e.Key() == "actions.err_year_outside");
    CHECK(MessageOf(e, Language::Dutch) == "Het jaar 2033 valt buiten de planperiode 2026–2031.");
    CHECK(MessageOf(e, Language::English) == "The year 2033 lies outside the plan period 2026–2031.");

    Action backwards = p.Make("Achterstevoren");
    backwards.start_year = 2029;
    backwards.end_year = 2027;
    e = Refusal([&] { actions.Add(backwards, "Karel"); });
    CHECK(e.Key() == "actions.err_end_before_start");
    CHECK(MessageOf(e, Language::Dutch) == "De actie eindigt (2027) voor ze begint (2029).");

    Action no_start = p.Make("Geen begin");
    no_start.end_year = 2028;
    CHECK(Refusal([&] { actions.Add(no_start, "Karel"); }).Key() == "actions.err_end_without_start");

    CHECK(Refusal([&] { actions.Add(p.Make("  \n"), "Karel"); }).Key() == "actions.err_no_description");
    Action bad_utf8 = p.Make("Kapotte \xC3 tekst");
    CHECK(Refusal([&] { actions.Add(bad_utf8, "Karel"); }).Key() == "actions.err_utf8");
    Action negative = p.Make("Negatief budget");
    negative.budget_euro = -5;
    CHECK(Refusal([&] { actions.Add(negative, "Karel"); }).Key() == "actions.err_budget");

    Action under_strategic = p.Make("Onder strategisch");
    under_strategic.objective_id = p.strategic;
    CHECK(Refusal([&] { actions.Add(under_strategic, "Karel"); }).Key() == "actions.err_not_tactical");
    Action under_proposal = p.Make("Onder voorstel");
    under_proposal.objective_id = p.proposal;
    e = Refusal([&] { actions.Add(under_proposal, "Karel"); });
    CHECK(e.Key() == "actions.err_not_accepted");
    CHECK(MessageOf(e, Language::Dutch).find("Aanvaard eerst") == 0);
    Action nowhere = p.Make("Nergens");
    nowhere.objective_id = 9999;
    CHECK(Refusal([&] { actions.Add(nowhere, "Karel"); }).Key() == "actions.err_no_objective");

    // An update that fails leaves the stored action as it was.
    Action changed = *actions.GetAction(id);
    changed.description = "Gewijzigd";
    changed.start_year = 2040;
    CHECK(Refusal([&] { actions.Update(changed, "Karel"); }).Key() == "actions.err_year_outside");
    CHECK(actions.GetAction(id)->description == "Bestaande actie");
    CHECK(actions.ListActions(p.tactical).size() == 1);
}

TEST_CASE("without a plan period, years must only be plausible", "[actions]") {
    test::TempDir dir;
    Plan plan;
    plan.name = "Zonder periode";
    auto store = PlanStore::Create(dir.File("p.hdesk"), plan);
    Theme t;
    t.title = "Wonen";
    int64_t theme = store->AddTheme(t);
    Objective o;
    o.theme_id = theme;
    o.title = "Leegstand aanpakken";
    int64_t tactical = ObjectiveStore(*store).Add(o, "Karel");
    ActionStore actions(*store);
    Action a;
    a.objective_id = tactical;
    a.description = "Leegstandsregister";
    a.start_year = 2040;
    CHECK(actions.Add(a, "Karel") > 0);
    a.start_year = 20;
    CHECK(Refusal([&] { actions.Add(a, "Karel"); }).Key() == "actions.err_year_outside");
}

TEST_CASE("actions are reordered, moved between objectives and deleted", "[actions]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    int64_t a = actions.Add(p.Make("Eerste"), "Karel");
    int64_t b = actions.Add(p.Make("Tweede"), "Karel");
    int64_t c = actions.Add(p.Make("Derde"), "Karel");
    auto order = [&](int64_t objective) {
        std::vector<std::string> out;
        for (const Action& x : actions.ListActions(objective)) out.push_back(x.description);
        return out;
    };
    actions.Move(c, -1);
    CHECK(order(p.tactical) == std::vector<std::string>{"Eerste", "Derde", "Tweede"});
    actions.Move(a, -1); // already first: nothing changes
    CHECK(order(p.tactical) == std::vector<std::string>{"Eerste", "Derde", "Tweede"});
    actions.Move(a, +1);
    CHECK(order(p.tactical) == std::vector<std::string>{"Derde", "Eerste", "Tweede"});
    actions.Move(b, +1); // already last
    CHECK(order(p.tactical) == std::vector<std::string>{"Derde", "Eerste", "Tweede"});

    ObjectiveStore objectives(*p.store);
    Objective other;
    other.theme_id = p.theme;
    other.title = "Ouders betrekken";
    int64_t other_id = objectives.Add(other, "Karel");
    Action moved = *actions.GetAction(a);
    moved.objective_id = other_id;
    actions.Update(moved, "Karel");
    CHECK(order(p.tactical) == std::vector<std::string>{"Derde", "Tweede"});
    CHECK(order(other_id) == std::vector<std::string>{"Eerste"});

    actions.Delete(b, "Karel");
    CHECK(order(p.tactical) == std::vector<std::string>{"Derde"});
    CHECK_FALSE(actions.GetAction(b));
    // Deleting a tactical objective takes its actions along.
    objectives.Delete(other_id, "Karel");
    CHECK_FALSE(actions.GetAction(a));
    CHECK(actions.ListAllActions().size() == 1);
}

TEST_CASE("every change of an action is in the audit trail with who and what", "[actions][audit]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    Action a = p.Make("Buurtbemiddeling opstarten");
    a.owner = "Preventiedienst";
    int64_t id = actions.Add(a, "Karel Verbeeck");
    Action edit = *actions.GetAction(id);
    edit.status = ActionStatus::Done;
    actions.Update(edit, "Marieke Dewulf");
    actions.Update(edit, "Marieke Dewulf"); // no change: no entry
    actions.Move(id, 1);                    // order is no content: no entry
    actions.Delete(id, "Jan Peeters");
    std::vector<AuditEntry> trail;
    for (const AuditEntry& e : ReviewStore(*p.store).ListAudit(0, p.theme))
        if (e.target.kind == "action") trail.push_back(e);
    REQUIRE(trail.size() == 3);
    CHECK(trail[0].what == "action_added");
    CHECK(trail[0].who == "Karel Verbeeck");
    CHECK(trail[0].after.find("Buurtbemiddeling opstarten") != std::string::npos);
    CHECK(trail[1].what == "action_edited");
    CHECK(trail[1].who == "Marieke Dewulf");
    CHECK(trail[1].before.find("planned") != std::string::npos);
    CHECK(trail[1].after.find("done") != std::string::npos);
    CHECK(trail[2].what == "action_deleted");
    CHECK(trail[2].who == "Jan Peeters");
    CHECK(trail[2].target.ref == std::to_string(id));
    CHECK(trail[2].at_ms > 0);
    // The deleted action's id is never given to a new one (versions name actions by id).
    int64_t next = actions.Add(p.Make("Nieuwe actie"), "Karel");
    CHECK(next > id);
}

TEST_CASE("a yearly action plan holds the actions running that year", "[actions]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    Action span = p.Make("Meerjarig");
    span.start_year = 2027;
    span.end_year = 2029;
    actions.Add(span, "Karel");
    Action once = p.Make("Eenmalig");
    once.start_year = 2028;
    actions.Add(once, "Karel");
    actions.Add(p.Make("Nog niet gepland"), "Karel");
    auto names = [&](int year) {
        std::vector<std::string> out;
        for (const Action& a : ActionsInYear(actions.ListAllActions(), year)) out.push_back(a.description);
        return out;
    };
    CHECK(names(2026).empty());
    CHECK(names(2027) == std::vector<std::string>{"Meerjarig"});
    CHECK(names(2028) == std::vector<std::string>{"Meerjarig", "Eenmalig"});
    CHECK(names(2030).empty());
}

TEST_CASE("euro amounts are read as people type them and written per language", "[actions]") {
    bool ok = false;
    CHECK(ParseEuro("12500", ok) == 12500);
    CHECK(ok);
    CHECK(ParseEuro("€ 12.500", ok) == 12500);
    CHECK(ParseEuro("12 500 EUR", ok) == 12500);
    CHECK(ParseEuro("12.500,00", ok) == 12500);
    CHECK(ParseEuro("1,250,000", ok) == 1250000);
    CHECK(ParseEuro("\u20AC\u00A02.000", ok) == 2000);
    CHECK(ok);
    CHECK_FALSE(ParseEuro("  ", ok));
    CHECK(ok); // empty: no amount, not an error
    for (const char* bad : {"twaalfduizend", "12,5", "12.50", "-300", "1.2345", ".500", "99999999999999"}) {
        CAPTURE(bad);
        CHECK_FALSE(ParseEuro(bad, ok));
        CHECK_FALSE(ok);
    }
    CHECK(FormatEuro(1250000, "nl") == "€ 1.250.000");
    CHECK(FormatEuro(1250000, "en") == "€1,250,000");
    CHECK(FormatEuro(500, "nl") == "€ 500");
    CHECK(FormatEuro(0, "en") == "€0");
}

TEST_CASE("a plan of schema version 13 migrates and gets actions", "[actions][migration]") {
    test::TempDir dir;
    std::string path = dir.File("v13.hdesk");
    {
        Database db(path, Database::Mode::ReadWriteCreate);
        Migrate(db, 13);
        db.Exec("INSERT INTO plan(id, uuid, name, period_start, period_end) VALUES(1, 'p-1', 'Oud plan', 2020, 2025);"
                "INSERT INTO theme(id, position, title) VALUES(1, 0, 'Jeugd');"
                "INSERT INTO objective(id, theme_id, level, title, accepted) VALUES(7, 1, 'tactical', 'Oud doel', 1);");
    }
    auto store = PlanStore::Open(path);
    CHECK(store->Db().UserVersion() >= 14);
    ActionStore actions(*store);
    CHECK(actions.ListAllActions().empty());
    Action a;
    a.objective_id = 7;
    a.description = "Jeugdwerking 's avonds";
    a.start_year = 2024;
    int64_t id = actions.Add(a, "Karel");
    CHECK(actions.GetAction(id)->description == "Jeugdwerking 's avonds");
    CHECK(ObjectiveStore(*store).GetObjective(7)->title == "Oud doel");
}

TEST_CASE("action status keys are stable", "[actions]") {
    CHECK(ToKey(ActionStatus::Dropped) == "dropped");
    CHECK(ActionStatusFromKey("running") == ActionStatus::Running);
    CHECK_FALSE(ActionStatusFromKey("cancelled"));
}

TEST_CASE("the audit trail of an action edit reads back as only the fields that changed", "[actions][audit]") {
    ActionPlan p;
    ActionStore actions(*p.store);
    Action a = p.Make("Buurtwandeling in de Zuidwijk");
    a.owner = "Dienst Wijkwerking";
    a.start_year = 2026;
    a.end_year = 2031;
    a.budget_note = "werkingsbudget";
    int64_t id = actions.Add(a, "Karel");
    Action changed = *actions.GetAction(id);
    changed.status = ActionStatus::Running;
    changed.end_year = 2027;
    changed.budget_euro = 12500;
    actions.Update(changed, "Sara");

    std::vector<AuditEntry> edits, adds;
    for (const AuditEntry& e : ReviewStore(*p.store).ListAudit(0, p.theme)) {
        if (e.what == "action_edited") edits.push_back(e);
        if (e.what == "action_added") adds.push_back(e);
    }
    REQUIRE(edits.size() == 1);
    REQUIRE(adds.size() == 1);
    CHECK(ActionAuditDescription(edits[0].after) == "Buurtwandeling in de Zuidwijk");
    std::vector<ActionAuditField> diff = DiffActionAudit(edits[0].before, edits[0].after);
    REQUIRE(diff.size() == 3);
    CHECK(diff[0].key == "years");
    CHECK(diff[0].before == "2026-2031");
    CHECK(diff[0].after == "2026-2027");
    CHECK(diff[1].key == "budget");
    CHECK(diff[1].before == "werkingsbudget");
    CHECK(diff[1].after == "12500 werkingsbudget");
    CHECK(diff[2].key == "status");
    CHECK(diff[2].before == "planned");
    CHECK(diff[2].after == "running");

    // An added action: every field it has, nothing it lacks (no partners, no quick win).
    std::vector<ActionAuditField> added = DiffActionAudit(adds[0].before, adds[0].after);
    std::vector<std::string> keys;
    for (const ActionAuditField& f : added) keys.push_back(f.key);
    CHECK(keys == std::vector<std::string>{"description", "owner", "years", "budget", "status"});
    // A record of another shape (a later version's) is still compared, line by line.
    std::vector<ActionAuditField> odd = DiffActionAudit("a\nb", "a\nc");
    REQUIRE(odd.size() == 1);
    CHECK(odd[0].key == "line 2");
}
